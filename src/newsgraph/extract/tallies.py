"""Counts and rules of prosecution: no one is charged, arrested or prosecuted in them.

"Figures show 300 people were charged", "only 12 shopkeepers have been prosecuted in the past ten years"
count cases over a span: a statistic, not an act of the court on anyone. "Motorists who exceed the
limit could be prosecuted" and "landlords who ignore the rules are likely to be prosecuted" state what
may happen to a class of people: a rule or guidance, not an accusation. Called by the sense judge
(extract/sense.py) for the verbs of charging (data/lexicon/words/doers.yaml).
"""
from __future__ import annotations

from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .framing import FUTURE

CHARGING = words("charging_verbs")
SOURCES = words("tally_sources")
SPANS = words("tally_spans")
LIABLE = words("liability_adjectives")
LEGAL_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})


def tallied(c) -> bool:
    """A count of cases over a span, or what may happen to a class of people (see the module)."""
    verb = c.trigger
    if c.type not in LEGAL_TYPES or verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGING:
        return False
    # the one held: the verb's own, or the candidate's where an adjective stands between ("X are likely to be")
    held = [x for x in verb.children if x.dep_ in ("nsubjpass", "dobj")] + ([c.object_tok] if c.object_tok is not None else [])
    held = [x for x in held if class_of_people(x)]
    if not held:
        return False
    if any(x.dep_ == "nummod" for t in held for x in t.children):
        return spanned(verb) or read_from_figures(verb)
    return any(x.dep_ in ("relcl", "acl") for t in held for x in t.children) and liable(verb)


def class_of_people(noun) -> bool:
    """A plural common noun with no article or owner: "motorists", "300 people" (not "the men",
    "his aides" nor a name)."""
    return noun.tag_ == "NNS" and noun.ent_type_ not in ACTOR_LABELS and not any(
        x.dep_ in ("det", "poss") for x in noun.children)


def spanned(verb) -> bool:
    """"in the last five years", "over the past decade", "since 1990": the span a count covers."""
    for p in verb.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ == "since":
            return True
        if any(o.dep_ == "pobj" and any(a.dep_ == "amod" and a.lower_ in SPANS for a in o.children) for o in p.children):
            return True
    return False


def read_from_figures(verb) -> bool:
    """The clause is what figures, records or a study show: "records show 300 people were charged"."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and any(
        x.dep_ == "nsubj" and x.lemma_.lower() in SOURCES for x in head.children)


def liable(verb) -> bool:
    """"could be prosecuted", "are unlikely to be prosecuted": what may be done, not what was."""
    if any(x.dep_ == "aux" and x.lower_ in FUTURE for x in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in LIABLE
