package cn.grassroots.cases.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision tables' plain cells answered without the FEEL interpreter: an output cell that is a string or number
 * literal ({@code "WORKING"}, {@code 15}), and an input cell that lists string literals ({@code "URGENT"},
 * {@code "PETITION","VISIT"}) or is {@code -}, against a text input. Everything else goes to Camunda's FEEL engine,
 * which builds its table of built-in functions anew and parses the cell for every cell it evaluates: the deadline
 * policy's tables cost a case more CPU than any other step of its registration (issue 12, sixth pass). The answers
 * are FEEL's own: a string literal is that string, a number literal that number (a whole one as a long, as Camunda's
 * FEEL engine hands it to Java); a list of strings matches a text equal to one of them; {@code -} matches anything.
 */
final class LiteralFeelEngine implements FeelEngine {

    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern STRINGS = Pattern.compile("\\s*\"[^\"\\\\]*\"\\s*(,\\s*\"[^\"\\\\]*\"\\s*)*");

    private final FeelEngine feel;
    private final Map<String, Optional<Object>> outputs = new ConcurrentHashMap<>();
    private final Map<String, Optional<List<String>>> tests = new ConcurrentHashMap<>();

    LiteralFeelEngine(FeelEngine feel) {
        this.feel = feel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        Optional<Object> literal = outputs.computeIfAbsent(expression, LiteralFeelEngine::literal);
        return literal.isPresent() ? (T) literal.get() : feel.evaluateSimpleExpression(expression, variableContext);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        Optional<List<String>> values = tests.computeIfAbsent(expression, LiteralFeelEngine::stringLiterals);
        if (values.isPresent()) {
            TypedValue input = variableContext.resolve(inputVariable);
            if (input != null && input.getValue() instanceof String text) {
                return values.get().isEmpty() || values.get().contains(text);
            }
        }
        return feel.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }

    /** A string literal's text; a number literal as FEEL hands it to Java (whole: a long, else a double). */
    private static Optional<Object> literal(String expression) {
        String cell = expression.strip();
        Matcher string = STRING.matcher(cell);
        if (string.matches()) {
            return Optional.of(string.group(1));
        }
        if (NUMBER.matcher(cell).matches()) {
            BigDecimal number = new BigDecimal(cell);
            return Optional.of(number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValue()
                    : (Object) number.doubleValue());
        }
        return Optional.empty();
    }

    /** The strings a cell lists; an empty list for {@code -} (any input); none for anything else. */
    private static Optional<List<String>> stringLiterals(String expression) {
        if (expression.strip().equals("-")) {
            return Optional.of(List.of());
        }
        if (!STRINGS.matcher(expression).matches()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Matcher literal = STRING.matcher(expression);
        while (literal.find()) {
            values.add(literal.group(1));
        }
        return Optional.of(List.copyOf(values));
    }
}
