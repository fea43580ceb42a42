"""Common nouns the tagger takes for names at the start of a sentence: capitalised there, "Gunmen",
"Policemen", "Herdsmen" or "Rebels" are read as proper nouns whose lemma is the word as written, so
no collective actor is found ("Gunmen, who arrived on motorbikes, killed four farmers" had no
attacker). Such a word, when its lower-case form is a collective kind's plural or singular (the
kinds of resolve/participants.py) and no entity covers it, is given back its noun reading."""
from __future__ import annotations

from ..resolve.participants import COLLECTIVE_TYPE, FORCES


def singular(word: str) -> str:
    """The singular of a regular or "-men" plural: "gunmen" -> "gunman", "rebels" -> "rebel"."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") else word


def restore_initial_nouns(doc) -> None:
    """Give a sentence's first word back its common-noun reading when it names a collective kind."""
    for sent in doc.sents:
        tok = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            continue
        lemma = singular(tok.lower_)
        if lemma not in COLLECTIVE_TYPE and lemma not in FORCES:
            continue
        tok.lemma_, tok.pos_, tok.tag_ = lemma, "NOUN", "NN" if lemma == tok.lower_ else "NNS"
