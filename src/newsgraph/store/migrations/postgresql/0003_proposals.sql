-- Step 3: renamings and pledges the text states (extract/proposals.py), kept as proposals for
-- the user's gazetteer; they change no entity until a user applies them.
CREATE TABLE IF NOT EXISTS proposals (
    id BIGSERIAL PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL,
    old_name TEXT COLLATE "C" NOT NULL,
    new_name TEXT COLLATE "C" NOT NULL,
    old_key TEXT COLLATE "C",
    new_key TEXT COLLATE "C",
    pledged_key TEXT COLLATE "C",
    sentence TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS proposals_doc ON proposals(document);
