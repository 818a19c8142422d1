-- Readable numbers per series and year (CASE: SX-2026-000123, VISIT: HD-2026-000001); see SerialNumbers.
CREATE TABLE serial_number (
    series       VARCHAR(16) NOT NULL,
    counter_year INTEGER     NOT NULL,
    last_number  BIGINT      NOT NULL,
    CONSTRAINT pk_serial_number PRIMARY KEY (series, counter_year)
);

INSERT INTO serial_number (series, counter_year, last_number)
SELECT 'CASE', counter_year, last_number FROM case_number_counter;

DROP TABLE case_number_counter;
