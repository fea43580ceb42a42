"""A reduced relative the parser read as its clause's verb: in "two officers charged over the shooting
appeared in court" it makes "officers" the subject of "charged" and leaves "appeared", the clause's real
verb, without a subject. A bare past participle (tagged as one: no auxiliary, no object of its own) that has
a subject and is followed by a finite verb of the same sentence with no subject of its own is that
relative: its subject is the one acted on (the officers were charged, not the chargers), and it is the doer
of the finite verb (the officers appeared). A finite verb needs a subject, which is what tells the
relative from a clause of its own ("the officers charged the crowd" has an object, "police said the
officers charged" no subjectless verb after it)."""
from __future__ import annotations

from ..doctext import children
from .noun_phrases import passive_agent

# a clause's own subject (a finite verb with one is no stranded predicate)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# what a finite participle clause has and a reduced relative has not
CLAUSE_PARTS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "attr"})
# past and present tenses: the verbs that need a subject of their own
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# how the parser hangs the stranded verb on the participle or beside it
LINKS = frozenset({"advcl", "ccomp"})


def stranded_verb(verb) -> bool:
    """A finite verb with no subject, no marker of a subordinate clause and no auxiliary to take its
    subject from a clause before it."""
    return verb.tag_ in FINITE and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in SUBJECTS or c.dep_ in ("mark", "aux", "auxpass") for c in children(verb))


def relative_subject(verb):
    """The noun a misread reduced relative `verb` modifies ("officers" of "two officers charged over the
    shooting appeared"), or None where `verb` is no such participle."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or any(c.dep_ in CLAUSE_PARTS for c in children(verb)):
        return None
    noun = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    after = [c for c in children(verb) if c.dep_ in LINKS and c.i > verb.i]
    if verb.dep_ in LINKS and verb.head.i != verb.i:
        after += [c for c in children(verb.head) if c.dep_ in LINKS and c.i > verb.i]
    return noun if any(stranded_verb(v) for v in after) else None


def relative_clause_doer(verb):
    """The subject a finite verb left without one takes from the misread reduced relative before it
    ("appeared" in "two officers charged over the shooting appeared": the officers), or None."""
    if not stranded_verb(verb) or verb.dep_ not in LINKS or verb.head.i == verb.i:
        return None
    hosts = [verb.head] + [c for c in children(verb.head) if c.dep_ in LINKS and c.i < verb.i]
    for host in hosts:
        if host.i < verb.i and (noun := relative_subject(host)) is not None:
            return noun
    return None


def reduced_relative_sides(verb) -> tuple | None:
    """(doer, one acted on) of a verb of this misreading, as misread_relatives.misread_relative gives them:
    the participle's "by" agent (or no one) and its noun ("two officers charged over the shooting": not the
    officers' charge); the stranded verb's doer, the noun ("... appeared": the officers). None otherwise."""
    if (noun := relative_subject(verb)) is not None:
        return passive_agent(verb), noun
    if (doer := relative_clause_doer(verb)) is not None:
        return doer, None
    return None
