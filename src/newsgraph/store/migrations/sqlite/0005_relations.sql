-- Step 5: relations kept in the store. Relations (graph.aggregate over every claim) are
-- stored when corpus entities are resolved, so the API and the explorer read them instead of
-- aggregating every claim per request. `rank` is the position in the aggregation's order
-- (most independent origins first); `record` is the relation as graph.Relation.as_dict gives it.
-- They are current while meta 'relations_stale' = '0' (written with them; documents set it to '1').
CREATE TABLE IF NOT EXISTS relations (
    rank INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    type TEXT NOT NULL,
    object TEXT NOT NULL,
    origins INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object);
