"""Demonstrations stated by their making or joining (PLOVER PROTEST, mode demo): "Chilean students
organised a rally against the reform", "the march was organised by the Stop the War Coalition",
"opposition supporters joined the protest in Minsk". The light verbs of verbs.yaml ("staged",
"held") already lend their subject to the noun; these verbs do so only for a protest noun
("organised talks" is an arranger's, "joined the army" a membership). Stoppages of work are
labour_actions.py's.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import is_passive, subject_token
from .frames import Candidate, event_noun, noun_frame, noun_object, subjects_of
from .noun_phrases import passive_agent

JOINING = words("protest_joining_verbs")
# particles that undo the verb's making: "called off", "put off"
CANCELLING = frozenset({"off"})


def called_off(verb) -> bool:
    """"called off a demonstration", "put off the march": a protest cancelled or put back, not made."""
    return any(c.dep_ == "prt" and c.lower_ in CANCELLING for c in verb.children)


def governed_protest(verb, lex):
    """The protest noun the verb governs: its object, or its passive subject ("was organised by")."""
    deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    for c in verb.children:
        noun = event_noun(c, lex) if c.dep_ in deps else None
        frame = noun_frame(noun, lex) if noun is not None else None
        if frame is not None and frame.type == "PROTEST":
            return noun, frame
    return None, None


def makers(verb, res: KnownActors) -> list:
    """Who organises or joins: the "by" agent of the passive, or the verb's subject."""
    if is_passive(verb):
        agent = passive_agent(verb)
        return subjects_of(agent, res) if agent is not None else []
    return subjects_of(subject_token(verb), res)


def joined_protests(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in JOINING or verb.i in used or called_off(verb):
            continue
        noun, frame = governed_protest(verb, lex)
        if noun is None or noun.i in used:
            continue
        okey, otok = noun_object(noun, frame, res)
        for skey, stok in makers(verb, res):
            if skey != okey:
                used.add(noun.i)
                yield Candidate("PROTEST", noun, skey, okey, stok, otok, frame, verb)
