-- What the organisation file manages in the engine's identity service (users and groups created in Admin by hand
-- are not listed here and are never changed by the synchronisation), and what the engine cannot hold itself.
CREATE TABLE org_managed_identity (
    kind        VARCHAR(8)  NOT NULL,
    identity_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, identity_id)
);

CREATE TABLE org_unit (
    code        VARCHAR(64)  PRIMARY KEY,
    group_id    VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(64)
);

CREATE TABLE org_person (
    person_id VARCHAR(64)  PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    phone     VARCHAR(32)
);
