-- The newsgraph store, step 2: renamings and pledges the text states (extract/proposals.py),
-- kept as proposals for the user's gazetteer; they change no entity until a user applies them.
CREATE TABLE IF NOT EXISTS proposals (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,                      -- renaming or pledge
    old_name TEXT NOT NULL,
    new_name TEXT NOT NULL,
    old_key TEXT,                            -- entity keys, where the names were resolved
    new_key TEXT,
    pledged_key TEXT,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS proposals_doc ON proposals(document);
