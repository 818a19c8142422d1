package cn.grassroots.cases.bench;

import java.util.ArrayList;
import java.util.List;

/** The goals of issue 12, each with its target, what this run measured and whether it is met (or by how much not). */
final class Goals {

    private record Row(String goal, String target, String measured, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean misbehaved;

    void note(String what, String figure) {
        notes.add(what + ": " + figure);
    }

    private static Tiers.Figure at(List<Tiers.Figure> figures, long open) {
        return figures.stream().filter(f -> f.open() == open).findFirst().orElseThrow();
    }

    void tasklist(Tiers tiers) {
        List<Long> opens = tiers.filters.stream().map(Tiers.Figure::open).distinct().toList();
        for (long open : opens) {
            Tiers.Figure worst = tiers.worst(open);
            rows.add(atMost(String.format("1. Tasklist, every filter of every role, at %,d open cases (worst p95)", open),
                    150, worst.p95(), "ms", worst.what()));
            rows.add(atMost(String.format("1. overdue board at %,d open cases (p95), head counts kept", open), 50,
                    at(tiers.board, open).p95(), "ms", ""));
            rows.add(atMost(String.format("1. overdue board at %,d open cases (p95), head counted again", open), 50,
                    at(tiers.boardCountedAgain, open).p95(), "ms", ""));
            rows.add(atMost(String.format("1. ledger page at %,d open cases (p95)", open), 50,
                    at(tiers.ledger, open).p95(), "ms", ""));
        }
        if (opens.size() > 1) {
            long low = opens.get(0);
            long high = opens.get(opens.size() - 1);
            double growth = tiers.worst(high).p95() / tiers.worst(low).p95();
            double cases = (double) high / low;
            rows.add(new Row(String.format("1. growth of the worst p95 from %,d to %,d cases", low, high),
                    String.format("sublinear (< ×%.0f)", cases), String.format("×%.1f", growth),
                    growth < cases ? "met" : String.format("missed (×%.1f vs ×%.0f cases)", growth, cases)));
        } else {
            rows.add(new Row("1. Tasklist at 100,000 open cases", "p95 ≤ 150 ms", "not run in this run",
                    "run with -Dscale.tiers=10000,100000"));
        }
    }

    void intake(Intake intake) {
        for (Intake.Run run : intake.runs) {
            rows.add(atLeast(String.format("2. intake at %d clients, application ÷ bare engine", run.clients()), 0.8,
                    run.ratio(), "", String.format("%.1f vs %.1f cases/s", run.appPerSecond(), run.barePerSecond())));
        }
        long errors = intake.runs.stream().mapToLong(Intake.Run::serverErrors).sum();
        misbehaved |= errors > 0;
        rows.add(new Row("2. 5xx answers at 1–64 clients", "none", String.valueOf(errors),
                errors == 0 ? "met" : "missed"));
    }

    /** Whether the application misbehaved (rather than was slow): an escalation lost or doubled, or a 5xx. */
    boolean misbehaved() {
        return misbehaved;
    }

    void storm(Storm.Result one, Storm.Result two) {
        // the job executor's first pick-up (its idle wait) once, then the measured pace
        double projected = one.firstSeconds() + (one.seconds() - one.firstSeconds()) * 10_000 / one.cases();
        rows.add(atMost("3. escalation storm, 10,000 overdue timers on one node", 60, projected, "s",
                one.cases() == 10_000 ? "" : String.format("projected from %,d in %.1f s, the first after %.1f s",
                        one.cases(), one.seconds(), one.firstSeconds())));
        double speedUp = two.pace() / one.pace();
        rows.add(atLeast("3. two nodes ÷ one node (storm throughput)", 1.7, speedUp, "×",
                String.format("%.0f vs %.0f timers/s after the first", two.pace(), one.pace())));
        boolean once = one.exactlyOnce() && two.exactlyOnce();
        misbehaved |= !once;
        rows.add(new Row("3. every timer fired exactly once, no failed job (both storms)", "yes",
                once ? "yes" : "no: " + one + " / " + two, once ? "met" : "missed"));
    }

    void lifecycle(Lifecycle.Result result) {
        rows.add(atLeast("4. lifecycle at 4 clients", 10, result.perSecond(), "cases/s", ""));
        rows.add(atMost("4. CPU per case, application + PostgreSQL (half of 330 ms)", 165, result.cpuMillisPerCase(),
                "ms", String.format("application %.0f ms", result.appCpuMillisPerCase())));
        rows.add(atMost("4. database per closed case (half of ~100 kB)", 50, result.kilobytesPerCase(), "kB", ""));
    }

    void sessions(boolean crossed) {
        rows.add(new Row("5. a webapp session from node A serves on node B", "yes", crossed ? "yes" : "no",
                crossed ? "met" : "missed"));
    }

    void memory(long rssMegabytes) {
        rows.add(atMost("6. idle RSS of a node after the run", 600, rssMegabytes, "MB", ""));
    }

    void startUp(double seconds) {
        rows.add(atMost("6. start-up to the first answer (existing database)", 20, seconds, "s", ""));
    }

    void print() {
        System.out.printf("%n| goal | target | measured | verdict |%n|---|---|---|---|%n");
        rows.sort(java.util.Comparator.comparing(row -> row.goal().substring(0, 2)));
        rows.forEach(row -> System.out.printf("| %s | %s | %s | %s |%n", row.goal(), row.target(), row.measured(),
                row.verdict()));
        notes.forEach(note -> System.out.println("\n" + note));
        System.out.printf("%n(%d CPUs; %s)%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    private static Row atMost(String goal, double target, double measured, String unit, String detail) {
        return new Row(goal, "≤ " + figure(target, unit), figure(measured, unit) + detailOf(detail),
                measured <= target ? "met" : String.format("missed (×%.1f)", measured / target));
    }

    private static Row atLeast(String goal, double target, double measured, String unit, String detail) {
        return new Row(goal, "≥ " + figure(target, unit), figure(measured, unit) + detailOf(detail),
                measured >= target ? "met" : String.format("missed (%.0f %% of it)", 100 * measured / target));
    }

    private static String figure(double value, String unit) {
        String number = value >= 100 || value == Math.rint(value) ? String.format("%,.0f", value)
                : String.format("%.2f", value);
        return unit.isEmpty() ? number : unit.equals("×") ? "×" + number : number + " " + unit;
    }

    private static String detailOf(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }
}
