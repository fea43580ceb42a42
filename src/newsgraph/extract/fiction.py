"""Events told inside a work: a film's, novel's, series' or game's plot, or the part an actor plays.

What a character does is no event, whoever the character is named after: "the film follows a hitman who
threatens a senator", "in the movie, Reed kidnaps a banker's son", "Washington stars as a bodyguard who
attacks the kidnappers", "the drama is about a police officer who beats a suspect". Called by the sense
judge (extract/sense.py) for every candidate; it reads the trigger's clause and the phrases above it.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

FICTION = words("fiction_nouns")
# works that tell a plot only where they frame it ("the drama follows", "in the series"): news has its
# "hostage drama" that ends when police storm a building and its "series of attacks"
FRAMING_WORKS = words("framing_works")
# verbs by which a work tells its plot: "the drama follows a detective who ...", "the series is about"
PLOT_VERBS = words("plot_verbs")
# works a clause is set "in" that are fiction (not a book or a song, whose author speaks in them)
PLOT_SETTINGS = words("plot_settings")
# what a plot verb tells its plot through: "is about", "centres on", "follows a man"
PLOT_LINKS = words("fiction_plot_links")
# verbs of acting a part: what the part does is the plot ("plays a pirate who attacks a ship", "stars as a
# bodyguard who ...")
ROLE_VERBS = words("role_verbs")
HOPS = 6    # phrases above the trigger read: a plot's clause is never further
# participles that name the actor of a part: "crooked cops played by Samuel L Jackson" are characters
CAST_VERBS = words("fiction_cast_verbs")


def fiction(trigger) -> bool:
    """An event told inside a story: "a plot about spies conspiring to kill him", "the film follows
    a man who is kidnapped", "in the movie, he kidnaps her", "stars as a hitman who threatens"."""
    if told_in_work(trigger):
        return True
    below, described = trigger, False
    for n, a in enumerate(trigger.ancestors):
        if n >= HOPS:
            return False
        if a.pos_ in ("NOUN", "PROPN") and lemma_in(a, FICTION) or any(
                x.dep_ == "nsubj" and lemma_in(x, FICTION) for x in a.children):
            return True     # "the story of a man who ...", "the film follows agents who ..."
        if a.pos_ == "NOUN" and lemma_in(a, FRAMING_WORKS) and below.lower_ in PLOT_LINKS:
            return True     # "a drama about a nurse who was wrongly convicted of killing"
        if lemma_in(a, PLOT_VERBS) and (below.dep_ == "dobj" and described or below.lower_ in PLOT_LINKS) and any(
                x.dep_ == "nsubj" and lemma_in(x, FRAMING_WORKS) for x in a.children):
            return True     # "the drama is about a police officer who ..." (not "the hostage drama ended when")
        if a.dep_ == "ROOT" and a.tag_ == "NNS" and any(x.dep_ == "compound" and lemma_in(x, FICTION | FRAMING_WORKS)
                                                      for x in a.children):
            return True     # "The plot centres on a gang that ...", its verb read as a plural noun
        if lemma_in(a, ROLE_VERBS) and described and (below.dep_ == "dobj" or below.lower_ == "as"):
            return True     # "Cruise plays an agent who is kidnapped": a role ("played a role in the attacks" is none)
        if told_in_work(a):
            return True     # "in the film, the detective's partner is shot"
        described, below = described or below.dep_ in ("relcl", "acl"), a
    return False


def told_in_work(tok) -> bool:
    """A clause set "in" a work that tells a plot ("In the movie, Reed kidnaps her", "in the series, the
    detective arrests"), not one whose author speaks in it ("in his book, he accuses") nor a "series of raids"."""
    return tok.pos_ in ("VERB", "AUX") and any(
        p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and lemma_in(o, PLOT_SETTINGS) and not any(x.dep_ == "prep" and x.lower_ == "of"
                                                                        for x in o.children)
            for o in p.children)
        for p in tok.children)


def character(tok) -> bool:
    """A side named as a part someone plays ("blackmailed by crooked cops played by Samuel L Jackson",
    "a spy portrayed by Daniel Craig"): a character, whose acts are the plot's; "the role played by
    Iran" names no person by whom it is played and stays."""
    return tok is not None and any(
        x.dep_ == "acl" and x.tag_ == "VBN" and x.lemma_.lower() in CAST_VERBS and any(
            a.dep_ == "agent" and any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in a.children)
            for a in x.children)
        for x in tok.children)
