"""A refusal denied with a verb of ruling out keeps a possibility open ("Iran has not ruled out talks",
"Italy refused to rule out an interest", "would not exclude sanctions"): the speaker leaves something
possible, and no one rejected anyone, nor did the refuser refuse anyone (extract/gate.py drops
both the denied REJECT and the refusal around it)."""
from __future__ import annotations

from ..wordlists import words

# verbs of declining that, over a verb of ruling out, deny it ("refused to rule out")
DECLINING = words("refusal_heads")


def ruling_out(tok) -> bool:
    """"rule out", "exclude": to declare a course impossible."""
    lemma = tok.lemma_.lower()
    return lemma == "exclude" or lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def kept_open(tok, negated: bool) -> bool:
    """Whether a REJECT's trigger `tok` only keeps a possibility open: ruling out denied ("has not
    ruled out talks", negated), or a refusal whose object is ruling out ("refused to rule out")."""
    if ruling_out(tok):
        return negated or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DECLINING
    return tok.lemma_.lower() in DECLINING and any(c.dep_ == "xcomp" and ruling_out(c) for c in tok.children)
