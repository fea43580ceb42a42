"""The other side of a stance on a thing a possessive pronoun owns ("Kenneth Clarke rejoined the cabinet
... the prime minister welcomed his return", "Morocco expelled two diplomats ... Spain condemned its
decision", "Iran applied to join ... the US blocked its application"): the one the pronoun stands for,
who is never the stance-taker (one does not welcome one's own return or block one's own application);
and of a stance on an act done by no one else, the doer named after its "of" ("welcomed the return of
Kenneth Clarke": data/lexicon/words/stances.yaml doer_of_acts).

Coreference reads a possessive as the subject of its clause most of the time ("Nestle is to raise its
prices"), which for a stance is the taker itself; so the owner is the actor coreference gave the pronoun
when that is neither the taker nor one joined to it ("Both Jowell and Prescott welcomed his return"),
else the nearest such actor named before it as a subject or an owner (in its sentence, outside the
taker's own phrase, or in the two before) who fits it: a person for "his"/"her" (of that sex, where the
first name tells), a body, firm or state for "its"/"their". The thing is one an actor does or makes and
answers for (a plan, a decision, a bid, a return, a record; data/lexicon/words/stances.yaml), not what
is done to its owner ("condemned his arrest": the arrest is another's act) nor people ("his chancellor");
a request asks the owner for an act of its own ("Iraq invaded Kuwait ... the UN demanded its withdrawal").
The stance is taken by a verb: a noun's owner is often the one taking it ("said he had the support of the
chairman for his moves"). Denials and defences are left alone ("denied his role", "defended his
performance": the taker's own), and so is a thing the takers' owner owns ("her friends supported her
decision").
"""
from __future__ import annotations

from ..resolve import pronoun_fit
from ..resolve.antecedents import given_name_sex
from ..wordlists import words
from .actors import KnownActors
from .antecedents import SAID_THINGS
from .arguments import VERBAL, actor_of
from .entity_lookup import named_other
from .frames import Candidate
from .sense_words import lemma_in
from .thing_makers import made_thing, stance_things

STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
PERSONAL = {"his": "M", "her": "F"}
IMPERSONAL = words("impersonal_possessives")
BODIES = frozenset({"ORGANIZATION", "GOVERNMENT", "COUNTRY", "MILITARY", "ARMED_GROUP", "MEDIA"})
# acts and doings a pronoun's owner answers for, besides the made things of thing_makers.py
OWNED = words("pronoun_owned_acts") | words("owned_conduct") | words("concerning_conduct") | SAID_THINGS
# acts a request asks of the pronoun's owner: "the UN demanded its withdrawal" asks Iraq to withdraw
REQUESTED = words("pronoun_requested_acts")
# acts whose "of" names their own doer, done to no one: "the return of Kenneth Clarke"
OWN_ACTS = words("doer_of_acts")
# acts done to the owner by another: "condemned his arrest" is no stand on his act
UNDERGONE = words("pronoun_undergone_acts")
DENYING = words("denial_verbs")
DEFENDING = words("defending_verbs")   # "defended his performance": his own
SALIENT = frozenset({"nsubj", "nsubjpass", "poss"})
LOOKBACK = 2   # sentences before the stance's own in which the owner may be named


def pronoun_owned_sides(candidates: list[Candidate], res: KnownActors, sents) -> None:
    """Give a stance with no other side, on a thing a possessive pronoun owns, the owner the pronoun
    stands for (see the module's doc)."""
    for c in candidates:
        if c.type not in STANCES or c.object is not None or c.subject is None or c.trigger.pos_ not in VERBAL \
                or lemma_in(c.trigger, DENYING | DEFENDING):
            continue
        for thing in stance_things(c):
            if (found := doer_after_of(thing, c, res)) is not None:
                c.object, c.object_tok = found
                break
            pronoun = owning_pronoun(thing, c.type)
            if pronoun is None:
                continue
            found = owner_of(pronoun, c, res, sents)
            if found is not None:
                c.object, c.object_tok = found
            break


def doer_after_of(thing, c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The named doer of an act done by no one else, told after "of" ("welcomed the return of Kenneth
    Clarke", "hailed the victory of the Socialists"), other than the taker."""
    if not lemma_in(thing, OWN_ACTS):
        return None
    for pobj in (o for p in thing.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ != "PRON"):
        key = actor_of(pobj, res)
        return (key, pobj) if named_other(key, c.subject) and key not in {res.actor_at(i) for i in takers(c)} \
            else None
    return None


def owning_pronoun(thing, kind: str):
    """The possessive pronoun owning an act or doing ("his return", "its decision"), or, asked for, an act
    of the owner's own ("demanded its withdrawal"); not "its own"."""
    owned = lemma_in(thing, REQUESTED) if kind == "REQUEST" else made_thing(thing) or lemma_in(thing, OWNED)
    if not owned or lemma_in(thing, UNDERGONE) \
            or any(a.lower_ == "own" for a in thing.children):
        return None
    return next((p for p in thing.children if p.dep_ == "poss" and p.lower_ in PERSONAL.keys() | IMPERSONAL), None)


def owner_of(pronoun, c: Candidate, res: KnownActors, sents) -> tuple[str, object] | None:
    """The actor the pronoun stands for, other than the stance's subject."""
    taker = takers(c)
    if any(pronoun.doc[i].lower_ == pronoun.lower_ for i in taker):
        return None   # "her friends supported her decision": her own, the takers hers
    takers_keys = {c.subject} | {res.actor_at(i) for i in taker}
    key = res.actor_at(pronoun.i)
    if named_other(key, c.subject) and key not in takers_keys and fits(pronoun, res.entities.get(key)):
        return key, pronoun
    here = next((i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end), None)
    if here is None:
        return None
    for sent in reversed(sents[max(0, here - LOOKBACK):here + 1]):
        for tok in reversed([t for t in sent if t.i < pronoun.i and t.i not in taker and t.pos_ != "PRON"]):
            key = res.mention_head.get(tok.i)
            if named_other(key, c.subject) and key not in takers_keys and salient(tok) \
                    and fits(pronoun, res.entities.get(key)):
                return key, tok
    return None


def takers(c: Candidate) -> set[int]:
    """The tokens of the stance-taker's phrase and of those joined to it ("Both Tessa Jowell and John Prescott
    welcomed his return": neither is "his")."""
    subj = c.subject_tok
    if subj is None:
        return set()
    while subj.dep_ == "conj" and subj.head.i != subj.i:
        subj = subj.head
    return {t.i for t in subj.subtree}


def salient(tok) -> bool:
    """A mention a possessive pronoun may go back to: the subject of a clause or the owner of a thing ("Iran
    applied to join the WTO", "Iran's bid"), or a name set beside one; not a side acted on ("join the WTO")."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SALIENT


def fits(pronoun, entity) -> bool:
    """A person for "his"/"her" (resolve/pronoun_fit), not of the other sex where the first name says; a body
    or state for "its"/"their", of the kinds that own acts (not a place or a kind of people)."""
    if entity is None or not pronoun_fit.fits(pronoun.lower_, entity.type):
        return False
    if entity.type == "PERSON":
        return given_name_sex(entity) in (None, PERSONAL.get(pronoun.lower_))
    return entity.type in BODIES
