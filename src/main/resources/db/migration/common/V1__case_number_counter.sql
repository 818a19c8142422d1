-- Case numbers (SX-2026-000123) are counted per year; see CaseNumberGenerator.
CREATE TABLE case_number_counter (
    counter_year INTEGER PRIMARY KEY,
    last_number  BIGINT  NOT NULL
);
