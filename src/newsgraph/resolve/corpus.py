"""Resolution across documents: the per-document entity keys of the store grouped into corpus
entities.

A key already names one actor in every document ("gaz:ISR", "anon:EGY:sources",
"PERSON:ham karan" = the normalised name), so the same key in two documents is one entity. On top
of that, keys are merged by three rules, each recorded as the key's reason in entity_keys:
1. gazetteer alias: a name the gazetteer knows (e.g. a variant added to the gazetteer after the
   document was resolved), when its type agrees with the key's;
2. same normalised name: organisations typed differently in different documents
   ("ORGANIZATION:x" and "ARMED_GROUP:x");
3. alias rule: a short person name ("PERSON:karan") joins the one full name that ends with it
   ("PERSON:ham karan") and is written as it ends in some spelling; with two candidates it stays
   apart, and a lone first name ("Robert", "Lindsay") joins none: across documents it names many
   people, and the one full name ending with it ("Laurent Robert") is seldom the one meant. A lone
   surname ("Gray") joins only when every document that writes it alone is the full name's story:
   the document writes the full name too, or shares a named actor or place with a document of the
   full name (one named in few documents; not a country, gazetteer actor or generic group).
   In a news corpus a bare surname in one story is seldom the person another story named in
   full; public figures ("Blair") join through the gazetteer (rule 1) instead.

Blocking keeps the cost about linear in the number of keys: rule 2 compares keys only inside a
block of the same normalised name, rule 3 only inside a block of the same surname; there is no
all-pairs comparison. Names that only share a word ("Islamic State", "Islamic Jihad") never share
a block. Entity ids are derived from the cluster's canonical key, so they are deterministic.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import stable_id
from .gazetteer import Gazetteer
from .names import GIVEN_NAMES, fold, loose_key_words, strip_titles, without_generation

# a named actor in more documents than this (an award, a big company, "GMT") tells nothing of
# which story two documents tell
STORY_ACTOR_DOCUMENTS = 10
ORG_TYPES = {"ORGANIZATION", "ARMED_GROUP", "MEDIA", "GOVERNMENT", "MILITARY", "OTHER"}


@dataclass(slots=True)
class KeyInfo:
    key: str
    names: Counter = field(default_factory=Counter)
    type: str = "OTHER"
    country: str | None = None
    parent: str | None = None
    reason: str = "name"
    mentions: int = 0
    documents: int = 0
    geos: Counter = field(default_factory=Counter)   # JSON of each geocoding the documents gave
    docs: dict[str, set[str]] = field(default_factory=dict)   # document -> the names written there

    @property
    def name_part(self) -> str:
        return self.key.split(":", 1)[1] if ":" in self.key else self.key


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
            a, b = (a, b) if _prefer(a, b) == a else (b, a)
            self.parent[b] = a
            self.why.setdefault(other, why)


def _prefer(a: str, b: str) -> str:
    """The cluster root to keep: a gazetteer key wins, then the longer (fuller) key, then the
    alphabetically first, so that the result does not depend on the order of merging."""
    if a.startswith("gaz:") != b.startswith("gaz:"):
        return a if a.startswith("gaz:") else b
    if len(a) != len(b):
        return a if len(a) > len(b) else b
    return min(a, b)


def collect_keys(store) -> dict[str, KeyInfo]:
    """What the store's documents say about each resolution key."""
    infos: dict[str, KeyInfo] = {}
    for row in store.document_entities():
        info = infos.get(row["key"])
        if info is None:
            info = infos[row["key"]] = KeyInfo(row["key"], type=row["type"], country=row["country"],
                                                parent=row["parent"], reason=row["reason"])
        info.documents += 1
        info.names[row["name"]] += 1
        if row.get("document"):
            info.docs.setdefault(row["document"], set()).update([row["name"], *row["aliases"]])
        if row.get("geo"):
            info.geos[json.dumps(row["geo"], sort_keys=True)] += 1
        for a in row["aliases"]:
            info.names[a] += 0
    for key, n in store.mention_counts().items():
        if key in infos:
            infos[key].mentions = n
    return infos


