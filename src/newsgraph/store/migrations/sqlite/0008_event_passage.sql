-- The newsgraph store, step 8: which text of its document an event's evidence offsets index:
-- "text" (the body) or "title" (the headline, analysed on its own). Events stored before this step
-- are all the body's.
ALTER TABLE events ADD COLUMN passage TEXT NOT NULL DEFAULT 'text';
