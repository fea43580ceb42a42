"""A speaker's denial of its own part in a wrong, told without a denying verb (PLOVER REJECT, as "denied
the charges"): "the company said it had played no part in the bribery scheme", "Hamas said it had nothing
to do with the bombing", "the ministry insisted it was not involved in the raid", "the army said it bore
no responsibility for the deaths". The denier is the speaker, who answers an accusation whose maker the
sentence does not name, so the other side stays unnamed (denied_accusers.py may find it told before).
Only the speaker's own part is disowned: "said Iran had no part in the plot" clears another, and a part
owned ("said it had played a part in the talks") or a part in no wrong ("had nothing to do with the
price rise") refuses nothing. denied_acts.py reads the same part after "denied that ...". The words
are data: data/lexicon/words/blamed_causes.yaml (disowned_wrong_nouns) and statements.yaml's harms."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..resolve.pronoun_fit import fits
from .actors import KnownActors
from .arguments import acting, entity_type
from .frames import Candidate
from .statements import speaker_of
from .wrong_parts import disowned_part

SUBJECTS = ("nsubj", "nsubjpass")


def disowned_events(tokens, res: KnownActors, lex, attributor, found: list[Candidate]) -> Iterator[Candidate]:
    """REJECT by a speaker who says it had no part in a wrong, for each speaker the sentence's
    candidates `found` do not already show refusing."""
    refused = {(c.trigger.sent.start, c.subject) for c in found if c.type == "REJECT"}
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in lex.reporting:
            continue
        for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
            wrong = disowned_part(clause)
            if wrong is None:
                continue
            speaker = speaker_of(verb, res, attributor)
            if speaker is None or (verb.sent.start, speaker[0]) in refused or not _self(clause, speaker, res):
                continue
            refused.add((verb.sent.start, speaker[0]))
            yield Candidate("REJECT", verb, speaker[0], None, speaker[1], wrong, None, verb)


def _self(clause, speaker: tuple, res: KnownActors) -> bool:
    """Whether the clause's subject is the speaker: its pronoun, or its name again."""
    subj = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return fits(subj.lower_, entity_type(speaker[0], res))
    return acting(subj, res) == speaker[0]
