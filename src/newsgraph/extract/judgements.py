"""Acts of courts, regulators and accusers stated around the one they fall on: a verdict ("a
Paris court found Sarkozy guilty", PLOVER SANCTION, convict), a penalty a court orders paid ("ordered
Qantas to pay a penalty", SANCTION), and charges, lawsuits, inquiries or sanctions an actor faces
("Monsanto faced charges from the Department of Justice": the accuser acts on the one facing them).
The one judged or facing is the object; the court, regulator or accuser, where named, the subject."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .frames import Candidate
from .noun_phrases import doer_phrase
from .refusals import COURTS

VERDICT_ADJECTIVES = words("statement_verdict_adjectives")
PENALTY_NOUNS = words("statement_penalty_nouns")
ORDERING_VERBS = words("judgements_ordering_verbs")
FACING_VERBS = frozenset({"face"})
FACED_TYPES = frozenset({"ACCUSE", "SANCTION"})
# "could face charges", "would face a fine": a prospect, not charges brought
PROSPECT = frozenset({"will", "would", "could", "may", "might", "'ll", "can", "should", "must"})


def judgement_events(verb, lemma: str, res: KnownActors, lex) -> Iterator[Candidate]:
    if lemma == "find":
        yield from _verdict(verb, res)
    elif lemma in ORDERING_VERBS:
        yield from _ordered_to_pay(verb, res)
    elif lemma in FACING_VERBS:
        yield from _faced(verb, res, lex)


def _faced(verb, res: KnownActors, lex) -> Iterator[Candidate]:
    """"Tesla faces a lawsuit from the EEOC", "Monsanto faced charges from the SEC", "Iran faces
    sanctions from the EU": the accusation or sanction, by whoever the noun says it comes from."""
    if any(c.dep_ == "aux" and c.lower_ in PROSPECT for c in verb.children) or verb.dep_ == "xcomp":
        return   # "could face charges", "is expected to face a lawsuit"
    otok = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    okey = actor_of(otok, res) if otok is not None and otok.pos_ != "PRON" else None
    if okey is None:
        return
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        frame = lex.nouns.get(noun.lemma_.lower())
        if frame is None or frame.type not in FACED_TYPES:
            continue
        stok = doer_phrase(noun, verb)
        skey = actor_of(stok, res) if stok is not None else None
        if skey is not None and skey != okey:   # with no accuser named, "faced criticism" is no event
            yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, verb)


def _verdict(verb, res: KnownActors) -> Iterator[Candidate]:
    """"A Paris court found Sarkozy guilty of corruption", "Trump was found liable for fraud": a
    court's verdict against the one found so (PLOVER SANCTION, convict); "not guilty" is none."""
    verdict = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
                    and c.lower_ in VERDICT_ADJECTIVES), None)
    # "found Reyes guilty of fraud": the parser may hang the verdict on the one found so
    # "found Peterson guilty Friday of murder": or on the day word that follows it ("guilty" its modifier)
    verdict = verdict or next((a for c in verb.children if c.dep_ in ("dobj", "npadvmod") for a in c.children
                               if a.dep_ == "amod" and a.i > verb.i and a.lower_ in VERDICT_ADJECTIVES
                               and (c.dep_ == "dobj" or a.i < c.i)), None)
    if verdict is None or any(c.dep_ == "neg" for c in (*verb.children, *verdict.children)):
        return
    otok = next((c for c in verdict.children if c.dep_ == "nsubj"), None) or next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    yield from _penalty_on(verb, otok, res)


def _ordered_to_pay(verb, res: KnownActors) -> Iterator[Candidate]:
    """"The regulator ordered Qantas to pay a penalty", "Meta was ordered to pay damages": a
    penalty imposed on the one who must pay (PLOVER SANCTION), besides the order itself."""
    pay = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "pay"), None)
    if pay is None or not any(t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in PENALTY_NOUNS for t in pay.subtree):
        return
    otok = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    yield from _penalty_on(verb, otok, res)


def _penalty_on(verb, otok, res: KnownActors) -> Iterator[Candidate]:
    """The court's or regulator's SANCTION of the actor `otok` names, when it names one."""
    okey = actor_of(otok, res) if otok is not None else None
    if okey is None:
        return
    skey, stok = _court(verb, res)
    if skey != okey:
        yield Candidate("SANCTION", verb, skey, okey, stok, otok, None, verb)


def _court(verb, res: KnownActors) -> tuple[str | None, object]:
    """Who rules or orders: the verb's subject, or the agent of its passive ("by a Paris court")."""
    stok = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    skey = actor_of(stok, res) if stok is not None else None
    if skey is None and stok is not None and stok.lemma_.lower() in COURTS:
        stok = None   # "a jury found him guilty": an unnamed court (see unnamed_courts)
    return skey, stok


def unnamed_courts(candidates: list[Candidate]) -> None:
    """A verdict or sentence by a court named by its role alone ("a jury convicted Reyes", "the jury
    found him guilty"): the court goes unnamed, as in "Reyes was convicted", not a doer word that names
    no one; so is an indictment ("a grand jury indicted him", accused_lists.unnamed_accuser). Only the
    act of law: the act the verdict is for keeps its own doer (accused_acts.py)."""
    for c in candidates:
        if c.type in ("SANCTION", "ACCUSE") and c.subject is None and c.subject_tok is not None \
                and c.subject_tok.lemma_.lower() in COURTS:
            c.subject_tok = None
