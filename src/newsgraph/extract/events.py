"""Events from the dependency parse: who did what to whom.

Each construction has one small function yielding `Candidate`s (type, trigger, subject and
object entity keys); `extract_events` then adds attribution, certainty, negation, place, date
and quantities, and drops duplicates. When an argument cannot be determined the extractor
emits nothing rather than a guess.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..model import Event
from ..resolve.resolution import Resolution
from .actors import Extraction, KnownActors
from .arguments import (
    ACCUSING,
    MEMBER_NOUNS,
    SPONSORING,
    VERBAL,
    actor_of,
    actors_of,
    entity_of_token,
    entity_type,
    generic_actor,
    is_passive,
    object_candidates,
    preps_near,
    subject_token,
)
from .attribution import Attributor
from .clause_links import (
    clause_frame,
    counted,
    for_clause,
    list_items,
    own_date,
    participle_heads,
    passive_recipient,
    shared_object,
    shared_patient,
    trial_events,
    undergone_events,
)
from .constructions import (
    conditional_threat,
    demand_events,
    engagement_events,
    intent_events,
    reciprocal_events,
    reciprocal_object,
    take_governed_targets,
)
from .evaluative import evaluative_events
from .frames import (
    Candidate,
    TokenIndex,
    addressee_clause,
    agent_by_event,
    between,
    clause_object,
    coordination_root,
    event_noun,
    frame_for_verb,
    misplaced_agent,
    noun_frame,
    noun_object,
    noun_subject,
    possessors,
    subjects_of,
    thing_acted_on,
)
from .keep import (
    CASUALTIES,
    FORCE_HOLDERS,
    STATEMENTS,
    acts_alone,
    complete_enough,
    crowd,
    office_holders,
    threatened,
)
from .lexicon import lexicon
from .quantities import is_people, quantities_for
from .relations import relation_events
from .responsibility import accusation_events, claim_events, name_attackers, responsibility_events
from .sense import OFFICE_HOLDER, Context, attack_means, judge
from .statements import statement_events
from .timeplace import date_for, location_for, place_for


def verbal_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    for verb in tokens.verbs:
        if verb.i in used or verb.dep_ in NOMINAL_USES or (
                verb.i > 0 and verb.doc[verb.i - 1].tag_ == "POS"):
            continue   # a participle used as a noun ("the group's wounded")
        lemma = verb.lemma_.lower()
        if lemma == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
            continue   # "Ukraine was to blame": the one blamed, not the blamer (statements.py)
        if reciprocal_object(verb, lex) is not None:
            continue   # "traded fire": constructions.reciprocal_events
        # light verbs: "carried out attacks on X", "launched an offensive against Y"
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass" if is_passive(verb) else "dobj")]
        if lemma in lex.light_verbs:
            yield from light_verb_events(verb, objs, res, lex, used)
            if any(event_noun(o, lex) is not None for o in objs):
                continue
        frame, entry = frame_for_verb(verb, lex)
        frame = frame or clause_frame(verb, lex)
        if frame is None:
            continue
        used.update(o.i for o in objs if frame.reverses)   # "suspended its funding for Rwanda": no aid given
        # a verb of saying with a clause is attribution, not an event ("warned that ...")
        if any(c.dep_ == "ccomp" for c in verb.children) and lemma in lex.reporting \
                and not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if frame.requires_object_prep and not preps_near(verb, frame.object_preps) \
                and not for_clause(verb, frame.object_preps):
            continue
        if frame.type == "REQUEST" and any(c.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) for c in verb.children):
            continue   # "asked if she was a member": a question, not a request
        patient = counted(shared_patient(verb))
        subj_tok = None if patient is not None else counted(subject_token(verb))
        subjects = subjects_of(subj_tok, res)
        if not subjects and (is_passive(verb) or patient is not None):
            subjects = agent_by_event(verb, res, lex) or (misplaced_agent(verb, res) if is_passive(verb) else [])
        if not subjects and verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.report_nouns \
                and not any(a.tag_ == "MD" for a in verb.head.head.children):   # not "must issue a statement"
            subjects = subjects_of(subject_token(verb.head.head), res)   # "issued a statement urging X to"
        if not subjects and subj_tok is not None and noun_frame(subj_tok, lex) is not None:
            continue   # "an attack that targeted a bus" describes the attack, found as a noun
        obj, otok = shared_object(verb, patient, subjects, res)
        if obj is None and otok is None:
            obj, otok = direct_object(verb, frame, subjects, res)
        if frame.object_types and entity_type(obj, res) not in frame.object_types:
            continue   # "ran the ministry" is leadership, "ran a story" is not
        if obj is None and otok is None:
            obj, otok = indirect_object(verb, frame, subjects, res, lex)
        if frame.symmetric and obj is None and len(subjects) >= 2:
            (a, at), (b, bt) = subjects[0], subjects[1]
            yield Candidate(frame.type, verb, a, b, at, bt, frame, verb)
            continue
        if not subjects and obj is None and not (is_passive(verb) or patient is not None or attack_means(subj_tok)
                                                 or entry in CROWD_ACTS and crowd_of(subj_tok, verb, lex)):
            continue   # no side named: only an agentless passive, a weapon or a crowd's protest
        if obj is None and otok is None:
            otok = next(iter(object_candidates(verb, frame.object_preps)), None)
        objects = [(obj, otok)]
        if otok is not None:
            objects += [(k, t) for k, t in actors_of(otok, res)[1:] + list_items(otok, res)
                        if all(k != o for o, _ in objects)]
        for skey, stok in subjects or [(None, subj_tok)]:
            for okey, ot in objects:
                if okey is not None and okey == skey:
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


def indirect_object(verb, frame, subjects, res: KnownActors, lex) -> tuple[str | None, object]:
    """Without a direct object: the actor who must act in a demand's clause ("demanded that
    Ankara withdraw its troops"), else a recipient hanging on the object noun ("closed its
    borders with Egypt"), else the other side of the event noun the verb governs ("ruled out
    talks with Israel", "walked out of talks with Serbia", "called for an inquiry into Gazprom")."""
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
    if obj is None:
        obj, otok = governed_noun_object(verb, subjects, res, lex)
    if obj is None and frame.type == "REJECT":
        obj, otok = refused_owner(verb, subjects, res)
    return obj, otok


