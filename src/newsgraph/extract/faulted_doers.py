"""Whom a criticism faults when it names an act or a failing, not an actor (PLOVER ACCUSE: the
accused is the one whose act is faulted). "Condemned the killing of protesters by troops" and
"denounced the abuse of prisoners by police" fault the troops and the police: those the "of" phrase
of an act done to people names suffered it and are never the accused. With no doer named, a state the
act was done in stands for it ("criticised the treatment of journalists in Belarus"), else nobody.
"Criticised a lack of transparency in Gazprom's accounts", "the lack of accountability at the
ministry": a failing faults whoever it is found in; "blamed the killings on the army" the army; "condemned
the attack" the attacker the story gave that attack (`condemned_attacks`). An
accusation undergone names its accuser before the noun as well: "Shell faces an SEC investigation". The words are data:
data/lexicon/words/evaluative.yaml (suffered_acts, shown_failings) and the lexicon's patient nouns."""
from __future__ import annotations

from ..domain import Context
from ..wordlists import words
from .actors import KnownActors
from .agent_phrases import blamed_phrases
from .arguments import actor_of, entity_type, generic_actor
from .frames import Candidate, noun_frame, noun_subject
from .lone_stances import NOT_VIOLENT_DOMAINS
from .voice import UNDERGOING

# where a failing or an act is found: "a lack of transparency in X's accounts", "abuses at the ministry"
FOUND_IN = words("faulted_doers_found_in")
# who stands for an act done in a place with its doer unnamed: the state it was done in
PLACE_STATES = frozenset({"COUNTRY"})
# acts suffered, and failings shown, that fault their doer or their holder
SUFFERED = words("suffered_acts")
FAILINGS = words("shown_failings")
# verbs whose object is accused, sued or charged, always an actor: "accused Titan of paying bribes"
ACCUSING_VERBS = words("faulting_verbs")


def faulted_doers(candidates: list[Candidate], res: KnownActors, lex) -> None:
    """Give the verbs of criticism whose object is an act or a failing the actor it faults, in place."""
    for c in candidates:
        if c.type == "ACCUSE" and c.subject is None and c.trigger.pos_ == "NOUN" and c.anchor is not None \
                and c.anchor.lemma_.lower() in UNDERGOING and c.trigger.head.i == c.anchor.i:
            # "Shell faces an SEC investigation", "the plan drew EU criticism": the accuser named before the noun
            c.subject, tok = noun_subject(c.trigger, res, exclude=c.object)
            c.subject_tok = tok if c.subject is not None else c.subject_tok
        if c.type != "ACCUSE" or c.trigger.pos_ != "VERB":
            continue
        if (blamed := blamed_on(c, res)) is not None:
            c.object, c.object_tok = blamed
            continue
        act = faulted_thing(c, lex)
        if act is None:
            continue
        found = faulted_actor(act, c.subject, res, lex)
        if found is not None:
            c.object, c.object_tok = found


def blamed_on(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Blamed the killings on the army": the one a thing is blamed on is the accused, found where an
    attack's blamed doer is (agent_phrases.blamed_phrases: the last "on" phrase first)."""
    if c.trigger.lemma_.lower() != "blame" or c.object is not None and c.object_tok is not None \
            and c.object_tok.dep_ != "dobj" and c.object_tok.head.lower_ != "of":
        return None
    thing = next((o for o in c.trigger.children if o.dep_ == "dobj"), None)
    for pobj in blamed_phrases(c.trigger, thing):
        key = actor_of(pobj, res) or generic_actor(pobj, res)
        if key is not None and key != c.subject:
            return key, pobj
    return None


def faulted_thing(c: Candidate, lex):
    """The act or failing a criticism verb names as its object ("condemned the killing of X"), when the
    candidate's object is that noun or the one its "of" phrase names; else None."""
    tok = c.object_tok
    if tok is None:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        tok = tok.head.head
    if tok.pos_ != "NOUN" or not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == c.trigger.i):
        return None
    return tok if patient_act(tok, lex) or tok.lemma_.lower() in FAILINGS else None


def faulted_actor(act, accuser: str | None, res: KnownActors, lex) -> tuple[str | None, object] | None:
    """(actor, token) the act or failing faults, (None, act) when it names none but those who suffered
    it, or None to leave the candidate as it is."""
    key, tok = noun_subject(act, res, exclude=accuser)
    if key is not None:
        return key, tok   # "the abuse of prisoners by police", "Iran's detention of the activists"
    for holder in found_in(act):
        key = actor_of(holder, res) or generic_actor(holder, res)
        if key is None:
            key, _ = noun_subject(holder, res, exclude=accuser)   # "in Gazprom's accounts"
        if key is not None and key != accuser and (entity_type(key, res) in PLACE_STATES or not patient_act(act, lex)):
            return key, holder
    return (None, act) if patient_act(act, lex) else None


def patient_act(act, lex) -> bool:
    """An act done to people, whose "of" phrase names who suffered it."""
    frame = noun_frame(act, lex)
    return act.lemma_.lower() in SUFFERED or act.lower_ in SUFFERED or (frame is not None and frame.patient_of)


def found_in(act) -> list:
    """What an act or failing is found in: its own "in"/"at" phrase, or that of its "of" phrase
    ("a lack of transparency in the accounts")."""
    heads = [act, *(p for c in act.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in FOUND_IN
            for p in c.children if p.dep_ == "pobj"]


def accused_by_name(c: Candidate, gaz, res: KnownActors) -> bool:
    """Whether the accused of an accusing verb is a name the tagger took for a place ("the SEC accused
    Titan of paying bribes"): one who is accused, sued or charged is an actor, so the name stands,
    unless it is a capital, which stands for its state ("accused Moscow of meddling": Russia)."""
    tok = c.object_tok
    if c.type != "ACCUSE" or tok is None or c.trigger.lemma_.lower() not in ACCUSING_VERBS \
            or tok.head.i != c.trigger.i or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return gaz is None or gaz.country_of_capital(res.entities[c.object].name) is None


def condemned_attacks(candidates: list[Candidate]) -> None:
    """A criticism whose object is an attack noun the story has given its attacker (told_back.py,
    story_attackers.py: "Gunmen stormed a hotel ... The UN condemned the attack") faults that attacker,
    as "condemned the attack by gunmen" does; not where the critic is the one it was given (its own raid), nor
    an attacker told only after the noun, nor in sport, film or tech stories."""
    if not candidates or Context.of(candidates[0].trigger.doc).domain in NOT_VIOLENT_DOMAINS:
        return    # a network's or a team's "attacks" (lone_stances.py): no violence to fault anyone for
    doers = {c.trigger.i: c for c in candidates if c.type == "ASSAULT" and c.subject is not None
             and c.trigger.pos_ == "NOUN"}
    for c in candidates:
        tok = c.object_tok
        if c.type != "ACCUSE" or c.trigger.pos_ != "VERB" or c.object is not None or tok is None \
                or tok.head.i != c.trigger.i or tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        attack = doers.get(tok.i)
        if attack is not None and attack.subject != c.subject and told_before(attack, tok):
            c.object, c.object_tok = attack.subject, attack.subject_tok if attack.subject_tok is not None else tok


def told_before(attack: Candidate, noun) -> bool:
    """Whether the attacker given an attack noun was told in its own phrase ("the rebel ambush") or only
    before it: a criticism of "the attack" points back, never at an attacker the story names after."""
    if attack.subject_tok is not None:
        return attack.subject_tok.i in {t.i for t in noun.subtree}
    return bool(attack.told_by) and all(t.trigger.i < noun.i for t in attack.told_by)
