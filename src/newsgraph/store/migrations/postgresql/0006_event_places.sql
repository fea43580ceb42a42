-- Step 6: where events happened (see the SQLite step for the fields).
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_method TEXT COLLATE "C";
ALTER TABLE doc_entities ADD COLUMN IF NOT EXISTS geo TEXT COLLATE "C";
ALTER TABLE entities ADD COLUMN IF NOT EXISTS geo TEXT COLLATE "C";
