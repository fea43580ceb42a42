"""Which actor a noun phrase head stands for, and the actors in the subject of the clause governing a
token: what pronouns and descriptions (resolve/coref.py, resolve/descriptions.py) may not refer to
("Hamas ... helping the fellow terrorist group": not Hamas)."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import table, words
from .resolution import ResolutionDraft
from .spoken_for import spoken_for_key
from .they_pronouns import NON_PERSON_ACTORS

PARTITIVE = words("partitive")
# nouns for a body of its own ("firm", "bank", "club", "party", "group"): a place modifying one says where it
# is, not who acts ("Swiss cement firm Holcim", "the UK's biggest bank": neither Switzerland nor the UK)
BODY_NOUNS = words("company_kinds") | {h for heads in table("org_description_kinds").values() for h in heads} | {"group"}
PLACE_TYPES = frozenset({"COUNTRY", "LOCATION"})
# prepositions whose gerund the verb's object does ("thanked her for inspiring him", "accused him of lying")
OBJECT_DOER_PREPOSITIONS = words("clause_subjects_object_doer_prepositions")
# first and second person subjects: never the antecedent of "him", "her" or "them"
SPEAKERS = frozenset({"i", "we", "you"})


def phrase_key(tok, res: ResolutionDraft) -> str | None:
    """The actor a noun phrase head stands for: its own mention, or a name modifying it
    ("ISIS leaders" -> ISIS, "Hamas's fighters" -> Hamas), the people a plural count is of
    ("Thousands of protesters", "hundreds of workers"), or the body a person speaks for ("a
    spokesman for Greenpeace": resolve/spoken_for.py). A place is no name of a firm, bank, club, party
    or group it modifies: such a body is the name put beside it, or no one ("Swiss firm Holcim")."""
    key = res.actor_at(tok.i)
    if key:
        return key
    if tok.tag_ in ("NNS", "CD") and (tok.lower_ in PARTITIVE or tok.like_num):
        for o in (o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of" for o in children(p) if o.dep_ == "pobj"):
            key = res.actor_at(o.i)
            if key and o.tag_ in ("NNS", "NNPS"):
                return key
    body, placed = tok.lemma_.lower() in BODY_NOUNS, False
    for c in children(tok):
        if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < tok.i:
            k = res.actor_at(c.i)
            if k and body and _place(k, res):
                placed = True
            elif k:
                return k
            elif body and c.lower_ == "based" and any(_place(res.actor_at(g.i), res) for g in c.lefts):
                placed = True   # "the Tokyo-based firm Sanwei"
    if placed:
        return _own_name(tok, res)   # "Swiss cement firm Holcim": Holcim; "a Swiss firm": no one named
    return spoken_for_key(tok, res, NON_PERSON_ACTORS)


def _own_name(tok, res: ResolutionDraft) -> str | None:
    """The name put beside a singular body noun ("the Japanese carmaker Toyota", "a Swiss firm, Holcim"), if any."""
    if tok.tag_ != "NN":
        return None   # "US firms Boeing and Lockheed": several
    for c in children(tok):
        if c.dep_ == "appos" and c.i > tok.i:
            k = res.actor_at(c.i)
            if k and not _place(k, res):
                return k
    return None


def places_a_body(tok, res: ResolutionDraft) -> bool:
    """Whether `tok` is a place modifying a body noun ("the UK's biggest bank", "Swiss firm Holcim"):
    where the body is, no antecedent of a later "it" or "its", which is the body's."""
    return tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.lemma_.lower() in BODY_NOUNS \
        and _place(res.actor_at(tok.i), res)


def _place(key: str | None, res: ResolutionDraft) -> bool:
    ent = res.entities.get(key) if key else None
    return ent is not None and ent.type in PLACE_TYPES


# clauses without a subject of their own that take the subject of the verb above: control, coordination, an
# adverbial clause and a verb the parser hangs on the one before it ("called Flynn and arranged to meet her,
# then shot her"); a gerund after a preposition has its own reading (gerund_governor)
SUBJECT_SHARING = frozenset({"xcomp", "conj", "advcl", "dep"})


def clause_subject_keys(tok, res: ResolutionDraft) -> set[str]:
    """Entities in the subject of the clause that governs `tok`, through the clauses that share their
    subject and a gerund after a preposition ("Some of the Hamas men went on to join the group" -> Hamas)."""
    head = tok
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            keys = {res.token_entity[t.i] for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")
                    for t in c.subtree if t.i in res.token_entity}
            if not keys and head.dep_ == "relcl" and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in children(head)):
                key = phrase_key(head.head, res)    # "demonstrators who attacked them": not the demonstrators
                keys = {key} if key else set()
            if keys:
                return keys
            if head.dep_ == "pcomp":
                # "Jones was charged after stabbing him": the gerund's doer governs the preposition
                head, keys = gerund_governor(head, res)
                if head is None or keys:
                    return keys
                continue
            if head.dep_ not in SUBJECT_SHARING or head.dep_ == "dep" and head.head.pos_ not in ("VERB", "AUX"):
                return set()
        if head.head.i == head.i:
            break
        head = head.head
    return set()


def gerund_governor(gerund, res: ResolutionDraft):
    """(the word a gerund's preposition hangs on, the entities of its object where that object does the
    gerund's act), or (None, empty) where nothing there does it. A verb's or an adjective's subject does
    it ("charged after stabbing him", "was intent on recruiting him"), the object of "for" and "of"
    where the verb has one ("thanked her for inspiring him", "accused him of hiding it"); a noun or a
    copula names no doer ("talk of shutting him down", "with betting on him becoming the next Doctor"), and
    a gerund with its own subject is that subject's."""
    prep, governor = gerund.head, gerund.head.head
    if prep.dep_ != "prep" or governor.pos_ not in ("VERB", "ADJ") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children(gerund)):
        return None, set()    # "with two defenders hanging on him": the gerund's own subject does it
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SPEAKERS for t in (governor, governor.head)
           for c in children(t)):
        return None, set()    # "as I know from working with him": a speaker is no third person's antecedent anyway
    objects = [c for c in children(governor) if c.dep_ == "dobj"]
    if prep.lower_ in OBJECT_DOER_PREPOSITIONS and objects:
        # the object itself, not an owner in it ("thanked his mother for inspiring him": not "his")
        keys = {k for c in objects if (k := res.actor_at(c.i))}
        return (governor, keys) if keys else (None, set())
    return governor, set()


def clause_subject(tok):
    """The subject head of the clause governing `tok`, through control and coordination."""
    head = tok
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX"):
            for c in children(head):
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("which", "that", "who"):
                    return c
            if head.dep_ not in ("xcomp", "conj", "advcl"):
                return None
        if head.head.i == head.i:
            return None
        head = head.head
    return None
