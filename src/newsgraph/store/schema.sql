-- The newsgraph store: the one place the schema lives.
-- Documents, what each document's analysis found, and the inputs they came from are written
-- in one transaction per batch of documents. Corpus entities are derived from the per-document
-- entity keys by resolution (resolve/corpus.py) and can be rebuilt at any time without
-- re-parsing; meta 'entities_stale' = '0' says they are current.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    authors TEXT NOT NULL DEFAULT '[]',      -- JSON list
    published TEXT,
    url TEXT,
    text TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,               -- content hash of the normalised text
    duplicate_of TEXT REFERENCES documents(id),
    minhash BLOB,                            -- near-duplicate signature
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Every input that was read, so a resumed or repeated ingest skips it without re-parsing.
CREATE TABLE IF NOT EXISTS inputs (
    source TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    document TEXT REFERENCES documents(id) ON DELETE CASCADE
);

-- Entities as one document resolved them, keyed by resolution key.
CREATE TABLE IF NOT EXISTS doc_entities (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    parent TEXT,
    reason TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',      -- JSON list of surface forms in this document
    PRIMARY KEY (document, key)
);
CREATE INDEX IF NOT EXISTS doc_entities_key ON doc_entities(key);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT,
    reason TEXT
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(document);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);

CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    subject_key TEXT,
    object_key TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    certainty TEXT NOT NULL,
    source_key TEXT,
    source_text TEXT,
    source_chain TEXT,                       -- JSON list of {"entity": key, "text": ...}
    location_key TEXT,
    date TEXT,
    quantities TEXT NOT NULL DEFAULT '{}',   -- JSON object
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    trigger TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    subject_text TEXT,
    object_text TEXT
);
CREATE INDEX IF NOT EXISTS events_doc ON events(document);
CREATE INDEX IF NOT EXISTS events_subject ON events(subject_key);
CREATE INDEX IF NOT EXISTS events_object ON events(object_key);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

-- Corpus entities: the result of cross-document resolution.
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',      -- JSON list
    mentions INTEGER NOT NULL DEFAULT 0,
    parent TEXT
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);

-- Which resolution keys each entity gathers, and why they were merged.
CREATE TABLE IF NOT EXISTS entity_keys (
    key TEXT PRIMARY KEY,
    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity);

CREATE TABLE IF NOT EXISTS aliases (
    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);

-- Entity ids that later resolution merged into another entity, so links to them keep working.
CREATE TABLE IF NOT EXISTS entity_redirects (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
);
