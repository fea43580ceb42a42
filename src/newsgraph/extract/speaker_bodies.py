"""The body a speaker's "we" stands for: a body speaks for itself; a person for the body their own phrase
names ("Tory leader Michael Howard", "X, a spokesman for the army"), else the state they hold an office of,
else the body the resolver gives them. A public person's own "we" stays theirs (the leader acts, as news
tells it); anyone else's "we" with no body named stands for no one (extract/quote_runs.speak_in_quotes
reads it so inside quotes, extract/speakers.speaker_of_quote for a quoted subject left unresolved).
"""
from __future__ import annotations

from ..model import Entity
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_of_token, unnamed
from .spoken_for import KINDS

OUR_WORDS = words("quoted_first_person_plural")       # the speaker's side: "we", "us", "our"
# entity types that are no body a person speaks for ("we" of a minister is the state, not a place)
NO_BODY = frozenset({"PERSON", "LOCATION", "ANONYMOUS_SOURCE"})
# the dependencies of a name's own phrase ("Israel's prime minister", "X, a spokesman for the army")
PHRASE_DEPS = frozenset({"compound", "amod", "appos", "poss", "pobj", "nmod", "flat"})


def our_side(key: str, res: KnownActors, doc) -> str | None:
    """Whom the quoted "we" of speaker `key` stands for: the body they speak for, a public person
    themself, else no one ("'We will sue,' said Mark Dean" with no body named: not Mark Dean)."""
    if public(key, res):
        return key
    body = body_of(key, res, doc)
    ent = res.entities.get(body)
    return None if ent is None or ent.type in NO_BODY else body


def public(key: str, res: KnownActors) -> bool:
    """A person whose words are news on their own: one the gazetteer knows or the document gives an
    office. The "I" and "we" of an athlete, a witness or a shopkeeper stay theirs: read as the
    person, they made their sport, loss or trade an event between actors."""
    return key.startswith("gaz:") or key in res.resolution.roles.values()


def body_of(key: str, res: KnownActors, doc) -> str:
    """Whom a speaker's "we" means: a body speaks for itself; a person for the body their own phrase
    names ("Tory leader Michael Howard", "Israel's prime minister Benjamin Netanyahu", "X, a
    spokesman for the army"), else the state they hold an office of, else the body the resolver
    gives them (parent), else themselves."""
    ent: Entity | None = res.entities.get(key)
    if ent is None or ent.type not in ("PERSON", "ANONYMOUS_SOURCE"):
        return key    # a body speaks for itself; a key no actor of the document holds ("Ukrainian officials" -> gaz:UKR) too
    for m in res.mentions:
        span = doc.char_span(m.start, m.end) if m.entity == key else None
        heads = [] if span is None else [span.root, span.root.head] if span.root.dep_ == "appos" else [span.root]
        for t in (t for h in heads for t in (h, *_own_phrase(h)) if t.i != span.root.i):
            other = entity_of_token(t, res) or kind_named(t, res)
            body = res.entities.get(other) if other else None
            if body is not None and other != key and body.type not in NO_BODY:
                return other
    for (_, country), holder in res.resolution.roles.items():
        state = f"gaz:{country or ent.country}"
        if holder == key and (country or ent.country) and state in res.entities:
            return state   # an office in a state ("Defence Minister Avigdor Lieberman"): the state
    if ent.parent and ent.parent in res.entities:
        return ent.parent
    return key


def _own_phrase(head):
    """The words of a name's own phrase: its titles, modifiers and appositions with their "of" and
    "for" phrases, not its relative clauses or other prepositions."""
    for c in head.children:
        if c.dep_ in PHRASE_DEPS or c.dep_ == "prep" and c.lower_ in ("of", "for"):
            yield c
            yield from _own_phrase(c)


def kind_named(tok, res: KnownActors) -> str | None:
    """The document's unnamed body of the kind a modifier of a spokesman or head names ("police" in
    "police spokesman Tom Reed", when the story's police act elsewhere in it), or None: a modifier is no side of its own, so
    the recogniser gave it no entity."""
    if tok.dep_ != "compound" or tok.pos_ not in ("NOUN", "PROPN") \
            or not any(tok.head.lemma_.lower() in nouns for nouns, *_ in KINDS):
        return None   # "army veteran John Smith" speaks for no army
    name = tok.lower_
    return next((k for k, e in res.entities.items() if unnamed(k) and e.name.lower() == name
                 and e.type not in NO_BODY), None)


def own_resolve(speaker: str | None, side: str | None, res: KnownActors, doc) -> bool:
    """`side` is the body the speaker speaks for or leads (body_of): a duty laid on it is its resolve, no demand
    made of another actor (PLOVER REQUEST: "the company must cut its costs," said its chief executive; '"We
    must not give in," said a spokeswoman for Shell'; a minister saying his state should act), and a wrong or
    a blow said of it is its own admission or report, no accusation ("the company had mishandled the recall",
    said its chairman; "our troops repulsed the rebels," said an army spokesman)."""
    return speaker is not None and side is not None and side != speaker and body_of(speaker, res, doc) == side
