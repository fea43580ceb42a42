"""Anger shown in a reaction: "Greek unions reacted with fury to the government's pension reform",
"farmers reacted angrily to the EU's decision to cut subsidies", "Beijing responded with outrage to the
president's visit". A reaction of anger, scorn or condemnation is criticism (PLOVER ACCUSE) by the one
who reacts of the actor reacted to, or of whoever made the act reacted to (its owner, its "by" agent, or
for a definite act with no maker named, the maker told before: thing_harms.thing_maker). A calm or
welcoming reaction ("reacted cautiously", "responded positively") faults no one, and a reaction to a
thing of nobody's making ("reacted angrily to the floods") accuses no one. The words are data:
data/lexicon/words/blamed_causes.yaml."""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .frames import Candidate, subjects_of
from .noun_phrases import prep_objects
from .thing_harms import thing_maker

REACTING = words("reacting_verbs")
ANGRY_MANNERS = words("angry_manners")
ANGRY_FEELINGS = words("angry_feelings")


def angry_reactions(tokens, res: KnownActors, sents) -> Iterator[Candidate]:
    """ACCUSE by the subject of an angry reaction of the side reacted to."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in REACTING or any(c.dep_ == "neg" for c in children(verb)) or not _angry(verb):
            continue
        # "reacted angrily to X", and "responded with anger to X" where the parser hangs "to" on the feeling
        heads = (verb, *(o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with" for o in children(p)))
        target = next((o for h in heads for o in prep_objects(h, "to")), None)
        if target is None:
            continue
        subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        for skey, stok in subjects_of(subj, res):
            faulted = _reacted_to(target, skey, res, sents)
            if faulted is not None:
                yield Candidate("ACCUSE", verb, skey, faulted[0], stok, faulted[1], None, verb)


def _angry(verb) -> bool:
    """"reacted angrily", "responded with fury", "reacted with anger and dismay"."""
    if any(c.dep_ == "advmod" and c.lower_ in ANGRY_MANNERS for c in children(verb)):
        return True
    return any(o.lemma_.lower() in ANGRY_FEELINGS or o.lower_ in ANGRY_FEELINGS for o in prep_objects(verb, "with"))


def _reacted_to(target, skey: str, res: KnownActors, sents) -> tuple[str, object] | None:
    """The actor reacted to (key, token): the one named, or the maker of the act named."""
    named = (target, *(c for c in children(target) if c.dep_ == "poss"), *prep_objects(target, "by"))
    for tok in named:   # the actor itself, the owner of the act ("Mr Howard's remarks") or its "by" agent
        key = actor_of(tok, res)
        if key is not None:
            return (key, tok) if key != skey else None
    return thing_maker(target, skey, res, sents)
