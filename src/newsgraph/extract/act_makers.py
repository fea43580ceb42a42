"""Whose act a criticism of "the plans" or "the decision" faults when the sentence does not name its
maker (PLOVER ACCUSE): the maker the text has already given it, in its own sentence or the three
before: "Howard unveiled plans to cap asylum. The Refugee Council called the plans dangerous" faults
Howard; "the Tories' plans ... critics said the plans were a mistake" the Tories. The nearest earlier
mention of the same act noun decides: its owner ("Labour's decision"), its "by" doer, or the subject
of the verb that makes it ("announced a decision", "unveiled the plans"); a mention with no maker, or
one by an unnamed group, names none. As antecedents.py does for statements, whose maker a stance
on them answers."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .antecedents import DEFINITE, LOOKBACK
from .arguments import VERBAL, actors_of, subject_token
from .frames import Candidate, maker_of
from .statements import judged_act

MAKING = words("act_making_verbs")


def act_makers(candidates: list[Candidate], res: KnownActors, sents) -> None:
    """Give an accusation with no accused, aimed at a definite act noun, that act's maker."""
    for c in candidates:
        thing = c.object_tok
        if c.type != "ACCUSE" or c.object is not None or c.subject is None or thing is None:
            continue
        if thing.pos_ != "NOUN" or not judged_act(thing) or any(x.dep_ == "poss" for x in thing.children) \
                or not any(d.dep_ == "det" and d.lower_ in DEFINITE for d in thing.children):
            continue
        found = made_before(thing, res, sents, c.subject)
        if found is not None:
            c.object, c.object_tok = found


def made_before(noun, res: KnownActors, sents, exclude: str) -> tuple[str, object] | None:
    """The maker of the nearest earlier mention of the same act, or None."""
    here = next((i for i, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if here is None:
        return None
    lemma = noun.lemma_.lower()
    for sent in reversed(sents[max(0, here - LOOKBACK):here + 1]):
        for tok in reversed([t for t in sent if t.i < noun.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            key, who = maker_of(tok, res, exclude=exclude)
            if key is None and tok.dep_ == "dobj" and tok.head.pos_ in VERBAL and tok.head.lemma_.lower() in MAKING:
                subj = subject_token(tok.head)
                key, who = next(iter(actors_of(subj, res)), (None, None)) if subj is not None else (None, None)
            if key is None or key == exclude or key.startswith(("GENERIC:", "OTHER:")) or who.pos_ == "PRON":
                return None
            return key, who
    return None
