package cn.grassroots.cases.intake;

import java.util.Map;

import cn.grassroots.cases.system.FieldProblem;

/** A registration broke one or more rules; maps each bad field to what is wrong with it. */
public class InvalidRegistrationException extends RuntimeException {

    private final Map<String, FieldProblem> errors;

    InvalidRegistrationException(Map<String, FieldProblem> errors) {
        super("Invalid issue registration: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, FieldProblem> errors() {
        return errors;
    }
}
