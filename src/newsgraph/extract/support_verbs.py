"""Events named by nouns, and the verbs that carry them.

- Support verbs lend their subject as the noun event's doer ("lodged a complaint against", "repeated
  its call for", "tendered an apology to"): they are the light verbs of data/lexicon/verbs.yaml, read
  by extract/verbal.py; a noun made by a participle of one ("fraud charges levelled against him", "the
  complaint lodged by Iran") is an event too (`carried`).
- A refusal or acceptance answers a demand, offer, claim or charge, and the noun is an event of its
  own ("Hamas rejected calls from Egypt for a truce", "Kiir denied accusations by Sudan that ...",
  "Armenia accepted an invitation from Iran"): its maker (its possessor, or the actor after
  "from"/"by") did it, to the one who answers it, unless the noun names its other side itself
  (`answered_sides`; the answering verbs are data/lexicon/words/support.yaml). An offer or request
  weighed is answered as well: it was made to the one weighing it ("the board is considering an offer
  from Siemens", "Congress is studying a request from the Pentagon"; not an accusation: "examined claims
  by X" is not against the examiner).
- A stance with no other side takes the maker of what it is on as that side ("accepted an invitation
  from Iran", "backed the plan put forward by Germany": `name_makers`).
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_type, generic_actor, is_passive, subject_token
from .frames import subjects_of
from .quantities import is_people
from .thing_makers import maker_of
from .voice import participle_modifier

ANSWERING = words("answering_verbs")
# verbs that weigh an offer or request made to their subject, and the types of the nouns they answer so
WEIGHING = words("offer_weighing_verbs")
WEIGHED_TYPES = frozenset({"AGREE", "REQUEST"})
# acts of force that, dismissed or rejected, were words ("a verbal attack"): accusations
HOSTILE_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
WORDS_DISMISSED = words("words_dismissed")
JUDGES = words("judging_bodies")
BECOMING = words("becoming_verbs")
VIOLENT_STATES = words("violent_states")


def answering_verb(noun, frame=None):
    """The verb that refuses or accepts what the noun names, as its object ("rejected calls"), or weighs
    the offer or request it names (`frame`'s type: "considering an offer"), or None.
    "Turned down" and other phrasal refusals are the lexicon's; a passive answer names its answerer
    only in a "by" phrase that is often the maker's ("calls by the union were rejected")."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_passive(verb):
        return None
    lemma = verb.lemma_.lower()
    weighs = frame is not None and frame.type in WEIGHED_TYPES and lemma in WEIGHING
    return verb if lemma in ANSWERING or weighs else None


def carried(noun, lex, frame=None) -> bool:
    """Whether a noun that is an event only when made ("a complaint", "charges") is made here: answered
    ("rejected the request from Ukraine") or made by a participle ("fraud charges levelled against him",
    "the complaint lodged by Iran"), a light verb's or one of its own collocation ("level charge")."""
    if answering_verb(noun, frame) is not None:
        return True
    if turned_violent(noun):
        return True
    lemma = noun.lemma_.lower()
    # a reduced relative the tagger may read as a past tense ("charges levelled against him": VBD)
    return any(participle_modifier(c) and (
        c.lemma_.lower() in lex.light_verbs or f"{c.lemma_.lower()} {lemma}" in lex.verbs) for c in noun.children)


def turned_violent(noun) -> bool:
    """"A candlelight vigil turned violent", "the march became unruly": the subject of a turn to violence
    took place (a gathering named only, "a vigil was planned", is none)."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in BECOMING and any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in VIOLENT_STATES for c in verb.children)


def answered_sides(noun, frame, res: KnownActors, said: tuple, okey, otok) -> tuple[tuple, tuple, object, str] | None:
    """((maker, its token), (the one it was made to, its token), anchor, type) of an event noun that a verb
    answers; None when no verb answers it or its maker is unnamed ("rejected calls for his resignation").
    `said` is the doer the noun names by itself ("the US complaint"). The anchor is the answerer's
    token: the answer's clause carries the demand's reporting and modality ("Israel said it would
    reject ..."), but a denial or refusal of it does not undo it. Violence answered is words ("dismissed
    the latest Tory attack") only when dismissed; denied, it is the act (statements.py, attribution)."""
    verb = answering_verb(noun, frame)
    if verb is None or frame.type in HOSTILE_FORCE and verb.lemma_.lower() not in WORDS_DISMISSED:
        return None
    subj = subject_token(verb)
    answerer = next(iter(subjects_of(subj, res)), (None, None))
    skey, stok = maker_of(noun, res, exclude=answerer[0])
    if skey is None and verb.lemma_.lower() in WEIGHING:
        skey, stok = weighed_from(verb, res, answerer[0])
    if skey is None and said[0] != answerer[0]:
        skey, stok = said
    if skey is None or stok.pos_ == "PRON":
        return None   # "ignoring his appeals": whose, coreference too often gets wrong
    own = otok is not None and otok.dep_ == "pobj" and otok.head.head.i == noun.i
    if not own or okey == skey or entity_type(okey, res) == "LOCATION":
        # "an invitation from Turkey to the Istanbul talks" is to talks, not a place; "accusations by
        # Congo that it backed the rebels" are against the one denying them, not the rebels
        okey, otok = answerer
        if frame.type == "ACCUSE" and judging(otok):
            okey, otok = None, None   # "a tribunal dismissed her allegations": it rules on them, it is not accused
    etype = "ACCUSE" if frame.type in HOSTILE_FORCE else frame.type
    return (skey, stok), (okey, otok), subj if subj is not None else noun, etype


def weighed_from(verb, res: KnownActors, answerer) -> tuple:
    """The maker of what is weighed when the parser hangs its "from" phrase on the verb: "the board of
    Unilever is studying a takeover offer from Nestle" (Nestle); (None, None) when none is named."""
    for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            key = actor_of(obj, res)
            if key is not None and key != answerer:
                return key, obj
    return None, None


def judging(tok) -> bool:
    """A court, judge or tribunal: it rules on a charge it dismisses, it does not answer it."""
    return tok is not None and (tok.lemma_.lower() in JUDGES or tok.lower_ in JUDGES)


# stances on what another side made: "accepted an invitation from Iran", "backed the plan put forward
# by Germany", "agreed to the proposal from Ethiopia" (refusals: verbal.refused_owner)
STANCES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REJECT"})
# prepositions of a stance verb that introduce what it takes a stance on: "agreed to", "sided with"
STANCE_PREPS = words("support_verbs_stance_preps")
# who made what a stance is on, or is its other side, after it: "an offer from Egypt", "the plan put
# forward by Germany", "the demands of ECOWAS", "approved the takeover of the LSE"
MAKERS_AFTER = words("maker_prepositions")


def name_makers(candidates, res: KnownActors) -> None:
    """A stance with no other side takes the maker of what it accepts, backs or refuses as that side:
    the owner of a proposal, offer, claim or order, or its doer named with "from" or "by"."""
    fellow_subjects: dict[int, set] = {}
    for c in candidates:
        fellow_subjects.setdefault(c.trigger.i, set()).add(c.subject)
    for c in candidates:
        if c.type not in STANCES or c.object is not None or c.subject is None or c.trigger.pos_ not in VERBAL:
            continue
        things = [x for x in c.trigger.children if x.dep_ == "dobj"] + [
            p for x in c.trigger.children if x.dep_ == "prep" and x.lower_ in STANCE_PREPS
            for p in x.children if p.dep_ == "pobj"]
        for thing in things:
            if thing.pos_ != "NOUN" or is_people(thing) or actor_of(thing, res) or generic_actor(thing, res):
                continue   # a named product ("praised the Honda Accord"), or people, not a thing made
            key, tok = maker_of(thing, res, exclude=c.subject, makers=MAKERS_AFTER)
            if key is not None and tok.pos_ != "PRON" and key not in fellow_subjects.get(c.trigger.i, ()) \
                    and entity_type(key, res) != "LOCATION":
                c.object, c.object_tok = key, tok
                break
