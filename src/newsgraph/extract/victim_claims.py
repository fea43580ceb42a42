"""A speaker who says it suffers a wrong at another's hands accuses the other (PLOVER ACCUSE): "the
pair claim they are being punished by the authorities", "Smith said he had been smeared by the
tabloids", "the firm complained it had been misled by the regulator". The wrong is told in the
passive with its doer after "by"; the sufferer is the speaker itself (a pronoun, or the speaker
named again). statements.py reads a speaker's clause about itself as its own stance and does not
look for this; violence and coercion so told are their own events besides ("was beaten by police").
The verbs are data: data/lexicon/words/evaluative.yaml (victimising_verbs)."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, actors_of
from .frames import Candidate, subjects_of
from .lexicon import Frame
from .noun_phrases import passive_agent
from .statements import speaker_of

ACCUSE = Frame(type="ACCUSE")
VICTIMISING = words("victimising_verbs")
# a wrong feared or guessed at, not suffered: "said they could be punished by the courts"
GUESSED = frozenset({"could", "might", "may", "can", "would", "will", "'ll"})
SAYING = words("victim_saying_verbs")


def reported_clauses(tokens, lex) -> Iterator[tuple[object, object]]:
    """(verb of saying or claiming, the clause it reports) for each reported clause of the document:
    where a speaker tells of a wrong suffered (here and suffered_wrongs.py)."""
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if lemma in lex.reporting or lemma in SAYING:
            for clause in (c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in VERBAL):
                yield verb, clause


def victim_claims(tokens, res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """ACCUSE candidates of "X said it had been misled by Y"."""
    for verb, clause in reported_clauses(tokens, lex):
        if clause.lemma_.lower() not in VICTIMISING or not suffered(clause):
            continue
        sufferer = next((c for c in children(clause) if c.dep_ == "nsubjpass"), None)
        doer = passive_agent(clause)
        speaker = speaker_of(verb, res, attributor) if sufferer is not None and doer is not None else None
        if speaker is None or not (sufferer.pos_ == "PRON" or actor_of(sufferer, res) == speaker[0]):
            continue
        # "Khodorkovsky and Lebedev claim they are being punished": each who speaks
        accusers = subjects_of(speaker[1], res) if speaker[1] is not None else []
        if speaker[0] not in (k for k, _ in accusers):
            accusers = [speaker]
        for okey, otok in actors_of(doer, res):
            for skey, stok in accusers:
                if okey != skey:
                    yield Candidate("ACCUSE", verb, skey, okey, stok, otok, ACCUSE, verb)


def suffered(clause) -> bool:
    """A passive clause told as done, not denied or feared: "are being punished", "had been misled"."""
    return any(c.dep_ == "auxpass" for c in children(clause)) and not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in GUESSED for c in children(clause))
