"""Blame told as cause: a reported clause that names another actor, or what it did, as the cause of a
harm (PLOVER ACCUSE, blame): "the union said the shortages were caused by the government's import
policy", "said the crisis was the direct result of Labour's policies", "said the collapse of the talks
was the fault of Hamas", "said the ministry was at fault", "said the losses stemmed from the board's
decisions". judged_conduct.py finds the speaker; this module reads the clause. The accused is the actor
named as the cause, or the maker of the thing so named ("Labour's policies"); a harm put down to the
weather or to things of nobody's making accuses no one ("said the delay was caused by fog"), and a cause
denied or guessed at ("was not caused by", "may have been caused by") charges nobody. The words are
data: data/lexicon/words/blamed_causes.yaml."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .accountable import held_to_account
from .actors import KnownActors
from .arguments import acting
from .noun_phrases import passive_agent, prep_objects
from .stance import harm_noun
from .thing_makers import maker_of
from .valence import strongly_negative

CAUSE_NOUNS = words("blamed_cause_nouns")
SOURCE_VERBS = words("blamed_source_verbs")
AGENT_VERBS = words("blamed_agent_verbs")
SUBJECTS = ("nsubj", "nsubjpass")
UNSURE = words("unsure_markers")


def blamed_cause(clause, skey: str, res: KnownActors) -> tuple[str, object] | None:
    """The actor (key, token) other than the speaker `skey` whom `clause` names as the cause of a harm,
    or None."""
    if any(c.dep_ in ("neg", "aux", "mark") and c.lower_ in UNSURE | {"not", "n't", "never"}
           for c in children(clause)):
        return None
    cause = _cause(clause)
    if cause is None:
        return None
    key, tok = acting(cause, res), cause
    if key is None:   # "Labour's policies", "the decisions of the board": whoever made them
        key, tok = maker_of(cause, res, skey)
    if key is None or key == skey or key.startswith("OTHER:") or not held_to_account(key, res):
        return None
    return key, tok


def _cause(clause):
    """The cause `clause` names for a harm: the agent of "was caused by", the "of" of "was the result
    of" / "the fault of", the "from" of "stemmed from", or the subject of "was at fault"."""
    subj = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subj is None:
        return None
    lemma = clause.lemma_.lower()
    if lemma in AGENT_VERBS and subj.dep_ == "nsubjpass":
        return passive_agent(clause) if _harm(subj) else None
    if lemma in SOURCE_VERBS:
        source = _object_of(clause, "from")
        return source if source is not None and _harm(subj) else None
    if lemma != "be":
        return None
    if getattr(_object_of(clause, "at"), "lower_", None) == "fault":
        return subj   # "the ministry was at fault"
    attr = next((c for c in children(clause) if c.dep_ == "attr" and c.lemma_.lower() in CAUSE_NOUNS), None)
    if attr is None or not (attr.lemma_.lower() == "fault" or _harm(subj)):
        return None
    return _object_of(attr, "of")


def _object_of(head, prep: str):
    """The first object of `head`'s preposition `prep`, or None."""
    return next(iter(prep_objects(head, prep)), None)


def _harm(noun) -> bool:
    """A harm one answers for: "the crisis", "the shortages", "the flooding", "job losses"."""
    return harm_noun(noun) or strongly_negative(noun, lemma_only=True) or any(
        c.dep_ == "compound" and harm_noun(c) for c in children(noun))
