package cn.grassroots.cases.system;

/**
 * Something the people running the system must act on, shown in Cockpit ({@code GET /api/system/warnings}): a stable
 * code for machines and a Chinese message for people.
 */
public record SystemWarning(String code, String message) {

    /** A part of the application that can have warnings. */
    public interface Source {
        java.util.List<SystemWarning> warnings();
    }
}
