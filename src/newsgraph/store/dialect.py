"""What differs between SQL backends, in one place: parameter style, upserts, case-insensitive
comparison and LIKE, boolean literals, insertion order, and how the state of the store is
stamped. The read model and the write side write their statements with `?` placeholders and
these helpers; each dialect turns them into its backend's SQL."""
from __future__ import annotations

import os

# Columns whose names are reserved words in some backend (PostgreSQL: END).
RESERVED = frozenset({"end"})


class SQLiteDialect:
    name = "sqlite"             # the folder of its migrations: store/migrations/sqlite/
    true, false = "1", "0"
    insertion_order = "rowid"   # the order rows were written in

    def sql(self, statement: str) -> str:
        """The statement in this backend's parameter style (SQLite: `?` as written)."""
        return statement

    def column_list(self, columns: tuple[str, ...]) -> str:
        """Columns for an insert, reserved words quoted."""
        return ", ".join(f'"{c}"' if c in RESERVED else c for c in columns)

    def insert(self, table: str, columns: tuple[str, ...]) -> str:
        return f"INSERT INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

    def upsert(self, table: str, columns: tuple[str, ...]) -> str:
        """Insert, replacing the row that has the same primary key."""
        return f"INSERT OR REPLACE INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

    def insert_new(self, table: str, columns: tuple[str, ...]) -> str:
        """Insert, skipping rows whose primary key (or another unique column) is already there."""
        return f"INSERT OR IGNORE INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

    def of_entity(self, column: str) -> str:
        """`column` holds one of the resolution keys of the corpus entity given as parameter."""
        return f"{column} IN (SELECT key FROM entity_keys WHERE entity = ?)"

    # whether a table exists (a store opened read-only is not migrated to the latest schema)
    has_table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"

    def equals_nocase(self, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    def like(self, column: str) -> str:
        """`column` matches a LIKE pattern (with \\ as escape), ASCII case-insensitively."""
        return f"{column} LIKE ? ESCAPE '\\'"

    @staticmethod
    def literal(text: str) -> str:
        """`text` for a LIKE pattern: its %, _ and \\ match themselves, not any characters."""
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

    def contains(self, column: str) -> str:
        """`column` contains a value given through `contains_pattern`, case-insensitively."""
        return f"{column} LIKE ? ESCAPE '\\'"

    @staticmethod
    def contains_pattern(value: str) -> str:
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    @staticmethod
    def state(read) -> tuple:
        """Changes whenever the store is written (the file or its write-ahead log), so that
        aggregations can be memoised per state."""
        stamps = []
        for p in (read.path, read.path + "-wal"):
            try:
                st = os.stat(p)
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return (os.path.abspath(read.path), *stamps)


class PostgresDialect(SQLiteDialect):
    """PostgreSQL through psycopg: `%s` parameters, ON CONFLICT, lower()/ILIKE (ASCII case
    folding under the "C" collation every text column has, as SQLite's NOCASE and LIKE)."""
    name = "postgresql"
    true, false = "TRUE", "FALSE"
    insertion_order = "seq"     # a BIGSERIAL column of documents
    has_table = "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"

    def sql(self, statement: str) -> str:
        return statement.replace("%", "%%").replace("?", "%s")

    def _conflict(self, table: str, columns: tuple[str, ...], action: str) -> str:
        return f"INSERT INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))}) {action}"

    def upsert(self, table: str, columns: tuple[str, ...]) -> str:
        key = PRIMARY_KEYS[table]
        rest = [c for c in columns if c not in key]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in self.column_list(tuple(rest)).split(", "))
        return self._conflict(table, columns, f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}")

    def insert_new(self, table: str, columns: tuple[str, ...]) -> str:
        return self._conflict(table, columns, "ON CONFLICT DO NOTHING")

    def of_entity(self, column: str) -> str:
        # = ANY(ARRAY(...)) is computed once before the scan, so the planner can use the
        # column's index (and OR two of them) and estimate few rows; IN (SELECT ...) becomes a
        # hashed filter over every event and a hash join over every document
        return f"{column} = ANY(ARRAY(SELECT key FROM entity_keys WHERE entity = ?))"

    def equals_nocase(self, column: str) -> str:
        return f"lower({column}) = lower(?)"

    def like(self, column: str) -> str:
        return f"{column} ILIKE ? ESCAPE '\\'"

    def contains(self, column: str) -> str:
        return f"{column} ILIKE ? ESCAPE '\\'"

    @staticmethod
    def state(read) -> tuple:
        """The store generation, a counter every write transaction advances."""
        return (read.path, read.db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()[0])


# The primary keys of the tables that are upserted.
PRIMARY_KEYS = {"meta": ("name",), "inputs": ("source",), "entity_redirects": ("old",)}


def placeholders(n: int) -> str:
    return ",".join("?" * n)
