package cn.grassroots.cases.inspection;

import java.util.List;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Small helpers shared by the rounds: text limited to what a process variable keeps, JSON lists for the forms. */
final class InspectionText {

    /** The engine keeps a text variable in at most 4000 characters. */
    static final int VARIABLE_TEXT = 4000;

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
}