def _compatible(actor_type: str, key_type: str) -> bool:
    if actor_type == "PERSON" or key_type == "PERSON":
        return actor_type == key_type
    if key_type == "ANONYMOUS_SOURCE":
        return False
    return True


def cluster_keys(infos: dict[str, KeyInfo], gaz: Gazetteer) -> UnionFind:
    uf = UnionFind()
    # 1. names the gazetteer knows
    for key in sorted(infos):
        info = infos[key]
        if key.startswith(("gaz:", "anon:")):
            continue
        for name in sorted(info.names, key=lambda n: (-info.names[n], n)):
            actor = gaz.exact(name) or gaz.lookup(name)
            if actor is not None and _compatible(actor.type, info.type):
                uf.union(actor.key, key, f"gazetteer alias: {name!r}")
                break
    # 2. the same normalised name typed differently: blocks of one name part
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, info in infos.items():
        if key.split(":", 1)[0] in ORG_TYPES and info.type in ORG_TYPES:
            by_name[info.name_part].append(key)
    for name_part, keys in by_name.items():
        keys.sort()
        for other in keys[1:]:
            uf.union(keys[0], other, f"same normalised name {name_part!r}")
    # 3. people: a short name joins the only full name that ends with it (blocks of one surname)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, info in infos.items():
        if info.type == "PERSON" and not key.startswith("gaz:"):
            words = _loose_words(info)   # "comeaux" for "arcade joseph comeaux jr"
            if words:
                by_surname[words[-1]].append(key)
    context = _document_context(infos)
    for surname, keys in by_surname.items():
        full = [k for k in keys if len(infos[k].name_part.split()) > 1]
        for key in keys:
            words = loose_key_words(infos[key].name_part)
            if len(words) == 1 and _first_name(infos[key]):
                continue
            # a full name with a generation ("arvan dalmar jr") and the same name without it are one candidate
            targets = {uf.find(_ungenerated(f, infos)) for f in full
                       if f != key and len(bare := _loose_words(infos[f])) > len(words)
                       and bare[-len(words):] == words
                       and _spelled_alike(infos[key], infos[f], len(words))}
            if len(targets) == 1 and (len(words) > 1 or _same_story(
                    infos[key], [infos[f] for f in full if uf.find(f) in targets], context)):
                uf.union(targets.pop(), key, f"alias rule: short form of the full name (surname {surname!r})")
    return uf


def _loose_words(info: KeyInfo) -> list[str]:
    """The loose keys of the words of a person's key without a generation: a lone name keyed by its
    spelling ("PERSON:koren", names.actor_key_name) meets the full name it ends ("PERSON:ham koran")."""
    return without_generation(loose_key_words(info.name_part))


def _ungenerated(key: str, infos: dict[str, KeyInfo]) -> str:
    """The key of the same name without its generation where the store has one ("PERSON:arvan dalmar" for
    "PERSON:arvan dalmar jr"), else the key."""
    words = key.split(" ")
    plain = " ".join(without_generation(words))
    return plain if plain != key and plain in infos else key


def _story_actor(key: str, info: KeyInfo) -> bool:
    """Whether a key, shared by two documents, tells that they tell one story: a named person,
    body or place found in few documents ("Baytown"), not a country, a gazetteer actor, a generic
    group ("police") or a name found everywhere ("London")."""
    return (not key.startswith(("gaz:", "anon:", "GENERIC:"))
            and len(info.docs) <= STORY_ACTOR_DOCUMENTS)


