"""Events a verb names: its subject acts on its object ("Hamas rejected the proposal"), through a
light verb's event noun ("launched an attack on X"), a demand's clause ("demanded that Ankara
withdraw"), or the event noun a verb of stance governs ("ruled out talks with Israel")."""
from __future__ import annotations

from collections.abc import Iterator

from ..resolve.participants import GROUP_NOUNS
from ..wordlists import words
from .accountable import held_to_account
from .actors import KnownActors
from .arguments import (
    GENERIC_ACTORS,
    MEMBER_NOUNS,
    NAMING_VERBS,
    actor_of,
    actors_of,
    both_sides,
    entity_of_token,
    entity_type,
    generic_actor,
    is_passive,
    object_candidates,
    preps_near,
    subject_token,
)
from .calls import for_clause_doers
from .clause_links import (
    active_conjunct_doer,
    clause_frame,
    counted,
    for_clause,
    list_items,
    shared_object,
    shared_patient,
)
from .constructions import reciprocal_object
from .deal_parties import stake_in
from .frames import (
    PARTICLES,
    Candidate,
    between,
    clause_object,
    conjunct_object,
    event_noun,
    frame_for_verb,
    noun_frame,
    noun_object,
    noun_subject,
    particle_nouns,
    subjects_of,
    thing_acted_on,
)
from .held_back import held_back_events
from .keep import crowd
from .misread_participles import misread_participle_events
from .noun_phrases import trade_partners
from .opener_doers import finite_modifier_doer, opener_doer
from .passive_agents import agent_by_event, misplaced_agent
from .place_settings import hosts_protests
from .quantities import is_people
from .sense import attack_means, munition
from .sense_words import object_kind
from .thing_makers import maker_of
from .voice import passive_patients, subject_undergoes

