"""Pleas to an accusation. Refused by a plea or a claim of innocence (PLOVER REJECT, as "denied the
charges"): "the former minister pleaded not guilty to the charges", "the senator protested his
innocence"; conceded by a plea of guilt (CONCEDE, as an admission): "the firm pleaded guilty to bribery".
The one who pleads is the subject; the other side is whoever made the charges when the text names them
("the charges brought by prosecutors"), else the plea stands with the charge or innocence it names.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .frames import Candidate
from .thing_makers import maker_of

# verbs that hold to one's innocence: "protested his innocence", "maintained their innocence"
ASSERTING = words("asserting_verbs")


def innocence_pleaded(verb, lemma: str, res: KnownActors) -> Iterator[Candidate]:
    """"X pleaded not guilty to the charges brought by prosecutors", "X pleaded guilty to fraud", "X
    protested his innocence"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    if skey is None:
        return
    if lemma == "plead":
        guilty = guilty_word(verb)
        if guilty is None:
            return
        # "not guilty" refuses the charge; a plea of guilt admits it (a negated verb, "did not plead
        # guilty", is left to the mood stage as a negated admission)
        refused = any(n.dep_ == "neg" for n in guilty.children)
        charge = next((o for p in (*guilty.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"), None)
        maker, mtok = maker_of(charge, res, skey) if charge is not None else (None, None)
        yield Candidate("REJECT" if refused else "CONCEDE", verb, skey, maker, subj,
                        mtok if maker else charge or guilty, None, verb)
    else:
        held = next((o for c in verb.children if c.dep_ in ("dobj", "prep") for o in (c, *c.children)
                     if o.lemma_.lower() == "innocence"), None)
        if held is not None:
            yield Candidate("REJECT", verb, skey, None, subj, held, None, verb)


def guilty_word(verb):
    """The "guilty" of a plea ("pleaded guilty", "pleaded not guilty"), however the parser hangs it."""
    return next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "dobj", "advmod") and c.lower_ == "guilty"),
                None)


def pleaded_guilty(verb) -> bool:
    """A plea of guilt: "pleaded guilty to bribery", "will plead guilty" (not "pleaded not guilty")."""
    guilty = guilty_word(verb) if verb.lemma_.lower() == "plead" else None
    return guilty is not None and not any(n.dep_ == "neg" for n in guilty.children)
