"""Demands made and defied: "despite calls from Egypt to halt it, Israel pressed ahead", "the Commission
will not redraft the law despite requests by the European Parliament" (PLOVER REQUEST). A demand that a
clause goes on "despite" was made of whoever acts in spite of it: the subject of that clause. Only demand
nouns (calls, demands, appeals, requests, pleas) whose maker is named with them ("from X", "by X", "X's");
"despite calls for restraint" names no one who asked."""
from __future__ import annotations

from collections.abc import Iterator

from .actors import KnownActors
from .agent_phrases import agent_of
from .arguments import VERBAL
from .calls import DEMAND_NOUNS, demand_frame, named_caller
from .clause_links import demanded_acts
from .frames import Candidate, clause_subject, noun_subject


def defying_verb(noun):
    """The verb of the clause a "despite" (or "in spite of") phrase holding `noun` modifies, or None."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "spite" and prep.head.dep_ == "pobj":
        prep = prep.head.head if prep.head.head.lower_ == "in" else None
    elif prep is not None and prep.lower_ != "despite":
        prep = None
    return prep.head if prep is not None and prep.head.pos_ in VERBAL else None


def defied_call_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """Each defied demand (see the module's doc), before calls.call_events reads the noun otherwise."""
    for noun in tokens.nouns:
        if noun.i not in used and noun.pos_ == "NOUN" and noun.lemma_.lower() in DEMAND_NOUNS:
            yield from defied_call(noun, res, lex, used)


def defied_call(noun, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """The demand `noun` with its maker and the one who defies it; the noun and the acts it asks for are
    marked used (asked, not done)."""
    verb = defying_verb(noun)
    if verb is None:
        return
    # the doer of a passive clause is its agent: "the law will not be redrafted by the Commission despite
    # requests by MEPs" was asked of the Commission
    okey, otok = agent_of(verb, res) or clause_subject(verb, res)
    if okey is None or otok is None or otok.pos_ == "PRON":
        return   # "despite calls from Egypt, it went on": whose clause the text says elsewhere
    skey, stok = noun_subject(noun, res, exclude=okey)
    if skey is None:
        skey, stok = named_caller(noun, res, okey)
    frame = demand_frame(noun, "for", lex)
    if skey is None or skey == okey or frame is None:
        return
    used.update((noun.i, *(a.i for a in demanded_acts(noun))))
    yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, noun)
