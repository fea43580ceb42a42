"""How likely an event is right: a logistic model over general features of the event, its
trigger's place in the parse and its sides' kinds, learned from the hand-judged precision audit
(`python -m newsgraph.evaluation.confidence train`). Every event gets a `confidence` in [0, 1];
events under the model's threshold are dropped. The shipped threshold is 0: dropping the
lowest-rated removes about one right event for every two wrong (README, Event confidence).

The features name no word, actor or document category, so the model carries to any news: the
event's type and certainty, what kind of actor each side is (a state, an armed group, forces, a
person, an organisation, a generic phrase ...), how the trigger sits in its sentence (part of
speech, dependency, passive, inside a quotation or a reported clause, under a speech verb, hedged by
a modal, a condition or a question), how far the named sides are from it, and what else the clause
gave (date, place, tolls). Scoring is a sum of the weights
of an event's active features: no per-token work beyond its own trigger and sides.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..model import QUAD_CLASS, Event
from ..quotes import in_quote, sentence_quotes
from ..wordlists import words
from .entity_lookup import unnamed

MODEL_FILE = "data/confidence.json"
STATES = frozenset({"COUNTRY", "GOVERNMENT"})
ORGANISATIONS = frozenset({"ORGANIZATION", "MEDIA"})
SIDE_KIND = {"ARMED_GROUP": "armed_group", "MILITARY": "forces", "PERSON": "person", "LOCATION": "place"}
CLAUSAL = frozenset({"ccomp", "xcomp"})
ATTACHED_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp"})
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})
MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})
CASUALTY_KEYS = words("confidence_casualty_keys")
SPEECH = words("speech_verbs")
SPEAKING = SPEECH | words("speech_act_verbs")
HEDGES = words("hedging_modals")   # modal auxiliaries that leave an act unsure
FUTURE = words("future_auxiliaries")
CONDITIONS = words("supposing_conjunctions")


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A logistic model: a weight per feature name, a bias, and the confidence under which events drop."""
    weights: Mapping[str, float]
    bias: float
    threshold: float

    def score(self, active: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in active.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"features": list(self.weights), "weights": [round(w, 6) for w in self.weights.values()],
                "bias": round(self.bias, 6), "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> ConfidenceModel:
        if len(data["features"]) != len(data["weights"]):
            raise ValueError(f"{MODEL_FILE}: {len(data['features'])} features but {len(data['weights'])} weights")
        weights = dict(zip(data["features"], (float(w) for w in data["weights"]), strict=True))
        return cls(weights, float(data["bias"]), float(data["threshold"]))


@cache
def shipped_model() -> ConfidenceModel:
    text = resources.files("newsgraph").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return ConfidenceModel.from_json(json.loads(text))


_KEEP_ALL: list[bool] = []   # set while training reads every event the rules make


@contextmanager
def keeping_all() -> Iterator[None]:
    """Score without dropping: what training needs to see every event the rules make."""
    _KEEP_ALL.append(True)
    try:
        yield
    finally:
        _KEEP_ALL.pop()


def rated(events: list[Event], doc, entities: Mapping, model: ConfidenceModel | None = None) -> list[Event]:
    """The events with their confidence, less those the model holds under its threshold."""
    model = model or shipped_model()
    scored = [replace(e, confidence=round(model.score(f), 4)) for e, f in zip(events, features_of(events, doc, entities),
                                                                               strict=True)]
    if _KEEP_ALL:
        return scored
    return [e for e in scored if e.confidence >= model.threshold]


def features_of(events: list[Event], doc, entities: Mapping) -> list[dict[str, float]]:
    """Each event's active features (name -> value), in the order given."""
    per_sentence = Counter(e.start for e in events)
    context = document_context(entities, len(events))
    quotes = sentence_quotes(doc) if events else []
    return [{**event_features(e, entities), **parse_features(e, doc, quotes), **context,
             f"sentence_events={min(per_sentence[e.start], 3)}": 1.0} for e in events]


def side_kind(key: str | None, entities: Mapping) -> str:
    """What kind of actor an event's side is, in words that hold for any news."""
    if key is None:
        return "none"
    entity = entities.get(key)
    kind = entity.type if entity is not None else "OTHER"
    if unnamed(key):
        return "generic"
    if kind in STATES:
        return "state"
    if kind in ORGANISATIONS:
        return "organisation"
    return SIDE_KIND.get(kind, "other")


def event_features(e: Event, entities: Mapping) -> dict[str, float]:
    quad = QUAD_CLASS.get(e.type, "standing")
    subject, object_ = side_kind(e.subject, entities), side_kind(e.object, entities)
    active = {"type=" + e.type: 1.0, "certainty=" + e.certainty: 1.0, "subject=" + subject: 1.0,
              "object=" + object_: 1.0, f"{quad}&subject={subject}": 1.0, f"{quad}&object={object_}": 1.0}
    for side, key in (("subject", e.subject), ("object", e.object)):
        entity = entities.get(key) if key else None
        if entity is not None and key.startswith("gaz:"):
            active[side + "_in_gazetteer"] = 1.0
        if entity is not None and entity.reason == "description":
            active[side + "_described"] = 1.0
    active[f"pair={subject}>{object_}"] = 1.0
    if e.subject is not None and not e.subject_text:
        active["subject_not_in_clause"] = 1.0
        active[f"subject_not_in_clause&subject={subject}"] = 1.0
    for side, key, text in (("subject", e.subject, e.subject_text), ("object", e.object, e.object_text)):
        if resolved_elsewhere(key, text, entities):
            active[side + "_resolved"] = 1.0
    flags = {"negated": e.negated, "claimant": e.source is not None, "date_stated": e.date_kind == "stated",
             "place_in_clause": e.location_method in ("clause", "sentence"),
             "place_from_context": e.location_method in ("paragraph", "dateline"),
             "casualties": bool(CASUALTY_KEYS & set(e.quantities)), "quantities": bool(e.quantities)}
    active.update({name: 1.0 for name, on in flags.items() if on})
    return active


def document_context(entities: Mapping, n_events: int) -> dict[str, float]:
    """What the whole story is about, in kinds of actor only: armed actors, states, how many events."""
    kinds = Counter(side_kind(key, entities) for key in entities)
    return {"doc_armed_actors": float(kinds["armed_group"] + kinds["forces"] > 0),
            "doc_states": min(kinds["state"], 4) / 4, "doc_events": min(math.log1p(n_events) / 3, 1.0)}


def parse_features(e: Event, doc, quotes: list[tuple[int, int]] = ()) -> dict[str, float]:
    """How the trigger sits in its sentence, and how far its named sides are from it; `quotes` are
    the document's quoted stretches (quotes.sentence_quotes)."""
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand") if e.trigger_start >= 0 else None
    if not span:
        return {"no_trigger": 1.0}
    trig = span.root
    sent = trig.sent
    active = {"pos=" + pos_group(trig.pos_): 1.0, "dep=" + dep_group(trig.dep_): 1.0,
              "sentence_length": min(len(sent), 60) / 60}
    if trig.i > sent.start and trig.text[:1].isupper():
        active["trigger_capitalised"] = 1.0   # part of a name or title ("Operation Storm", "Peace Prize")
    if sent.start_char == 0:
        active["first_sentence"] = 1.0
    children = {c.dep_ for c in trig.children}
    ancestors = [trig, *trig.ancestors]
    flags = {"passive": bool(children & {"nsubjpass", "auxpass"}), "reports_clause": bool(children & CLAUSAL),
             "embedded": any(t.dep_ in CLAUSAL for t in ancestors),
             "in_quote": in_quote(doc, trig.i, quotes)}
    active.update({name: 1.0 for name, on in flags.items() if on})
    active.update(cue_features(trig, sent))
    for side, text in (("subject", e.subject_text), ("object", e.object_text)):
        if text:
            active.update(side_distance(side, text, trig, sent))
    return active


def resolved_elsewhere(key: str | None, text: str, entities: Mapping) -> bool:
    """Whether a named side's phrase in the clause shares no word with its name: the actor came from
    coreference or a description ("the group" for a named militia, "he" for a minister)."""
    entity = entities.get(key) if key and not unnamed(key) else None
    if entity is None or not text:
        return False
    named = {w.casefold() for name in (entity.name, *entity.aliases) for w in name.split()}
    return not any(w.casefold() in named for w in text.split())


def cue_features(trig, sent) -> dict[str, float]:
    """Words around the trigger that make the act unsure or only spoken: a speech verb as the trigger
    or above it, a modal or future auxiliary, a condition, a question."""
    lemma = trig.lemma_.lower()
    aux = {c.lower_ for c in trig.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in trig.children if c.dep_ == "mark"}
    flags = {"trigger_speech_verb": lemma in SPEAKING,
             "under_speech_verb": any(t.lemma_.lower() in SPEECH for t in trig.ancestors),
             "hedged": bool(aux & HEDGES), "future": bool(aux & FUTURE), "conditional": bool(marks & CONDITIONS),
             "question": sent.text.rstrip().endswith("?")}
    return {name: 1.0 for name, on in flags.items() if on}


def side_distance(side: str, text: str, trig, sent) -> dict[str, float]:
    """How many words lie between the trigger and the side's phrase (nearest occurrence), bucketed."""
    at = list(_occurrences(sent.text, text))
    if not at:
        return {}
    doc = sent.doc
    positions = [doc.char_span(sent.start_char + i, sent.start_char + i + len(text), alignment_mode="expand")
                 for i in at]
    gaps = [max(s.start - trig.i, trig.i - s.end + 1, 0) for s in positions if s]
    if not gaps:
        return {}
    gap = min(gaps)
    bucket = "near" if gap <= 2 else "mid" if gap <= 8 else "far"
    # the phrase ends at the side's head word (events.span_text): the occurrence nearest the trigger
    head = min((s[-1] for s in positions if s), key=lambda t: abs(t.i - trig.i))
    path = tree_distance(trig, head)
    link = "linked" if path <= 1 else "close" if path == 2 else "indirect" if path <= 4 else "remote"
    active = {f"{side}_{bucket}": 1.0, f"{side}_{link}": 1.0}
    if head.pos_ == "PRON":
        active[side + "_pronoun"] = 1.0
    return active


def tree_distance(a, b) -> int:
    """Edges between two tokens in the dependency tree (through their lowest common head)."""
    up_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return n + depth[t.i]
    return len(up_a) + 10


def _occurrences(text: str, part: str) -> Iterator[int]:
    i = text.find(part)
    while i >= 0:
        yield i
        i = text.find(part, i + 1)


def pos_group(pos: str) -> str:
    return {"AUX": "VERB"}.get(pos, pos if pos in ("VERB", "NOUN", "PROPN", "ADJ") else "other")


def dep_group(dep: str) -> str:
    if dep == "ROOT":
        return "root"
    if dep in CLAUSAL:
        return "complement"
    if dep in ATTACHED_CLAUSES:
        return "attached_clause"
    if dep in NOMINAL_ROLES:
        return "argument"
    if dep == "conj":
        return "conjunct"
    if dep in MODIFIERS:
        return "modifier"
    return "other"
