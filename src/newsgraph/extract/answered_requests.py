"""Refusals of an offer, proposal or request told just before (PLOVER REJECT: the one refused is whoever
made what is turned down).

- "Germany offered to host talks. Serbia turned down the offer.": a definite proposal noun with no maker
  of its own refuses the maker of the nearest such act before it, in its sentence or the two before
  (an offer made with "offer", a proposal with "propose", a request with "ask" or "request").
- "The EU asked Turkey to recognise Cyprus. Ankara refused.": a refusal with nothing refused answers the
  nearest request made of its subject, or else the nearest call made of no one named ("Blair has called
  for an apology, but the mayor has refused": the one who called).
"""
from __future__ import annotations

from ..doctext import doc_sents
from ..wordlists import table, words
from .actors import KnownActors
from .entity_lookup import named_other
from .frames import Candidate, clause_subject, noun_subject
from .thing_makers import makes_other

# what is turned down, and the words that make one: {"offer": ["offer"], "request": ["ask", "request"]}
MADE_BY = {noun: frozenset(verbs) for noun, verbs in table("answered_proposals").items()}
DEFINITE = words("definite_or_such")
LOOKBACK = 2   # sentences before the refusal's own where the proposal may have been made
# verbs whose subject makes the proposal that is their object: "Vodafone made an offer", "tabled a plan"
PUTTING_FORWARD = words("proposal_making_verbs")


def answered_makers(candidates: list[Candidate], res: KnownActors) -> None:
    """Give each refusal with no other side the maker of the proposal or request it answers (see the
    module's doc)."""
    for c in candidates:
        if c.type != "REJECT" or c.object is not None or c.subject is None or c.trigger.pos_ not in ("VERB", "AUX"):
            continue
        thing = refused_noun(c.trigger)
        if thing is not None:
            found = nearest_proposer(c, thing, MADE_BY[thing.lemma_.lower()] | {thing.lemma_.lower()}, res)
        elif not any(x.dep_ in ("dobj", "xcomp", "ccomp", "prep", "nsubjpass") for x in c.trigger.children):
            found = nearest_asker(c, candidates)   # "Ankara refused."
        else:
            continue
        if found is not None:
            c.object, c.object_tok = found


def refused_noun(verb):
    """The definite proposal noun a refusal turns down with no owner named ("turned down the offer")."""
    for x in verb.children:
        if x.dep_ in ("dobj", "nsubjpass") and x.lemma_.lower() in MADE_BY and not any(
                m.dep_ in ("poss", "compound", "prep", "acl", "relcl") for m in x.children) \
                and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in x.children):
            return x
    return None


def window(c: Candidate) -> int:
    """The first token of the sentences a refusal may answer: its own and the LOOKBACK before."""
    sents = doc_sents(c.trigger.doc)
    here = next(i for i, s in enumerate(sents) if s.start <= c.trigger.i < s.end)
    return sents[max(0, here - LOOKBACK)].start


def nearest_proposer(c: Candidate, thing, made_with: frozenset[str], res: KnownActors):
    """The named subject of the nearest word that makes the proposal ("offered", "an offer", "proposed")
    before the refusal; None when that word's maker is unnamed or is the refuser itself. A verb that made
    a thing of another kind ("Italy proposed a budget ... rejected the plan") made no `thing`."""
    doc = c.trigger.doc
    for tok in reversed(doc[window(c):c.trigger.i]):
        if tok.lemma_.lower() not in made_with or tok.i == c.trigger.i:
            continue
        if tok.pos_ == "NOUN":
            key, stok = noun_subject(tok, res, exclude=c.subject)
            if key is None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in PUTTING_FORWARD:
                key, stok = clause_subject(tok.head, res)   # "Vodafone made a takeover offer"
        elif makes_other(tok, thing, made_with):
            continue   # "Italy proposed a budget" made no plan: the plan was made further back
        else:
            key, stok = clause_subject(tok, res)
        if key is None and tok.pos_ == "NOUN":
            continue   # "the plan" told again with no maker: the same proposal, made further back
        if not named_other(key, c.subject):
            return None
        return key, stok
    return None


def nearest_asker(c: Candidate, candidates: list[Candidate]):
    """The maker of the nearest request made of the refuser before its refusal ("asked Turkey to ..."),
    else of the nearest call made of no one ("called for an apology")."""
    first = window(c)
    requests = sorted((o for o in candidates if o.type == "REQUEST" and first <= o.trigger.i < c.trigger.i
                       and o.subject is not None and not o.subject.startswith("OTHER:")
                       and not same_side(o.subject, c.subject)), key=lambda o: -o.trigger.i)
    found = next((o for o in requests if o.object is not None and same_side(o.object, c.subject)), None)
    found = found or next((o for o in requests if o.object is None), None)
    return (found.subject, found.subject_tok) if found is not None else None


def same_side(a: str, b: str) -> bool:
    """One actor, or a state and its government ("Turkey" asked, "Ankara" refuses)."""
    return a == b or a.removesuffix("-GOV") == b.removesuffix("-GOV")
