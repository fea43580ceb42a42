"""A part in a wrong, as a clause tells it (token tests for disowned_parts.py and denied_acts.py): "had
played no part in the bombing", "had nothing to do with the plot", "was not involved in the raid", "bore no
responsibility for the deaths"; after "denied that ..." the part claimed ("played any part in"). The wrong
is a harm of statements.yaml, a word of disowned_wrong_nouns (blamed_causes.yaml) or an act of violence or
coercion the lexicon names ("the shelling", "the arrests")."""
from __future__ import annotations

from ..doctext import children
from ..model import FORCE_TYPES
from ..wordlists import words
from .lexicon import lexicon
from .noun_phrases import prep_objects

WRONG_NOUNS = words("disowned_wrong_nouns") | words("statement_harm_nouns")
# what one plays or has in a deed: "played a part in", "had no role in", "had a hand in"
PARTS = words("part_nouns")
PART_VERBS = words("wrong_parts_part_verbs")
# states of having done a deed: "was (not) involved in the raid", "was not responsible for the deaths"
PART_STATES = {"involved": "in", "responsible": "for", "complicit": "in"}
NO_WORDS = words("wrong_parts_no_words")


def disowned_part(clause, denied: bool = False):
    """The wrong `clause` denies its subject had a part in ("had played no part in the attack", "had
    nothing to do with the plot", "was not involved in the raid"), or None; with `denied` (the clause of
    "denied that ..."), the part it claims: "denied that it had played any part in the arrests"."""
    negated = denied or any(c.dep_ == "neg" for c in children(clause))
    lemma = clause.lemma_.lower()
    if lemma in PART_VERBS:
        for obj in (c for c in children(clause) if c.dep_ == "dobj"):
            if obj.lemma_.lower() in PARTS and (negated or _no(obj)) and not (denied and _no(obj)):
                return _wrong(obj, "in") or _wrong(clause, "in") or _wrong(obj, "for")
            if obj.lower_ == "nothing":   # "had nothing to do with"
                done = next((c for c in children(obj) if c.lemma_.lower() == "do"), None)
                return _wrong(done, "with") if done is not None else None
        return None
    if lemma == "involve" and negated and any(c.dep_ == "auxpass" for c in children(clause)):
        return _wrong(clause, "in")   # "was not involved in the raid", read as a passive
    if lemma != "be" or not negated:
        return None
    if (behind := _wrong(clause, "behind")) is not None:
        return behind   # "was not behind the attack"
    said = next((c for c in children(clause) if c.dep_ == "acomp" and c.lower_ in PART_STATES), None)
    return _wrong(said, PART_STATES[said.lower_]) if said is not None else None


def _no(obj) -> bool:
    """"no part", "no role": the part denied by its determiner."""
    return any(c.dep_ == "det" and c.lower_ in NO_WORDS for c in children(obj))


def _wrong(head, prep: str):
    """The object of `head`'s `prep` when it names a wrong or harm ("the bombing", "the bribery scheme")."""
    obj = next(iter(prep_objects(head, prep)), None)
    if obj is None:
        return None
    named = (obj, *(c for c in children(obj) if c.dep_ in ("compound", "amod")))
    return obj if any(_wrong_word(t) for t in named) else None


def _wrong_word(tok) -> bool:
    """A wrong or harm: a word of the lists, or an act of violence or coercion the lexicon names."""
    lemma = tok.lemma_.lower()
    frame = lexicon().nouns.get(lemma)
    return lemma in WRONG_NOUNS or tok.lower_ in WRONG_NOUNS or frame is not None and frame.type in FORCE_TYPES
