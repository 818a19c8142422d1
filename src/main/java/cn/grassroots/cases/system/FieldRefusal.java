package cn.grassroots.cases.system;

import java.util.Map;

/**
 * An exception that refuses submitted input field by field; its message is the Chinese text people read. The engine
 * REST answer for it ({@link EngineRestErrors}) and the application's API list each field with its code.
 */
public interface FieldRefusal {

    /** The refused fields (variable names) and what is wrong with each, in the order found. */
    Map<String, FieldProblem> problems();

    String getMessage();
}
