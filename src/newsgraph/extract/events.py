"""Events from the dependency parse: who did what to whom.

Each construction has one small function yielding `Candidate`s (type, trigger, subject and
object entity keys); `extract_events` then adds attribution, certainty, negation, place, date
and quantities, and drops duplicates. When an argument cannot be determined the extractor
emits nothing rather than a guess.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Event
from ..resolve.document import Resolution, entity_for_actor
from .arguments import (MEMBER_NOUNS, VERBAL, actor_of, actors_of, entity_of_token, generic_actor, is_passive,
                        object_candidates, preps_near, subject_token, SPONSORING)
from .attribution import Attributor
from .lexicon import Frame, lexicon
from .quantities import quantities_for
from .timeplace import date_for, location_for

# Nouns that group events: "a series of attacks", "a wave of strikes".
GROUPING_NOUNS = frozenset({"series", "wave", "spate", "string", "number", "campaign", "round", "barrage",
                            "volley", "salvo", "flurry", "couple", "dozen", "dozens", "hundreds", "set"})


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """The tokens of a document grouped once by what the constructions look at (spaCy builds a
    new Token object each time a Doc is iterated, so each pass over the Doc costs)."""
    verbs: list
    nouns: list
    adjectives: list
    preps: list

    @classmethod
    def of(cls, doc) -> "TokenIndex":
        from spacy.attrs import DEP, POS  # noqa: PLC0415

        strings = doc.vocab.strings
        verbal = {strings[p] for p in VERBAL}
        nominal = {strings["NOUN"], strings["PROPN"]}
        modifier = {strings["acomp"], strings["advmod"]}
        prep = strings["prep"]
        verbs, nouns, adjectives, preps = [], [], [], []
        # read the attributes as arrays, and build Token objects only for the tokens kept
        for i, (pos, dep) in enumerate(doc.to_array([POS, DEP]).tolist()):
            if pos in verbal:
                verbs.append(doc[i])
            elif pos in nominal:
                nouns.append(doc[i])
            elif dep in modifier:
                adjectives.append(doc[i])
            if dep == prep:
                preps.append(doc[i])
        return cls(verbs, nouns, adjectives, preps)


@dataclass(slots=True)
class Candidate:
    type: str
    trigger: object            # spaCy token
    subject: str | None
    object: str | None
    subject_tok: object = None
    object_tok: object = None
    frame: Frame | None = None
    anchor: object = None      # the verb whose clause carries attribution/modality


def frame_for_verb(verb, lex) -> tuple[Frame | None, str]:
    """The verb's frame, trying "lemma particle" and "lemma object-noun" before the bare lemma."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prt", "dobj") and f"{lemma} {c.lemma_.lower()}" in lex.not_events:
            return None, f"{lemma} {c.lemma_.lower()}"   # "a rule is struck down", "kill time"
        if c.dep_ == "prt":
            f = lex.verbs.get(f"{lemma} {c.lower_}")
            if f:
                return f, f"{lemma} {c.lower_}"
        if c.dep_ == "prep":
            f = lex.verbs.get(f"{lemma} {c.lower_}")
            if f:
                # "care for X": the preposition of the entry introduces the recipient
                return replace(f, object_preps=(*f.object_preps, c.lower_)), f"{lemma} {c.lower_}"
        if c.dep_ in ("dobj", "nsubjpass", "oprd"):
            f = lex.verbs.get(f"{lemma} {c.lemma_.lower()}")
            if f:
                return f, f"{lemma} {c.lemma_.lower()}"
    return lex.verbs.get(lemma), lemma


def event_noun(tok, lex, depth: int = 0):
    """The event noun a light verb's object denotes: "attacks", "a series of attacks"."""
    if tok is None or depth > 2:
        return None
    f = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    if f:
        return tok
    if tok.lemma_.lower() in GROUPING_NOUNS or tok.like_num:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return event_noun(p, lex, depth + 1)
    return None


