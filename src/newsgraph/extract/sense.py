"""Word sense and domain: whether a candidate event is the event its trigger word names.

Violence words have other senses: sport ("a clash with Barcelona", "block a shot"), film ("shoot a
film"), business ("hit profits") and politics ("attacked the plan" is criticism, "killed the bill"
a rejection). The sense follows from what the word acts on (the semantic class of its object, in
data/lexicon/words/sense.yaml), from who acts (a hurricane or inflation is never an actor), and
from the document (a match report is dense in sport words). `judge` is the one place where
extraction keeps, drops or retypes a candidate on these grounds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..wordlists import table, words

CONFLICT = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"})
# types whose figurative uses are the issue: violence, repression, threats, deployments
FIGURATIVE_PRONE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
NOT_ACTORS = words("not_actors")
LITERAL = words("literal_triggers")
SECURITY = words("security_nouns")
FIGURATIVE_SENSE = table("figurative_senses")
# the first class that holds an object noun is its class
OBJECT_KINDS = {"proposition": words("proposition_nouns"), "work": words("work_nouns"),
                "play": words("play_nouns"), "market": words("market_nouns"), "show": words("show_nouns")}
SECURITY_TYPES = frozenset({"MILITARY", "ARMED_GROUP"})
ATTACK_MEANS = words("attack_means")
ACCIDENTAL = words("accidental_causes")
SPORT_ROLES = words("sport_roles")
WEAPONS = words("weapon_nouns")
# what is launched or fired: the weapon, else the verb has another sense
LAUNCHING = frozenset({"launch", "fire"})
COMPANIES = frozenset({"ORGANIZATION", "MEDIA"})
THREAT_VERBS = frozenset({"threaten", "warn"})
LABOUR = words("labour_words")
# verbs that end what their object noun names: "lifted the blockade", "ended the siege"
ENDING_VERBS = frozenset({"lift", "end", "ease", "relax", "scrap", "revoke", "repeal", "overturn", "remove"})
# a result: "4-2", "6-3 6-4", "31-24" (years and ranges have more digits)
SCORE = re.compile(r"(?<![\d.,/-])\d{1,2}-\d{1,2}(?![\d.,/-])")
DOMAIN_SHARE = 3.0   # cue words per 100 words from which a document belongs to a domain
DOMAIN_MARGIN = 2.0  # ... and more than this many times its conflict cues
DOMAIN_MIN_CUES = 5  # ... and at least this many (a short text proves nothing)


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    return {"sport": words("sport_cues"), "film": words("film_cues"), "business": words("business_cues"),
            "conflict": words("conflict_cues")}


@dataclass(frozen=True, slots=True)
class Context:
    """What the document is about: "sport", "film", "business", or None for general news."""
    domain: str | None

    @classmethod
    def of(cls, doc) -> Context:
        import numpy as np  # noqa: PLC0415
        from spacy.attrs import IS_ALPHA, LEMMA, LOWER  # noqa: PLC0415

        if len(doc) == 0:
            return cls(None)
        arr = doc.to_array([LEMMA, LOWER, IS_ALPHA])
        strings = doc.vocab.strings
        n_words = max(1, int(arr[:, 2].sum()))
        hits = {}
        for domain, cues in _cue_words().items():
            ids = np.array([strings[w] for w in cues], dtype=arr.dtype)
            hits[domain] = int((np.isin(arr[:, 0], ids) | np.isin(arr[:, 1], ids)).sum())
        best = max(("sport", "film", "business"), key=hits.__getitem__)
        if hits[best] >= DOMAIN_MIN_CUES and 100.0 * hits[best] / n_words >= DOMAIN_SHARE \
                and hits[best] > DOMAIN_MARGIN * hits["conflict"]:
            return cls(best)
        return cls(None)


def object_kind(tok) -> str | None:
    """The semantic class of what an event acts on: proposition, work, play, market or show."""
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    for kind, nouns in OBJECT_KINDS.items():
        if lemma in nouns or tok.lower_ in nouns:
            return kind
    return None


def not_an_actor(tok) -> bool:
    """A natural hazard, disease or abstraction stated as the doer ("Hurricane Ivan hit Grenada")."""
    if tok is None:
        return False
    if tok.lemma_.lower() in NOT_ACTORS or tok.lower_ in NOT_ACTORS:
        return True
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in NOT_ACTORS for c in tok.lefts)


def passive_agent(trigger):
    """The "by" phrase of a passive verb ("hit by shortages"), or None."""
    for c in trigger.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def attack_means(tok) -> bool:
    """A weapon or blast as the subject, not an accident: "a roadside bomb", "an explosion", not
    "a gas explosion"."""
    if tok is None or tok.lemma_.lower() not in ATTACK_MEANS:
        return False
    return not any(c.lemma_.lower() in ACCIDENTAL for c in tok.lefts)


def security_side(c, entity_type) -> bool:
    """Police, troops, militants or gunmen take part, or a weapon strikes ("a car bomb struck a
    market"): violence words are literal around them."""
    if attack_means(c.subject_tok):
        return True
    for key, tok in ((c.subject, c.subject_tok), (c.object, c.object_tok)):
        if entity_type(key) in SECURITY_TYPES:
            return True
        if tok is not None and (tok.lemma_.lower() in SECURITY or tok.lower_ in SECURITY):
            return True
    return False


def ended(trigger) -> bool:
    """An event noun that a verb of ending governs ("lifted the curfew")."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") \
        and trigger.head.lemma_.lower() in ENDING_VERBS


def threat_over(trigger):
    """The verb of threat or warning whose object or complement the event is, or None."""
    t = trigger
    for _ in range(3):
        if t.dep_ not in ("xcomp", "dobj", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in THREAT_VERBS:
            return t
    return None


def labour_strike(c) -> bool:
    """A strike by workers: a general or hunger strike, one that people go on or call."""
    if c.trigger.lemma_.lower() != "strike":
        return False
    near = [*c.trigger.children, c.trigger.head] + ([c.subject_tok] if c.subject_tok is not None else [])
    if any(t.lemma_.lower() in LABOUR or t.lower_ in LABOUR for t in near):
        return True
    return c.trigger.dep_ == "pobj" and c.trigger.head.lower_ == "on" and c.trigger.head.head.lemma_ == "go"


def played(c) -> bool:
    """A side of the event is a player, coach or team: the violence word is a game's."""
    return any(t is not None and (t.lemma_.lower() in SPORT_ROLES or t.lower_ in SPORT_ROLES)
               for t in (c.subject_tok, c.object_tok))


def unarmed(c, entity_type) -> bool:
    """Companies, bodies and media on both sides ("Airbus fired back at Boeing"), or a launch
    or firing of something other than a weapon ("launched a club", "fired the manager")."""
    sides = {entity_type(c.subject), entity_type(c.object)}
    if c.type == "ASSAULT" and None not in sides and (
            sides <= COMPANIES or "MEDIA" in sides and sides <= COMPANIES | {"PERSON"}):
        return True
    if c.trigger.lemma_.lower() in LAUNCHING:
        return any(o.dep_ == "dobj" and o.lemma_.lower() not in WEAPONS for o in c.trigger.children)
    return False


def judge(c, context: Context, entity_type):
    """The candidate as extraction should keep it: unchanged, retyped (a verbal sense), or None
    when it is no event. `entity_type(key)` gives an actor's entity type."""
    if not_an_actor(c.subject_tok) or c.subject is None and not_an_actor(passive_agent(c.trigger)):
        return None         # "an earthquake struck", "was hit by supply bottlenecks"
    if c.type not in CONFLICT:
        return _cooperative(c, context)
    if ended(c.trigger):
        return None         # "lifted the blockade of Qatar": the concession is the event
    threat = threat_over(c.trigger) if c.type != "THREATEN" else None
    if threat is not None:
        # "threatened sanctions against", "warned of attacks on", "threatened to expel": a threat
        c.type, c.trigger, c.anchor = "THREATEN", threat, threat
        return c
    if labour_strike(c):
        c.type = "PROTEST"  # "a general strike", "teachers went on strike"
        return c
    kind = object_kind(c.object_tok)
    security = security_side(c, entity_type)
    literal = c.trigger.lemma_.lower() in LITERAL
    if c.type in FIGURATIVE_PRONE and not security:
        if kind == "proposition":
            # "attacked the plan" is criticism, "blocked the bill" a rejection: verbal conflict
            sense = FIGURATIVE_SENSE.get(c.trigger.lemma_.lower())
            if sense is None:
                return None
            c.type = sense
            return c
        if kind in ("work", "play", "market") or not literal and (played(c) or unarmed(c, entity_type)):
            return None     # "shot a film", "blocked the shot", "hit profits", "the forwards bombarded"
    if security or literal:
        return c            # an arrest, a murder, riot police: the same in every domain
    if SCORE.search(c.trigger.sent.text):
        return None         # "ousted the seventh seed 6-1 6-3"
    if context.domain in ("sport", "film"):
        return None         # a match report's battles and clashes
    if context.domain == "business" and c.type in ("ASSAULT", "THREATEN"):
        return None         # price wars, hostile bids, attacks on a market, creditors' threats
    return c


def _cooperative(c, context: Context):
    """Hosting a show or a game is no consultation."""
    if c.type == "CONSULT" and (object_kind(c.object_tok) == "show" or (
            context.domain in ("sport", "film") and c.trigger.lemma_.lower() in ("host", "receive"))):
        return None
    return c
