"""Events from the dependency parse: who did what to whom.

Each construction has one small function yielding `Candidate`s (type, trigger, subject and
object entity keys); `extract_events` then adds attribution, certainty, negation, place, date
and quantities, and drops duplicates. When an argument cannot be determined the extractor
emits nothing rather than a guess.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Event
from ..resolve.resolution import Resolution
from ..wordlists import words
from .actors import Extraction, KnownActors
from .arguments import (
    MEMBER_NOUNS,
    SPONSORING,
    VERBAL,
    actor_of,
    actors_of,
    entity_of_token,
    generic_actor,
    is_passive,
    object_candidates,
    preps_near,
    subject_token,
)
from .attribution import Attributor
from .frames import (
    Candidate,
    TokenIndex,
    agent_by_event,
    between,
    clause_object,
    coordination_root,
    entity_type,
    event_noun,
    frame_for_verb,
    noun_frame,
    noun_object,
    noun_subject,
    subjects_of,
    thing_acted_on,
)
from .lexicon import lexicon
from .quantities import is_people, quantities_for
from .relations import relation_events
from .responsibility import accusation_events, claim_events, responsibility_events
from .timeplace import date_for, location_for, place_for


def verbal_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    for verb in tokens.verbs:
        if verb.dep_ in NOMINAL_USES or (
                verb.i > 0 and verb.doc[verb.i - 1].tag_ == "POS"):
            continue   # a participle used as a noun ("the group's wounded")
        lemma = verb.lemma_.lower()
        # light verbs: "carried out attacks on X", "launched an offensive against Y"
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass" if is_passive(verb) else "dobj")]
        if lemma in lex.light_verbs:
            yield from light_verb_events(verb, objs, res, lex, used)
            if any(event_noun(o, lex) is not None for o in objs):
                continue
        frame, _ = frame_for_verb(verb, lex)
        if frame is None:
            continue
        # a verb of saying with a clause is attribution, not an event ("warned that ...")
        if any(c.dep_ == "ccomp" for c in verb.children) and lemma in lex.reporting \
                and not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if frame.requires_object_prep and not preps_near(verb, frame.object_preps):
            continue
        if frame.type == "REQUEST" and any(c.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) for c in verb.children):
            continue   # "asked if she was a member": a question, not a request
        subj_tok = subject_token(verb)
        subjects = subjects_of(subj_tok, res)
        if not subjects and is_passive(verb):
            subjects = agent_by_event(verb, res, lex)
        if not subjects and subj_tok is not None and noun_frame(subj_tok, lex) is not None:
            continue   # "an attack that targeted a bus" describes the attack, found as a noun
        obj, otok = direct_object(verb, frame, subjects, res)
        if frame.object_types and entity_type(obj, res) not in frame.object_types:
            continue   # "ran the ministry" is leadership, "ran a story" is not
        if obj is None:
            obj, otok = indirect_object(verb, frame, subjects, res)
        if frame.symmetric and obj is None and len(subjects) >= 2:
            (a, at), (b, bt) = subjects[0], subjects[1]
            yield Candidate(frame.type, verb, a, b, at, bt, frame, verb)
            continue
        if not subjects and obj is None:
            continue
        if obj is None:
            otok = next(iter(object_candidates(verb, frame.object_preps)), None)
        objects = [(obj, otok)]
        if otok is not None:
            objects += [(k, t) for k, t in actors_of(otok, res)[1:]]
        for skey, stok in subjects or [(None, subj_tok)]:
            for okey, ot in objects:
                if okey == skey:
                    continue
                yield Candidate(frame.type, verb, skey, okey, stok, ot, frame, verb)


def light_verb_events(verb, objs, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """Events named by the object of a light verb: "carried out attacks on X", "launched an
    offensive against Y"."""
    for o in objs:
        noun = event_noun(o, lex)
        if noun is None:
            continue
        frame = noun_frame(noun, lex)
        used.add(noun.i)
        subj_tok = subject_token(verb)
        subjects = actors_of(subj_tok, res) if subj_tok is not None else []
        if not subjects:
            key, t = noun_subject(noun, res)
            subjects = [(key, t)] if key else []
        okey, otok = noun_object(noun, frame, res, extra_heads=(verb,))
        if frame.symmetric and okey is None and len(subjects) >= 2:
            (a, at), (b, bt) = subjects[0], subjects[1]
            yield Candidate(frame.type, noun, a, b, at, bt, frame, verb)
            continue
        if okey is None:
            # "led a campaign to eradicate Islamic extremists"
            okey, otok = clause_object(noun, res)
        if okey is None:
            otok = thing_acted_on(noun, frame)
        for skey, stok in subjects or [(None, None)]:
            yield Candidate(frame.type, noun, skey, okey if okey != skey else None, stok, otok, frame, verb)


