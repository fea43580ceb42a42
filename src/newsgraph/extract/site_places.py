"""A town that names where a site is, not whom an act was done to.

"opened fire at a Denver office", "threw stones at a Paris bank branch", "a Lyon police station was
attacked": the office, branch or station is what was hit, and the town only says where it stands.
Before this rule the town became the act's object (an attack on Denver). The object is left for the
rules that name a site's holder ("police station" -> the police) or the victims of the act, and the
town stays the event's place; a holder named after "of" takes its place ("the Kabul office of Care
International": site_holder). A place that is itself what was hit stays the target: "airstrikes on
the Zeitoun neighbourhood", "an attack on Yida camp" (a place noun), "shelled Kharkiv".
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type
from .frames import Candidate

PLACE_NOUNS = frozenset(words("place_nouns")) | frozenset(words("places_named_by_of"))
# how a town hangs on the site noun: "a Denver office", "Athens's main courthouse"
MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
# types whose object may be a place (events.PLACE_TARGETS): for the others a place object is already
# turned into its country's government or dropped
SITE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})


def town_of_site(c: Candidate, res: KnownActors) -> bool:
    """The candidate's object is a town named as a modifier of the site its object word names."""
    tok = c.object_tok
    if c.object is None or tok is None or c.type not in SITE_TYPES or entity_type(c.object, res) != "LOCATION":
        return False
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in PLACE_NOUNS:
        return False   # the place itself ("Gaza", "the Zeitoun neighbourhood") was hit
    # the modifier is a town, city or state by its own label: a name the parser reads as a place
    # but tags otherwise ("a World Central Kitchen convoy") is the owner of the site, not where it is
    return any(m.dep_ in MODIFIER_DEPS and m.ent_type_ == "GPE" and actor_of(m, res) == c.object for m in tok.lefts)


def firm_as_site(c: Candidate, res: KnownActors) -> bool:
    """The candidate's object is a firm the violence happened "at": "the bomb went off at West Coast
    Bank", "the shootings of two partners at the accounting firm". A firm is where the people hit
    were, as a town is; the victims are the target (a state's or a force's post stays its holder's)."""
    tok = c.object_tok
    if c.type != "ASSAULT" or c.object is None or tok is None:
        return False
    if entity_type(c.object, res) == "LOCATION":
        return named_premises(tok)
    if entity_type(c.object, res) != "ORGANIZATION":
        return False
    # a site word ("the accounting firm", "a Kraft factory") or a firm's full name; one bare name may be
    # a person the recogniser took for a firm ("fired at Riva")
    named = res.entities.get(c.object)
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and (
        tok.pos_ == "NOUN" or named is not None and len(named.name.split()) > 1)


def site_holder(tok, town: str, res: KnownActors) -> tuple[str | None, object]:
    """The body an "of" phrase names as the holder of a site a town modifies: "stormed the Kabul office of
    Care International", "hurled a petrol bomb at an Athens branch of Marfin Bank" (the body, as "the office
    of Care International in Kabul" already reads); (None, None) for a place ("the Gaza office of Khan
    Younis") or no holder."""
    for pobj in (p for x in tok.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children
                 if p.dep_ == "pobj"):
        key = actor_of(pobj, res)
        if key and key != town and entity_type(key, res) not in ("LOCATION", "COUNTRY"):
            return key, pobj
    return None, None


def unplace_sites(candidates: list[Candidate], res: KnownActors) -> None:
    """Take the town off as the object of acts done to a site in it, and the firm where violence happened;
    a site's holder named in its "of" phrase takes the town's place."""
    for c in candidates:
        if town_of_site(c, res):
            c.object, holder = site_holder(c.object_tok, c.object, res)
            if c.object is not None:
                c.object_tok = holder
        elif firm_as_site(c, res):
            c.object = None


def named_premises(tok) -> bool:
    """"a bomb exploded at a West Coast Bank branch": a site word, no place noun, named by a modifier the
    recogniser took for a place though no town or state label says so (a firm's name): where, as a firm."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.pos_ == "NOUN" and \
        tok.lemma_.lower() not in PLACE_NOUNS and any(
            m.dep_ in MODIFIER_DEPS and m.pos_ == "PROPN" and m.ent_type_ != "GPE" for m in tok.lefts)
