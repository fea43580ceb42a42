"""Acts of law that, foretold or vowed by the one who will take them, are threats (PLOVER THREATEN, the
threat of legal action); only a suit brought is an accusation (ACCUSE). "Microsoft said it would sue
Google", "Yukos vowed to sue the buyers", "Trump threatened to sue the paper" and "the union pledged to
take legal action against the council" are threats: the suit is not (yet) brought. One reading for all,
whether the text foretells the act with "will" or a verb of vowing."""
from __future__ import annotations

from ..wordlists import words
from .frames import Candidate

LEGAL_THREATS = words("threatened_legal_acts")
# what a light verb takes to law, or where: "take legal action", "file a lawsuit", "take them to court"
LEGAL_MATTERS = words("threatened_legal_matters")


def legal_act(c: Candidate) -> bool:
    """Whether an ACCUSE candidate takes its object to law ("sue", "take legal action against", "take
    Germany to court")."""
    if c.type != "ACCUSE":
        return False
    act = c.anchor if c.anchor is not None else c.trigger
    taken = [x for x in act.children if x.dep_ == "dobj"]
    taken += [o for p in act.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    # by the word as written too: the lemma of "proceedings" is "proceeding"
    return act.lemma_.lower() in LEGAL_THREATS or any(x.lemma_.lower() in LEGAL_MATTERS or x.lower_ in LEGAL_MATTERS
                                                      for x in taken)
