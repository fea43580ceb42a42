"""Accusations refused by a plea or a claim of innocence (PLOVER REJECT, as "denied the charges"):
"the former minister pleaded not guilty to the charges", "the senator protested his innocence". The
one who refuses is the subject; the other side is whoever made the charges when the text names them
("the charges brought by prosecutors"), else the refusal stands with the charge or innocence it names.
"""
from __future__ import annotations

from collections.abc import Iterator

from .actors import KnownActors
from .arguments import actor_of
from .frames import Candidate, maker_of

# verbs that hold to one's innocence: "protested his innocence", "maintained their innocence"
ASSERTING = frozenset({"protest", "maintain", "assert", "proclaim", "insist", "profess"})


def innocence_pleaded(verb, lemma: str, res: KnownActors) -> Iterator[Candidate]:
    """"X pleaded not guilty to the charges brought by prosecutors", "X protested his innocence"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    if skey is None:
        return
    if lemma == "plead":
        guilty = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "dobj") and c.lower_ == "guilty"
                       and any(n.dep_ == "neg" for n in c.children)), None)
        if guilty is None:
            return
        charge = next((o for p in (*guilty.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj"), None)
        maker, mtok = maker_of(charge, res, skey) if charge is not None else (None, None)
        yield Candidate("REJECT", verb, skey, maker, subj, mtok if maker else charge or guilty, None, verb)
    else:
        held = next((o for c in verb.children if c.dep_ in ("dobj", "prep") for o in (c, *c.children)
                     if o.lemma_.lower() == "innocence"), None)
        if held is not None:
            yield Candidate("REJECT", verb, skey, None, subj, held, None, verb)

