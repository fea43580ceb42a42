"""The claim of a standing relation told by a title in a noun phrase: "TBWA's boss Trevor Beattie",
"Glen Wood, Vice President of Deutsche Securities Japan", "fellow board member Bert Roberts". The title
is how the article names its holder, whatever the clause around it says: a suggestion ("suggested they
should get Trevor Beattie, TBWA's boss, to issue a statement"), a question ("Glen Wood, Vice President of
X, asks: 'Who will fund it?'") or a denial ("rejects a suggestion that he told fellow board member Bert
Roberts") leaves the title held; a claim or charge ("critics claim the posters depict Tory leader Michael
Howard as Fagin", "prosecutors allege Peter Lind, the chairman of X, took bribes") alleges the act, while
the title is how its teller names the holder: reported, not alleged. A title with its own hedge ("the
alleged boss of the Gambino family", "a suspected member of the cell") is the charge: alleged, wherever it
stands. A title the clause's verb says of its holder ("is not the chairman", "will become leader") is that
clause's claim, and an act of joining or leading told by a verb is too.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import SENTENCE_RELATION_TYPES
from ..wordlists import words

# how a title hangs when the clause's verb says it of its holder: "is the leader", "was named chairman"
PREDICATED = frozenset({"attr", "oprd", "ROOT", "acomp"})
# a title's own hedge: "the alleged boss", "a suspected member", "the reputed head"
HEDGES = words("alleged_hedges")


def title_claim(claim, c):
    """`claim` with a noun phrase's title relation held as the article states it (see the module)."""
    tok = c.trigger
    given = c.anchor is not None and c.anchor.i != tok.i   # "will replace Y as leader": a verb gives the role
    if c.type not in SENTENCE_RELATION_TYPES or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in PREDICATED or given:
        return claim
    if any(x.dep_ in ("amod", "advmod") and x.lower_ in HEDGES for x in tok.children):
        # "the alleged boss of the family", "a suspected member of the cell": the title is itself a charge
        return replace(claim, certainty="alleged", negated=False)
    if claim.certainty not in ("possible", "alleged") and not claim.negated:
        return claim
    if any(x.dep_ == "det" and x.lower_ == "no" for x in tok.children):
        return claim    # "the party has no leader": the title itself is denied
    certainty = {"alleged": "reported", "possible": "reported" if claim.source is not None else "asserted"}.get(
        claim.certainty, claim.certainty)
    return replace(claim, certainty=certainty, negated=False)
