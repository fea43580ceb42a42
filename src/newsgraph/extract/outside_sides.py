"""Sides of an event noun named outside its own phrase, by the clause the noun stands in.

- The one acted on, as the holder of a role the event gives: "Microsoft was the target of an
  inquiry by the Commission", "the ministry, the target of a series of raids" (`role_holder`).
- Who takes part in an event named after "in": "Iran is in talks with the EU", "Turkey took part in
  the talks", "joined negotiations with Russia" (`partaker`).
- The doer named on the noun that groups the events, where the parser hangs the "by" phrase: "a
  series of raids by tax police" (`grouping_head`).
- Who only arranged, backed or hosted an event is none of its sides ("an Egypt-brokered truce
  between Hamas and Israel": `arranger_word`).
- Who acts through the event: the subject of a verb of the same kind whose means or occasion it is
  ("police arrested twenty people in a crackdown on protesters", "Israel killed ten in air strikes on
  Gaza"), or who ordered it ("the president ordered the arrest of X": `acting_through`).
"""
from __future__ import annotations

from ..model import FORCE_TYPES
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, actors_of, generic_actor, subject_token

GROUPING_NOUNS = words("grouping_nouns")
# nouns for the one an event befalls: "the target of", "the victim of", "the subject of an inquiry"
UNDERGOER_ROLES = words("undergoer_role_nouns")
COPULAS = words("copulas")
# verbs whose subject takes part in the event named after "in": "took part in", "participated in"
DOING_IN = words("outside_sides_doing_in")
# verbs whose subject is one party of a two-sided event named after "in" or as their object:
# "Iran is in talks", "remained locked in negotiations", "was involved in talks", "joined the talks"
SHARING_IN = words("outside_sides_sharing_in")
SHARING_OBJECT = words("outside_sides_sharing_object")
# participles before an event noun whose doer is the event's doer ("Saudi-led strikes",
# "an Israeli-imposed blockade"); other participles name who backed, hosted or brokered it
DOING_PARTICIPLES = words("doing_participles")
# verbs whose subject has the act they govern done: "ordered the arrest of", "authorised air strikes"
ORDERING = words("outside_sides_ordering")
# prepositions that put an event as the means or occasion of a verb's act: "arrested in a crackdown"
MEANS_PREPS = words("outside_sides_means_preps")
# verbs of answering an act whose "with" phrase is the answer, done by their subject: "Israel responded
# with air strikes on Gaza", "the EU retaliated with tariffs", "Beijing hit back with sanctions on X"
RESPONDING = words("responding_verbs")


def groups_others(noun) -> bool:
    """Whether an event noun that also groups things groups some here ("a barrage of questions", "a
    wave of arrests"): then what it groups, not the noun, is what happens."""
    return noun.lemma_.lower() in GROUPING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def grouping_head(noun):
    """The noun grouping `noun` ("series" in "a series of raids"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in GROUPING_NOUNS:
        return noun.head.head
    return None


def role_holder(noun, res: KnownActors) -> tuple[str | None, object]:
    """Who an event befalls when a clause makes them its target or victim: "X was the target of
    attacks", "X has become the subject of an inquiry", "X, the target of a series of raids"."""
    phrase = grouping_head(noun) or noun
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "of" or phrase.head.head.lemma_.lower() not in UNDERGOER_ROLES:
        return None, None
    role = phrase.head.head
    holders = []
    if role.dep_ == "attr" and role.head.lemma_.lower() in COPULAS:
        holders = [c for c in role.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif role.dep_ == "appos":
        holders = [role.head]
    for tok in holders:
        key = actor_of(tok, res) or generic_actor(tok, res)
        if key:
            return key, tok
    return None, None


def partaker(noun, symmetric: bool, res: KnownActors, exclude: str | None = None) -> tuple[str | None, object]:
    """Who takes part in the event `noun` names as the complement of a verb of taking part ("took
    part in the raid", "participated in talks with X"), or, for a two-sided event, of being in it
    or joining it ("Hamas is in talks with Egypt", "joined the negotiations")."""
    verb = taking_part_verb(noun, symmetric)
    if verb is None or groups_others(noun):
        return None, None
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        key = actor_of(subj, res) or generic_actor(subj, res)
        if key and key != exclude:
            return key, subj
    return None, None


def taking_part_verb(noun, symmetric: bool):
    """The verb whose subject takes part in `noun`'s event, or None."""
    phrase = grouping_head(noun) or noun
    if phrase.dep_ == "dobj":
        verb = phrase.head
        return verb if symmetric and verb.lemma_.lower() in SHARING_OBJECT else None
    if phrase.dep_ != "pobj" or phrase.head.lower_ != "in":
        return None
    head = phrase.head.head
    # "took part in": the preposition hangs on "part" or on "took"
    if head.lower_ == "part" and head.dep_ == "dobj" and head.head.lemma_.lower() == "take":
        return head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in head.children) or lemma in DOING_IN:
        return head
    return head if symmetric and lemma in SHARING_IN else None


def acting_through(noun, frame, res: KnownActors, lex, exclude: str | None = None) -> tuple[str | None, object]:
    """Who does a nominal event by the verb it is the means or occasion of, or by ordering it."""
    verb = None
    if groups_others(noun):
        return None, None   # "bombarded the minister with a barrage of questions"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ORDERING:
        verb = noun.head   # "ordered the arrest of the opposition leader"
    elif noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        vframe = lex.verbs.get(verb.lemma_.lower())
        # an answer is the subject's own act, whatever act it answers; otherwise "arrested in a
        # protest": the protest is not the police's
        if not answering_with(noun, verb) and (
                vframe is None or not (vframe.type == frame.type or {vframe.type, frame.type} <= FORCE_TYPES)):   # force in one act: arrests in a raid
            return None, None
    if verb is None:
        return None, None
    subj = subject_token(verb)
    for key, tok in actors_of(subj, res) if subj is not None else ():
        if key != exclude:
            return key, tok
    return None, None


def answering_with(noun, verb) -> bool:
    """"responded with air strikes", "hit back with sanctions": the event noun after "with" is the
    subject's answer ("hit" and "strike" only with "back", "fight" with "back" too)."""
    lemma = verb.lemma_.lower()
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return noun.head.lower_ == "with" and lemma in RESPONDING and (back or lemma not in ("hit", "strike", "fight"))


def arranger_word(tok, noun) -> bool:
    """Whether `tok`, a word in a modifier of the event noun, names who backed, brokered or hosted
    the event rather than who did it ("an Egypt-brokered truce", "a US-backed offensive")."""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.head.i == noun.i:
            return False
        if tok.head.tag_ == "VBN" and tok.head.dep_ == "amod" and tok.head.head.i == noun.i:
            return tok.head.lemma_.lower() not in DOING_PARTICIPLES
        tok = tok.head
    return False
