"""Building blocks of the event constructions: candidates, the token index, and the frames and
arguments of verbs and event nouns."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, actors_of, entity_of_token, generic_actor
from .lexicon import Frame

# Nouns that group events: "a series of attacks", "a wave of strikes".
GROUPING_NOUNS = words("grouping_nouns")


@dataclass(frozen=True, slots=True)
class TokenIndex:
    """The tokens of a document grouped once by what the constructions look at (spaCy builds a
    new Token object each time a Doc is iterated, so each pass over the Doc costs)."""
    verbs: list
    nouns: list
    adjectives: list
    preps: list

    @classmethod
    def of(cls, doc) -> TokenIndex:
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
            for p in (p for p in c.children if p.dep_ == "pobj"):
                # "placed under (house) arrest", "went on strike", "put troops on alert"
                f = lex.verbs.get(f"{lemma} {c.lower_} {p.lemma_.lower()}")
                if f:
                    return f, f"{lemma} {c.lower_} {p.lemma_.lower()}"
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
    if noun_frame(tok, lex) is not None:   # "imposed martial law", "staged war games"
        return tok
    if tok.lemma_.lower() in GROUPING_NOUNS or tok.like_num:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return event_noun(p, lex, depth + 1)
    return None


def noun_object(noun, frame: Frame, res: KnownActors, extra_heads=()) -> tuple[str | None, object]:
    """Who a nominal event is done to: "attacks on X", "the assassination of X"."""
    for head in (noun, *extra_heads):
        for c in head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in frame.object_preps:   # "issued a warning to X"
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        for t in (pobj, *pobj.conjuncts):
                            key = actor_of(t, res) or generic_actor(t, res)
                            if key:
                                return key, t
    return None, None


def noun_subject(noun, res: KnownActors, exclude: str | None = None) -> tuple[str | None, object]:
    """Who carries out a nominal event: "Egypt's crackdown", "Israeli strikes", "a coup by X"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    key = actor_of(pobj, res) or generic_actor(pobj, res)   # "the arrest of X by police"
                    if key:
                        return key, pobj
    for c in noun.lefts:
        if c.dep_ in ("poss", "compound", "amod", "nmod", "nummod"):
            for t in c.subtree:
                key = entity_of_token(t, res)
                if key and key != exclude:
                    return key, t
    return None, None


def between(noun, res: KnownActors) -> list[tuple[str, object]]:
    """"between X and Y" under a symmetric noun (or misattached to the verb it is the object of:
    "claiming cooperation between the IDF and the Egyptian military")."""
    heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    return actors_of(pobj, res)
    return []


def subjects_of(tok, res: KnownActors) -> list[tuple[str, object]]:
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


def agent_by_event(verb, res: KnownActors, lex) -> list[tuple[str, object]]:
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
        if c.dep_ in ("compound", "amod"):   # "rocket fire", "martial law", "general strike"
            f = lex.nouns.get(f"{c.lemma_.lower()} {noun.lemma_.lower()}")
            if f:
                return f
    return lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)


def clause_object(noun, res: KnownActors) -> tuple[str | None, object]:
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
