"""A court's punishment stated from the one punished (PLOVER SANCTION, mode convict): "the former
mayor received a ten-year sentence for bribery", "two of the men got jail terms", "he got life".
The verbs of sentencing ("sentenced", "handed him a sentence") have the court as subject; here the
subject is the one sentenced and the court goes unnamed. Only a sentence or a jail or prison term:
"received a three-match ban" is sport, "faces a sentence" a prospect, "received a standing ovation"
no penalty.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import PEOPLE_TYPES
from ..wordlists import words
from .actors import KnownActors
from .arguments import entity_type, sides_of, subject_token
from .frames import Candidate

RECEIVING = words("penalty_receiving_verbs")
PENALTIES = words("court_penalty_nouns")
CUSTODIAL = words("custodial_words")


def penalty(noun) -> bool:
    """A court's sentence: "a ten-year sentence", "jail terms", "life" (alone, as "got life")."""
    lemma = noun.lemma_.lower()
    if lemma not in PENALTIES:
        return False
    if lemma == "sentence":
        return True
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return lemma == "life" and not any(c.dep_ in ("det", "poss") for c in noun.children) or bool(marks & CUSTODIAL)


def received_penalties(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    frame = lex.nouns.get("conviction")
    for verb in tokens.verbs:
        if frame is None or verb.lemma_.lower() not in RECEIVING or verb.i in used:
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj" and penalty(c)), None)
        subj = subject_token(verb) if noun is not None else None
        if subj is None:
            continue
        for key, tok in sides_of(subj, res):
            if key is not None and entity_type(key, res) in PEOPLE_TYPES:   # who is sentenced
                used.add(verb.i)
                yield Candidate("SANCTION", noun, None, key, None, tok, frame, verb)