def noun_object(noun, frame: Frame, res: Resolution, extra_heads=()) -> tuple[str | None, object]:
    """Who a nominal event is done to: "attacks on X", "the assassination of X"."""
    for head in (noun, *extra_heads):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in frame.object_preps:
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        for t in (pobj, *pobj.conjuncts):
                            key = actor_of(t, res) or generic_actor(t, res)
                            if key:
                                return key, t
    return None, None


def noun_subject(noun, res: Resolution, exclude: str | None = None) -> tuple[str | None, object]:
    """Who carries out a nominal event: "Egypt's crackdown", "Israeli strikes", "a coup by X"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    key = actor_of(pobj, res)
                    if key:
                        return key, pobj
    for c in noun.lefts:
        if c.dep_ in ("poss", "compound", "amod", "nmod", "nummod"):
            for t in c.subtree:
                key = entity_of_token(t, res)
                if key and key != exclude:
                    return key, t
    return None, None


def between(noun, res: Resolution) -> list[tuple[str, object]]:
    """"between X and Y" under a symmetric noun."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    return actors_of(pobj, res)
    return []


def verbal_events(tokens, res: Resolution, lex, used: set[int]) -> Iterator[Candidate]:
    for verb in tokens.verbs:
        if verb.dep_ in NOMINAL_USES or (
                verb.i > 0 and verb.doc[verb.i - 1].tag_ == "POS"):
            continue   # a participle used as a noun ("the group's wounded")
        lemma = verb.lemma_.lower()
        # light verbs: "carried out attacks on X", "launched an offensive against Y"
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass" if is_passive(verb) else "dobj")]
        if lemma in lex.light_verbs:
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
                    otok = thing_acted_on(noun, frame)
                for skey, stok in subjects or [(None, None)]:
                    yield Candidate(frame.type, noun, skey, okey if okey != skey else None, stok, otok, frame, verb)
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
        obj = None
        otok = None
        for cand in object_candidates(verb, frame.object_preps):
            key = actor_of(cand, res) or generic_actor(cand, res)
            if key and all(key != s for s, _ in subjects):
                obj, otok = key, cand
                break
        if frame.object_types and entity_type(obj, res) not in frame.object_types:
            continue   # "ran the ministry" is leadership, "ran a story" is not
        # collocations whose recipient hangs on the noun: "closed its borders with Egypt"
        if obj is None:
            for c in verb.children:
                if c.dep_ == "dobj":
                    key, t = noun_object(c, frame, res)
                    if key:
                        obj, otok = key, t
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


def subjects_of(tok, res: Resolution) -> list[tuple[str, object]]:
    """Actors of a subject phrase; "some of the Hamas men, including A and B" -> A, B."""
    if tok is None:
        return []
    if any(c.dep_ == "relcl" for c in tok.children) and tok.pos_ in ("NOUN", "PROPN") \
            and tok.dep_ == "conj":
        # the head of a relative clause, not its coordination ("a bus as well as vehicles that ...")
        key = actor_of(tok, res)
        return [(key, tok)] if key else []
    for c in tok.subtree:
        if c.lower_ == "including" and c.dep_ == "prep" and c.head.i in {tok.i, *(x.i for x in tok.subtree)}:
            named = [x for p in c.children if p.dep_ == "pobj" for x in actors_of(p, res)]
            if named:
                return named
    return actors_of(tok, res)


def agent_by_event(verb, res: Resolution, lex) -> list[tuple[str, object]]:
    """"was killed in an Israeli strike": the actor of the strike did the killing."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
            for pobj in c.children:
                if pobj.dep_ == "pobj" and noun_frame(pobj, lex) is not None \
                        and noun_frame(pobj, lex).type == "ASSAULT":
                    # "an Israeli bombing", "Israel's strike" (a compound is a name: "the Lebanon war")
                    for m in pobj.lefts:
                        key = entity_of_token(m, res) if m.dep_ in ("amod", "poss") else None
                        if key:
                            return [(key, m)]
    return []


def sponsorship_events(tokens, res: Resolution, lex) -> Iterator[Candidate]:
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


def adjective_events(tokens, res: Resolution, lex) -> Iterator[Candidate]:
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


def thing_acted_on(noun, frame: Frame):
    """The (non-actor) target of a nominal event: "the bombing of a mosque", "strikes on a depot"."""
    for c in noun.children:
        if c.dep_ == "prep" and (c.lower_ in frame.object_preps or c.lower_ == "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def coordination_root(noun):
    while noun.dep_ == "conj":
        noun = noun.head
    return noun


def noun_frame(noun, lex) -> Frame | None:
    """A noun's frame, trying "compound noun" first ("rocket fire")."""
    for c in noun.lefts:
        if c.dep_ == "compound":
            f = lex.nouns.get(f"{c.lemma_.lower()} {noun.lemma_.lower()}")
            if f:
                return f
    return lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)


