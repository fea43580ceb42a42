"""Doers of an act told once and repeated by an elliptical "as" clause: "Italy criticised Libya over
the crackdown, as did Spain", "France has recognised Palestine, as have Spain and Ireland", "the EU
condemned the arrests, as did the US and Britain". The clause's auxiliary stands for the whole
predicate, so its subject does what the main clause's subject did, to the same other side; each
copy then goes through the judges as the act it copies does."""
from __future__ import annotations

from dataclasses import replace

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of
from .frames import Candidate

# auxiliaries that stand for a predicate after "as": "as did Spain", "as have Spain and Ireland"
STAND_IN_AUXILIARIES = words("predicate_standing_auxiliaries")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def elliptical_doers(verb) -> list:
    """The subjects of the "as did X" clauses on `verb`: an auxiliary marked by "as" whose only
    arguments are its subject (not "as did the talks in May", which has no subject of its own, nor
    "as it did last year": the same doer)."""
    out = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in STAND_IN_AUXILIARIES:
            continue
        kids = list(clause.children)
        if not any(k.dep_ == "mark" and k.lower_ == "as" and k.i < clause.i for k in kids):
            continue
        subject = next((k for k in kids if k.dep_ in SUBJECTS and k.i > clause.i), None)
        if subject is None or any(k.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "neg") for k in kids):
            continue
        out.append(subject)
    return out


def ellipted_copies(candidates: list[Candidate], res: KnownActors) -> list[Candidate]:
    """A copy of each act whose subject is its clause verb's own, for each actor an "as did X" clause
    on that verb names (not one already a side of the act)."""
    out: list[Candidate] = []
    for c in candidates:
        tok = c.subject_tok
        if c.subject is None or tok is None or tok.dep_ not in SUBJECTS:
            continue
        # the act's own verb, or the one its noun hangs on ("imposed sanctions on Y"); its subject may be a
        # conjunct's before it ("said he was delighted and offered his support, as did Y")
        verbs = {v.i: v for v in (c.trigger, c.trigger.head, c.anchor) if v is not None and v.pos_ in ("VERB", "AUX")}
        for doer in (d for v in verbs.values() for d in elliptical_doers(v) if d.i != tok.i):   # not the act's own subject again
            for key, head in actors_of(doer, res):
                if key not in (c.subject, c.object):
                    out.append(replace(c, subject=key, subject_tok=head))
    return out
