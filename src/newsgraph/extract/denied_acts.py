"""Denials of having done something (PLOVER REJECT, as "denied the charges"): "the firm denied that it
had bribed officials", "denies conspiring to fix prices", "denied that its troops were involved". The
denier answers an accusation even when the text does not say who made it, so the refusal is news with
its other side unnamed; what is denied stays an event of its own, negated (attribution.py).

A denial of what others did ("denied that the meeting had been cancelled"), of a plan or a forecast
("denied it would sell the unit", "denied that it planned to cut jobs") or of a state ("denied that it
was in talks") answers a report or a rumour, not an accusation, and is not read so here. Token-level
tests only: used by the sense judge and the keep rules.
"""
from __future__ import annotations

from ..wordlists import words
from .arguments import VERBAL
from .wrong_parts import disowned_part

# verbs that deny a deed (narrower than the attribution lexicon's denials: "rejected" or "dismissed" a claim
# answers it without saying the deed was not done)
DENYING = words("denial_verbs")
WRONGDOING_VERBS = words("statement_wrongdoing_verbs")
WRONGDOING_ADVERBS = words("statement_wrongdoing_adverbs")
# states that are an accusation when denied: "denied being involved", "denied that he was responsible"
FAULT_STATES = words("denied_fault_states")
# what one does by plan or feeling rather than deed: "denied it planned to", "denied knowing"
NOT_DEEDS = words("statement_forecast_verbs") | words("denied_non_deeds")
# the denier itself in its clause, by whether the denier is a person: "Mr Brown denied that he had ...",
# "the firm denied that it had ...", "denied that its troops had ..." (a person's "it" is something else:
# "Mr Straw denied it amounted to a crisis")
SELF = {True: frozenset({"he", "she", "we", "i"}), False: frozenset({"it", "they", "we"})}
OWN = {True: frozenset({"his", "her", "our", "my"}), False: frozenset({"its", "their", "our"})}
FORETELLING = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "can", "should", "must"})
SUBJECTS = ("nsubj", "nsubjpass")
GERUNDS = True    # see denied_clauses
# what a speaker calls false when refusing an accusation with its maker unnamed: "said the charges
# against him were false", "said the allegations were baseless"
ACCUSATIONS = words("accusation_forms")


def own_act_denied(verb) -> bool:
    """Whether `verb` denies an act of its own subject ("denied that it had paid bribes", "denied
    bribing officials", "denied that its soldiers were involved") or a wrong done by anyone ("denied
    that the firm had illegally dumped waste")."""
    if verb.lemma_.lower() not in DENYING or any(c.dep_ == "neg" for c in verb.children):
        return False
    denier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = denier is not None and denier.ent_type_ == "PERSON"
    return any(_accusation_answered(clause, person) for clause in denied_clauses(verb))


def denied_clauses(verb, gerunds: bool = GERUNDS) -> list:
    """The clauses a denying verb governs: "denied (that) it had ...", and with `gerunds` a gerund
    ("denied bribing", "denied having bribed", "denied being involved").

    On the bench the gerunds' firings were judged right (5 of 5: "Sudan has denied striking South Sudanese
    territory", "Mr Jackson denies plying a boy with alcohol")."""
    return [c for c in verb.children if c.pos_ in VERBAL and (
        c.dep_ == "ccomp" or gerunds and c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ in ("VBG", "VBN"))]


def _accusation_answered(clause, person: bool) -> bool:
    if any(c.dep_ == "neg" for c in clause.children):
        return False    # "denied that it did not pay": a double negative says too little
    if wrongdoing(clause):
        return True
    if any(c.dep_ == "aux" and c.lower_ in FORETELLING for c in clause.children):
        return False    # "denied it would sell the unit": a rumour of plans
    if disowned_part(clause, denied=True) is not None and _own(clause, person):
        return True     # "denied that it had played any part in the arrests"
    if clause.lemma_.lower() in NOT_DEEDS or any(c.dep_ == "auxpass" for c in clause.children):
        return False    # "denied that it was in talks", "denied knowing him"; "denied being leaned on": done to him
    subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subj is None:    # a gerund's doer is the denier; a clause without a subject is a misparse
        return clause.dep_ != "ccomp"
    # "denied that the meeting had been cancelled": what others did
    return _own(clause, person)


def _own(clause, person: bool) -> bool:
    """Whether the clause's subject is the denier: its pronoun, or a body of its own ("its troops")."""
    subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return subj is not None and (subj.lower_ in SELF[person] or any(
        p.dep_ == "poss" and p.lower_ in OWN[person] for p in subj.children))


def wrongdoing(clause) -> bool:
    """A wrong in the denied clause: a verb of wrongdoing ("had bribed", "conspired"), an adverb
    ("illegally dumped"), or a state of fault ("was involved", "were responsible")."""
    if clause.lemma_.lower() in WRONGDOING_VERBS or clause.lower_ in FAULT_STATES:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in WRONGDOING_ADVERBS for c in clause.children):
        return True
    return any(c.dep_ in ("acomp", "attr", "xcomp") and c.lower_ in FAULT_STATES for c in clause.children) \
        or any(c.dep_ == "xcomp" and c.lemma_.lower() in WRONGDOING_VERBS for c in clause.children)
