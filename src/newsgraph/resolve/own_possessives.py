"""A "his"/"her" (or a body's "its") that belongs to the subject of its own clause: the doer's own thing, whether the
subject is a name the recogniser left without an entity or one met only after the pronoun.

- on the direct object of the subject's verb, through "of" phrases ("Klitschko landed 28 of his 68
  punches", "Manning completed his first 17 passes", "Gotti ran his crew"): the subject;
- in an adverbial clause without a subject of its own put before the main clause's subject ("After
  spraining his knee at Chicago, Bush was placed on injured reserve", "While offering his thanks,
  Ford added"): the main clause's subject, named after the pronoun. Not a phrase ("At his trial,
  prosecutor Tom Barr said": the accused's trial).

An "its" in a gerund or infinitive clause before the main clause's subject, in an adverbial clause or a
phrase, is that subject's when it names a body ("Under pressure to drop its inquiry, the FBI hesitated";
not "In response to its attacks, Egypt ...", with no clause the subject controls).

The subject of a "his"/"her" must be the verb's one subject and a name (a person's entity, or a title-case name with
none yet); a body, a place or a thing, two joined people, or a person of the other sex leaves the rule
out (resolve/coref.py reads the rest). A name with no entity, or one the recogniser guessed was an
organisation, leaves the pronoun unresolved: an empty side is better than the last person named before
it. Not the object of a preposition on the verb ("praised Fowler for his return", "arrested him at his
home"), a receiver's ("gave Jones his first start") nor a person joined to the object ("shot Riva and
his wife"): those may be the object's. Nor a thing answered ("rejected his comments", "turned down his
offer": resolve.yaml answered_things), as often another's as the subject's.
"""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .antecedents import type_of
from .clause_subjects import phrase_key
from .resolution import ResolutionDraft

POSSESSIVES = {"his": "M", "her": "F"}
SUBJECTS = ("nsubj", "nsubjpass")


def own_subject(tok, res: ResolutionDraft, gender) -> tuple[bool, str | None]:
    """(whether the rule applies, the subject's key or None) for a possessive "his"/"her" at `tok`;
    `gender`: key -> "M"/"F"/None (coref.Antecedents.gender)."""
    if tok.lower_ == "its" and tok.dep_ == "poss":
        return fronted_body(tok, res)
    sex = POSSESSIVES.get(tok.lower_)
    if sex is None or tok.dep_ != "poss":
        return False, None
    subject = object_owner(tok) or fronted_owner(tok)
    if subject is None or subject.pos_ != "PROPN":
        return False, None     # "After his death, his wife said": a noun's owner may be anyone
    if any(c.dep_ == "conj" for c in children(subject)):
        return False, None     # "Tom and Sam lost ...": two people
    key = phrase_key(subject, res)
    if key is None:
        # a surname the recogniser missed ("Klitschko"), not an abbreviation ("the free agent QB")
        return (True, None) if subject.text.istitle() else (False, None)
    if type_of(res, key) != "PERSON":
        # a name the recogniser typed as a body ("Later Viktor Sarkov landed 30 of his punches") is
        # still the doer; a body the gazetteer knows is no "he"
        taken = type_of(res, key) == "ORGANIZATION" and not key.startswith("gaz:") and subject.text.istitle()
        return (True, None) if taken else (False, None)
    if gender(key) not in (None, sex):
        return False, None
    return True, key


def object_owner(tok):
    """The subject of the verb whose direct object holds the possessive (through "of" phrases)."""
    noun = tok.head
    for _ in range(3):
        if noun.dep_ == "dobj":
            if noun.lower_ in words("answered_things"):
                return None   # "United turned down his offer": the thing answered may be another's
            verb = noun.head
            if any(c.dep_ == "dative" for c in children(verb)):
                return None   # "Smith gave Jones his first start": maybe the receiver's
            return subject_of(verb)
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "NUM", "PRON"):
            return None
        noun = prep.head
    return None


def fronted_body(tok, res: ResolutionDraft) -> tuple[bool, str | None]:
    """(whether the rule applies, the body) for an "its" in an adverbial clause or phrase before the main
    clause's subject, a body named after it: "Explaining its attack on the school, the army said", "Under
    pressure to drop its inquiry, the FBI hesitated", "In a move to expand its services, HP will buy X"
    (a body's phrase is its own more surely than a person's: no "At his trial, prosecutor X said"). The
    "its" must be in a clause without a subject of its own, which the main clause's subject controls: not
    "In response to its attacks, Egypt closed the crossing" (another's attacks)."""
    subject = fronted_owner(tok, phrases=True)
    if subject is None or subject.tag_ not in ("NN", "NNP") or not non_finite_between(tok, subject.head):
        return False, None
    key = phrase_key(subject, res)
    if key is None or type_of(res, key) in (None, "PERSON"):
        return False, None
    return True, key


def non_finite_between(tok, main_verb) -> bool:
    """Whether a gerund or infinitive stands between the possessive and the main verb ("Explaining its
    attack", "pressure to drop its inquiry")."""
    t = tok.head
    while t.i != main_verb.i and t.head.i != t.i:
        if t.pos_ == "VERB" and t.tag_ in ("VB", "VBG"):
            return True
        t = t.head
    return False


def fronted_owner(tok, phrases: bool = False):
    """The main clause's subject after an adverbial clause (or a preposition's gerund clause; with
    `phrases`, any prepositional phrase) that holds the possessive and comes before it, with no subject
    of its own."""
    node = tok.head
    for _ in range(6):
        if node.dep_ in SUBJECTS or node.head.i == node.i:
            return None
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head    # "After spraining his knee, Bush ...": a gerund's clause, as an adverbial one
        if node.dep_ in ("advcl", "prep") and node.head.pos_ in ("VERB", "AUX") \
                and (node.dep_ == "advcl" or phrases or any(c.dep_ == "pcomp" for c in children(node))):
            subject = subject_of(node.head)
            if subject is None or node.right_edge.i >= subject.i or any(c.dep_ in SUBJECTS for c in children(node)):
                return None   # "When Smith hit him, his ...": the clause's own subject
            return subject
        node = node.head
    return None


def subject_of(verb):
    """The verb's one subject; None for two ("Captain Jack Harkness, John Barrowman added": which?)."""
    subjects = [c for c in children(verb) if c.dep_ in SUBJECTS]
    return subjects[0] if len(subjects) == 1 else None