def responsibility_events(tokens, res: Resolution, lex, used: set[int]) -> Iterator[Candidate]:
    """"X has been behind a number of attacks, including Y", "X is responsible for the attack":
    X carried them out."""
    for prep in tokens.preps:
        if not (prep.dep_ == "prep" and (prep.lower_ == "behind" and prep.head.lemma_ in ("be", "stand")
                or prep.lower_ == "for" and prep.head.lower_ == "responsible")):
            continue
        verb = prep.head if prep.head.pos_ in VERBAL else prep.head.head
        subj_tok = subject_token(verb) or next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        subjects = subjects_of(subj_tok, res)
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            nouns = []
            first = event_noun(pobj, lex)
            if first is not None:
                nouns.append(first)
                # "a number of attacks, including rocket fire on X and an attack that ..."
                for t in pobj.subtree:
                    if t.dep_ == "prep" and t.lower_ == "including":
                        nouns += [x for x in t.subtree if x.pos_ == "NOUN" and noun_frame(x, lex)
                                  and not noun_frame(x, lex).light_only or x.pos_ == "NOUN" and x.i != t.i
                                  and any(c.dep_ == "compound" for c in x.children) and noun_frame(x, lex)]
            for noun in nouns:
                frame = noun_frame(noun, lex)
                used.add(noun.i)
                okey, otok = noun_object(noun, frame, res)
                if okey is None:
                    okey, otok = clause_object(noun, res)
                for skey, stok in subjects:
                    if okey != skey:
                        yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, verb)


def clause_object(noun, res: Resolution) -> tuple[str | None, object]:
    """The recipient stated in a clause on the event noun: "an attack that targeted an Israeli bus",
    "a coup to remove Morsi"."""
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in VERBAL:
            for o in c.children:
                if o.dep_ == "dobj":
                    for t in (o, *o.conjuncts):
                        key = actor_of(t, res)
                        if key:
                            return key, t
    return None, None


def nominal_events(tokens, res: Resolution, lex, used: set[int]) -> Iterator[Candidate]:
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


def role_of(tok, lex) -> str | None:
    """LEADERSHIP or AFFILIATION for a role noun ("founder", "military wing", "Prime Minister")."""
    words = [tok.lower_]
    if tok.i > 0:
        words.insert(0, f"{tok.doc[tok.i - 1].lower_} {tok.lower_}")
    for w in words:
        if w in lex.leadership_roles:
            return "LEADERSHIP"
        if w in lex.affiliation_roles:
            return "AFFILIATION"
    return None


def role_org(role_tok, res: Resolution, person: str) -> tuple[str | None, object]:
    """The organisation or country a role belongs to: "founder of Y", "Israel's Prime Minister",
    "Israeli Defence Minister", "Hamas's military wing"."""
    for c in role_tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "in"):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    key = actor_of(pobj, res)
                    if key and key != person:
                        return key, pobj
    for c in role_tok.lefts:
        for t in c.subtree:
            key = entity_of_token(t, res)
            if key and key != person:
                return key, t
    return None, None


def is_person(key: str | None, res: Resolution) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type == "PERSON"


