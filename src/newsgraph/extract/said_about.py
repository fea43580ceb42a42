"""What a reported clause says of an actor other than its speaker: a demand on it ("said Tehran
must comply", "needs to stop"), an accusation ("had violated the rules", "was behind the attack"), a
stance ("had covered up") or a threat ("would face consequences"). statements.py finds the speaker
and the other side; this module reads the clause.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .accountable import held_to_account
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_type, generic_actor
from .demands import must_go
from .distrust import distrusted
from .frames import Candidate
from .hindsight import hindsight_modal
from .speaker_bodies import own_resolve
from .stance import FORETOLD, aimed_at_wrong, content_stance, harm_noun

OBLIGATION = words("statement_obligation")
WRONGDOING_VERBS = words("statement_wrongdoing_verbs")
WRONGDOING_ADVERBS = words("statement_wrongdoing_adverbs")
NEEDING = words("have_need_to")
FORECAST_VERBS = words("statement_forecast_verbs")
THREAT_NOUNS = words("statement_threat_nouns")
BROKEN_RULES = words("statement_broken_rules")
FAULT_ADJECTIVES = words("statement_fault_adjectives")
FAULTED_MAKINGS = words("faulting_predicates")   # "was making a mistake", "made a shambles of"
PERILS = words("statement_perils")
SPECULATED = words("possibility_modals")
RELATIVES = frozenset({"WDT", "WP"})   # "that", "which", "who" as a relative clause's subject
REFLEXIVES = words("said_about_reflexives")
ARMED_AID = words("statement_armed_aid_verbs")
# verbs of handing over, armed aid only with arms or money as what is handed ("was sending weapons to")
ARMED_GIVING = words("statement_armed_giving_verbs")
ARMED_GOODS = words("statement_armed_goods")
PLAYED_WRONGS = words("statement_played_wrongs")
PLAYED_CARDS = words("statement_played_cards")
# a journalist's or outlet's report of help sources the help, it charges no one ("X reported Hamas was helping IS")
REPORTING_ONLY = frozenset({"report"})


def about_other(verb, clause, speaker, other, negated: bool, demanding: bool,
                res: KnownActors, alleging: bool = False) -> Iterator[Candidate]:
    """The demand, accusation, stance or threat that `clause` (reported by `verb`) states of the
    actor `other` ((key, token)), the `speaker` ((key, token)) being the one who states it."""
    skey, stok = speaker
    okey, otok = other
    # a demand on, or a charge against, "the police" or "the authorities" is one; on "residents" none
    held = held_to_account(okey, res)
    aux = [c for c in clause.children if c.dep_ == "aux"]
    modal = next((a for a in aux if a.lower_ in OBLIGATION), None)
    needed = _needed(clause, aux, backshift=verb.i != clause.i)
    if needed is not None:   # "Tehran needs to stop", "Ford has to pay": the same demand
        modal, aux, clause = clause, [a for a in needed.children if a.dep_ == "aux" and a.lower_ != "to"], needed
    # "should have scored" is regret, "must be wondering" a guess, "should not be criticised" asks
    # someone else: none is a demand on the clause's subject
    guessed = any(a.lemma_ in ("have", "be") for a in aux) or clause.dep_ == "auxpass" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in clause.children) or clause.lemma_.lower() in FORECAST_VERBS \
        and not must_go(clause) \
        or supposed(clause, otok)
    if own_resolve(skey, okey, res, clause.doc):
        return   # "the company must cut costs" or "had mishandled the recall", said its chief executive: the
        # body's own resolve or admission, nothing demanded of or charged against another actor
    if modal is not None and not guessed and held:
        yield Candidate("REQUEST", modal, skey, okey, stok, otok, None, clause)
    elif demanding and clause.tag_ == "VB" and not aux and held:
        yield Candidate("REQUEST", clause, skey, okey, stok, otok, None, clause)   # "insisted that Ford pay"
    elif modal is not None and held and hindsight_modal(clause) is not None:
        yield Candidate("ACCUSE", modal, skey, okey, stok, otok, None, clause)   # "should have acted sooner"
    elif alleging and not any(a.lower_ in FORETOLD for a in aux) and held:
        # "complained that China had harassed its fishermen", "alleged the firm had paid officials":
        # what is alleged or complained of is held against its doer, whatever the verb
        yield Candidate("ACCUSE", verb, skey, okey, stok, otok, None, verb)
    elif (stance := content_stance(clause, aux)) is not None and held and held_to_account(skey, res):
        # praise, deceit or inaction said of another actor ("had taken a bold step", "had covered up")
        yield Candidate(stance, verb, skey, okey, stok, otok, None, verb)
    elif negated and distrusted(clause) and held:
        # "said Labour could not be trusted", "said Iran was not serious about the talks": a virtue denied
        yield Candidate("ACCUSE", verb, skey, okey, stok, otok, None, verb)
    elif negated:
        return   # "said Airbus had not violated the rules" clears it
    elif _threatened(clause, aux):
        yield Candidate("THREATEN", verb, skey, okey, stok, otok, None, verb)
    elif (_wrongdoing(clause) or _armed_aid(clause, res) and verb.lemma_.lower() not in REPORTING_ONLY) \
            and not any(a.lower_ in SPECULATED for a in aux):
        # "said PBS could put itself at risk" is a guess, not a charge
        yield Candidate("ACCUSE", verb, skey, okey, stok, otok, None, verb)


def _armed_aid(clause, res: KnownActors) -> bool:
    """"was arming the militias", "had funded the rebels", "is harbouring insurgents", "was sending weapons
    to the separatists": help to an armed group, which said of another actor charges it (the help itself is
    its own, alleged, event)."""
    lemma = clause.lemma_.lower()
    if lemma in ARMED_GIVING and not any(_armed_goods(c) for c in clause.children if c.dep_ == "dobj"):
        return False    # "was sending envoys to the rebels" is no help to their arms
    if lemma not in ARMED_AID | ARMED_GIVING:
        return False
    # the helped as object, as "to" ("prep" or, after a thing handed, "dative") or as the dative itself
    helped = [c for c in clause.children if c.dep_ in ("dobj", "dative")] + [
        o for p in clause.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in p.children
        if o.dep_ == "pobj"]
    return any(entity_type(actor_of(t, res) or generic_actor(t, res), res) == "ARMED_GROUP" for t in helped)


def _armed_goods(thing) -> bool:
    """Arms, fighters or money handed over: "weapons", "rockets", "millions of dollars", "cash"."""
    return any(t.lemma_.lower() in ARMED_GOODS or t.lower_ in ARMED_GOODS for t in (
        thing, *(o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)))


def supposed(clause, subject) -> bool:
    """The clause is a condition told by putting "should" before its subject ("could direct other films
    should Lionsgate refuse to pay", "sanctions would follow should Iran refuse"): no one is asked."""
    return subject.head.i == clause.i and not any(c.dep_ == "mark" for c in clause.children) and any(
        a.dep_ == "aux" and a.lower_ == "should" and a.i < subject.i for a in clause.children)


def _needed(clause, aux, backshift: bool):
    """The act in "needs to stop", "has to pay" (in reported speech also "said X needed to"), or
    None: "has yet to respond" is a fact, "had to pay the fine last year" a past duty."""
    tenses = ("VBZ", "VBP", "VBD") if backshift else ("VBZ", "VBP")
    if clause.lemma_.lower() not in NEEDING or clause.tag_ not in tenses or aux \
            or any(c.lower_ == "yet" for c in clause.children):
        return None
    if clause.tag_ == "VBD" and any(t.ent_type_ == "DATE" for t in clause.subtree):
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in VERBAL), None)


