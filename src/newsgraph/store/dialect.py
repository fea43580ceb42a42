"""What differs between SQL backends, in one place: parameter style, upserts, case-insensitive
comparison and LIKE, boolean literals, insertion order, and how the state of the store is
stamped. The read model and the write side write their statements with `?` placeholders and
these helpers; a PostgreSQL dialect supplies the same methods (`%s`, ON CONFLICT, ILIKE, ...)."""
from __future__ import annotations

import os


class SQLiteDialect:
    name = "sqlite"             # the folder of its migrations: store/migrations/sqlite/
    true, false = "1", "0"
    insertion_order = "rowid"   # the order rows were written in

    def sql(self, statement: str) -> str:
        """The statement in this backend's parameter style (SQLite: `?` as written)."""
        return statement

    def column_list(self, columns: tuple[str, ...]) -> str:
        """Columns for an insert (PostgreSQL would quote its reserved words here: "end")."""
        return ", ".join(columns)

    def insert(self, table: str, columns: tuple[str, ...]) -> str:
        return f"INSERT INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

    def upsert(self, table: str, columns: tuple[str, ...]) -> str:
        """Insert, replacing the row that has the same primary key."""
        return f"INSERT OR REPLACE INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

    def insert_new(self, table: str, columns: tuple[str, ...]) -> str:
        """Insert, skipping rows whose primary key is already there."""
        return f"INSERT OR IGNORE INTO {table}({self.column_list(columns)}) VALUES ({placeholders(len(columns))})"

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
    def state(path: str) -> tuple:
        """Changes whenever the store is written (the file or its write-ahead log), so that
        aggregations can be memoised per state."""
        stamps = []
        for p in (path, path + "-wal"):
            try:
                st = os.stat(p)
                stamps.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamps.append(None)
        return (os.path.abspath(path), *stamps)


def placeholders(n: int) -> str:
    return ",".join("?" * n)
