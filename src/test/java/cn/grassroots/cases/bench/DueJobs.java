package cn.grassroots.cases.bench;

/** The jobs the nodes have to run now: waiting for none left is how the benchmark knows the nodes are done. */
final class DueJobs {

    /** The demo's administrator, who may use the engine REST API for everything. */
    static final String ADMIN = "demo";

    private DueJobs() {
    }

    static long count(LoaderEngine loader) {
        return loader.count("SELECT COUNT(*) FROM act_ru_job WHERE suspension_state_ = 1 AND retries_ > 0"
                + " AND (duedate_ IS NULL OR duedate_ <= CURRENT_TIMESTAMP)");
    }

    /** Waits until no job is due; returns how many were due at first. */
    static long await(LoaderEngine loader) throws InterruptedException {
        long initial = count(loader);
        for (long due = initial; due > 0; due = count(loader)) {
            Thread.sleep(200); // polling the nodes' job executors
        }
        return initial;
    }
}
