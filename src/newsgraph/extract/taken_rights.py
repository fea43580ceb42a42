"""Rights taken away: a clause that says its subject strips, abolishes or curbs rights, liberties or
freedoms ("said Labour was stripping away civil liberties", "said the government's measures abolish
workers' rights", "said the junta had curbed press freedom") states a wrong done to a public good, which
judged_conduct.py holds against the doer, or against the maker of the measure said to do it (PLOVER
ACCUSE). Only rights and freedoms are such a good: "abolish the tax", "strip away red tape" or "restrict
imports" wrong no one; "take" only as "take away" or "take back" ("took the right decision" takes nothing),
and "roll", "whittle", "chip" only with their particle ("roll back workers' rights", "chip away at"). The
words are data: data/lexicon/words/taken_rights.yaml."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

TAKING = words("rights_taking_verbs")
RIGHTS = words("taken_rights")
# the particles some verbs take rights away only with
PARTICLED = {"take": frozenset({"away", "back"}), "roll": frozenset({"back"}), "whittle": frozenset({"away", "down"}),
             "chip": frozenset({"away"})}


def rights_taken(verb) -> bool:
    """Whether `verb` takes rights or freedoms from others: "stripping away civil liberties", "abolish
    workers' rights", "chipping away at press freedom"."""
    lemma = verb.lemma_.lower()
    if lemma not in TAKING or any(c.dep_ == "neg" for c in children(verb)):
        return False
    kids = list(children(verb))
    if lemma in PARTICLED and not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLED[lemma] for c in kids):
        return False
    taken = [c for c in kids if c.dep_ == "dobj"] + [
        o for p in kids if p.dep_ == "prep" and p.lower_ in ("at", "on") for o in children(p) if o.dep_ == "pobj"]
    taken += [c for t in taken for c in children(t) if c.dep_ == "conj"]
    return any(t.lemma_.lower() in RIGHTS or t.lower_ in RIGHTS for t in taken)
