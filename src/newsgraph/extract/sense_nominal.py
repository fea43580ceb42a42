"""Event words that name no act where they stand: a noun that classifies another noun ("the trade
body", "aid workers", "fault lines", "a war veteran"), one inside a name ("Massive Attack"), a war on
an abstraction ("the war on drugs"), a fight in an arena of no blows ("a High Court battle", "a bidding war"), and "join" said of company rather than membership ("joined Pele
as the only teenagers to score", "joined two pupils for a boat trip"). Called by the sense judge
(extract/sense.py).
"""
from __future__ import annotations

from ..wordlists import words
from .quantities import is_people
from .sense_words import lemma_in, object_kind

CLASSIFIED_HEADS = words("classified_heads")
# names of things in which a word of conflict or cooperation is no act ("Massive Attack", "Operation
# Desert Storm" is an EVENT and stays)
NAMES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC", "NORP", "LAW"})
# crowds that one joins by protesting ("farmers joined the protesters"; not "striker", a footballer too)
PROTESTERS = words("protester_nouns")
WARS = words("war_nouns")
FIGURATIVE_ARENAS = words("figurative_arenas")
# nouns of fighting that an arena before them or a "war of" after them makes figurative; a campaign or an
# operation is named by its field too ("an advertising campaign", "rescue operations")
FIGHTS = words("fight_nouns")


def classifying(trigger) -> bool:
    """A noun trigger that modifies a name or a noun naming a body, a person or a thing ("trade body",
    "aid workers", "fault lines", "the protest group Extinction Rebellion"), or a word inside a name
    ("Massive Attack")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return classifier_read_as_verb(trigger)
    if trigger.ent_type_ in NAMES and trigger.ent_iob_ in ("B", "I"):
        return True
    head = trigger.head
    return trigger.dep_ in ("compound", "amod", "nmod") and head.i != trigger.i and head.pos_ in ("NOUN", "PROPN") \
        and (head.pos_ == "PROPN" or lemma_in(head, CLASSIFIED_HEADS) or is_people(head) and head.ent_type_ != "NORP")


def classifier_read_as_verb(trigger) -> bool:
    """A noun the tagger read as a bare verb taking the body it classifies as its object: "referred
    questions to trade body Intellect" ("to trade" read as an infinitive); a bare singular noun with no
    determiner, right after the verb and before a name, is no object of a verb but a title of the name."""
    doc, i = trigger.doc, trigger.i
    if trigger.tag_ != "VB" or i + 2 >= len(doc) or i == 0 or doc[i - 1].lower_ != "to":
        return False
    body, name = doc[i + 1], doc[i + 2]
    if body.tag_ != "NN" or not lemma_in(body, CLASSIFIED_HEADS) or name.pos_ != "PROPN":
        return False
    return body.head.i == i and body.dep_ == "dobj" or body.dep_ == "compound" and body.head.head.i == i \
        and body.head.pos_ == "PROPN" and body.head.dep_ == "dobj"


def war_on_abstraction(trigger) -> bool:
    """"the war on drugs", "a crusade against poverty": a campaign against no one."""
    if trigger.lemma_.lower() not in WARS or trigger.pos_ != "NOUN":
        return False
    targets = [p for x in trigger.children if x.dep_ == "prep" and x.lower_ in ("on", "against")
               for p in x.children if p.dep_ == "pobj"]
    return bool(targets) and all(p.ent_type_ == "" and p.pos_ == "NOUN" and not is_people(p) for p in targets)


def fought_in_arena(trigger) -> bool:
    """A noun of fighting in an arena where no blow is struck: a court, a market, a campaign, a rescue or
    words ("won the first round of a High Court battle", "a bidding war for the striker", "attempted
    character assassination", "a war of words", "an advertising campaign", "soldiers led rescue
    operations"); "a turf war between gangs", "a military operation" name no such arena and stay."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in FIGHTS:
        return False
    return any(x.dep_ in ("compound", "amod", "nmod") and lemma_in(x, FIGURATIVE_ARENAS) for x in trigger.children) \
        or any(x.dep_ == "prep" and x.lower_ == "of" and any(lemma_in(p, FIGURATIVE_ARENAS) for p in x.children)
               for x in trigger.children)


def joined_company(c, entity_type) -> bool:
    """"join" said of people one is with rather than a body one becomes part of: a named person
    ("joined Liz Truss at a rally"), a number of people ("joined two pupils for a boat trip"), or a
    list one enters ("joined Pele and Ronaldo as the only teenagers"), or an act or a contest shared
    ("joined France in condemning the coup"); "joined the KGB as a young man" is membership."""
    if c.type != "AFFILIATION" or c.trigger.lemma_.lower() != "join" or c.trigger.pos_ != "VERB":
        return False
    person = entity_type(c.object) == "PERSON" and not owned_body(c.object_tok)
    if person or any(
            x.dep_ == "prep" and x.lower_ == "in" and any(p.dep_ == "pcomp" or object_kind(p) in ("show", "play")
                                                          for p in x.children) for x in c.trigger.children):
        return True         # "joined France in condemning the coup", "will join her in the championships"
    return any(x.dep_ == "dobj" and is_people(x) and any(n.dep_ == "nummod" for n in x.children)
               for x in c.trigger.children)


def joined_protest(c) -> bool:
    """"Farmers joined the protesters": joining a protesting crowd is protesting (PLOVER PROTEST), not
    membership of a body."""
    return c.type == "AFFILIATION" and c.trigger.lemma_.lower() == "join" and lemma_in(c.object_tok, PROTESTERS)


def owned_body(tok) -> bool:
    """A body named through the person it belongs to: "his administration", "Obama's cabinet" (not
    "his rival Liz Truss")."""
    return tok is not None and tok.pos_ == "NOUN" and not is_people(tok) and any(x.dep_ == "poss" for x in tok.children) \
        and not any(x.dep_ == "appos" for x in tok.children)
