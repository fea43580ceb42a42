"""A reported wrong that others suffer at a party's hands accuses the party (PLOVER ACCUSE, mode
disapprove; the speaker accuses): "Kennedy said the public felt let down by Labour", "lawyers said
Scrushy had been deceived by other executives", "said pensioners had been failed by the government".
The wrong is told in the passive, or as felt ("felt betrayed by"), with its doer after "by": the doer
is accused, never the one who suffered (statements.py leaves such a clause to this stage).

Refused: a wrong denied, guessed at or foretold ("had not been misled", "could be let down by", "would
feel betrayed"), a wrong to no party ("the project was abandoned by the firm": a thing abandoned is
nobody let down), and self-criticism: a speaker who says its own side let others down admits a fault
and accuses no one ("the pupils were failed by us, the minister said"). A speaker who says it suffered
the wrong itself is victim_claims.py's; the active "had failed pensioners" judged_conduct.py's. The
verbs are the lists those read: judged_conduct.yaml's letting_down, evaluative.yaml's deserting_phrasals
and victimising_verbs, statements.yaml's statement_wrongdoing_verbs."""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import acting, actors_of, generic_actor, phrasal_lemma
from .frames import Candidate
from .judged_conduct import letting_down_verbs, owed
from .noun_phrases import passive_agent
from .statements import own_body, speaker_of
from .victim_claims import ACCUSE, GUESSED, reported_clauses

# a wrong only guessed at or foretold, not suffered: "could be let down by", "would feel betrayed",
# "if they were misled by"
NOT_DONE = GUESSED | frozenset({"if", "whether", "unless"})


@cache
def wronging_verbs() -> frozenset[str]:
    """Verbs (with their particle) whose passive says a party was wronged by the one after "by"."""
    return letting_down_verbs() | words("deserting_phrasals") | words("victimising_verbs") \
        | words("statement_wrongdoing_verbs")


def suffered_wrong_events(tokens, res: KnownActors, lex, attributor) -> Iterator[Candidate]:
    """ACCUSE candidates of "X said Z had been misled by Y" and "X said Z felt let down by Y"."""
    for verb, clause in reported_clauses(tokens, lex):
        doers = wronging_agents(clause, res)
        speaker = speaker_of(verb, res, attributor) if doers else None
        if speaker is None:
            continue
        skey, stok = speaker
        for okey, otok in doers:
            # its own side's wrong, said by the speaker, is self-criticism
            if okey != skey and own_body(otok, skey, res) is None:
                yield Candidate("ACCUSE", verb, skey, okey, stok, otok, ACCUSE, verb)


def wronging_agents(clause, res: KnownActors) -> list[tuple[str, object]]:
    """The actors named after "by" in a wrong a party suffers: "voters had been misled by the
    Tories", "the public felt let down by Labour"; none for another clause."""
    wronged, sufferer = suffered_wrong(clause)
    if wronged is None or sufferer is None or not done(clause) or not done(wronged) or not party(sufferer, res):
        return []
    doer = passive_agent(wronged)
    return actors_of(doer, res) if doer is not None else []


def suffered_wrong(clause):
    """(the wronging verb, the one who suffers it) of a passive wrong ("had been misled") or a felt one
    ("felt let down", which the parser may also read as a passive), else (None, None)."""
    if phrasal_lemma(clause) in wronging_verbs() and any(c.dep_ == "auxpass" for c in clause.children):
        return clause, next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if clause.lemma_.lower() == "feel":
        wronged = next((c for c in clause.children if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp")
                        and c.tag_ == "VBN" and phrasal_lemma(c) in wronging_verbs()), None)
        return wronged, next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None, None


def party(tok, res: KnownActors) -> bool:
    """Whether a phrase names a party, named or not: "Mr Scrushy", "the public", "pensioners"."""
    return tok.pos_ == "PRON" or owed(tok) or acting(tok, res) is not None or generic_actor(tok, res) is not None


def done(verb) -> bool:
    """A wrong told as done: not denied, guessed at nor foretold."""
    return not any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in NOT_DONE for c in verb.children)