# what an unnamed crowd does by itself as a protest: "thousands rallied in Tbilisi" ("thousands
# marched" may be a parade or a celebration)
CROWD_ACTS = words("crowd_acts")


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
# acts done to an actor through what it owns: "raided the offices of the party", "froze the assets of X"
OWNED_TARGETS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


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
        # the objects are read where they are used: most verbs have no frame
        objs = verb_objects(verb) if lemma in lex.light_verbs else None
        if objs is not None:
            yield from light_verb_events(verb, objs, res, lex, used)
            if any(event_noun(o, lex) is not None for o in objs):
                continue
        frame, entry = frame_for_verb(verb, lex)
        frame = frame or clause_frame(verb, lex)
        if frame is None:   # "prevented X from entering", "charges levelled against X are false"
            yield from (*held_back_events(verb, res), *misread_participle_events(verb, res, lex))
            continue
        if frame.reverses:   # "suspended its funding for Rwanda": no aid given
            used.update(o.i for o in (verb_objects(verb) if objs is None else objs))
        # a verb of saying with a clause is attribution, not an event ("warned that ...")
        if any(c.dep_ == "ccomp" for c in verb.children) and lemma in lex.reporting \
                and not any(c.dep_ == "dobj" for c in verb.children):
            continue
        if frame.requires_object_prep and not preps_near(verb, frame.object_preps) \
                and not for_clause(verb, frame.object_preps) and not stranded_prep(verb, frame.object_preps):
            continue
        if frame.means_subject and not munition(acting_token(verb)):
            continue   # "a blast ripped through a market", not "a storm ripped through the town"
        if frame.type == "REQUEST" and any(c.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) for c in verb.children):
            continue   # "asked if she was a member": a question, not a request
        patient = counted(shared_patient(verb))
        own_agent = any(c.dep_ == "agent" for c in verb.children)   # "and detained by police": the police
        subj_tok = None if patient is not None and not own_agent else acting_token(verb)
        subjects = subjects_of(subj_tok, res)
        if not subjects and (is_passive(verb) or patient is not None):
            subjects = agent_by_event(verb, res, lex) or (
                misplaced_agent(verb, res) if is_passive(verb) else [])
        if not subjects and verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.report_nouns \
                and not any(a.tag_ == "MD" for a in verb.head.head.children):   # not "must issue a statement"
            subjects = subjects_of(subject_token(verb.head.head), res)   # "issued a statement urging X to"
        if not subjects and subj_tok is not None and noun_frame(subj_tok, lex) is not None:
            continue   # "an attack that targeted a bus" describes the attack, found as a noun
        obj, otok = shared_object(verb, patient, subjects, res)
        if obj is None and otok is None:
            obj, otok = direct_object(verb, frame, subjects, res)
        if frame.object_types and frame.type == "ACCUSE" and obj is None:
            obj, otok = criticised_owner(verb, subjects, res)   # "savaged the government's record"
        if frame.object_types and entity_type(obj, res) not in frame.object_types and not (
                obj is not None and any(entity_type(k, res) in frame.any_object_for for k, _ in subjects)):
            continue   # "ran the ministry" is leadership, "ran a story" is not; police order anyone
        if obj is None and otok is None:
            obj, otok = indirect_object(verb, frame, subjects, res, lex)
        if frame.symmetric and obj is None and len(subjects) >= 2:
            (a, at), (b, bt) = subjects[0], subjects[1]
            yield Candidate(frame.type, verb, a, b, at, bt, frame, verb)
            if frame.type in MUTUAL_ACTS and a != b:   # "Armenia and Azerbaijan clashed": each attacked the other
                yield Candidate(frame.type, verb, b, a, bt, at, frame, verb)
            continue
        if not subjects and obj is None and not (is_passive(verb) or patient is not None or attack_means(subj_tok)
                                                 or entry in CROWD_ACTS and crowd_of(subj_tok, verb, lex)):
            continue   # no side named: only an agentless passive, a weapon or a crowd's protest
        if obj is None and otok is None:
            otok = next(iter(object_candidates(verb, frame.object_preps)), None)
        if otok is None and entry.count(" ") == 2:
            # "pulled out of the deal" ("pull out deal"): what is left is the deal its particle governs
            otok = next((n for p, n in particle_nouns(verb) if entry == f"{lemma} {p} {n.lemma_.lower()}"), None)
        objects = object_sides(obj, otok, subjects, frame, res)
        for skey, stok in subjects or [(None, subj_tok)]:
            for okey, ot in objects:
                if okey is not None and okey == skey:
                    continue
                yield Candidate(frame.type, verb, skey, okey, stok, ot, frame, verb)


def criticised_owner(verb, subjects, res: KnownActors) -> tuple[str | None, object]:
    """Whose plan, record or words a verb of criticism said only of actors is aimed at when its object
    is that thing: its maker ("savaged the government's record", "derided the plans of the home
    secretary": the government, the home secretary); (None, None) for a thing with no maker named
    ("derided the idea" is no event)."""
    doers = {k for k, _ in subjects}
    for thing in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and object_kind(c) == "proposition"):
        key, tok = maker_of(thing, res)
        if key is not None and key not in doers:
            return key, tok
    return None, None


def object_sides(obj, otok, subjects, frame, res: KnownActors) -> list[tuple[str | None, object]]:
    """The object found and the other actors its phrase names: its conjuncts and list items, or the
    pair a "the two airlines" refers to."""
    objects = [(obj, otok)]
    if otok is None:
        return objects
    more = actors_of(otok, res)
    if obj is None and person_noun(otok):
        # "killed a police officer and a technician": people whom a later conjunct names
        more = [(k, t) for k, t in more if person_noun(t) and all(k != s for s, _ in subjects)
                and (not frame.object_types or entity_type(k, res) in frame.object_types)]
        objects = more[:1] or objects
    elif obj is None and both_sides(otok, res):
        objects = more[:1]   # "fined the two airlines": the first of the pair as well as the second
    return objects + [(k, t) for k, t in more[1:] + list_items(otok, res) if all(k != o for o, _ in objects)]


