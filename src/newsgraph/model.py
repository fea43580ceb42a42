"""Typed records passed between the stages of the pipeline.

ingest -> Document -> (spaCy parse) -> resolve -> Mention/Entity -> extract -> Event -> Analysis -> store.

Entities are referred to by *key* inside one document's analysis ("gaz:ISR" for a gazetteer
actor, "PERSON:benjamin netanyahu" for an unknown one). The store maps keys to corpus-level
entity ids when it resolves entities across documents (see resolve/corpus.py), so a wrong
merge can be undone by re-running resolution without re-parsing anything.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ENTITY_TYPES = (
    "PERSON", "ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY",
    "LOCATION", "MEDIA", "ANONYMOUS_SOURCE", "OTHER",
)
# entity types of those who bear arms: forces of a state and armed groups
ARMED_TYPES = frozenset({"MILITARY", "ARMED_GROUP"})
# entity types of people, named (PERSON) or described ("the protesters")
PEOPLE_TYPES = frozenset({"PERSON", "OTHER"})
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
RELATION_TYPES = ("AFFILIATION", "LEADERSHIP", "SUCCESSOR_OF", "SPLIT_FROM")
# standing relations that come from dated data (group histories), never from a sentence
DATA_RELATION_TYPES = ("SUCCESSOR_OF", "SPLIT_FROM")
# standing relations that a sentence states (a person's office, a member's group)
SENTENCE_RELATION_TYPES = frozenset(RELATION_TYPES) - frozenset(DATA_RELATION_TYPES)
EVENT_TYPES = PLOVER_TYPES + RELATION_TYPES
# the event types of force done to people: violence and coercion ("the bombing", "the arrests")
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# the texts of a document an event's evidence may come from (Event.passage)
PASSAGES = ("text", "title")
CERTAINTIES = ("asserted", "reported", "alleged", "possible")
DATE_KINDS = ("stated", "reported")
# How an event's place was found, strongest evidence first (extract/place.py): its clause, its
# sentence, its paragraph, the story's dateline.
LOCATION_METHODS = ("clause", "sentence", "paragraph", "dateline")
# PLOVER's quad classes: how a dyad's events are balanced between cooperation and conflict.
QUAD_CLASS = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation", "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation", "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict", "SANCTION": "material_conflict", "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict", "ASSAULT": "material_conflict",
    "AFFILIATION": "standing", "LEADERSHIP": "standing", "SUCCESSOR_OF": "standing", "SPLIT_FROM": "standing",
}
# the classes in their customary order (dict order of first use above); "standing" holds relations
QUAD_CLASSES = tuple(dict.fromkeys(QUAD_CLASS.values()))
COOPERATIVE = frozenset(t for t, q in QUAD_CLASS.items() if q.endswith("cooperation"))
HOSTILE = frozenset(t for t, q in QUAD_CLASS.items() if q.endswith("conflict"))


def stable_id(prefix: str, *parts: object) -> str:
    """Deterministic id from identifying parts, so re-running gives the same ids."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{h}"


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One article: its cleaned text and the metadata the text or its container states. Fields
    are in the order of the exported record, after its id; the store's columns and the exported
    and API records are derived from them (metadata as for Event, below)."""
    source: str                      # path as given, PATH#ID for a JSONL record, stdin:1 / stdin#ID
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = field(default=(), metadata={"kind": "json"})
    published: str | None = None     # YYYY-MM-DD, only when stated
    duplicate_of: str | None = None
    url: str | None = None
    text: str = field(metadata={"bulky": True})   # exported on request only

    @property
    def id(self) -> str:
        return stable_id("doc", content_hash(self.text))

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that names or refers to an actor or place."""
    start: int                       # character offsets in Document.text
    end: int
    text: str
    entity: str                      # entity key
    label: str = ""                  # spaCy NER label, or RULER / COREF / SECTOR
    reason: str = "ner"              # how the span was tied to its entity: gazetteer, alias, coreference, ...


@dataclass(slots=True)
class Entity:
    """An actor or place, as resolved within one document (and later across documents)."""
    key: str
    name: str
    type: str
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    reason: str = "ner"              # gazetteer, alias rule, coreference, name
    parent: str | None = None        # key of the organisation/country it belongs to
    geo: dict | None = None          # a place's coordinates and GeoNames record (geo/places.py)


@dataclass(frozen=True, slots=True)
class SourceRef:
    entity: str | None               # entity key
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """Who the article says makes the claim; chain lists the relays from the claimant outwards."""
    entity: str | None
    text: str
    chain: tuple[SourceRef, ...] = ()


# How each Event field is stored and exported; the store's columns and inserts, the JSON
# export, the CSV and the Python API's records are derived from these (newsgraph.records).
#   entity  an entity key; stored as <name>_key, exported as the corpus entity id
#   flag    stored as 0/1, exported as true/false
#   json    stored as JSON text
#   source  the claimant and its relays: stored as source_key, source_text, source_chain
#   evidence / trigger_span: exported grouped ({"evidence": [{document, sentence, start, end}]},
#           "trigger_span": [start, end])
#   flat=False: left out of the flat views (CSV, Python API records), which spell out the rest
ENTITY = {"kind": "entity"}
FLAG = {"kind": "flag"}
JSON = {"kind": "json"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One extracted statement: who did what to whom, according to whom, how surely.
    Fields are in the order of the exported record (the contract's Event)."""
    type: str
    subject: str | None = field(metadata=ENTITY)     # entity keys
    object: str | None = field(metadata=ENTITY)
    negated: bool = field(default=False, metadata=FLAG)
    certainty: str = "asserted"
    source: Source | None = field(default=None, metadata={"kind": "source"})
    location: str | None = field(default=None, metadata=ENTITY)
    date: str | None = None          # YYYY, YYYY-MM or YYYY-MM-DD
    quantities: dict[str, int] = field(default_factory=dict, metadata=JSON)
    sentence: str = field(metadata={"group": "evidence"})
    start: int = field(metadata={"group": "evidence", "flat": False})   # sentence span in Document.text
    end: int = field(metadata={"group": "evidence", "flat": False})
    # which text start/end (and the trigger's offsets) index: "text" (Document.text) or "title" (the
    # headline, analysed on its own: extract/headline.py)
    passage: str = field(default="text", metadata={"group": "evidence"})
    trigger: str = field(default="", metadata={"flat": False})
    trigger_start: int = field(default=-1, metadata={"group": "trigger_span", "flat": False})  # offsets of the trigger
    trigger_end: int = field(default=-1, metadata={"group": "trigger_span", "flat": False})
    subject_text: str = field(default="", metadata={"flat": False})
    object_text: str = field(default="", metadata={"flat": False})
    # how `date` is known, after the contract's fields: "stated" (the text dates the event) or
    # "reported" (no date of its own: the document's date stands in); None when neither is known
    date_kind: str | None = None
    location_method: str | None = None   # how `location` was found: one of LOCATION_METHODS
    # how likely the event is right, 0..1: a model learned from hand-judged events (extract/confidence.py)
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A renaming or pledge the text states ("X, formerly known as Y"): a candidate for the
    user's gazetteer, listed by `newsgraph entities --proposals` and never applied by itself."""
    kind: str                        # "renaming" or "pledge"
    old_name: str
    new_name: str
    old_entity: str | None = None    # entity keys, where the names were resolved
    new_entity: str | None = None
    pledged_to: str | None = None    # entity key of the group pledged to
    sentence: str = ""
    start: int = 0                   # sentence span in Document.text
    end: int = 0


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline learned from one document; what a worker sends to the writer."""
    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
