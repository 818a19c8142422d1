package cn.grassroots.cases.handling;

import cn.grassroots.cases.system.FieldProblem;

/**
 * What free text a case can take, wherever it comes from: no NUL (PostgreSQL rejects it, which answered 500) or other
 * control characters (tab and line breaks are fine), no broken characters (a lone half of a surrogate pair); and text
 * that is required must show something, not only spaces or invisible marks (zero-width space, joiners, BOM).
 */
public final class TextRules {

    private TextRules() {
    }

    /** What is wrong with the text, or null. */
    public static FieldProblem problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "不能含有空字符（NUL）");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "不能含有控制字符");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "含有残缺的字符，请重新输入");
            }
        }
        return null;
    }

    /** Whether the text shows nothing: empty, or only white space and invisible formatting characters. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }
}
