-- Step 4: whether an event's date is stated in the text or is the document's date standing in for it.
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_kind TEXT COLLATE "C";
