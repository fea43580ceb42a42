"""Phrases that refer back to two parties the story named together: "the two sides", "both firms",
"the two men", "the pair". Which pair they are is extract/arguments.py's both_sides; here is what
the phrase says of them: whether it is such a phrase at all, and the types of actor it can stand
for ("the two companies" are no two countries, "the two men" no two firms)."""
from __future__ import annotations

from ..resolve.gazetteer import load_gazetteer
from ..resolve.resolution import office_country
from ..wordlists import ordered, table, words

PAIR_NOUNS = table("pair_nouns")
PAIR_WORDS = table("pair_words")
# the entity types each kind of pair noun may stand for; None: any named party
KIND_TYPES = {"any": None, "state": frozenset({"COUNTRY", "GOVERNMENT"}),
              "body": frozenset({"ORGANIZATION", "MEDIA", "ARMED_GROUP"}), "person": frozenset({"PERSON"})}
SIDE_DEPS = ("nsubj", "nsubjpass", "dobj")
DEFINITE = ordered("pair_nouns_definite")
STATE_OFFICES = words("pair_state_offices")


def pair_phrase(tok) -> str | None:
    """The kind of pair the side phrase headed by `tok` refers back to ("any", "state", "body",
    "person"), or None when it is no such phrase. A plural needs "both" or "the two" ("both
    companies", "the two men"; "two men were arrested" are new people, "many sides" no pair); a
    pair word needs "the" ("the pair", "the duo")."""
    if tok.dep_ not in SIDE_DEPS:
        return None
    lemma = tok.lemma_.lower()
    marks = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod")}
    if tok.tag_ == "NNS" and lemma in PAIR_NOUNS and ("both" in marks or "two" in marks and marks & set(DEFINITE)):
        return PAIR_NOUNS[lemma]
    if tok.tag_ == "NN" and lemma in PAIR_WORDS and marks & set(DEFINITE):
        return PAIR_WORDS[lemma]
    if tok.lower_ == "two" and tok.pos_ == "NUM" and marks & set(DEFINITE):
        return "any"   # "the two were convicted": the two named before, as "the pair"
    return None


def fits_pair(kind: str, types: tuple[str | None, str | None]) -> bool:
    """Whether two actors of these entity types may be the pair a phrase of this kind refers to. A
    person beside a state may stand for another state where no office tells which (a leader the story
    gives an office is read as the state before this: extract/arguments.py's as_states), not beside
    another person ("Blair met Brown": no two countries)."""
    allowed = KIND_TYPES.get(kind)
    if allowed is None or all(t in allowed for t in types):
        return True
    return kind == "state" and any(t in allowed for t in types) and all(t in allowed or t == "PERSON" for t in types)


def led_state(key: str, res):
    """The country a person of a pair of states stands for: the one state whose leading office (president,
    prime minister, foreign minister ...) the document gives them (resolution.office_country), as a gazetteer actor;
    None for anyone else ("Hugo Chavez ... the two countries": Venezuela)."""
    state = office_country(getattr(getattr(res, "resolution", res), "roles", {}), key, STATE_OFFICES)
    actor = (getattr(res, "gazetteer", None) or load_gazetteer()).actors.get(state) if state else None
    return actor if actor is not None and actor.type == "COUNTRY" else None
