"""Constructions that make or reshape events beyond one predicate: reciprocals ("traded fire"),
offers, promises and refusals that take the target of the act they govern, demands stated as
obligations in quoted speech, and violence promised on a condition (a threat)."""
from __future__ import annotations

from collections.abc import Iterator

from ..model import ARMED_TYPES
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, actors_of, entity_type, subject_token, to_objects
from .frames import Candidate, noun_frame
from .said_about import supposed
from .sense import STATES
from .speaker_bodies import own_resolve
from .written_to import written_to

RECIPROCAL = words("reciprocal_verbs")
OBLIGATION = words("obligation_modals")
CONDITIONS = words("conditions")
INTENT = words("intent_heads")
# acts whose announced intention is an agreement to cooperate (PLOVER AGREE covers future
# SUPPORT, COOPERATE and AID too)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# acts that govern another act and take its target: "offered to send police to Haiti" is an
# offer to Haiti; "refused to meet the delegation" a refusal of the delegation
GOVERNING = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})
CONDITIONAL_THREATS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def reciprocal_object(verb, lex):
    """The event noun a reciprocal verb takes ("traded accusations"), or None."""
    if verb.lemma_.lower() not in RECIPROCAL:
        return None
    return next((o for o in verb.children if o.dep_ == "dobj" and noun_frame(o, lex) is not None), None)


def reciprocal_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """"India and Pakistan traded fire", "Kyiv exchanged accusations with Moscow": each side does
    the noun's act to the other."""
    for verb in tokens.verbs:
        noun = reciprocal_object(verb, lex)
        if noun is None:
            continue
        used.add(noun.i)
        frame = noun_frame(noun, lex)
        subj = subject_token(verb)
        sides = actors_of(subj, res) if subj is not None else []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                sides += [x for p in c.children if p.dep_ == "pobj" for x in actors_of(p, res)]
        if len(sides) < 2:
            continue
        (a, at), (b, bt) = sides[0], sides[1]
        if a == b:
            continue
        yield Candidate(frame.type, noun, a, b, at, bt, frame, verb)
        yield Candidate(frame.type, noun, b, a, bt, at, frame, verb)


def transfer_recipients(candidates: list[Candidate], res: KnownActors) -> None:
    """"sent doctors to Italy", "gave 10 million dollars to UNRWA": aid goes to the receiver named
    after "to" (a preposition, or the parser's dative), never to the thing or people sent (the
    direct object)."""
    for c in candidates:
        verb = c.trigger
        if c.type != "AID" or c.frame is None or "to" not in c.frame.object_preps \
                or c.object_tok is None or c.object_tok.dep_ != "dobj" or c.object_tok.head.i != verb.i:
            continue
        if c.object is None and entity_type(c.subject, res) not in STATES:
            continue   # a thing a state sends goes to the receiver; a firm's or a person's ("gave
            # control to Rosneft", "provide tips to reporters") is no aid
        for p in to_objects(verb, c.object_tok):
            key = actor_of(p, res)
            if key is not None and key != c.subject:
                c.object, c.object_tok = key, p
                break


def take_governed_targets(candidates: list[Candidate], res: KnownActors) -> None:
    """An offer, promise, refusal, threat or demand without a target takes the target of the act
    it governs, when the same actor is to do that act (aid first takes its receiver; an act done by
    writing to someone, its addressee: written_to.py)."""
    transfer_recipients(candidates, res)
    written_to(candidates, res)
    by_anchor = {}
    for c in candidates:
        head = c.anchor if c.anchor is not None else c.trigger
        if c.object is not None:
            by_anchor.setdefault(head.i, c)
    for c in candidates:
        if c.type not in GOVERNING or c.object is not None or any(x.dep_ == "dobj" for x in c.trigger.children):
            continue   # "urged the men to step down from the GLA": the men are asked, not the GLA
        for x in c.trigger.children:
            done = by_anchor.get(x.i) if x.dep_ in ("xcomp", "ccomp") else None
            if done is not None and done.subject in (c.subject, None) and done.object != c.subject \
                    and not (c.type == "REQUEST" and done.subject is None):
                # "demanded that Hamas be disarmed": Hamas is to be acted on, not asked
                c.object, c.object_tok = done.object, done.object_tok
                break


def conditional_threat(c: Candidate) -> bool:
    """Violence or coercion promised on a condition is a threat: "will strike unless the attacks
    stop", "would impose sanctions if Minsk refuses"."""
    if c.type not in CONDITIONAL_THREATS:
        return False
    verb = c.anchor if c.anchor is not None else c.trigger
    return any(x.dep_ == "aux" and x.lower_ in ("will", "would", "'ll") for x in verb.children) and any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in x.children)
        for x in verb.children)


def demand_events(candidates: list[Candidate], attributor, res: KnownActors) -> Iterator[Candidate]:
    """"The junta must free the activists, the AU said": the speaker demands that the subject act (not a
    body of their own: '"We must not give in," said a spokeswoman for Shell' is Shell's resolve)."""
    for c in candidates:
        verb = c.anchor if c.anchor is not None else c.trigger
        modal = next((x for x in verb.children if x.dep_ == "aux" and x.lower_ in OBLIGATION), None)
        if modal is None or c.subject is None or c.subject_tok is not None and supposed(verb, c.subject_tok):
            continue   # "should Lionsgate refuse to pay": a condition, no demand
        source = attributor.attribute(verb, verb).source
        speaker = source.entity if source is not None else None
        if speaker is not None and speaker != c.subject and not own_resolve(speaker, c.subject, res, verb.doc):
            yield Candidate("REQUEST", modal, speaker, c.subject, None, c.subject_tok, None, verb)




def intent_events(candidates: list[Candidate], res: KnownActors) -> Iterator[Candidate]:
    """"Japan plans to provide aid to Sri Lanka", "Iran is ready to resume talks": a state's or
    armed group's intention to cooperate is an agreement of its own (a person's or a firm's plans
    are private or business news)."""
    heads = {(c.trigger.i, c.subject) for c in candidates}
    for c in candidates:
        verb = c.anchor if c.anchor is not None else c.trigger
        if c.type not in COOPERATIVE or verb.dep_ != "xcomp" or entity_type(c.subject, res) not in STATES:
            continue
        head = verb.head
        if head.lemma_.lower() not in INTENT and head.lower_ not in INTENT:
            continue
        if (head.i, c.subject) not in heads:
            heads.add((head.i, c.subject))
            yield Candidate("AGREE", head, c.subject, c.object, c.subject_tok, c.object_tok, None, head)



def engagement_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Nigerian soldiers engaged Boko Haram fighters near Maiduguri": one armed side engaging
    another fights it."""
    frame = lex.verbs.get("attack")
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "engage" or frame is None:
            continue
        subj = subject_token(verb)
        sides = actors_of(subj, res) if subj is not None else []
        targets = [x for o in verb.children if o.dep_ == "dobj" for x in actors_of(o, res)]
        for (a, at), (b, bt) in ((s, t) for s in sides for t in targets):
            # armed sides: between them "engaged" is combat ("troops engaged the rebels"); a firm engages consultants
            if a != b and entity_type(a, res) in ARMED_TYPES and entity_type(b, res) in ARMED_TYPES:
                yield Candidate("ASSAULT", verb, a, b, at, bt, frame, verb)
