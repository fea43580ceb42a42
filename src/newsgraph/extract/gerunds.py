"""Events a gerund names as a noun would: "fighting between the army and the RSF began in July",
"after clashing between police and protesters". The parser tags such a gerund a verb, so neither
the verbal constructions (it has no subject of its own) nor the nominal ones (it is no noun) see it;
its two sides stand in its "between" phrase."""
from __future__ import annotations

from collections.abc import Iterator

from .actors import KnownActors
from .arguments import VERBAL
from .frames import Candidate, between, frame_for_verb, noun_frame

# where a gerund stands for the act it names: subject, object, after a preposition
NOMINAL_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "pcomp", "csubj", "attr"})


def gerund_pair_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """A symmetric act named by a subjectless gerund with "between A and B": A and B act on each other."""
    for verb in tokens.verbs:
        if verb.tag_ != "VBG" or verb.dep_ not in NOMINAL_SLOTS or verb.i in used \
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
            continue   # "the army fighting the RSF" has sides of its own: verbal.py
        frame = frame_for_verb(verb, lex)[0]
        if frame is None or not frame.symmetric:
            frame = noun_frame(verb, lex)
        if frame is None or not frame.symmetric:
            continue
        pair = [(k, t) for k, t in between(verb, res) if k is not None]
        if len(pair) < 2 or pair[0][0] == pair[1][0]:
            continue
        anchor = verb.head if verb.head.pos_ in VERBAL else verb
        yield Candidate(frame.type, verb, pair[0][0], pair[1][0], pair[0][1], pair[1][1], frame, anchor)
