"""A claim denied in a clause trailing the sentence that tells it (PLOVER REJECT: the one refused is
whoever made the claim): "Democrats accused the president of hiding costs, a charge which the
administration denies", "The chancellor said the Tories' plans meant cuts, which the Tories deny",
"City experts say there is a hole in the finances, a claim denied by the chancellor".

The denier is the trailing clause's subject, or the agent of "denied by"; the one refused is the
subject of the sentence's saying or accusing verb. A trailing denial of what the sentence tells with
no claimant ("he faced charges in court, which he denies") stands with its other side unnamed, for
denied_accusers.py to find the accuser told before it. Only a clause set off by a comma after the
main clause trails it: "the claims which Labour denies were made in March" is the claims' own clause.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .answered_requests import same_side
from .arguments import actor_of
from .frames import Candidate
from .unwritten_sides import REL_PRONOUNS

# verbs that refuse a claim told in the clause before: "which the Tories deny", "a charge the firm rejects"
TRAILING_DENIALS = words("denial_verbs") | {"reject", "dismiss"}   # a refusal trailing a claim denies it
# what a trailing clause's head may name as the thing denied: "a claim", "a charge", "something"
DENIED_THINGS = words("statement_claim_nouns") | frozenset({"something"})


def trailing_denials(verb, res, lex) -> Iterator[Candidate]:
    """The denial of the claim its sentence tells, refusing whoever the sentence says made it (see the
    module's doc)."""
    if verb.lemma_.lower() not in TRAILING_DENIALS or not trailing(verb):
        return
    denier = denier_of(verb)
    skey = actor_of(denier, res) if denier is not None and denier.pos_ != "PRON" else None
    if skey is None:
        return
    claimant = claimant_of(verb.sent.root, skey, res, lex)
    if claimant is not None:
        yield Candidate("REJECT", verb, skey, claimant[0], denier, claimant[1], None, verb)
    else:
        # the claim named, else whoever the sentence says told it, named or not ("The Chancellor said")
        root = verb.sent.root
        thing = verb.head if verb.head.lemma_.lower() in DENIED_THINGS else next(
            (c for c in children(root) if c.dep_ == "nsubj"), root)
        yield Candidate("REJECT", verb, skey, None, denier, thing, None, verb)


def trailing(verb) -> bool:
    """A relative or participle clause after the main clause, set off by a comma, on a claim named
    (", a charge which X denies", ", claims denied by X", ", something X denies") or on the whole
    clause before (", which X denies")."""
    head, root = verb.head, verb.sent.root
    if verb.dep_ not in ("relcl", "acl") or verb.i < root.i or head.i < root.i:
        return False
    relative = next((c for c in children(verb) if c.dep_ == "dobj" and c.lower_ in REL_PRONOUNS), None)
    if verb.dep_ == "relcl" and relative is not None and comma_before(relative):
        return True
    if head.lemma_.lower() not in DENIED_THINGS or not comma_before(head.left_edge):
        return False
    return verb.dep_ == "relcl" or any(c.dep_ == "agent" for c in children(verb))


def comma_before(tok) -> bool:
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ == ","


def denier_of(verb):
    """The relative clause's subject ("which the Tories deny") or the agent of a participle ("denied
    by Labour")."""
    if verb.dep_ == "relcl":
        return next((c for c in children(verb) if c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS), None)
    return next((o for a in children(verb) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"), None)


def claimant_of(root, skey: str, res, lex):
    """The subject of the sentence's saying or accusing verb, when it is an actor other than the
    denier: "City experts say ...", "Democrats have accused ..."."""
    lemma = root.lemma_.lower()
    frame = lex.verbs.get(lemma)
    if lemma not in lex.reporting and (frame is None or frame.type != "ACCUSE"):
        return None
    subj = next((c for c in children(root) if c.dep_ == "nsubj"), None)
    key = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    if key is None or same_side(key, skey):
        return None
    return key, subj
