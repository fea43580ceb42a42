"""A political speaker's stand on a thing, with no other side named: news by who takes it.

"Shadow home secretary Ann Cole welcomed the apology", "the minister dismissed the figures", "Senator
Ruiz opposed oil drilling in the park", "MPs backed the bill": what an office holder or a chamber backs,
rejects, condemns or asks for in public is political news whatever the thing is called, where the same
words from a private person or a firm ("the strategist agreed", "the firm welcomed the possibility") are
not (sense_cooperative.one_sided keeps those only for a thing of a known kind). The speaker is political
by the title in its own phrase (office_titles.py) or, through the sense judge's reading of actors
(event_steps.ActorKinds.political), by an office or chamber the document gives it elsewhere. The stand
must be taken: a finite verb of its own clause with a thing named, not negated, modal or asked
("would not rule out scrapping it", "there should be a debate", "pressed on whether he would").
"""
from __future__ import annotations

from ..wordlists import words
from .office_titles import political_speaker
from .quantities import is_people
from .sense_words import NOT_ACTORS, lemma_in

# stands with no other side needed that the keep gate reads as political news from a political speaker
# (keep.POLITICAL_ACTS): backing, refusing, criticising, asking
POLITICAL_STANCES = frozenset({"SUPPORT", "REJECT", "ACCUSE", "REQUEST"})
# clauses whose verb is not the side's own stand: an aim or a refusal of it ("refused to back the plan"),
# a modifier ("the plan backed by MPs" is told where the plan is), a gerund after a preposition
NOT_OWN_CLAUSE = frozenset({"xcomp", "pcomp", "acl", "amod", "csubj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
# a thing recognised or acknowledged is admitted, not backed ("recognised people's concerns"); recognising a
# state or a government names it as the other side and is not read here
ACKNOWLEDGING = words("political_stances_acknowledging")
# verbs of denying and of declining to: "refused to deny the claims" denies nothing and refuses no demand
DENYING = words("denial_verbs") | {"dismiss"}   # "dismissed the report" denies it too
DECLINING = words("political_stances_declining")
# nouns of a state of things told as a clause: "welcomed the fact (that) there had been a quick result",
# "welcomed the news that unemployment had fallen": a reaction to how things are, no one's act backed
TOLD_FACTS = words("told_facts")
# how a question or a concern says what it is about: "questions about the advice", "concerns over the plan"
ABOUT = words("political_stances_about")


def political_stance(c, things, entity_type) -> bool:
    """A lone backing, refusal, criticism or request taken by a political speaker on a thing it names."""
    if c.type not in POLITICAL_STANCES or c.subject is None:
        return False
    political = getattr(entity_type, "political", None)   # the judge's reading of actors, where it has one
    if not (political_speaker(c.subject_tok) or political is not None and political(c.subject)):
        return False
    stood = [*things, *clauses_stood_on(c), *(x for x in c.trigger.children if x.dep_ == "nsubjpass")]
    if c.type == "SUPPORT" and (c.trigger.lemma_.lower() in ACKNOWLEDGING or any(fact_told(t) for t in stood)) \
            or c.type == "REQUEST" and pressed_thing(c.trigger):
        return False
    if any(side_inside(t) for t in stood):
        return False   # "praised Nokia's results", "welcomed his return": the side is there, and the event lacks it
    return stand_taken(c.trigger) and any(thing_named(t) for t in stood)   # "the bill was backed by MPs"


def fact_told(thing) -> bool:
    """A noun of a state of things with its clause: "the fact there had been", "the news that it had fallen"."""
    return lemma_in(thing, TOLD_FACTS) and any(x.dep_ in ("acl", "ccomp") and x.pos_ in ("VERB", "AUX")
                                               for x in thing.children)


def pressed_thing(verb) -> bool:
    """"Press" with a thing as its object pushes it ("pressed the button", "pressed the point"): a request
    presses someone ("pressed ministers to act") or presses for something (read elsewhere)."""
    return verb.lemma_.lower() == "press" and any(x.dep_ == "dobj" and x.pos_ == "NOUN" and not is_people(x)
                                                  for x in verb.children)


def denial_refused(verb) -> bool:
    """A denial declined, told by either verb: "refused to deny the claims", "declined to dismiss the
    report": no rejection of anything (PLOVER REJECT), neither of the claim nor of a demand."""
    lemma = verb.lemma_.lower()
    if lemma in DENYING:
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DECLINING
    return lemma in DECLINING and any(x.dep_ == "xcomp" and x.lemma_.lower() in DENYING for x in verb.children)


def stand_taken(verb) -> bool:
    """The trigger is a finite verb with its own subject (or its first verb's: "is a Catholic and has
    opposed the bill"), neither negated nor a modal, nor the verb of an aim, a modifier or a gerund
    ("refused to back", "the plan backed by", "on backing")."""
    return verb.pos_ == "VERB" and verb.tag_ != "MD" and verb.dep_ not in NOT_OWN_CLAUSE \
        and any(x.dep_ in SUBJECTS for x in (verb if verb.dep_ != "conj" else verb.head).children) \
        and not any(x.dep_ == "neg" for x in verb.children)


def clauses_stood_on(c) -> list:
    """A claim refused or charged as a clause ("denied that the party was split", "said it was wrong")."""
    if c.type not in ("REJECT", "ACCUSE"):
        return []
    return [x for x in c.trigger.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")]


def thing_named(tok) -> bool:
    """A thing named by a noun or a clause, not by a pronoun ("dismissed it" says nothing of what), nor a
    thing of the world that is no one's act (NOT_ACTORS: "praised the weather", "welcomed the rain") unless
    it says what it is about ("dismissed questions about the advice")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") or tok.lower_.endswith(("self", "selves")):
        return False
    return not lemma_in(tok, NOT_ACTORS) or any(x.dep_ == "prep" and x.lower_ in ABOUT for x in tok.children)


SIDE_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def side_inside(tok) -> bool:
    """The thing stood on, told by a noun, names a side of its own: a name in it, or a person's pronoun that
    owns it ("welcomed the pledge by Japan", "praised Nokia's results", "welcomed his return"): the stand has
    another side, which a lone event would leave out."""
    if tok is None or tok.pos_ in ("VERB", "AUX"):
        return False   # a claim told as a clause ("denied that the party was split") names what is claimed
    return any(t.ent_type_ in SIDE_ENTITIES and t.i != tok.i or t.dep_ == "poss" and t.head.i == tok.i and
               t.pos_ == "PRON" and t.lower_ in ("his", "her", "their") for t in tok.subtree)
