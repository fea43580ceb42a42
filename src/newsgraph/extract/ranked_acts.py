"""An act ranked in a series with its doer and target told on the rank: "The raid was the latest by
Israeli forces on the Jenin camp", "the attack was the third by the militants on the base this
month", "the strike is the deadliest by Russia on Kyiv since May". The parser hangs the "by" and
"on" phrases on the rank word ("latest", "third", "deadliest"), where the event noun's own reading
finds no side; the rank stands for the noun, so its phrases are the noun's doer and target."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of
from .frames import Candidate, noun_object
from .noun_frames import noun_frame
from .noun_phrases import prep_objects

RANKS = words("series_rank_words")


def ranked_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """The event noun that is the subject of "be" with a rank word as its complement, with the doer of
    the rank's "by" phrase and the target of its (or the doer's) phrase of the noun's object
    prepositions; none without a named doer."""
    for noun in tokens.nouns:
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            continue
        frame = noun_frame(noun, lex)
        rank = next((a for a in noun.head.children if a.dep_ == "attr" and a.lower_ in RANKS), None)
        if frame is None or rank is None or not frame.object_preps:
            continue
        doers = [side for p in prep_objects(rank, "by") for side in actors_of(p, res)]
        if not doers:
            continue
        okey, otok = noun_object(noun, frame, res, extra_heads=(rank, *(t for _, t in doers)))
        for skey, stok in doers:
            if okey != skey:
                yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, noun.head)
