-- Step 8: which text of its document an event's evidence offsets index (see the SQLite step).
ALTER TABLE events ADD COLUMN IF NOT EXISTS passage TEXT COLLATE "C" NOT NULL DEFAULT 'text';