def person_noun(tok) -> bool:
    """A noun for people, a described person's included ("a technician", "his son")."""
    return is_people(tok) or tok.lemma_.lower() in GROUP_NOUNS


def stranded_prep(verb, preps) -> bool:
    """"the convoy was fired on": a passive whose preposition lost its object to the subject (the parser
    makes it a particle)."""
    return is_passive(verb) and any(c.dep_ in ("prt", "prep") and c.lower_ in preps and not any(
        x.dep_ == "pobj" for x in c.children) for c in verb.children)


def light_verb_events(verb, objs, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
    """Events named by the object of a light verb: "carried out attacks on X", "launched an
    offensive against Y"."""
    for o in objs:
        noun = event_noun(o, lex)
        if noun is None or noun.i in used:
            continue   # not an event, or one found already ("made an appeal for X to act": calls.py)
        frame = noun_frame(noun, lex)
        used.add(noun.i)
        subj_tok = subject_token(verb)
        subjects = actors_of(subj_tok, res) if subj_tok is not None else []
        subjects = [(k, t) for k, t in subjects if not hosts_protests(verb, frame, k, res)]   # "Spain had protests"
        if not subjects:
            key, t = noun_subject(noun, res)
            subjects = [(key, t)] if key else []
        okey, otok = noun_object(noun, frame, res, extra_heads=(verb,))
        if frame.symmetric and okey is None and not subjects and is_passive(verb):
            subjects = between(noun, res)   # "a deal between Russia and Ukraine was signed": its two sides
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


def own_object_recipients(verb, preps) -> list:
    """The recipient the parser hangs on the actor's own object or on its "of" noun: "sent a statement
    of objections to Microsoft", "sent a letter of complaint to the council"."""
    nouns = [o for o in verb.children if o.dep_ == "dobj"]
    nouns += [p for o in nouns for x in o.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children if p.dep_ == "pobj"]
    return [p for n in nouns for x in n.children if x.dep_ == "prep" and x.lower_ in preps
            for p in x.children if p.dep_ == "pobj"]


def verb_objects(verb) -> list:
    """A verb's objects: its own, its passive's patients, or those of the verb coordinated after it
    ("signed and ratified the treaty")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + (passive_patients(verb) if is_passive(verb) else []) \
        or conjunct_object(verb)


def acting_token(verb):
    """Who acts for the verb, also where the parser hung the verb on the wrong word (opener_doers.py)."""
    return counted(subject_token(verb)) or opener_doer(verb) or finite_modifier_doer(verb) or active_conjunct_doer(verb)


def direct_object(verb, frame, subjects, res: KnownActors) -> tuple[str | None, object]:
    """The actor a verb acts on as its object or prepositional object (not one of its subjects)."""
    cands = object_candidates(verb, frame.object_preps)
    if verb.lemma_.lower() in NAMING_VERBS:
        # "branded the strikers 'Labour puppets'": the parser's second object is the label, no side
        first = next((c for c in cands if c.dep_ == "dobj"), None)
        cands = [c for c in cands if c.dep_ != "dobj" or c is first]
    if frame.own_object:
        # "withdrew its diplomats from India": India; "sent a letter to Belarus" (a "to" the parser
        # makes a dative): Belarus
        cands = [p for c in cands if c.dep_ != "dobj"
                 for p in ([x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "dative" and c.pos_ == "ADP" else [c])]
        cands += own_object_recipients(verb, frame.object_preps)
    if frame.type == "COOPERATE":
        # "extradited the former officer to Italy": the partner its preposition names, not the one handed over
        cands = sorted(cands, key=lambda c: c.dep_ != "pobj")
    # "lifted the embargo on arms exports to China": whom the trade goes to, after the goods; "bought a
    # stake in Jagran": the firm the stake is in
    for cand in (t for c in cands for t in (c, *trade_partners(c), *stake_in(c))):
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
            if c.dep_ == "ccomp" and not subject_undergoes(c):
                # "demanded that Ankara withdraw": Ankara is asked; "demanded that Hamas be disarmed",
                # "urged that the men receive counselling": whoever is to disarm or help them is
                for s in (x for x in c.children if x.dep_ == "nsubj"):
                    key = actor_of(s, res)
                    if key and all(key != k for k, _ in subjects):
                        obj, otok = key, s
        for s in () if obj is not None else (s for s, _ in for_clause_doers(verb) if s.pos_ != "PRON"):
            # "called for the government to act": the one who must act, kept unnamed as "the government"
            key = actor_of(s, res) or generic_actor(s, res)
            if key and not held_to_account(key, res):
                continue   # "called for residents to leave": people in general are asked nothing (accountable.py)
            if all(key != k for k, _ in subjects) and (key or actor_word(s)):
                return key, s
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
    if obj is None and frame.type == "COERCE":
        obj, otok = taken_from(verb, subjects, res)
    if obj is None and frame.type in OWNED_TARGETS:
        obj, otok = thing_owner(verb, frame, subjects, res, lex)
    if obj is None and frame.type == "AGREE":
        obj, otok = agreed_partner(verb, subjects, res)
    return obj, otok


def actor_word(tok) -> bool:
    """A noun for an actor or for people, named or not: "the government", "officials", "residents"."""
    return tok.lemma_.lower() in MEMBER_NOUNS | GENERIC_ACTORS or is_people(tok)


def agreed_partner(verb, subjects, res: KnownActors) -> tuple[str | None, object]:
    """The one an agreed or offered act is to be done with: "Rosneft has agreed to merge with
    Gazprom", "offered to share data with Kyiv" (the act itself may be no event of its own)."""
    for act in (x for x in verb.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)):
        heads = (act, *(o for o in act.children if o.dep_ == "dobj"))   # "to share its data with India"
        for pobj in (p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"):
            key = actor_of(pobj, res) or generic_actor(pobj, res)
            if key and all(key != s for s, _ in subjects):
                return key, pobj
    return None, None


def thing_owner(verb, frame, subjects, res: KnownActors, lex) -> tuple[str | None, object]:
    """The owner named in the "of" phrase of the thing a verb of force acts on, as the possessive names
    it ("the party's offices"): "shelled the positions of the rebels", "demolished the homes of the
    attackers", "seized a yacht belonging to X", "attacked a tanker owned by X". Not an event's ("ordered the arrest of X" is read by the event noun), and a place only
    for an attack ("shelled the outskirts of Aleppo"; "blocked the roads of Cairo" coerced no Cairo)."""
    # the thing itself, not a place phrase ("hit a car at the intersection of X and Y" hit no street); for
    # an attack, also the thing its preposition aims at ("used bombs against vehicles operated by the army")
    aimed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in frame.object_preps
             for p in c.children if p.dep_ == "pobj"] if frame.type == "ASSAULT" else []
    for thing in (*(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), *aimed):
        if thing.pos_ != "NOUN" or noun_frame(thing, lex) is not None:
            continue
        for pobj in (*(p for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), *owner_phrase(thing)):
            # a name, or people standing for a side ("the homes of two Hamas members"), not a thing
            # through the word before it ("the standards of British television programmes" are no one's)
            people = is_people(pobj) or pobj.lemma_.lower() in MEMBER_NOUNS
            key = entity_of_token(pobj, res) or (actor_of(pobj, res) if people else None) or generic_actor(pobj, res)
            if key and all(key != s for s, _ in subjects) and (
                    frame.type == "ASSAULT" or entity_type(key, res) != "LOCATION"):
                return key, pobj
    return None, None


