package cn.grassroots.cases.system;

/**
 * The application's engine error codes (Camunda reserves 20000–39999 for custom codes). The engine REST API puts the
 * code of a failure in its answer; {@link EngineRestErrors} answers by it where Camunda would answer 500.
 */
public final class ErrorCodes {

    /** A submission or start with a value the case cannot take: 400. */
    public static final int INVALID_INPUT = 22_400;

    /** Camunda's own code of an optimistic locking failure (two people changed the same thing at once): 409. */
    static final int OPTIMISTIC_LOCKING = 1;

    private ErrorCodes() {
    }
}
