package cn.grassroots.cases.system;

/**
 * What is wrong with one submitted field: a stable {@link Code} for programs and a text in Chinese for people. The text
 * leaves the field out; {@link #messageFor(String)} puts the field's label in front ("问题标题：不能为空").
 */
public record FieldProblem(Code code, String text) {

    /**
     * Why a field was refused, for API clients; stable across releases (the texts are not).
     * <ul>
     * <li>{@code REQUIRED}: missing or blank;</li>
     * <li>{@code TOO_LONG} / {@code TOO_SHORT}: text over or under its length limit;</li>
     * <li>{@code INVALID_FORMAT}: not of the field's kind (a date, a whole number, true or false, text, a list), or
     * text with control or broken characters;</li>
     * <li>{@code OUT_OF_RANGE}: a number or date outside what the case allows (a deadline passed, too many days);</li>
     * <li>{@code UNKNOWN_VALUE}: not one of the allowed values, or naming a case, unit, person or place that does not
     * exist;</li>
     * <li>{@code UNKNOWN_FIELD}: a field the form or request does not have;</li>
     * <li>{@code NOT_ALLOWED}: a well-formed value this person, or the case as it stands, may not take.</li>
     * </ul>
     */
    public enum Code {
        REQUIRED, TOO_LONG, TOO_SHORT, INVALID_FORMAT, OUT_OF_RANGE, UNKNOWN_VALUE, UNKNOWN_FIELD, NOT_ALLOWED
    }

    public static FieldProblem required() {
        return new FieldProblem(Code.REQUIRED, "不能为空");
    }

    public static FieldProblem tooLong(int max) {
        return new FieldProblem(Code.TOO_LONG, "不能超过 " + max + " 个字");
    }

    public static FieldProblem notText() {
        return new FieldProblem(Code.INVALID_FORMAT, "须为文字");
    }

    public static FieldProblem notADate() {
        return new FieldProblem(Code.INVALID_FORMAT, "须为日期，格式如 2026-12-31");
    }

    public static FieldProblem notAWholeNumber() {
        return new FieldProblem(Code.INVALID_FORMAT, "须为整数");
    }

    public static FieldProblem notAFlag() {
        return new FieldProblem(Code.INVALID_FORMAT, "须为“是”或“否”（true 或 false）");
    }

    public static FieldProblem unknownValue(Object value) {
        return new FieldProblem(Code.UNKNOWN_VALUE, "“" + value + "”不是可选的值");
    }

    public static FieldProblem of(Code code, String text) {
        return new FieldProblem(code, text);
    }

    /**
     * For people: the field as the forms label it, then the problem. A field the form does not have is named by its
     * variable name too ("已延期天数（totalExtensionDays）：…"): whoever sent it knows it by that name.
     */
    public String messageFor(String field) {
        return (code == Code.UNKNOWN_FIELD ? FieldLabels.named(field) : FieldLabels.of(field)) + "：" + text;
    }
}
