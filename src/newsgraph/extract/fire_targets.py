"""Whom fire was opened on when no "on" or "at" phrase names them (PLOVER ASSAULT): the people the
shooting's participle harms ("opened fire, killing two guards", "opened fire at a party, wounding a
man") or the people the clause joined before it acted on, the same doer's ("sought out her
coworkers and opened fire", "surrounded the protesters and opened fire"). A place the fire was
opened at stays where; things acted on first ("grabbed a rifle and opened fire") name no one.
The words are data: data/lexicon/words/force_acts.yaml."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of
from .entity_lookup import entity_type
from .fates import dropped
from .frames import Candidate

HARMS = words("fire_harm_participles")
# what the clause before names that is where the fire was opened, not whom: places, firms, states
NOT_SHOT_AT = frozenset({"LOCATION", "ORGANIZATION", "MEDIA", "COUNTRY", "GOVERNMENT"})


def fire_targets(candidates: list[Candidate], res: KnownActors) -> None:
    """Give an objectless opening of fire the people its participle harms or its first clause acted on;
    where the participle's own candidate has both sides ("opened fire, killing two guards"), that one
    tells the act and the opening is left out."""
    told = {c.trigger.i for c in candidates if c.type == "ASSAULT" and c.subject is not None and c.object is not None}
    for c in list(candidates):
        fire = c.trigger
        if c.type != "ASSAULT" or c.object is not None or fire.lemma_.lower() != "fire" or fire.dep_ != "dobj":
            continue
        verb = fire.head
        if any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for t in (fire, verb) for p in t.children):
            continue   # "opened fire on the crowd": the phrase names whom, read or not
        harm = harm_after(verb, fire)
        if harm is not None and harm.i in told:
            candidates.remove(c)
            dropped(c, "covered")
            continue
        found = harm_object(harm, res) if harm is not None else acted_on_before(verb, res)
        if found is not None and found[0] != c.subject:
            c.object, c.object_tok = found


def harm_after(verb, fire):
    """"opened fire, killing two guards": the harm participle after the fire, in its clause."""
    return next((part for part in verb.subtree if part.i > fire.i and part.tag_ == "VBG"
                 and part.lemma_.lower() in HARMS and part.dep_ in ("advcl", "acl", "xcomp", "conj")), None)


def harm_object(harm, res: KnownActors) -> tuple[str, object] | None:
    for obj in (o for o in harm.children if o.dep_ == "dobj"):
        return next(iter(actors_of(obj, res)), None)
    return None


def acted_on_before(verb, res: KnownActors) -> tuple[str, object] | None:
    """"located her victims and opened fire": the people the verb the opening is joined to acted on; not
    a place or a firm entered first, nor the owner of a place ("entered the offices of Acme and opened
    fire": where, not whom)."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    for obj in (o for o in verb.head.children if o.dep_ == "dobj"):
        if any(x.dep_ == "appos" or x.dep_ == "prep" and x.lower_ == "of" for x in obj.children):
            return None   # "entered the office of the firm, Gordon Advisors": a place named by its owner
        found = next(iter(actors_of(obj, res)), None)
        if found is not None and entity_type(found[0], res) not in NOT_SHOT_AT:
            return found
    return None
