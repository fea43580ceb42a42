"""Accusations carried by a vice or a failing that a reported statement pins on another actor (PLOVER
ACCUSE, criticise), with no accusing verb and no condemnatory predicate: "'This is typical of Lib Dem
hypocrisy,' said the Tory spokeswoman", "the coroner said the death was caused by failings of the
police", "'Wal-Mart's failure to comply with the law put lives at risk,' said the attorney general".
The noun's owner (the name before it, "X's", "of X", "by X") is the accused; the accuser is the claimant
the attribution gives the noun (a reporting verb's speaker, a quote's, the source of "according to"),
never the owner itself ("we admit our failings"). A failing denied ("there was no negligence by the
firm") is none, and "failure" faults only with the act left undone ("failure to comply"): "the bank's
failure" is its collapse. The words are data: data/lexicon/words/said_content.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..wordlists import table, words
from .accountable import held_to_account
from .actors import KnownActors
from .arguments import acting, entity_type
from .entity_lookup import standing_for
from .frames import Candidate, noun_subject
from .said_about import FORECAST_VERBS
from .statements import NOT_SPEAKERS, speaker_of

# a failing weighed or denied rather than charged: "no incompetence", "any negligence", "whether"
DENYING_DETS = words("said_content_denying_dets")
OWNER_PREPS = words("said_content_owner_preps")


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    return {sense: frozenset(entries) for sense, entries in table("owned_failings").items()}


def owned_failing_events(tokens, res: KnownActors, lex, attributor, found: list[Candidate]) -> Iterator[Candidate]:
    """ACCUSE by a speaker of the actor owning a vice or failing in what it says, for each pair the
    sentence's candidates `found` do not already accuse."""
    senses = _senses()
    accused = {(c.trigger.sent.start, c.subject, c.object) for c in found if c.type == "ACCUSE"}
    for noun in tokens.nouns:
        lemma = noun.lower_
        if not (lemma in senses["vices"] or lemma in senses["undone"] and _left_undone(noun)) or _weighed(noun):
            continue
        skey = _speaker(noun, res, lex, attributor)
        if skey is None or entity_type(skey, res) in NOT_SPEAKERS or not held_to_account(skey, res):
            continue
        okey, otok = _owner(noun, res, skey)
        if okey is None or okey.startswith("OTHER:") or not held_to_account(okey, res):
            continue
        if (noun.sent.start, skey, okey) in accused:
            continue
        accused.add((noun.sent.start, skey, okey))
        yield Candidate("ACCUSE", noun, skey, okey, None, otok, None, noun)


def _speaker(noun, res: KnownActors, lex, attributor) -> str | None:
    """Who says the noun: the speaker of the reporting verb whose clause holds it ("'This is typical of
    Lib Dem hypocrisy,' said Caroline Spelman"), else the claimant the attribution gives (a quote's
    speaker named in another sentence, "according to X"); None where the claim is denied or nobody's, and
    where the reporting verb's own speaker is not found (a misparse: "said Tory shadow secretary X")."""
    claim = attributor.attribute(noun, noun)
    if claim.negated:
        return None
    verbs = [t for t in noun.ancestors if t.lemma_.lower() in lex.reporting]
    found = next((f for v in verbs if (f := speaker_of(v, res, attributor)) is not None), None)
    if verbs:   # a verb whose speaker is not found leaves the claim to nobody, not to another sentence
        return found[0] if found is not None else None
    return standing_for(claim.source.entity, res) if claim.source is not None and claim.source.entity else None


def _left_undone(noun) -> bool:
    """"failure to comply", "failure to act": a duty not done, not a failure to win or to grow."""
    return any(c.dep_ == "acl" and c.lemma_.lower() not in FORECAST_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


def _weighed(noun) -> bool:
    """A failing denied or asked about: "no negligence", "any incompetence", "accusations of hypocrisy"
    are told by the accusing word they hang on, if at all."""
    return any(d.dep_ == "det" and d.lower_ in DENYING_DETS for d in noun.children)


def _owner(noun, res: KnownActors, skey: str) -> tuple[str | None, object]:
    """Whose vice or failing: the name before it ("Tory sleaze", "Shell's negligence"), the doer after
    "by", or the one it is "of" ("the arrogance of the Labour Party")."""
    key, tok = noun_subject(noun, res, exclude=skey)
    if key is not None:
        return key, tok
    for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ in OWNER_PREPS
                for o in p.children if o.dep_ == "pobj"):
        key = acting(obj, res)
        if key is not None and key != skey:
            return key, obj
    return None, None
