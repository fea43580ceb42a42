-- Entity ids that later resolution merged into another entity, so links to them keep working.
CREATE TABLE IF NOT EXISTS entity_redirects (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
);
