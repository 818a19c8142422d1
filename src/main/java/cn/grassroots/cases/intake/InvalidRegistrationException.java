package cn.grassroots.cases.intake;

import java.util.Map;

/** A registration broke one or more rules; maps each bad field to what is wrong with it. */
public class InvalidRegistrationException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidRegistrationException(Map<String, String> errors) {
        super("Invalid issue registration: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
