package cn.grassroots.cases.handling;

/** A code with the name people read for it, as the forms show it (道路交通 for ROADS_TRAFFIC). */
public interface Labelled {

    String label();

    /** The name of a stored code; the code itself when the type does not know it, null for null. */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E each : type.getEnumConstants()) {
            if (each.name().equals(code)) {
                return each.label();
            }
        }
        return code;
    }
}
