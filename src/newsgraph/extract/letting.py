"""Verbs of letting ("allow", "let", "permit", "enable"): a concession (PLOVER CONCEDE) when an actor
lets another act; no concession when a thing lets or the verb's -ing form tells an outcome or a topic
(extract/everyday.py), when they say what another act is for (extract/sense.py), or when what is let
yields nothing to anyone (extract/pledges.py)."""
from __future__ import annotations

from ..wordlists import words
from .lexicon import lexicon

LETTING = words("letting_verbs")


def letting(tok) -> bool:
    """A verb of letting: "allow", "let", "permit", "enable"."""
    return tok is not None and tok.lemma_.lower() in LETTING


def letting_outcome(tok) -> bool:
    """A verb of letting in its -ing form with no auxiliary or subject of its own: no one's act of
    letting but the outcome of the clause before ("the loan let Parmalat expand, allowing it to become a
    market darling", "signed a protocol, allowing Egyptian goods free access"), a topic ("allowing the
    evidence would help", "said allowing FDI is a mistake") or a means or a charge ("by allowing more
    powers", "committed to allowing", "accused the regime of allowing bribery"). A progressive is an act
    ("Israel is allowing Egypt to move troops"), and so is the -ing complement of a verb, which shares
    that verb's subject and takes its mood ("has begun allowing", "is considering allowing"); not of a
    verb of saying, where the parser hangs a clause's gerund subject ("say allowing the evidence would help")."""
    return letting(tok) and tok.tag_ == "VBG" and (tok.dep_ != "xcomp" or tok.head.lemma_.lower() in lexicon().reporting) \
        and not any(x.dep_ in ("aux", "nsubj") for x in tok.children)
