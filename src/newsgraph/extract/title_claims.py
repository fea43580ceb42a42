"""The claim of a standing relation told by a title in a noun phrase: "TBWA's boss Trevor Beattie",
"Glen Wood, Vice President of Deutsche Securities Japan", "fellow board member Bert Roberts". The title
is how the article names its holder, whatever the clause around it says: a suggestion ("suggested they
should get Trevor Beattie, TBWA's boss, to issue a statement"), a question ("Glen Wood, Vice President of
X, asks: 'Who will fund it?'") or a denial ("rejects a suggestion that he told fellow board member Bert
Roberts") leaves the title held. A title the clause's verb says of its holder ("is not the chairman",
"will become leader") is that clause's claim, and an act of joining or leading told by a verb is too.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import SENTENCE_RELATION_TYPES

# how a title hangs when the clause's verb says it of its holder: "is the leader", "was named chairman"
PREDICATED = frozenset({"attr", "oprd", "ROOT", "acomp"})


def title_claim(claim, c):
    """`claim` with a noun phrase's title relation held as the article states it (see the module)."""
    tok = c.trigger
    given = c.anchor is not None and c.anchor.i != tok.i   # "will replace Y as leader": a verb gives the role
    if c.type not in SENTENCE_RELATION_TYPES or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in PREDICATED \
            or given or claim.certainty != "possible" and not claim.negated:
        return claim
    if any(x.dep_ == "det" and x.lower_ == "no" for x in tok.children):
        return claim    # "the party has no leader": the title itself is denied
    certainty = claim.certainty if claim.certainty != "possible" else (
        "reported" if claim.source is not None else "asserted")
    return replace(claim, certainty=certainty, negated=False)
