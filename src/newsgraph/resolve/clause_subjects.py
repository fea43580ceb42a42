"""Which actor a noun phrase head stands for, and the actors in the subject of the clause governing a
token: what pronouns and descriptions (resolve/coref.py, resolve/descriptions.py) may not refer to
("Hamas ... helping the fellow terrorist group": not Hamas)."""
from __future__ import annotations

from ..wordlists import words
from .resolution import ResolutionDraft
from .spoken_for import spoken_for_key
from .they_pronouns import NON_PERSON_ACTORS

PARTITIVE = words("partitive")


def phrase_key(tok, res: ResolutionDraft) -> str | None:
    """The actor a noun phrase head stands for: its own mention, or a name modifying it
    ("ISIS leaders" -> ISIS, "Hamas's fighters" -> Hamas), the people a plural count is of
    ("Thousands of protesters", "hundreds of workers"), or the body a person speaks for ("a
    spokesman for Greenpeace": resolve/spoken_for.py)."""
    key = res.mention_head.get(tok.i) or res.token_entity.get(tok.i)
    if key:
        return key
    if tok.tag_ in ("NNS", "CD") and (tok.lower_ in PARTITIVE or tok.like_num):
        for o in (o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            key = res.mention_head.get(o.i) or res.token_entity.get(o.i)
            if key and o.tag_ in ("NNS", "NNPS"):
                return key
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < tok.i:
            k = res.mention_head.get(c.i) or res.token_entity.get(c.i)
            if k:
                return k
    return spoken_for_key(tok, res, NON_PERSON_ACTORS)


def clause_subject_keys(tok, res: ResolutionDraft) -> set[str]:
    """Entities in the subject of the clause that governs `tok`, through control, coordination and
    a gerund after a preposition ("Some of the Hamas men went on to join the group" -> Hamas)."""
    head = tok
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            keys = {res.token_entity[t.i] for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree if t.i in res.token_entity}
            if not keys and head.dep_ == "relcl" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in head.children):
                key = phrase_key(head.head, res)    # "demonstrators who attacked them": not the demonstrators
                keys = {key} if key else set()
            if keys:
                return keys
            # "Jones was charged after stabbing him": a gerund after a preposition takes the
            # subject of the verb the preposition hangs on
            if head.dep_ not in ("xcomp", "conj", "advcl", "pcomp"):
                return set()
        if head.head.i == head.i:
            break
        head = head.head
    return set()


def clause_subject(tok):
    """The subject head of the clause governing `tok`, through control and coordination."""
    head = tok
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that", "who"):
                    return c
            if head.dep_ not in ("xcomp", "conj", "advcl"):
                return None
        if head.head.i == head.i:
            return None
        head = head.head
    return None
