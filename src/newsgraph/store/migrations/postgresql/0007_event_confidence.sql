-- Step 7: how likely each event is right (see the SQLite step).
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE PRECISION;