# participles that name a thing's owner: "a yacht belonging to X", "a tanker owned by X"
OWNING = words("owning_participles")


def owner_phrase(thing) -> list:
    """The owner a participle after the thing names: "belonging to X", "owned by X"."""
    return [p for acl in thing.children if acl.dep_ == "acl" and acl.lemma_.lower() in OWNING
            for c in acl.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")
            for p in c.children if p.dep_ == "pobj"]


def taken_from(verb, subjects, res: KnownActors) -> tuple[str | None, object]:
    """Whom a seizure takes things from: "seized weapons from the smugglers", "confiscated passports
    from the workers" (a place things are taken from is where: "seized drugs from a warehouse in Lagos")."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    if not things or any(is_people(t) or actor_of(t, res) for t in things):
        return None, None
    # the parser often hangs "from" on the last thing listed ("seized rifles and ammunition from them")
    heads = (verb, *(t for thing in things for t in thing.subtree))
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            key = actor_of(pobj, res) or generic_actor(pobj, res)
            if key and entity_type(key, res) != "LOCATION" and all(key != s for s, _ in subjects):
                return key, pobj
    return None, None


def refused_owner(verb, subjects, res: KnownActors) -> tuple[str | None, object]:
    """Whose ruling, order or demand a refusal turns down: the thing refused ("demands by the union
    were rejected", "rejected a government order") or that of its infinitive ("refused to comply
    with the court's ruling", "is refusing to obey a government order")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass" if is_passive(verb) else "dobj")]
    for x in verb.children:
        if x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            things += [c for c in x.children if c.dep_ == "dobj"] + [
                p for c in x.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for thing in things:
        key, t = maker_of(thing, res, subjects[0][0] if subjects else None)
        if key and all(key != s for s, _ in subjects):
            return key, t
    return None, None


# events between two sides whose other side a stance on them names: talks, deals, inquiries
MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ACCUSE"})
# acts both sides of a symmetric verb do, each to the other ("clashed", "traded insults", "swapped
# prisoners"), unlike a meeting or a deal, which is one event between them
MUTUAL_ACTS = frozenset({"ASSAULT", "ACCUSE", "RETREAT"})


def partner_with(noun, res: KnownActors) -> tuple[str | None, object]:
    """The actor an event noun is made "with": "a ceasefire with Hamas", "a prisoner swap with Russia"
    (named or described itself: "with Egypt's help" is no partner)."""
    for pobj in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                 if p.dep_ == "pobj"):
        key = entity_of_token(pobj, res) or generic_actor(pobj, res)
        if key:
            return key, pobj
    return None, None


def governed_noun_object(verb, subjects, res: KnownActors, lex) -> tuple[str | None, object]:
    """The other side of an event noun that a verb of stance governs: its object, or the object of
    a preposition on the verb or on its particle ("talks with Israel", "an inquiry into X"), an adverb the
    parser made of the particle included ("stayed away from the talks with the Taliban")."""
    heads = (verb, *(c for c in verb.children if c.dep_ in ("prt", "prep") or c.dep_ == "advmod" and c.lower_ in PARTICLES))
    nouns = [p for h in heads for c in h.children if c.dep_ in ("dobj", "pobj", "prep")
             for p in ((c,) if c.dep_ != "prep" else (x for x in c.children if x.dep_ == "pobj"))]
    agreeing = (vframe := lex.verbs.get(verb.lemma_.lower())) is not None and vframe.type == "AGREE"
    for noun in nouns:
        nframe = noun_frame(noun, lex)
        if nframe is None or nframe.type not in MEETING_TYPES and not agreeing:
            continue   # "ordered the deportation of X": X is acted on, not the other side
        # "agreed to a ceasefire with Hamas": whatever is agreed to, the one it is made with agrees too;
        # aid agreed is promised to whom it goes ("agreed a bailout of Alitalia", "debt relief for Mali")
        if agreeing and nframe.type == "AID":   # its preposition may hang on the verb ("agreed aid for Chad")
            key, t = noun_object(noun, nframe, res, extra_heads=(verb,))
        else:
            key, t = noun_object(noun, nframe, res) if nframe.type in MEETING_TYPES else partner_with(noun, res)
        if key and all(key != s for s, _ in subjects):
            return key, t
    return None, None
