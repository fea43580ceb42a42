"""Who is said to be behind violence: claims of responsibility ("ISIS claimed responsibility for
the attacks"), "X has been behind a number of attacks, including ...", and accusations by a state,
body or named person."""
from __future__ import annotations

from collections.abc import Iterator

from .actors import KnownActors
from .arguments import VERBAL, actor_of, actors_of, is_passive, subject_token
from .frames import (
    Candidate,
    clause_object,
    event_noun,
    noun_frame,
    noun_object,
    subjects_of,
    thing_acted_on,
)


def responsibility_events(tokens, res: KnownActors, lex, used: set[int]) -> Iterator[Candidate]:
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


def claim_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
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


def accusation_events(tokens, res: KnownActors, lex, found: list[Candidate], attributor) -> Iterator[Candidate]:
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
