"""The sides of harm told in reported speech that judged_conduct.py reads (PLOVER ACCUSE, criticise):

- a thing an actor made, said to do harm, faults its maker: "critics said the plans would destroy
  jobs", "said the Treasury's tax would cripple small firms". A plan, a policy or a tax cannot itself
  kill or wreck, so even a verb that is an event of its own when an actor does it ("would kill off the
  industry") is harm done by whoever made the thing: its owner or "by" doer (thing_makers.maker_of), or,
  for a definite thing with no maker of its own ("the plans"), the maker told before (made_before);
- an unnamed collective that speaks ("critics said", "campaigners say", "unions claimed") accuses as a
  named speaker does: news gives criticism to such groups more often than to names, and the accusation
  verbs already take them as accusers ("critics accused Microsoft of ...").
"""
from __future__ import annotations

from functools import lru_cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .entity_lookup import named_other, unnamed
from .thing_makers import made_before, maker_of

SUBJECTS = ("nsubj",)


@lru_cache(maxsize=1)
def _acted_things() -> frozenset[str]:
    # acts and decisions an actor answers for, and measures said to harm: evaluative.yaml's lists
    return words("judged_acts") | words("harming_measures")


def acted_thing(noun) -> bool:
    """A plan, decision, policy or measure an actor makes ("the plans", "Labour's tax", "the cuts")."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _acted_things() or noun.lower_ in _acted_things())


def thing_maker(thing, skey: str, res: KnownActors, sents) -> tuple[str, object] | None:
    """The named actor other than the speaker `skey` who made `thing`: its own phrase's maker, or for a
    definite thing without one, the maker told before; None when no named actor is found."""
    key, tok = maker_of(thing, res, exclude=skey)
    if key is None and not any(c.dep_ == "poss" for c in thing.children):
        found = made_before(thing, res, sents, skey)
        key, tok = found if found is not None else (None, None)
    if not named_other(key, skey) or tok is None or tok.pos_ == "PRON":
        return None
    return key, tok


def collective_speaker(verb, res: KnownActors) -> tuple[str, object] | None:
    """The unnamed collective a reporting verb's subject names ("critics said", "campaigners say"), or
    None: a pronoun, a named speaker (statements.speaker_of's) or no collective."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    key = actor_of(subj, res) or generic_actor(subj, res)
    return (key, subj) if key is not None and unnamed(key) else None
