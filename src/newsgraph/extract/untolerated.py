"""Violence an actor says it will not tolerate (PLOVER ACCUSE, mode disapprove): "the president said he
would not tolerate attacks on civilians", "the government will not tolerate violence against journalists".
Refusing to tolerate an act of violence or repression (a noun of the lexicon's force types) condemns it, as
"condemned the attacks" does. Its doer, when the noun names one ("Israel's raids", "attacks by the
militants": thing_makers.maker_of), is the one accused; else the accusation stands alone, as a lone
condemnation of violence does (lone_stances.violence_condemned). Tolerating it, or refusing to tolerate a person, a rival or
a delay, is none of this.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .frames import Candidate, clause_subject
from .lexicon import force_noun
from .thing_makers import maker_of

TOLERATING = words("tolerating_verbs")


def untolerated_violence(tokens, res: KnownActors) -> Iterator[Candidate]:
    """ACCUSE by the subject of every refusal to tolerate violence (see the module's doc)."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in TOLERATING or not any(c.dep_ == "neg" for c in children(verb)):
            continue
        acts = [c for c in children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN" and force_noun(c)]
        if not acts:
            continue
        skey, stok = clause_subject(verb, res)
        if skey is not None:
            okey, otok = maker_of(acts[0], res, exclude=skey)
            yield Candidate("ACCUSE", acts[0], skey, okey, stok, otok, None, acts[0])