def refused_owner(verb, subjects, res: KnownActors) -> tuple[str | None, object]:
    """Whose ruling, order or demand a refusal's infinitive turns down: "refused to comply with the
    court's ruling", "declined to obey Beijing's order"."""
    for x in verb.children:
        if x.dep_ != "xcomp" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            continue
        things = [c for c in x.children if c.dep_ == "dobj"] + [
            p for c in x.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for t in (p for thing in things for p in possessors(thing)):
            key = actor_of(t, res)
            if key and all(key != s for s, _ in subjects):
                return key, t
    return None, None


# events between two sides whose other side a stance on them names: talks, deals, inquiries
MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ACCUSE"})


def governed_noun_object(verb, subjects, res: KnownActors, lex) -> tuple[str | None, object]:
    """The other side of an event noun that a verb of stance governs: its object, or the object of
    a preposition on the verb or on its particle ("talks with Israel", "an inquiry into X")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("prt", "prep")))
    nouns = [p for h in heads for c in h.children if c.dep_ in ("dobj", "pobj", "prep")
             for p in ((c,) if c.dep_ != "prep" else (x for x in c.children if x.dep_ == "pobj"))]
    for noun in nouns:
        nframe = noun_frame(noun, lex)
        if nframe is None or nframe.type not in MEETING_TYPES:
            continue   # "ordered the deportation of X": X is acted on, not the other side
        key, t = noun_object(noun, nframe, res)
        if key and all(key != s for s, _ in subjects):
            return key, t
    return None, None


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
        okey, otok = noun_object(noun, frame, res, extra_heads=participle_heads(noun))
        if okey is None:
            okey, otok = clause_object(noun, res)
        if okey is None:
            okey, otok = passive_recipient(noun, res, ACCUSING)
        if okey is None and frame.type == "REQUEST":
            okey, otok = addressee_clause(noun, res)
        if frame.patient_of and okey is None and not is_people(thing_acted_on(noun, frame) or noun):
            continue   # "the arrest of the mayor" is an event; "the killing of the bill" is not
        skey, stok = noun_subject(noun, res, exclude=okey)
        if skey is None and coordination_root(noun).i != noun.i:
            # "Israeli drone, fighter jet and helicopter strikes": modifiers of the first conjunct
            skey, stok = noun_subject(coordination_root(noun), res, exclude=okey)
        if okey is None:
            otok = thing_acted_on(noun, frame)
        cand = Candidate(frame.type, noun, skey, okey, stok, otok, frame, anchor)
        if skey is None and okey is None and noun.dep_ not in ("nsubj", "nsubjpass") \
                and not any(k in quantities_for(cand) for k in CASUALTIES) \
                and not (own_date(noun) and location_for(cand, res)):
            continue   # an event noun with no side: as a clause's subject, with its toll, or dated and placed
        yield cand



PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
# types whose other side is whom one meets or visits: a place visited is no one consulted
NEEDS_HOST = frozenset({"CONSULT"})


# what an unnamed crowd does by itself as a protest: "thousands rallied in Tbilisi" ("thousands
# marched" may be a parade or a celebration)
CROWD_ACTS = frozenset({"protest", "demonstrate", "rally", "riot", "take to street"})


# what a crowd's purpose clause says when the crowd protests: "to demand", "to denounce"
PROTEST_PURPOSES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT"})


def crowd_of(tok, verb, lex) -> bool:
    """A crowd as the subject of a protest verb, unless it gathers for another purpose ("took to
    the streets to celebrate the title")."""
    if tok is None or not (crowd(tok) or is_people(tok) or tok.lemma_.lower() in MEMBER_NOUNS):
        return False
    if verb.lemma_.lower() == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False   # "hundreds of people demonstrated the app": showed it
    purposes = (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    return all((f := lex.verbs.get(p.lemma_.lower())) is not None and f.type in PROTEST_PURPOSES for p in purposes)


NOMINAL_USES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss", "compound", "attr", "amod"})


FIRST_PERSON = frozenset({"we", "i"})



def extract_events(doc, resolution: Resolution, gaz=None) -> Extraction:
    """The events of a resolved document, with the actors extraction had to create."""
    res = KnownActors(resolution)
    events = list(_events(doc, res, gaz))
    return Extraction(events=events, new_entities=res.new_entities, new_mentions=res.new_mentions)


def _candidates(doc, res: KnownActors, gaz, lex, attributor) -> tuple[list[Candidate], list[Candidate]]:
    """Every construction family's candidates, and the claims of responsibility among them."""
    used: set[int] = set()
    tokens = TokenIndex.of(doc)
    claimed = list(claim_events(tokens, res, lex))
    used.update(c.trigger.i for c in claimed)
    candidates = list(claimed)
    candidates += list(responsibility_events(tokens, res, lex, used))
    candidates += list(undergone_events(tokens, res, lex, used)) + list(trial_events(tokens, res, lex))
    candidates += list(verbal_events(tokens, res, lex, used))
    candidates += list(nominal_events(tokens, res, lex, used))
    candidates += list(adjective_events(tokens, res, lex))
    candidates += list(sponsorship_events(tokens, res, lex))
    candidates += list(reciprocal_events(tokens, res, lex, used)) + list(engagement_events(tokens, res, lex))
    candidates += list(relation_events(tokens, res, lex, gaz))
    candidates += list(evaluative_events(tokens, res, lex))
    take_governed_targets(candidates, res)
    name_attackers(candidates, tokens, res, lex)
    candidates += list(demand_events(candidates, attributor)) + list(intent_events(candidates, res))
    candidates += list(accusation_events(tokens, res, lex, list(candidates), attributor))
    candidates += list(statement_events(tokens, res, lex, attributor))
    return candidates, claimed


def _events(doc, res: KnownActors, gaz) -> Iterator[Event]:
    lex = lexicon()
    attributor = Attributor(doc, res, lex)
    candidates, claimed = _candidates(doc, res, gaz, lex, attributor)
    seen: set[tuple] = set()
    stated = {(c.type, c.trigger.i, c.subject, c.object) for c in candidates}
    vows = {t.i for c in candidates if c.type == "ASSAULT" and (t := threatened(c)) is not None}
    context = Context.of(doc)
    officials = office_holders(candidates, res)
    for c in candidates:
        if c.type != "ASSAULT" and c.trigger.i in vows:
            continue   # "vowed to destroy Hamas" is the threat found from the violence, not a promise
        if (c.trigger.dep_ == "advcl" and c.trigger.tag_ == "VBG" or c.trigger.dep_ == "conj" and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.trigger.children)) \
                and (c.type, c.trigger.head.i, c.subject, c.object) in stated:
            continue   # "a bomb hit a market, killing 12", "killed three and wounded nine": one attack
        threat = threatened(c) if c.type == "ASSAULT" else None
        if threat is not None:
            # the event is the threat, asserted or not on its own terms: anchor it on the vow
            c.type, c.trigger, c.anchor = "THREATEN", threat, threat
        elif conditional_threat(c):
            c.type = "THREATEN"   # "will strike unless the attacks stop"
        if judge(c, context, lambda key, t=c.type: OFFICE_HOLDER if key in officials and t in STATEMENTS
                 else entity_type(key, res)) is None:
            continue   # another sense of the word: sport, film, business, criticism; or no actor
        if c.subject is None and c.subject_tok is not None and c.subject_tok.lower_ in FIRST_PERSON:
            c.subject = attributor.speaker_of_quote(c.subject_tok)
        if c.subject is not None and c.subject == c.object:
            continue   # an actor acting on itself is a resolution error, not an event
        if c.object is not None and c.type not in PLACE_TARGETS and entity_type(c.object, res) == "LOCATION":
            # aid, talks or support go to actors; a place is where, not whom, except a capital
            # ("a visit to Jerusalem" is a visit to Israel's government)
            country = gaz.country_of_capital(res.entities[c.object].name) if gaz is not None else None
            if country is None and c.type in NEEDS_HOST:
                continue   # "officials travelled to the Sinai": a trip to a place is no consultation
            c.object = country.key if country is not None else None
            if country is not None:
                res.add_actor(country)
        if c.type == "MOBILIZE" and c.object_tok is not None and c.object_tok.head.i == c.trigger.i \
                and c.object_tok.dep_ in ("dobj", "nsubjpass"):
            c.object = None   # "deployed troops to the border": the forces moved are the means, not the target
        location = location_for(c, res)
        quantities = quantities_for(c)
        if not complete_enough(c, location, quantities, entity_type(c.subject, res) in FORCE_HOLDERS,
                               acts_alone(c, res, officials)):
            continue
        key = (c.type, c.trigger.i, c.subject, c.object)
        if key in seen:
            continue
        seen.add(key)
        # a claim nominal already covered by the claim of responsibility
        if c.subject is None and any((c.type, c.trigger.i) == (o.type, o.trigger.i) and o.subject for o in claimed):
            continue
        sent = c.trigger.sent
        claim = attributor.own_statement(attributor.attribute(c.trigger, c.anchor), c.type, c.trigger,
                                         c.subject, c.subject_tok)
        if c.type == "REQUEST" and c.trigger.dep_ == "aux" and claim.certainty == "possible":
            # a demand stated as an obligation ("must release"): the demand was made, as reported
            claim = replace(claim, certainty="reported" if claim.source is not None else "asserted")
        date, date_kind = dated(c, doc)
        location, location_method = place_for(c, res, location, gaz)
        yield Event(
            type=c.type, subject=c.subject, object=c.object, sentence=sent.text, start=sent.start_char,
            end=sent.end_char, trigger=c.trigger.text, trigger_start=c.trigger.idx,
            trigger_end=c.trigger.idx + len(c.trigger.text), negated=claim.negated, certainty=claim.certainty,
            source=claim.source, location=location, date=date, date_kind=date_kind,
            location_method=location_method,
            quantities=quantities, subject_text=span_text(c.subject_tok), object_text=span_text(c.object_tok),
        )


def dated(c: Candidate, doc) -> tuple[str | None, str | None]:
    """The event's date and how it is known: stated in its clause, else the document's date."""
    stated = date_for(c, doc)
    if stated:
        return stated, "stated"
    published = doc.user_data.get("published")
    return (published[:10], "reported") if published else (None, None)


def span_text(tok) -> str:
    if tok is None:
        return ""
    left = tok.left_edge.i
    return tok.doc[left:tok.i + 1].text


__all__ = ["Candidate", "extract_events", "MEMBER_NOUNS"]
