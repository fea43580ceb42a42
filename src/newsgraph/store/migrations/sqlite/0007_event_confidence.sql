-- The newsgraph store, step 7: how likely each event is right (0..1; extract/confidence.py).
-- Events stored before this step have none (NULL): re-ingest to rate them.
ALTER TABLE events ADD COLUMN confidence REAL;
