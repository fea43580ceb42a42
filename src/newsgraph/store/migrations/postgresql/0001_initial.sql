-- The newsgraph store, step 1: the schema as of newsgraph 0.1 (PostgreSQL dialect).
-- The same tables as sqlite/0001_initial.sql. Every text column sorts and compares by bytes
-- (COLLATE "C") as SQLite does, so that both backends give the same order and the same exports.
-- meta 'generation' advances in every write transaction: readers memoise per generation.
CREATE TABLE IF NOT EXISTS meta (
    name TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C"
);
INSERT INTO meta(name, value) VALUES ('generation', '0') ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS documents (
    seq BIGSERIAL UNIQUE,                    -- insertion order
    id TEXT COLLATE "C" PRIMARY KEY,
    source TEXT COLLATE "C" NOT NULL,
    title TEXT COLLATE "C",
    outlet TEXT COLLATE "C",
    authors TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    published TEXT COLLATE "C",
    url TEXT COLLATE "C",
    text TEXT COLLATE "C" NOT NULL,
    hash TEXT COLLATE "C" NOT NULL UNIQUE,
    duplicate_of TEXT COLLATE "C" REFERENCES documents(id),
    minhash BYTEA,
    ingested_at TEXT COLLATE "C" NOT NULL
        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);

CREATE TABLE IF NOT EXISTS inputs (
    source TEXT COLLATE "C" PRIMARY KEY,
    hash TEXT COLLATE "C" NOT NULL,
    document TEXT COLLATE "C" REFERENCES documents(id) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS doc_entities (
    document TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C",
    parent TEXT COLLATE "C",
    reason TEXT COLLATE "C" NOT NULL,
    aliases TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    PRIMARY KEY (document, key)
);
CREATE INDEX IF NOT EXISTS doc_entities_key ON doc_entities(key);

CREATE TABLE IF NOT EXISTS mentions (
    id BIGSERIAL PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    label TEXT COLLATE "C",
    reason TEXT COLLATE "C"
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(document);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);

CREATE TABLE IF NOT EXISTS events (
    id TEXT COLLATE "C" PRIMARY KEY,
    document TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT COLLATE "C" NOT NULL,
    subject_key TEXT COLLATE "C",
    object_key TEXT COLLATE "C",
    negated INTEGER NOT NULL DEFAULT 0,
    certainty TEXT COLLATE "C" NOT NULL,
    source_key TEXT COLLATE "C",
    source_text TEXT COLLATE "C",
    source_chain TEXT COLLATE "C",
    location_key TEXT COLLATE "C",
    date TEXT COLLATE "C",
    quantities TEXT COLLATE "C" NOT NULL DEFAULT '{}',
    sentence TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger TEXT COLLATE "C",
    trigger_start INTEGER,
    trigger_end INTEGER,
    subject_text TEXT COLLATE "C",
    object_text TEXT COLLATE "C"
);
CREATE INDEX IF NOT EXISTS events_doc ON events(document);
CREATE INDEX IF NOT EXISTS events_subject ON events(subject_key);
CREATE INDEX IF NOT EXISTS events_object ON events(object_key);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT COLLATE "C" PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C",
    aliases TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL DEFAULT 0,
    parent TEXT COLLATE "C"
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(lower(name));

CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT COLLATE "C" PRIMARY KEY,
    entity TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    reason TEXT COLLATE "C" NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity);

CREATE TABLE IF NOT EXISTS aliases (
    entity TEXT COLLATE "C" NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT COLLATE "C" NOT NULL,
    norm TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity, alias)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);