def _threatened(clause, aux) -> bool:
    """"would face consequences", "will face legal action": a warning of what the speaker will do."""
    if clause.lemma_.lower() != "face" or not any(a.lower_ in ("will", "would", "'ll") for a in aux):
        return False
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lower_ in THREAT_NOUNS or any(
        m.lower_ in THREAT_NOUNS for m in obj.children if m.dep_ in ("amod", "compound")))


def _wrongdoing(clause) -> bool:
    """"had violated the trade rules", "had broken the ceasefire", "had failed to protect the
    workers", "was responsible for the bombing", "was behind the attack", "had got its sums wrong"."""
    lemma = clause.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in WRONGDOING_ADVERBS for c in clause.children):
        return True   # "had acted unlawfully", "had illegally detained"
    if lemma == "fail":   # "had failed to protect", not "failed to win": a duty left undone
        return any(c.dep_ == "xcomp" and c.lemma_.lower() not in FORECAST_VERBS for c in clause.children)
    if lemma in WRONGDOING_VERBS:
        return True
    if lemma == "play" and any(c.dep_ == "dobj" and _played_wrong(c) for c in clause.children):
        return True   # "was playing the race card", "were playing politics with the issue"
    if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() in FAULTED_MAKINGS for c in clause.children):
        return True   # "was making a mistake"
    if lemma == "make" and any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ == "worse"
                               for c in clause.children):
        return True   # "had made the crisis worse", "would make matters worse"
    if lemma == "get" and any(c.dep_ == "dobj" for c in clause.children) and any(
            c.lower_ == "wrong" and c.dep_ in ("advmod", "oprd", "acomp", "ccomp", "xcomp") for c in clause.children):
        return True   # "had got its sums wrong", "got it wrong on immigration": an error of its own
    if lemma != "be" and any(c.dep_ == "dobj" and c.lemma_.lower() not in REFLEXIVES for c in clause.children) and any(
            p.dep_ == "prep" and p.lower_ in ("at", "in", "into") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in PERILS for o in p.children) for p in clause.children):
        return True   # "was putting the country at risk", "had placed lives in danger"
    if lemma == "break":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in BROKEN_RULES for c in clause.children)
    if aimed_at_wrong(clause):
        return True   # "the move was an attempt to undermine the UN", "was designed to intimidate Finland"
    if lemma != "be":
        return False
    if any(_wrong_of_its_own(r) for a in clause.children if a.dep_ == "attr" for r in a.children if r.dep_ == "relcl"):
        return True   # "was a government that had failed to tackle crime": the wrong is the subject's
    if any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in clause.children) or any(
            p.dep_ == "prep" and p.lower_ == "behind" and any(o.dep_ == "pobj" and harm_noun(o)
                                                              for o in p.children) for p in clause.children):
        return True   # "were to blame for the crisis", "was behind the bombing"
    for adj in (c for c in clause.children if c.dep_ == "acomp" and c.lower_ in FAULT_ADJECTIVES):
        if adj.lower_ in ("guilty", "complicit", "culpable"):
            return True
        for prep in (p for p in adj.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "in")):
            if any(o.dep_ == "pobj" and harm_noun(o) for o in prep.children):
                return True
    return False


def _played_wrong(obj) -> bool:
    """What an actor plays that is a wrong: politics, games with someone ("playing games with the
    inspectors", not "played three games"), a card of fear or race ("the race card", not "its trump card")."""
    low = obj.lower_
    if low == "card":
        return any(m.dep_ in ("compound", "amod") and m.lower_ in PLAYED_CARDS for m in obj.children)
    if low == "games":
        return any(p.dep_ == "prep" and p.lower_ == "with" for p in (*obj.children, *obj.head.children))
    return low in PLAYED_WRONGS


def _wrong_of_its_own(relcl) -> bool:
    """A relative clause that says its noun did a wrong ("a company that has cheated its customers"), not one
    done to it ("a party that voters had deserted"), denied ("that has never broken the law") or guessed."""
    return relcl.pos_ in VERBAL and any(c.dep_ == "nsubj" and c.tag_ in RELATIVES for c in relcl.children) and not any(
        c.dep_ == "neg" or c.lower_ in SPECULATED for c in relcl.children) and _wrongdoing(relcl)
