-- Open311 GeoReport v2 (issue 14): the service requests other systems submitted, with what the case itself does not
-- keep (the client, the coordinates, the address and text as sent). Each is a case (case_number).
CREATE TABLE open311_request (
    case_number         VARCHAR(32)   PRIMARY KEY,
    client              VARCHAR(64)   NOT NULL,
    service_code        VARCHAR(32)   NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    address_string      VARCHAR(200),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    requested_at        TIMESTAMP     NOT NULL
);

CREATE INDEX ix_open311_request_client ON open311_request (client, requested_at);
