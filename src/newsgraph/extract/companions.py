"""Those a side phrase joins to itself as sides of the same act: companions ("Germany, along with
France and Italy, condemned ..."), the list that goes on after a name put beside it ("his Israeli
counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas") and, for a relative clause on a
later conjunct, whether its verb agrees with that one alone ("the victims and Mr Jenkin, who has been
charged")."""
from __future__ import annotations

from ..wordlists import words
from .clause_roles import SUBJECT_DEPS

COMPANION_ADVERBS = words("companion_adverbs")


def companions(tok) -> list:
    """Those a side is joined with by "along with" or "together with" ("Germany, along with France
    and Italy, condemned ...", "Smith, together with his brother, was charged"): sides as much as
    it is. The parser hangs the phrase on the noun, or on the verb between subject and verb."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.dep_ in (*SUBJECT_DEPS, "nsubjpass"):
        preps += [c for c in tok.head.children if c.dep_ == "prep" and tok.i < c.i < tok.head.i]
    found = []
    for prep in preps:
        if prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in COMPANION_ADVERBS for c in prep.children):
            withs = [prep]
        elif prep.lower_ in COMPANION_ADVERBS:
            withs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        else:
            continue
        found += [o for w in withs for p in w.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    return found


def apposed_names(tok) -> list:
    """The names put beside a description: "the Palestinian leader, Mahmoud Abbas"."""
    return [a for a in tok.rights if a.dep_ == "appos" and a.pos_ == "PROPN"]


def apposed_list(tok) -> list:
    """The conjuncts that continue a list after the name put beside a description: "met his Israeli
    counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas" (the parser hangs "leader" on
    "Sharon", not on "counterpart"). Only after a name: "a farmer, father and husband" lists no one."""
    return [c for a in apposed_names(tok) for c in a.conjuncts if c.i > a.i]


def singular_verb(verb) -> bool:
    """The finite verb of a clause agrees with a single subject: "who has been", "who was", "who is"."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")][:1] or [verb]
    return finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"
