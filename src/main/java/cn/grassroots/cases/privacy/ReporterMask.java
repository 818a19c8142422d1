package cn.grassroots.cases.privacy;

/**
 * How a reporter's identity is shown to those who may not see it: 张*, 欧阳**, 138****1111; for an accusation (检举控告)
 * not even that ({@link #PROTECTED}): in a village a surname and four digits name the person.
 */
public final class ReporterMask {

    /** What an accusation's reporter fields read, for everyone (the dispatch office opens the identity by its link). */
    public static final String PROTECTED = "已保护";

    private ReporterMask() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || PROTECTED.equals(name)) {
            return name;
        }
        String trimmed = name.strip();
        int keep = trimmed.codePointCount(0, trimmed.length()) >= 4 ? 2 : 1;
        int end = trimmed.offsetByCodePoints(0, keep);
        return trimmed.substring(0, end) + "*".repeat(trimmed.codePointCount(end, trimmed.length()));
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank() || PROTECTED.equals(phone)) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    /** Whether a value is already masked (so masking twice changes nothing). */
    static boolean isMasked(String value) {
        return value != null && value.contains("*");
    }
}
