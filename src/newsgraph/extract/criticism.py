"""Criticism stated from the criticised side as violence undergone: "the minister came under fire
from opposition lawmakers", "Blair came under attack from Labour MPs". With a person, party or
government under fire from critics who are neither troops, armed groups nor states, the fire is
words (ACCUSE by the critics), and no attack is read from it. Criticism "come in for" is undergone
the same way: "the minister came in for criticism from MPs" (ACCUSE by the MPs); and criticism an act
brings on its doer: "the plan sparked criticism from unions" (the unions accuse whoever made the plan,
named with it or before it: thing_makers.py)."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import doc_sents
from ..model import FORCE_TYPES
from ..wordlists import words
from .arguments import acting, actors_of, entity_type
from .clause_links import RECEIVED_CRITICISM, UNDERGOING_PREPS, undergoer_of
from .fire_undergone import REASONS, weapon_named
from .frames import Candidate, noun_frame, noun_subject
from .noun_phrases import doer_phrase
from .sense_conflict import harm_told, violent
from .sense_words import lemma_in
from .statements import judged_act
from .thing_makers import made_before, unowned

# who can be criticised rather than shot at, and who criticises: not troops, armed groups, states
# or places
CRITICS = frozenset({"PERSON", "ORGANIZATION", "GOVERNMENT"})
# who can be criticised: those, and a state when its critics are not armed ("Israel came under fire from
# the European Union over the settlements"; under fire from Iran or Hezbollah it is shot at)
CRITICISED = CRITICS | {"COUNTRY"}
# verbs by which an act draws criticism: "sparked", "prompted", "provoked"
PROVOKING = words("provoking_verbs")
# described people who criticise by their noun: "came under fire from critics"
CRITIC_NOUNS = words("critic_nouns")
# someone's conduct, a reason for criticism: "for his handling of the crisis", "for the board's decision"
OWNED_CONDUCT = words("judged_acts") | words("concerning_conduct")


def criticism_under_fire(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"X came under fire (attack) from Y": Y accuses X when both are people, parties, firms or
    governments; the noun is marked used so that no attack is read from it. Critics described, not named
    ("from critics", "from backbenchers"), accuse as well when they are critics by their noun or the fire
    has a reason with nothing violent beside it (described_critics)."""
    frame = lex.nouns.get("criticism")
    yield from criticism_come_in_for(tokens, res, lex, used)
    yield from criticism_provoked(tokens, res, lex, used)
    for verb in tokens.verbs:
        prep = UNDERGOING_PREPS.get(verb.lemma_.lower())
        if prep is None:
            continue   # not a verb of undergoing: nothing to read below it
        for noun in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                     for p in c.children if p.dep_ == "pobj" and p.i not in used):
            own = noun_frame(noun, lex)
            doer = next((p for h in (noun, verb) for c in h.children if c.dep_ in ("prep", "agent")
                         and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"), None)
            undergoer = undergoer_of(verb)
            if own is None or own.type not in FORCE_TYPES or doer is None or undergoer is None or frame is None:
                continue
            target = next(iter(actors_of(undergoer, res)), None) or thing_maker(undergoer, res)
            critics = actors_of(doer, res)
            described = described_critics(verb, noun, doer)
            if target is None or entity_type(target[0], res) not in CRITICISED or not critics or any(
                    entity_type(k, res) not in CRITICS and not (entity_type(k, res) == "OTHER" and (
                        described or lemma_in(tok, CRITIC_NOUNS))) for k, tok in critics):
                continue   # "troops came under fire from rebels": shot at
            used.add(noun.i)
            for key, tok in critics:
                if key != target[0]:
                    yield Candidate("ACCUSE", noun, key, target[0], tok, target[1], frame, verb)


def described_critics(verb, noun, doer) -> bool:
    """The fire is words whoever the critics are: it has a reason ("over the plans", "for his remarks";
    "over" the parser hangs on the critics, "from backbenchers over the plans"), names no weapon ("came
    under mortar fire") and tells no harm or violence beside its reason ("came under fire from critics over
    the Iraq war" is criticism; "..., leaving two dead" is not). "For" on the critics describes them
    ("campaigners for human rights") unless it names someone's conduct ("from campaigners for his handling of the
    crisis", "for the council's decision"), which the parser hangs on them as often as on the verb."""
    reasons = [c for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ in REASONS]
    reasons += [c for c in doer.children if c.dep_ == "prep" and (c.lower_ == "over" or c.lower_ == "for" and any(
        o.dep_ == "pobj" and lemma_in(o, OWNED_CONDUCT) and any(x.dep_ == "poss" for x in o.children)
        for o in c.children))]
    besides = {t.i for r in reasons for t in r.subtree}
    return bool(reasons) and not weapon_named(noun) and not harm_told(noun) and not violent(noun, besides=besides)


def criticism_come_in_for(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"X came in for criticism (condemnation, flak) from Y": Y accuses X. Only with the critic named,
    as criticism faced is ("came in for criticism" alone names no accuser)."""
    frame = lex.nouns.get("criticism")
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "come" or not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
            continue
        for noun in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj" and p.i not in used):
            own = noun_frame(noun, lex)
            if frame is None or not (own is not None and own.type == "ACCUSE" or noun.lemma_.lower() in RECEIVED_CRITICISM):
                continue
            doer = doer_phrase(noun, verb)
            undergoer = undergoer_of(verb)
            target = next(iter(actors_of(undergoer, res)), None) if undergoer is not None else None
            critics = actors_of(doer, res) if doer is not None else []
            if target is None or not critics:
                continue
            used.add(noun.i)
            for key, tok in critics:
                if key != target[0]:
                    yield Candidate("ACCUSE", noun, key, target[0], tok, target[1], own or frame, verb)


def criticism_noun(noun, lex) -> bool:
    """A noun of criticism (not of charges or inquiries, which an act may prompt against anyone):
    "criticism", "condemnation", "a rebuke", "a backlash"."""
    own = noun_frame(noun, lex)
    lemma = noun.lemma_.lower()
    return lemma in RECEIVED_CRITICISM or own is not None and own.type == "ACCUSE" and lemma in (
        "criticism", "condemnation", "accusation", "rebuke", "censure")


def criticism_provoked(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"Brown's plan sparked criticism from the unions", "Israel's raid prompted condemnation from the
    EU", "the minister provoked a backlash from MPs": the critics accuse the actor, or the one whose act
    or decision it was. Only with the critics named, and a criticism with no object of its own
    ("sparked criticism of the police" faults the police, whom the noun names)."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in PROVOKING:
            continue
        cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.i not in used and criticism_noun(c, lex)):
            if cause is None or any(c.dep_ == "prep" and c.lower_ in ("of", "against", "at") for c in noun.children):
                continue
            doer = doer_phrase(noun, verb)
            critics = actors_of(doer, res) if doer is not None else []
            accused = accused_cause(cause, res, lex)
            if accused is None or not critics:
                continue
            used.add(noun.i)
            for key, tok in critics:
                if key != accused[0]:
                    yield Candidate("ACCUSE", noun, key, accused[0], tok, accused[1], noun_frame(noun, lex), verb)


def accused_cause(cause, res, lex) -> tuple[str, object] | None:
    """Who answers for what provoked criticism: the actor itself, or the doer of an act or the maker of
    a decision ("Israel's raid", "the plan by the council"); not one a mere event befell ("Smith's death")."""
    if judged_act(cause) or noun_frame(cause, lex) is not None:
        key, tok = noun_subject(cause, res)
        return (key, tok) if key is not None else thing_maker(cause, res)
    key = acting(cause, res)   # the actor itself ("the minister"), not one it mentions ("Smith's death")
    return (key, cause) if key is not None else None


def thing_maker(thing, res) -> tuple[str, object] | None:
    """The maker told before of a definite plan, decision or law criticised with no maker of its own:
    "the Executive unveiled plans ... the plans came under fire from (drew criticism from) teachers"."""
    return made_before(thing, res, list(doc_sents(thing.doc)), None) if unowned(thing, res) else None
