-- 问题清单: one row per case, kept by the issue process in the transaction of each step (registration, sorting,
-- callback, closure). Reports, the place briefing of a visit and the visits' results read it, never the engine's
-- history. The assessment (issue 11) adds its columns here.
CREATE TABLE case_ledger (
    process_instance_id VARCHAR(64)  PRIMARY KEY,
    case_number         VARCHAR(32)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    channel             VARCHAR(16)  NOT NULL,
    category            VARCHAR(32)  NOT NULL,
    urgency             VARCHAR(16)  NOT NULL,
    location            VARCHAR(200),
    place               VARCHAR(64),
    visit_number        VARCHAR(32),
    accusation          BOOLEAN      NOT NULL,
    resolved_on_spot    BOOLEAN      NOT NULL,
    registered_by       VARCHAR(64),
    registered_at       TIMESTAMP    NOT NULL,
    responsible_unit    VARCHAR(64),
    due_date            DATE,
    satisfaction        VARCHAR(32),
    outcome             VARCHAR(32),
    closed_at           TIMESTAMP,
    CONSTRAINT uq_case_ledger_number UNIQUE (case_number)
);

CREATE INDEX ix_case_ledger_place ON case_ledger (place, closed_at);
CREATE INDEX ix_case_ledger_visit ON case_ledger (visit_number);
