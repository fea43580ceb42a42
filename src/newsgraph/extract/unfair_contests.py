"""A vote or a trial a speaker says was not free, fair or credible faults whoever held it (PLOVER
ACCUSE, mode disapprove): "observers said the election was neither free nor fair", "the opposition
said Belarus's vote was not credible", "Amnesty said the trial in Tehran had not been fair". The
accuser is the speaker; the accused is the owner of the contest ("Belarus's vote", "the Iranian
trial") or the country it was held in ("the vote in Belarus"), else nobody. The virtue must be denied
outright: "said the vote would not be fair if ..." is a condition and "was free and fair" praises.
The words are data: data/lexicon/words/evaluative.yaml (fair_contests, contest_virtues)."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, subject_token
from .frames import Candidate, noun_subject, subjects_of
from .lexicon import Frame

FRAME = Frame(type="ACCUSE")
# what makes a denial other than stated: "if", "whether", "could"
UNSURE = words("unfair_contests_unsure")
PLACE_PREPS = frozenset({"in"})


def denied_virtue(clause):
    """The virtue a copular clause denies its subject ("was not free", "was neither free nor fair"), or None."""
    if clause.lemma_.lower() != "be" or any(c.dep_ in ("aux", "mark") and c.lower_ in UNSURE for c in children(clause)):
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNSURE for m in children(c)) for c in children(clause)):
        return None     # "would not be fair if the opposition were barred": a condition
    virtues = words("contest_virtues")
    preds = [c for c in children(clause) if c.dep_ == "acomp" and c.lemma_.lower() in virtues]
    negated = any(c.dep_ == "neg" for c in children(clause))
    return next((p for p in preds if negated or any(c.dep_ == "preconj" and c.lower_ == "neither"
                                                    for c in children(p))), None)


def holder(thing, res: KnownActors) -> tuple[str | None, object]:
    """Who held the contest: its owner ("Belarus's vote", "the Iranian trial"), else the place it was
    held in ("the vote in Belarus")."""
    key, tok = noun_subject(thing, res)
    if key is not None:
        return key, tok
    for p in children(thing):
        if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
            for o in children(p):
                if o.dep_ == "pobj" and (okey := actor_of(o, res)) is not None:
                    return okey, o
    return None, None


def unfair_contest_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """ACCUSE of whoever held a contest a reported clause says was not fair (see the module's doc)."""
    contests = words("fair_contests")
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in lex.reporting or any(c.dep_ == "neg" for c in children(verb)):
            continue
        for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
            thing = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
            if thing is None or thing.lemma_.lower() not in contests or (pred := denied_virtue(clause)) is None:
                continue
            okey, otok = holder(thing, res)
            # the "not" is the word that faults, as the "not" of a refusal is: the accusation is not denied
            anchor = next((c for c in children(clause) if c.dep_ == "neg"), pred)
            for skey, stok in subjects_of(subject_token(verb), res):
                if skey != okey:
                    yield Candidate("ACCUSE", anchor, skey, okey, stok, otok if okey else thing, FRAME, anchor)
