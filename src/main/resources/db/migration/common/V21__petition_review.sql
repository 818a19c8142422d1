-- 信访事项复查、复核 (issue 14): each request against a closed petition case, admitted or refused with its reason, and
-- the reviewing organ's decision. review_number: FC-2026-000001. previous_review links a 复核 to its 复查.
CREATE TABLE petition_review (
    review_number       VARCHAR(32)   PRIMARY KEY,
    case_number         VARCHAR(32)   NOT NULL,
    stage               VARCHAR(16)   NOT NULL,
    previous_review     VARCHAR(32),
    process_instance_id VARCHAR(64)   NOT NULL,
    requested_on        DATE          NOT NULL,
    request_reason      VARCHAR(2000) NOT NULL,
    admissible          BOOLEAN       NOT NULL,
    refusal_reason      VARCHAR(500),
    reviewing_unit      VARCHAR(64),
    due_date            DATE,
    decision            VARCHAR(16),
    opinion             VARCHAR(4000),
    decided_by          VARCHAR(64),
    decided_at          TIMESTAMP,
    late                BOOLEAN       DEFAULT FALSE NOT NULL,
    registered_by       VARCHAR(64)   NOT NULL,
    registered_at       TIMESTAMP     NOT NULL
);

CREATE INDEX ix_petition_review_case ON petition_review (case_number, stage);
