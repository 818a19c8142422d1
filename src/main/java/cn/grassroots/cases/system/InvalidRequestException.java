package cn.grassroots.cases.system;

import java.util.Map;

/**
 * Bad input to one of the application's own endpoints: answered 400 with a message and each bad field by name
 * ({@link InvalidRequests}), and nothing changed.
 */
public class InvalidRequestException extends RuntimeException {

    private final String summary;
    private final Map<String, String> errors;

    public InvalidRequestException(String summary, Map<String, String> errors) {
        super(summary + ": " + errors);
        this.summary = summary;
        this.errors = Map.copyOf(errors);
    }

    public String summary() {
        return summary;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