def direct_object(verb, frame, subjects, res: KnownActors) -> tuple[str | None, object]:
    """The actor a verb acts on as its object or prepositional object (not one of its subjects)."""
    for cand in object_candidates(verb, frame.object_preps):
        key = actor_of(cand, res) or generic_actor(cand, res)
        if key and all(key != s for s, _ in subjects):
            return key, cand
    return None, None


def indirect_object(verb, frame, subjects, res: KnownActors) -> tuple[str | None, object]:
    """Without a direct object: the actor who must act in a demand's clause ("demanded that
    Ankara withdraw its troops"), else a recipient hanging on the object noun ("closed its
    borders with Egypt")."""
    obj = otok = None
    if frame.type == "REQUEST":
        for c in verb.children:
            if c.dep_ == "ccomp":
                for s in (x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")):
                    key = actor_of(s, res)
                    if key and all(key != k for k, _ in subjects):
                        obj, otok = key, s
    if obj is None:
        for c in verb.children:
            if c.dep_ == "dobj":
                key, t = noun_object(c, frame, res)
                if key:
                    obj, otok = key, t
    return obj, otok


def sponsorship_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"the Iran-backed Houthis", "Saudi-funded militias": the sponsor supports or aids them."""
    for verb in tokens.verbs:
        if verb.dep_ != "amod" or verb.lemma_.lower() not in SPONSORING:
            continue
        frame = lex.verbs.get(verb.lemma_.lower())
        sponsor = next((entity_of_token(c, res) for c in verb.children
                        if c.dep_ in ("npadvmod", "compound", "nmod") and entity_of_token(c, res)), None)
        if frame is None or sponsor is None:
            continue
        head = verb.head
        backed = entity_of_token(head, res) or actor_of(head, res) or generic_actor(head, res)
        if backed and backed != sponsor:
            yield Candidate(frame.type, verb, sponsor, backed, None, head, frame, verb)


def adjective_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Hamas has been crucial to the rise of Sinai Province"."""
    for adj in tokens.adjectives:
        if adj.dep_ not in ("acomp", "advmod") or adj.lower_ not in lex.adjectives:
            continue
        frame = lex.adjectives[adj.lower_]
        subj_tok = subject_token(adj.head)
        subjects = subjects_of(subj_tok, res) or ([(None, subj_tok)] if subj_tok is not None else [])
        if not subjects:
            continue
        # "crucial to X"; "we are together with X" (the preposition may hang on the copula)
        for c in (*adj.children, *(x for x in adj.head.children if x.i > adj.i)):
            if c.dep_ == "prep" and c.lower_ in frame.object_preps:
                for pobj in c.children:
                    if pobj.dep_ != "pobj":
                        continue
                    key = actor_of(pobj, res) or next(
                        (actor_of(x, res) for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for x in p.children if x.dep_ == "pobj"), None)
                    for skey, stok in subjects:
                        if key and key != skey:
                            yield Candidate(frame.type, adj, skey, key, stok, pobj, frame, adj.head)


def nominal_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    for noun in tokens.nouns:
        if noun.i in used:
            continue
        frame = noun_frame(noun, lex)
        if frame is None or frame.light_only and not frame.symmetric:
            continue
        anchor = noun.head if noun.head.pos_ in VERBAL else noun
        pair = between(noun, res) if frame.symmetric else []
        if len(pair) >= 2:
            yield Candidate(frame.type, noun, pair[0][0], pair[1][0], pair[0][1], pair[1][1], frame, anchor)
            continue
        if frame.light_only:
            continue
        okey, otok = noun_object(noun, frame, res)
        if okey is None:
            okey, otok = clause_object(noun, res)
        if frame.patient_of and okey is None:
            continue
        skey, stok = noun_subject(noun, res, exclude=okey)
        if skey is None and coordination_root(noun).i != noun.i:
            # "Israeli drone, fighter jet and helicopter strikes": modifiers of the first conjunct
            skey, stok = noun_subject(coordination_root(noun), res, exclude=okey)
        if skey is None and okey is None:
            continue
        if okey is None:
            otok = thing_acted_on(noun, frame)
        yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, anchor)


# Causes that are not actors: natural hazards, accidents, abstractions.
NOT_ACTORS = words("not_actors")


PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})


NOMINAL_USES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss", "compound", "attr", "amod"})


FIRST_PERSON = frozenset({"we", "i"})


ONE_SIDED_OK = frozenset({"ASSAULT", "COERCE"})


THREAT_HEADS = frozenset({"threaten", "vow", "committed", "commit", "determined", "pledge", "promise", "swear"})


