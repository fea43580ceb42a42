"""One of a counted group just held by the law, named as "one": "Two police officers were arrested and one was
charged with murder", "Three men were detained on Friday. One has since been released". News narrows the group
it has just counted as the case moves on (an arrest, then a charge), and the "one" is a member of that group:
the side is the group, as "one of them" would be. Only a group counted with a number above one, only when the
law took it in hand (data: custody_steps), in the same sentence or the one before: "two people were killed
and one was injured" counts a third person, not one of the two."""
from __future__ import annotations

from ..doctext import doc_sents
from ..wordlists import words
from .voice import is_passive

CUSTODY_STEPS = words("custody_steps")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def counted_group(tok):
    """The head of the counted group a bare subject "one" is a member of, or None."""
    if tok is None or tok.lower_ != "one" or tok.dep_ not in SUBJECTS or any(True for _ in tok.children):
        return None   # "no one", "one of the men", "one suspect": other readings
    sent = tok.sent
    sents = [s for s in doc_sents(tok.doc) if s.end <= sent.start][-1:] + [sent]
    for s in reversed(sents):
        for group in reversed([t for t in s if t.i < tok.i and held_group(t)]):
            return group
    return None


def held_group(tok) -> bool:
    """A plural noun counted above one, the passive subject of a step the law takes: "two men were arrested"."""
    counts = [c for c in tok.children if c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")]
    verb = tok.head
    return tok.tag_ in ("NNS", "NNPS") and bool(counts) and tok.dep_ == "nsubjpass" and is_passive(verb) \
        and verb.lemma_.lower() in CUSTODY_STEPS