def _document_context(infos: dict[str, KeyInfo]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Document -> the keys of the story actors it mentions, and document -> the names of the
    people it writes in full."""
    context: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)
    for key, info in infos.items():
        if _story_actor(key, info):
            for doc in info.docs:
                context[doc].add(key)
        if info.type == "PERSON" and len(info.name_part.split()) > 1:
            for doc in info.docs:
                people[doc].add(info.name_part)
    return context, people


def _same_story(short: KeyInfo, cluster: list[KeyInfo],
                context: tuple[dict[str, set[str]], dict[str, set[str]]]) -> bool:
    """Whether every document that writes the lone surname `short` is the story of the full names
    it would join (`cluster`): it writes one of them as well (also with a suffix: "Arcade Joseph
    Comeaux Jr."), or shares a named actor or place with one of their documents."""
    actors, people = context
    theirs = set().union(*(actors.get(doc, set()) for info in cluster for doc in info.docs))
    theirs -= {short.key, *(info.key for info in cluster)}
    fulls = {fold(strip_titles(name)) for info in cluster for name in info.names}
    fulls = {name for name in fulls if len(name.split()) > 1}
    own = {doc for info in cluster for doc in info.docs}
    parts = {info.name_part for info in cluster}
    for doc, names in short.docs.items():
        written = {fold(strip_titles(name)) for name in names}
        named = any(p == f or p.startswith(f + " ") for p in people.get(doc, ()) for f in parts)
        if doc not in own and not named and not (written & fulls) and not (actors.get(doc, set()) & theirs):
            return False
    return True


def _first_name(info: KeyInfo) -> bool:
    """Whether the one-word name is written as a first name ("Robert") and never with a title,
    which would make it a surname ("Mr Robert")."""
    bare = [fold(name) for name in info.names if strip_titles(name) == name]
    return len(bare) == len(info.names) and any(name in GIVEN_NAMES for name in bare)


def _spelled_alike(short: KeyInfo, full: KeyInfo, n: int) -> bool:
    """Whether the short name is written as the full name's last `n` words in some spelling: a
    key tolerates vowel variants, but "Joan" is not the short form of "Shailendra Jain"."""
    def ends(info: KeyInfo) -> set[str]:
        return {" ".join(without_generation(fold(strip_titles(name)).split())[-n:]) for name in info.names}
    return bool(ends(short) & ends(full))


def resolve_corpus(store, gaz: Gazetteer) -> int:
    """Rebuild the corpus entities of `store`; returns the number of entities."""
    infos = collect_keys(store)
    uf = cluster_keys(infos, gaz)
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in sorted(infos):
        clusters[uf.find(key)].append(key)
    entity_rows, key_rows, alias_rows = [], [], []
    for root, keys in sorted(clusters.items()):
        canon = root
        for k in keys:
            canon = _prefer(canon, k)
        actor = gaz.actors.get(canon[4:]) if canon.startswith("gaz:") else None
        names: Counter = Counter()
        mentions = 0
        for k in keys:
            names.update(infos[k].names)
            mentions += infos[k].mentions
        # the root may be a gazetteer key that no document used directly
        info = infos.get(canon) or infos[max(keys, key=lambda k: (infos[k].mentions, k))]
        if actor is not None:
            name, typ, country = actor.name, actor.type, actor.country
            aliases = set(actor.aliases) | set(names)
            parent = f"gaz:{actor.parent}" if actor.parent else None
        else:
            name = max(names, key=lambda n: (names[n], len(n), n)) if names else info.name_part
            typ, country, parent = info.type, info.country, info.parent
            aliases = set(names)
        eid = stable_id("ent", canon)
        aliases.discard("")
        entity_rows.append((eid, name, typ, country, aliases, mentions, parent, _place(infos, keys)))
        for k in keys:
            if k.startswith("gaz:"):
                reason = "gazetteer"
            elif k in uf.why:
                reason = uf.why[k]
            elif k.startswith("anon:"):
                reason = f"anonymous source {infos[k].name_part!r}"
            else:
                reason = f"normalised name {infos[k].name_part!r} ({infos[k].documents} document(s))"
            key_rows.append((k, eid, reason))
        alias_rows.extend((eid, a, fold(a)) for a in sorted(aliases | {name}))
    store.replace_entities(entity_rows, key_rows, alias_rows)
    return len(entity_rows)


def _place(infos: dict[str, KeyInfo], keys: list[str]) -> dict | None:
    """The geocoding most of the entity's documents gave (ties: the first in sorted order)."""
    geos: Counter = Counter()
    for k in keys:
        geos.update(infos[k].geos)
    if not geos:
        return None
    return json.loads(max(sorted(geos), key=lambda g: geos[g]))
