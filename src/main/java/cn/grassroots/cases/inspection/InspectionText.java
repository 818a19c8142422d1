package cn.grassroots.cases.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.system.FieldProblem;

/** Small helpers shared by the rounds: text limited to what a process variable keeps, JSON lists for the forms. */
final class InspectionText {

    /** The engine keeps a text variable in at most 4000 characters. */
    static final int VARIABLE_TEXT = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldProblem NOT_A_LIST = FieldProblem.of(FieldProblem.Code.INVALID_FORMAT, "须为列表");

    private InspectionText() {
    }

    /** Lines joined until the limit, then a line saying how many more there are. */
    static String lines(List<String> lines, int limit, String more) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = (text.isEmpty() ? "" : "\n") + lines.get(i);
            String rest = "\n" + more.formatted(lines.size() - i);
            if (text.length() + line.length() + rest.length() > limit) {
                return text.append(rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    /** A list for a Camunda Forms select or checklist ({@code valuesKey}), or a checklist's default values. */
    static ObjectValue json(Object list) {
        return Variables.objectValue(list).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    /** The values a checklist submitted (a JSON array, as Tasklist sends it, or a Java list). */
    static List<String> values(VariableScope scope, String name) {
        Object raw = scope.getVariable(name);
        if (raw == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (raw instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
            return values;
        }
        try {
            JsonNode node = JSON.readTree(raw.toString());
            if (!node.isArray()) {
                throw new InvalidCaseInputException(name, NOT_A_LIST);
            }
            node.forEach(value -> values.add(value.asText()));
            return values;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidCaseInputException(name, NOT_A_LIST);
        }
    }
}
