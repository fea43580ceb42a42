"""Rulings that deny a party what it sought to do (PLOVER REJECT, a court refusing a claim or a
power): "the appeals court ruled that the government could not sue the tobacco firms", "a judge
found that Uber had no right to dismiss the drivers", "the tribunal decided that the ministry was not
entitled to withhold the files". The court is the subject; the party denied the object. A ruling that
someone else may not act on the party ("could not be extradited") denies the party nothing. A ruling
that a case may not go on ("the court found that the case could not be brought") refuses whoever
brought it, named or not.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_of_token
from .entity_lookup import unnamed
from .frames import Candidate
from .refusals import LEGAL_MATTERS

# who rules: "the Court of Appeals", "a federal judge", "the tribunal", "the regulator"
COURTS = words("ruling_bodies")
RULING_VERBS = words("judicial_ruling_verbs")
# "could not sue", "cannot use": what the party may not do
DENYING_MODALS = words("possibility_modals")


def court_of(verb, res: KnownActors) -> tuple[str, object] | None:
    """The court that rules through `verb` ("the Court of Appeals ruled"), with its token."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not court_named(subj):
        return None
    skey = actor_of(subj, res)
    return (skey, subj) if skey is not None else None


def court_verdict(verb, subject_tok) -> bool:
    """Whether a court rules or finds through `verb` ("a jury found Reyes guilty", "the court found that
    Uber had broken the law", "Judge Alsup ruled that"): the verdict is the court's act, not its claim."""
    return verb.lemma_.lower() in RULING_VERBS and subject_tok.dep_ == "nsubj" and subject_tok.head.i == verb.i \
        and court_named(subject_tok)


def court_named(subj) -> bool:
    """Whether a subject names one who rules: a court noun ("the tribunal", "a federal judge", "the
    panel") or a name with one before it ("Judge William Alsup", "Justice Smith")."""
    return any(t.lemma_.lower() in COURTS for t in (subj, *subj.children) if t.i <= subj.i)


def court_findings(verb, res: KnownActors, lex, state) -> Iterator[Candidate]:
    """What a court rules of a party, read as a statement of it (`state`: statements._content):
    "a court ruled that Lifan must stop selling the copies" orders Lifan (REQUEST); "the Lords ruled
    that the measures broke human rights laws" faults their maker (ACCUSE). Verbs of finding that
    report ("found that", "declared that") are read as speech already."""
    court = None if verb.lemma_.lower() in lex.reporting else court_of(verb, res)
    if court is None:
        return
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERBAL):
        yield from state(verb, clause, court, res, demanding=False)


def ruled_against(verb, res: KnownActors) -> Iterator[Candidate]:
    """REJECT by a court of the party a ruling denies a power: subject the court, object the party."""
    court = court_of(verb, res)
    if court is None:
        return
    skey, subj = court
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERBAL):
        matter = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.lemma_.lower() in LEGAL_MATTERS), None)
        if matter is not None:   # "found that the case could not be brought": refused its plaintiff
            if barred(clause):
                party = plaintiff(matter)
                okey = actor_of(party, res) if party is not None else None
                if okey != skey:
                    yield Candidate("REJECT", verb, skey, okey, subj, party, None, verb)
            continue
        party = next((c for c in clause.children if c.dep_ == "nsubj"), None)   # not nsubjpass: done to it
        if party is None or party.pos_ == "PRON" or not denied(clause):
            continue
        okey = actor_of(party, res) if entity_of_token(party, res) is not None else None
        if okey is not None and okey != skey and not unnamed(okey):
            yield Candidate("REJECT", verb, skey, okey, subj, party, None, verb)


def denied(clause) -> bool:
    """"could not sue", "cannot use", "had no right to", "was not entitled to"."""
    kids = list(clause.children)
    if any(k.dep_ == "auxpass" for k in kids):
        return False
    negated = any(k.dep_ == "neg" for k in kids)
    if negated and any(k.dep_ == "aux" and k.lower_ in DENYING_MODALS for k in kids):
        return True
    lemma = clause.lemma_.lower()
    if lemma == "have":   # "had no right to", "had no power to"
        return any(k.dep_ == "dobj" and k.lower_ in ("right", "power", "authority", "jurisdiction") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in k.children) for k in kids)
    return lemma == "be" and negated and any(k.dep_ == "acomp" and k.lower_ in ("entitled", "allowed", "permitted")
                                             for k in kids)


def barred(clause) -> bool:
    """"could not be brought", "cannot proceed", "may not go ahead": a case the ruling does not allow."""
    kids = list(clause.children)
    return any(k.dep_ == "neg" for k in kids) and any(k.dep_ == "aux" and k.lower_ in DENYING_MODALS for k in kids)


def plaintiff(matter):
    """Who brought a case: "the case brought by the union", "Greenpeace's lawsuit"; None if unnamed."""
    return next((p for a in matter.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                 for p in g.children if p.dep_ == "pobj"),
                next((c for c in matter.children if c.dep_ == "poss" and c.pos_ != "PRON"), None))