def is_org(key: str | None, res: Resolution) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type in ("ORGANIZATION", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY")


def relation_events(tokens, res: Resolution, lex) -> Iterator[Candidate]:
    """Standing relations stated by roles: titles, appositions and copulas."""
    for tok in tokens.nouns:
        rel = role_of(tok, lex)
        if rel is None:
            continue
        holder = holder_tok = None
        # apposition: "the commander of X, Shadi al-Menei" / "Shadi al-Menei, the commander of X"
        for c in tok.children:
            if c.dep_ == "appos":
                key = entity_of_token(c, res)
                if key:
                    holder, holder_tok = key, c
        if holder is None:
            # "the head of Hezbollah, Hassan Nasrallah": the apposition hangs on the organisation
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        for c in pobj.children:
                            key = entity_of_token(c, res) if c.dep_ == "appos" else None
                            if key and is_person(key, res):
                                holder, holder_tok = key, c
        if holder is None and tok.dep_ == "appos":
            key = entity_of_token(tok.head, res)
            if key:
                holder, holder_tok = key, tok.head
        # copula: "X is the founder of Y"
        if holder is None and tok.dep_ in ("attr",) and tok.head.lemma_ == "be":
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    holder, holder_tok = actor_of(c, res), c
        # title: "Israel's Prime Minister Benjamin Netanyahu" (role is a compound of the name)
        if holder is None and tok.dep_ == "compound":
            key = entity_of_token(tok.head, res)
            if key and is_person(key, res):
                holder, holder_tok = key, tok.head
        if holder is None:
            continue
        if rel == "LEADERSHIP" and not is_person(holder, res):
            continue
        org, org_tok = role_org(tok, res, holder)
        if org is None and holder_tok is not None and tok.dep_ == "compound":
            for t in holder_tok.lefts:
                for s in t.subtree:
                    key = entity_of_token(s, res)
                    if key and key != holder and not is_person(key, res):
                        org, org_tok = key, s
                        break
                if org:
                    break
        if org is None or not (is_org(org, res) or res.entities.get(org) is None):
            continue
        yield Candidate(rel, tok, holder, org, holder_tok, org_tok, None, tok)


def claim_events(tokens, res: Resolution, lex) -> Iterator[Candidate]:
    """Claims of responsibility: "ISIS claimed responsibility for the attacks", "the bombing,
    which was claimed by ISIS": the claimant is the actor of the attack."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() != "claim":
            continue
        noun = None
        claimant_tok = subject_token(verb)
        for c in verb.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit"):
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "for":
                        noun = next((event_noun(x, lex) for x in p.children if x.dep_ == "pobj"), None)
            if c.dep_ == "prep" and c.lower_ == "for":
                noun = next((event_noun(x, lex) for x in c.children if x.dep_ == "pobj"), None)
        if noun is None and is_passive(verb) and verb.dep_ == "relcl":
            # "the bombing of a church in Cairo last week, which was claimed by ISIS"
            head = verb.head
            for _ in range(4):
                noun = event_noun(head, lex)
                if noun is not None or head.head.i == head.i:
                    break
                head = head.head
        if noun is None or claimant_tok is None:
            continue
        claimant = actor_of(claimant_tok, res)
        if claimant is None:
            continue
        frame = noun_frame(noun, lex)
        okey, otok = noun_object(noun, frame, res)
        if okey is None:
            otok = thing_acted_on(noun, frame)
        yield Candidate(frame.type, noun, claimant, okey if okey != claimant else None, claimant_tok, otok,
                        frame, verb)


def accusation_events(tokens, res: Resolution, lex, found: list[Candidate], attributor) -> Iterator[Candidate]:
    """A state, body or named person claiming that an actor did something, or that an actor
    stands behind terrorism, accuses that actor: "Egyptian authorities have claimed that Hamas
    ...", "Behind this terrorism stands a country like Iran," Yaalon said. Anonymous sources'
    claims are reported claims, not accusations by a body."""
    for c in found:
        if c.subject is None:
            continue
        verb = c.anchor if c.anchor is not None else c.trigger
        t = verb
        while t.dep_ in ("xcomp", "conj", "acomp") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "ccomp" or t.head.lemma_.lower() not in ("claim", "allege", "accuse", "charge", "assert"):
            continue
        speaker = attributor.speech(t.head)
        accuser = speaker[-1].entity if speaker else None
        ent = res.entities.get(accuser) if accuser else None
        if ent is None or ent.type in ("ANONYMOUS_SOURCE", "MEDIA"):
            continue
        if accuser != c.subject:
            yield Candidate("ACCUSE", t.head, accuser, c.subject, None, c.subject_tok, None, t.head)
    for prep in tokens.preps:
        if prep.lower_ != "behind" or prep.head.lemma_ not in ("be", "stand"):
            continue
        pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if pobj is None or event_noun(pobj, lex) is not None:
            continue
        verb = prep.head
        claim = attributor.attribute(verb, verb)
        if claim.source is None or claim.source.entity is None:
            continue
        accused_tok = subject_token(verb) or next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if accused_tok is None:
            continue
        for key, tok in actors_of(accused_tok, res):
            if key != claim.source.entity:
                yield Candidate("ACCUSE", verb, claim.source.entity, key, None, tok, None, verb)


# Causes that are not actors: natural hazards, accidents, abstractions.
NOT_ACTORS = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "storm", "hurricane", "typhoon",
                        "cyclone", "tornado", "flood", "flooding", "landslide", "mudslide", "avalanche", "drought",
                        "wildfire", "fire", "blaze", "heatwave", "virus", "disease", "outbreak", "epidemic",
                        "pandemic", "violence", "crisis", "accident", "crash", "collision",
                        "magnitude", "wave", "weather", "snow", "rain", "wind", "winds", "recession"})
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})


def entity_type(key: str | None, res: Resolution) -> str | None:
    ent = res.entities.get(key) if key else None
    return ent.type if ent is not None else None


NOMINAL_USES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss", "compound", "attr", "amod"})
FIRST_PERSON = frozenset({"we", "i"})
ONE_SIDED_OK = frozenset({"ASSAULT", "COERCE"})


VICTIMS = frozenset({"people", "person", "civilian", "soldier", "policeman", "officer", "child", "woman", "man",
                     "worker", "protester", "resident", "passenger", "student", "journalist", "worshipper",
                     "citizen", "migrant", "refugee", "hostage", "villager", "pilgrim", "tourist"})


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
    return thing is not None and (location is not None or thing.lemma_.lower() in VICTIMS)


def extract_events(doc, res: Resolution, gaz=None) -> Iterator[Event]:
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
    candidates += list(relation_events(tokens, res, lex))
    candidates += list(accusation_events(tokens, res, lex, list(candidates), attributor))
    seen: set[tuple] = set()
    for c in candidates:
        if c.subject is None and c.subject_tok is not None and c.subject_tok.lower_ in FIRST_PERSON:
            c.subject = attributor.speaker_of_quote(c.subject_tok)
        if c.subject is not None and c.subject == c.object:
            continue   # an actor acting on itself is a resolution error, not an event
        if c.object is not None and c.type not in PLACE_TARGETS and entity_type(c.object, res) == "LOCATION":
            # aid, talks or support go to actors; a place is where, not whom, except a capital
            # ("a visit to Jerusalem" is a visit to Israel's government)
            country = gaz.country_of_capital(res.entities[c.object].name) if gaz is not None else None
            c.object = country.key if country is not None else None
            if country is not None and country.key not in res.entities:
                res.entities[country.key] = entity_for_actor(country)
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
        yield Event(
            type=c.type, subject=c.subject, object=c.object, sentence=sent.text, start=sent.start_char,
            end=sent.end_char, trigger=c.trigger.text, trigger_start=c.trigger.idx,
            trigger_end=c.trigger.idx + len(c.trigger.text), negated=claim.negated, certainty=claim.certainty,
            source=claim.source, location=location, date=date_for(c, doc),
            quantities=quantities_for(c), subject_text=span_text(c.subject_tok), object_text=span_text(c.object_tok),
        )


def span_text(tok) -> str:
    if tok is None:
        return ""
    left = tok.left_edge.i
    return tok.doc[left:tok.i + 1].text


__all__ = ["Candidate", "extract_events", "MEMBER_NOUNS"]
