"""Resolution across documents: the per-document entity keys of the store grouped into corpus
entities.

Blocking keeps the cost about linear in the number of keys: candidates are only compared inside
a block (same surname key for people), never all pairs. Every merge records its reason.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import stable_id
from .gazetteer import Gazetteer
from .names import fold


@dataclass(slots=True)
class KeyInfo:
    key: str
    names: Counter = field(default_factory=Counter)
    type: str = "OTHER"
    country: str | None = None
    parent: str | None = None
    reason: str = "name"
    mentions: int = 0


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.why: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, keep: str, other: str, why: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a
            self.why.setdefault(other, why)


def _prefer(a: str, b: str) -> str:
    """The cluster root to keep: a gazetteer key wins, then the longer (fuller) key."""
    if a.startswith("gaz:") != b.startswith("gaz:"):
        return a if a.startswith("gaz:") else b
    return a if (len(a), a) >= (len(b), b) else b


def collect_keys(db) -> dict[str, KeyInfo]:
    infos: dict[str, KeyInfo] = {}
    for row in db.execute("SELECT key, name, type, country, parent, reason, aliases FROM doc_entities"):
        info = infos.get(row["key"])
        if info is None:
            info = infos[row["key"]] = KeyInfo(row["key"], type=row["type"], country=row["country"],
                                                parent=row["parent"], reason=row["reason"])
        info.names[row["name"]] += 1
        for a in json.loads(row["aliases"]):
            info.names[a] += 0
    for key, n in db.execute("SELECT key, count(*) FROM mentions GROUP BY key"):
        if key in infos:
            infos[key].mentions = n
    return infos


def cluster_keys(infos: dict[str, KeyInfo], gaz: Gazetteer) -> UnionFind:
    uf = UnionFind()
    # 1. names that the gazetteer knows (a key made before an alias was added, or a variant spelling)
    for key, info in infos.items():
        if key.startswith("gaz:"):
            continue
        for name in info.names:
            actor = gaz.lookup(name)
            if actor is not None:
                if actor.type == "PERSON" and info.type not in ("PERSON", "OTHER"):
                    continue
                uf.union(actor.key, key, "gazetteer alias")
                break
    # 2. people: a one-word name joins the only full name in its surname block
    by_surname: dict[str, list[str]] = defaultdict(list)
    single: list[str] = []
    for key, info in infos.items():
        if info.type != "PERSON":
            continue
        words = key.split(":", 1)[1].split() if not key.startswith("gaz:") else []
        if len(words) > 1:
            by_surname[words[-1]].append(key)
        elif len(words) == 1:
            single.append(key)
    for key in single:
        block = {uf.find(k) for k in by_surname.get(key.split(":", 1)[1], [])}
        if len(block) == 1:
            uf.union(block.pop(), key, "alias rule: surname of a full name")
    return uf


def resolve_corpus(store, gaz: Gazetteer) -> int:
    """Rebuild the corpus entities of `store`; returns the number of entities."""
    db = store.db
    infos = collect_keys(db)
    uf = cluster_keys(infos, gaz)
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in infos:
        clusters[uf.find(key)].append(key)
    entity_rows, key_rows, alias_rows = [], [], []
    for root, keys in clusters.items():
        canon = root
        for k in keys:
            canon = _prefer(canon, k)
        actor = gaz.actors.get(canon[4:]) if canon.startswith("gaz:") else None
        names: Counter = Counter()
        mentions = 0
        for k in keys:
            names.update(infos[k].names)
            mentions += infos[k].mentions
        info = infos[canon]
        if actor is not None:
            name, typ, country = actor.name, actor.type, actor.country
            aliases = set(actor.aliases) | set(names)
            parent = f"gaz:{actor.parent}" if actor.parent else None
        else:
            name = max(names, key=lambda n: (names[n], len(n))) if names else canon.split(":", 1)[-1]
            typ, country, parent = info.type, info.country, info.parent
            aliases = set(names)
        eid = stable_id("ent", canon)
        aliases.discard("")
        entity_rows.append((eid, name, typ, country, json.dumps(sorted(aliases)), mentions, parent))
        for k in keys:
            reason = "gazetteer" if k.startswith("gaz:") else uf.why.get(k, infos[k].reason)
            key_rows.append((k, eid, reason))
        alias_rows.extend((eid, a, fold(a)) for a in aliases | {name})
    with db:
        db.execute("DELETE FROM aliases")
        db.execute("DELETE FROM entity_keys")
        db.execute("DELETE FROM entities")
        db.executemany("INSERT INTO entities(id, name, type, country, aliases, mentions, parent)"
                       " VALUES (?,?,?,?,?,?,?)", entity_rows)
        db.executemany("INSERT INTO entity_keys(key, entity, reason) VALUES (?,?,?)", key_rows)
        db.executemany("INSERT OR IGNORE INTO aliases(entity, alias, norm) VALUES (?,?,?)", alias_rows)
    return len(entity_rows)
