"""The side a refusal turns down when the refusing verb's object is a thing, not an actor (PLOVER REJECT).

News names what was refused more often than who asked for it; the asker is the refusal's other side:
- the maker of the thing refused, named with "from" or "by" on it, on a participle of it, or on the
  noun it is "of", or with "from" on the refusing verb where the parser hangs it there ("rejecting a higher
  offer from Qwest"): "rebuffed a takeover approach from Kraft", "resisted pressure from the Treasury",
  "rejected the offer of talks from the Afghan government", "refused permission for the march
  organised by the opposition", "voted against the plan of the Commission" (Kraft, the Treasury, ...);
- the one a permission, visa or entry is refused to: "refused planning permission to Tesco";
- the maker of the calls or pressure the refusal holds out against: "refused to apologise, despite
  calls from Tony Blair";
- the club or firm a move refused would have taken one to, which offered it: "rejected a move to Real Madrid".
A thing made by nobody named ("dismissed the claims") leaves the refusal without another side.
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type, named_other
from .frames import TURNED_DOWN, Candidate
from .thing_makers import maker_of

# what one side presses or puts to another and may be refused, besides proposals, claims and orders
PRESSED = words("refused_pressures")
# what an authority grants and may refuse someone: "refused planning permission to Tesco"
GRANTS = words("refused_grants")
# moves to a club or firm, which it offers: "turned down a move to Stoke City"
MOVES = words("refused_moves")
# who made the thing refused: "an approach from Kraft", "calls by the opposition"
MAKERS = words("doer_prepositions")
# what a refusal holds out against: "despite calls from X", "in the face of pressure from X"
AGAINST = words("refused_owners_against")


def refused_owners(candidates: list[Candidate], res: KnownActors) -> None:
    """Give each refusal with no other side the maker of what it refuses (see the module's doc)."""
    for c in candidates:
        if c.type != "REJECT" or c.subject is None or c.object is not None:
            continue
        found = next((f for t in refused_things(c) if (f := thing_maker(t, res, c.subject)) is not None), None)
        found = found or granted_to(c, res) or withstood_maker(c, res) or moved_to(c, res) or sent_from(c, res)
        if found is not None:
            c.object, c.object_tok = found


def refused_things(c: Candidate) -> list:
    """The nouns the refusal may take: its object token, the verb's object, and the objects of the
    prepositions on the verb ("gave short shrift to the plan": the plan)."""
    trigger = c.trigger
    nouns = [c.object_tok] if c.object_tok is not None and c.object_tok.pos_ in ("NOUN", "PROPN") \
        and c.object_tok.i != trigger.i else []
    nouns += [x for x in trigger.children if x.dep_ == "dobj"]
    return nouns + [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def refused_thing(c: Candidate):
    """The first noun the refusal takes (`refused_things`), or None."""
    return next(iter(refused_things(c)), None)


def refusable(noun) -> bool:
    return noun.lemma_.lower() in TURNED_DOWN or noun.lower_ in TURNED_DOWN or noun.lemma_.lower() in PRESSED


def thing_maker(noun, res: KnownActors, exclude: str) -> tuple[str, object] | None:
    """The maker of `noun` or, one step down, of the noun it is "of" or "for" ("the offer of talks from
    X", "permission for the march organised by X"): its owner, or the actor after "from"/"by" on it
    or on a participle of it."""
    if noun is None:
        return None
    inner = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children
             if o.dep_ == "pobj"]
    for thing in (noun, *inner):
        if thing.i == noun.i and refusable(thing):
            key, tok = maker_of(thing, res, exclude)
            if named_other(key):
                return key, tok
        heads = [thing, *(x for x in thing.children if x.dep_ == "acl" and x.tag_ == "VBN")]
        for head in heads:
            for p in (x for x in head.children if x.dep_ in ("prep", "agent") and x.lower_ in MAKERS):
                if head.i == thing.i and not refusable(noun):
                    continue   # "a visit by X" refused is not X's request unless the thing is asked for
                for o in (x for x in p.children if x.dep_ == "pobj"):
                    key = actor_of(o, res)
                    if named_other(key, exclude):
                        return key, o
    return None


def sent_from(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The maker of a refused offer, plan or request named after "from" on the refusing verb itself, where
    the parser hangs it ("rejecting a higher offer from Qwest"); only with such a thing as the verb's object,
    and only a named actor ("rejected the plan from the outset" names no one)."""
    if not any(x.dep_ == "dobj" and refusable(x) for x in c.trigger.children):
        return None
    for o in (x for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "from" for x in p.children
              if x.dep_ == "pobj"):
        key = actor_of(o, res)
        if named_other(key, c.subject):
            return key, o
    return None


def granted_to(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The one a permission, entry or visa is refused to, after "to" on the verb or on the noun."""
    thing = refused_thing(c)
    if thing is None or thing.lemma_.lower() not in GRANTS:
        return None
    for head in (c.trigger, thing):
        for p in (x for x in head.children if x.dep_ in ("prep", "dative") and x.lower_ == "to"):
            for o in (x for x in p.children if x.dep_ == "pobj"):
                key = actor_of(o, res)
                if named_other(key, c.subject):
                    return key, o
    return None


def withstood_maker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The maker of the calls or pressure a refusal holds out against: "refused, despite calls from X"."""
    verbs = [c.trigger, *(x for x in c.trigger.children if x.dep_ == "xcomp")]
    for verb in verbs:
        for p in (x for x in verb.children if x.dep_ == "prep" and x.lower_ in AGAINST):
            for o in (x for x in p.children if x.dep_ == "pobj" and refusable(x)):
                if (found := thing_maker(o, res, c.subject)) is not None:
                    return found
    return None


def moved_to(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The organisation a refused move would have taken the refuser to ("rejected a move to Real Madrid"):
    the club or firm that offered it; a place moved to ("a move to London") offered nothing."""
    for thing in (t for t in refused_things(c) if t.lemma_.lower() in MOVES):
        for o in (x for p in thing.children if p.dep_ == "prep" and p.lower_ == "to" for x in p.children
                  if x.dep_ == "pobj"):
            key = actor_of(o, res)
            if named_other(key, c.subject) and entity_type(key, res) == "ORGANIZATION":
                return key, o
    return None
