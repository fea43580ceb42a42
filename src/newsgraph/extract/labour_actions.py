"""Strikes stated by the state of the strikers or by their joining one, and walk-outs of work
(PLOVER PROTEST, mode strike): "thousands of civil servants were on strike", "nurses joined the
walkout", "bus drivers walked out over pay". Walking out OF talks, a meeting or a show is leaving
it (REJECT, in the lexicon, or nothing); only a walk-out by workers, going nowhere, is a strike."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, subject_token
from .clause_links import counted
from .frames import Candidate, subjects_of
from .quantities import is_people
from .sense import LABOUR

# nouns of a stoppage of work ("strike" only with its labour sense: see sense.labour_strike)
STOPPAGES = words("labour_stoppages")
# verbs whose subject takes part in the stoppage they govern: "joined the strike", "were on strike"
JOINING_STOPPAGE = words("stoppage_joining_verbs")
# how long a strike lasts ("a 24-hour strike", "a one-day strike", "a week-long strike"), not what strikes:
# the last part of the modifier is a unit of time
TIME_UNITS = words("strike_time_units")
# whom or what a strike is against: "on strike over pay", "walked out against the cuts"
GRIEVANCE_PREPS = words("contested_prepositions")
# where a walk-out goes from, when it leaves a place or a meeting, not work: "walked out of the talks"
LEFT_PLACES = words("labour_actions_left_places")


def labour_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    frame = lex.nouns.get("walkout")
    if frame is None:
        return
    for verb in tokens.verbs:
        if verb.i in used:
            continue
        joined = joined_stoppage(verb)
        if joined is not None:
            yield from _strikers(verb, joined, res, frame)
        elif workers_walked_out(verb):
            yield from _strikers(verb, verb, res, frame)


def joined_stoppage(verb):
    """The stoppage a verb's subject takes part in: "were on strike" (the copula and "on"),
    "joined a 24-hour walkout" (its object); None otherwise."""
    lemma = verb.lemma_.lower()
    if lemma in ("be", "remain", "stay"):
        nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                 for p in c.children if p.dep_ == "pobj"]
    elif lemma in JOINING_STOPPAGE:
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return None
    return next((n for n in nouns if stoppage(n) and not military_strike(n)), None)


def stoppage(noun) -> bool:
    """A noun of stopping work: "strike", "walkout", and "action" as "strike action" or "industrial
    action" (not "took action", "legal action")."""
    if noun.lemma_.lower() == "action":
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("strike", "industrial") for c in noun.children)
    return noun.lemma_.lower() in STOPPAGES


def military_strike(noun) -> bool:
    """"joined the air strikes on Houthi targets": a strike with a modifier outside labour
    ("air", "missile", "US-led") or a target ("on") is an attack."""
    if noun.lemma_.lower() != "strike":
        return False
    return any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.lemma_.lower() not in LABOUR
               and not lasting(c) or c.dep_ == "prep" and c.lower_ == "on" for c in noun.children)


def lasting(modifier) -> bool:
    """Whether a modifier says how long something lasts: "24-hour", "one-day", "week-long", "day"."""
    return modifier.lemma_.lower().rsplit("-", 1)[-1] in TIME_UNITS


def workers_walked_out(verb) -> bool:
    """"Bus drivers walked out over pay": "walk out" with a subject of workers or their union,
    leaving no place or meeting ("walked out of the talks", "walked out on the club") and taking no
    object."""
    if verb.lemma_.lower() != "walk" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in LEFT_PLACES and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):
        return False    # "walked out of the talks", "walked out on the club" (not "walked out on Monday")
    return workers(counted(subject_token(verb)))


def striking_group(c) -> bool:
    """An unnamed group that stops work, as news states it without naming them further: workers
    ("staff staged a walkout") or a crowd counted ("tens of thousands of people joined the
    walkout"). Only for a stoppage: a crowd that marches may celebrate."""
    tok = c.subject_tok
    stopped = stoppage(c.trigger) or c.trigger.lemma_.lower() == "walk"
    if c.type != "PROTEST" or tok is None or tok.i == c.trigger.i or not stopped:
        return False
    return workers(tok) or tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.like_num or tok.head.head.ent_type_ == "CARDINAL")


def workers(subj) -> bool:
    """Workers or their union: "drivers", "staff", "union members", "public sector workers"."""
    return subj is not None and (subj.lemma_.lower() in LABOUR or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in LABOUR for c in subj.children))


def _strikers(verb, trigger, res: KnownActors, frame) -> Iterator[Candidate]:
    said = subject_token(verb)
    subj = counted(said)
    subjects = subjects_of(subj, res)
    if not subjects and subj is not None and (subj is not said or is_people(subj) or workers(subj)):
        subjects = [(None, subj)]   # "thousands of civil servants were on strike": a crowd described
    okey, otok = grievance(verb, trigger, res)
    for skey, stok in subjects:
        if skey is None or skey != okey:
            yield Candidate("PROTEST", trigger, skey, okey, stok, otok, frame, verb)


def grievance(verb, trigger, res: KnownActors):
    """The actor a strike is against, named after "against" or "over" on the verb or the noun."""
    for head in {verb.i: verb, trigger.i: trigger}.values():
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS:
                for o in p.children:
                    key = actor_of(o, res) if o.dep_ == "pobj" else None
                    if key is not None:
                        return key, o
    return None, None
