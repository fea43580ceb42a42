"""Where a complaint is lodged is not whom it is against (actors37): "lodged a complaint with the
Equal Employment Opportunity Commission", "complained to the press regulator about the Daily Mail",
"complained in letters to a Colorado newspaper". A body that hears complaints (a regulator, a
court, the police, a newspaper) named after "with" or "to" is the forum, never the target; any
other addressee ("Japan complained to China about the ban") is the target only when the complaint
names no one else ("lodged a complaint with the United Nations against Israel": Israel)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors

# words that make a body one that hears complaints about others
FORUMS = words("complaint_forums")
ADDRESSING_PREPS = ("with", "to")


def _addressed(tok, verb) -> bool:
    """`tok` is the object of a "with" or "to" on the verb or on its object noun ("lodged a complaint
    with X"), or on a noun of the verb's phrase ("in letters to X")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ADDRESSING_PREPS and (
        prep.head.i == verb.i or prep.head.head.i == verb.i or prep.head.head.head.i == verb.i)


def is_forum(tok, res: KnownActors) -> bool:
    """The token names a body that hears complaints: by its own words or its entity's name."""
    named = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    if any(t.lower_ in FORUMS or t.lemma_.lower() in FORUMS for t in named):
        return True
    ent = res.entities.get(res.entity_at(tok.i) or "")
    return ent is not None and any(w in FORUMS for w in ent.name.lower().split())


def forum_addressed(tok, verb, res: KnownActors) -> bool:
    """`tok` is a forum the verb's complaint is lodged with or addressed to."""
    return _addressed(tok, verb) and is_forum(tok, res)


def complaint_targets(cands: list, verb, res: KnownActors) -> list:
    """A complaint's object candidates with its forum dropped and its other addressees last."""
    addressed = [c for c in cands if _addressed(c, verb)]
    if not addressed:
        return cands
    return [c for c in cands if c not in addressed] + [c for c in addressed if not is_forum(c, res)]
