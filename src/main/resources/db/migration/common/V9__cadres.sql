-- Leading cadres (role cadre in the organisation file) and their rank, which sets their 下基层 quota.
ALTER TABLE org_person ADD COLUMN cadre_rank VARCHAR(32);
