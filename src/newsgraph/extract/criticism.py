"""Criticism stated from the criticised side as violence undergone: "the minister came under fire
from opposition lawmakers", "Blair came under attack from Labour MPs". With a person, party or
government under fire from critics who are neither troops, armed groups nor states, the fire is
words (ACCUSE by the critics), and no attack is read from it. Criticism "come in for" is undergone
the same way: "the minister came in for criticism from MPs" (ACCUSE by the MPs)."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .arguments import actors_of, entity_type
from .clause_links import UNDERGOING_PREPS, undergoer_of
from .frames import Candidate, noun_frame

# who can be criticised rather than shot at, and who criticises: not troops, armed groups, states
# or places
CRITICS = frozenset({"PERSON", "ORGANIZATION", "GOVERNMENT"})
# who can be criticised: those, and a state when its critics are not armed ("Israel came under fire from
# the European Union over the settlements"; under fire from Iran or Hezbollah it is shot at)
CRITICISED = CRITICS | {"COUNTRY"}
VIOLENCE = frozenset({"ASSAULT", "COERCE"})


def criticism_under_fire(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"X came under fire (attack) from Y": Y accuses X when both are people, parties, firms or
    governments; the noun is marked used so that no attack is read from it."""
    frame = lex.nouns.get("criticism")
    yield from criticism_come_in_for(tokens, res, lex, used)
    for verb in tokens.verbs:
        prep = UNDERGOING_PREPS.get(verb.lemma_.lower())
        for noun in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                     for p in c.children if p.dep_ == "pobj" and p.i not in used):
            own = noun_frame(noun, lex)
            doer = next((p for h in (noun, verb) for c in h.children if c.dep_ in ("prep", "agent")
                         and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
            undergoer = undergoer_of(verb)
            if own is None or own.type not in VIOLENCE or doer is None or undergoer is None or frame is None:
                continue
            target = next(iter(actors_of(undergoer, res)), None)
            critics = actors_of(doer, res)
            if target is None or entity_type(target[0], res) not in CRITICISED or not critics or any(
                    entity_type(k, res) not in CRITICS for k, _ in critics):
                continue   # "troops came under fire from rebels": shot at
            used.add(noun.i)
            for key, tok in critics:
                if key != target[0]:
                    yield Candidate("ACCUSE", noun, key, target[0], tok, target[1], frame, verb)


def criticism_come_in_for(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"X came in for criticism (condemnation, flak) from Y": Y accuses X. Only with the critic named,
    as criticism faced is ("came in for criticism" alone names no accuser)."""
    frame = lex.nouns.get("criticism")
    received = words("received_criticism_nouns")
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "come" or not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            continue
        for noun in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj" and p.i not in used):
            own = noun_frame(noun, lex)
            if frame is None or not (own is not None and own.type == "ACCUSE" or noun.lemma_.lower() in received):
                continue
            doer = next((p for h in (noun, verb) for c in h.children if c.dep_ in ("prep", "agent")
                         and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"), None)
            undergoer = undergoer_of(verb)
            target = next(iter(actors_of(undergoer, res)), None) if undergoer is not None else None
            critics = actors_of(doer, res) if doer is not None else []
            if target is None or not critics:
                continue
            used.add(noun.i)
            for key, tok in critics:
                if key != target[0]:
                    yield Candidate("ACCUSE", noun, key, target[0], tok, target[1], own or frame, verb)