def threatened(c: Candidate):
    """The vow or threat governing an act of violence ("committed to attacking Israel", "vowed to
    destroy Hamas"): such violence is a threat, not (yet) an attack. None when there is none."""
    t = c.anchor if c.anchor is not None else c.trigger
    for _ in range(3):
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acomp") or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in THREAT_HEADS or t.lower_ in THREAT_HEADS:
            return t
    return None


def complete_enough(c: Candidate, location: str | None) -> bool:
    """Both actors; or violence or repression with one known side and a stated victim or place
    ("Taliban gunmen killed two soldiers in Kandahar", "a car bomb killed six Israeli soldiers").
    A one-sided cooperative event says little, and an event with no actor says nothing."""
    if c.subject is not None and c.object is not None:
        return True
    if c.type not in ONE_SIDED_OK or (c.subject is None and c.object is None):
        return False
    if c.subject_tok is not None and c.subject_tok.lemma_.lower() in NOT_ACTORS:
        return False    # "an earthquake hit Indonesia", "the violence to hit Greece"
    if c.object is not None:
        return True
    thing = c.object_tok
    return thing is not None and (location is not None or is_people(thing))


def extract_events(doc, resolution: Resolution, gaz=None) -> Extraction:
    """The events of a resolved document, with the actors extraction had to create."""
    res = KnownActors(resolution)
    events = list(_events(doc, res, gaz))
    return Extraction(events=events, new_entities=res.new_entities, new_mentions=res.new_mentions)


def _events(doc, res: KnownActors, gaz) -> Iterator[Event]:
    lex = lexicon()
    used: set[int] = set()
    attributor = Attributor(doc, res, lex)
    candidates: list[Candidate] = []
    tokens = TokenIndex.of(doc)
    claimed = list(claim_events(tokens, res, lex))
    used.update(c.trigger.i for c in claimed)
    candidates += claimed
    candidates += list(responsibility_events(tokens, res, lex, used))
    candidates += list(verbal_events(tokens, res, lex, used))
    candidates += list(nominal_events(tokens, res, lex, used))
    candidates += list(adjective_events(tokens, res, lex))
    candidates += list(sponsorship_events(tokens, res, lex))
    candidates += list(relation_events(tokens, res, lex, gaz))
    candidates += list(accusation_events(tokens, res, lex, list(candidates), attributor))
    seen: set[tuple] = set()
    for c in candidates:
        threat = threatened(c) if c.type == "ASSAULT" else None
        if threat is not None:
            # the event is the threat, asserted or not on its own terms: anchor it on the vow
            c.type, c.trigger, c.anchor = "THREATEN", threat, threat
        if c.subject is None and c.subject_tok is not None and c.subject_tok.lower_ in FIRST_PERSON:
            c.subject = attributor.speaker_of_quote(c.subject_tok)
        if c.subject is not None and c.subject == c.object:
            continue   # an actor acting on itself is a resolution error, not an event
        if c.object is not None and c.type not in PLACE_TARGETS and entity_type(c.object, res) == "LOCATION":
            # aid, talks or support go to actors; a place is where, not whom, except a capital
            # ("a visit to Jerusalem" is a visit to Israel's government)
            country = gaz.country_of_capital(res.entities[c.object].name) if gaz is not None else None
            c.object = country.key if country is not None else None
            if country is not None:
                res.add_actor(country)
        location = location_for(c, res)
        if not complete_enough(c, location):
            continue
        key = (c.type, c.trigger.i, c.subject, c.object)
        if key in seen:
            continue
        seen.add(key)
        # a claim nominal already covered by the claim of responsibility
        if c.subject is None and any((c.type, c.trigger.i) == (o.type, o.trigger.i) and o.subject for o in claimed):
            continue
        sent = c.trigger.sent
        claim = attributor.attribute(c.trigger, c.anchor)
        location, location_method = place_for(c, res, location, gaz)
        yield Event(
            type=c.type, subject=c.subject, object=c.object, sentence=sent.text, start=sent.start_char,
            end=sent.end_char, trigger=c.trigger.text, trigger_start=c.trigger.idx,
            trigger_end=c.trigger.idx + len(c.trigger.text), negated=claim.negated, certainty=claim.certainty,
            source=claim.source, location=location, location_method=location_method, date=date_for(c, doc),
            quantities=quantities_for(c), subject_text=span_text(c.subject_tok), object_text=span_text(c.object_tok),
        )


def span_text(tok) -> str:
    if tok is None:
        return ""
    left = tok.left_edge.i
    return tok.doc[left:tok.i + 1].text


__all__ = ["Candidate", "extract_events", "MEMBER_NOUNS"]
