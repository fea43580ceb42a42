"""Read queries over a store, shared by the CLI, the JSON API and the Python API."""
from __future__ import annotations

import json

from .resolve.names import fold
from .store import Store


def find_entities(store: Store, query: str | None = None, limit: int = 50) -> list[dict]:
    """Entities whose name or an alias contains `query` (all when None), most mentioned first,
    each with the resolution keys it gathers and why."""
    if query:
        rows = store.db.execute(
            "SELECT DISTINCT e.* FROM entities e JOIN aliases a ON a.entity = e.id"
            " WHERE a.norm LIKE ? ORDER BY e.mentions DESC, e.name LIMIT ?", (f"%{fold(query)}%", limit))
    else:
        rows = store.db.execute("SELECT * FROM entities ORDER BY mentions DESC, name LIMIT ?", (limit,))
    out = []
    for r in rows.fetchall():
        keys = store.db.execute("SELECT key, reason FROM entity_keys WHERE entity = ? ORDER BY key",
                                (r["id"],)).fetchall()
        out.append({"id": r["id"], "name": r["name"], "type": r["type"], "country": r["country"],
                    "aliases": json.loads(r["aliases"]), "mentions": r["mentions"],
                    "keys": [(k["key"], k["reason"]) for k in keys]})
    return out
