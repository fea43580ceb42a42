"""Refusals said in words that are no refusing verb (PLOVER REJECT).

- "Norway said no to the treaty", "Sweden has said no to Germany's plan": saying no to something refuses
  it; the other side is the actor said no to, or the maker of what is ("Germany's plan").
- A claim of one's own innocence rejects the accusation it answers: "the bank insisted it had done nothing
  wrong", "Shell said it had not done anything improper", "Halliburton maintains that it is innocent",
  "the ministry insisted it had acted lawfully", "said it had broken no rules".
  The accuser is left unnamed (it is told elsewhere, if at all), as for "denied any wrongdoing".
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type
from .frames import Candidate, maker_of
from .said_refusals import TELLING
from .statements import NOT_SPEAKERS, SELF_PRONOUNS, speaker_of

# what one says one has not done: "done nothing wrong", "did not do anything improper"
WRONG = words("innocence_wrongs")
# what one says one is: "insisted he was innocent"
INNOCENT = words("innocence_states")
NONE_DONE = frozenset({"nothing", "anything"})
# how one says one acted ("had acted lawfully"), and the rules one says one did not break
LAWFUL = words("innocence_manners")
RULES = words("innocence_rules")
BREAKING = frozenset({"break", "breach", "violate"})


def spoken_refusals(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """Each "said no to" and each claim of the speaker's own innocence (see the module's doc)."""
    for verb in tokens.verbs:
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.lemma_.lower() == "say":
            yield from said_no(verb, res)
        if verb.lemma_.lower() not in TELLING:
            continue   # a claim of innocence is told: "believes it did nothing wrong" replies to no one
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and innocence(c)):
            speaker = speaker_of(verb, res, attributor)
            subj = next((x for x in clause.children if x.dep_ == "nsubj"), None)
            if speaker is None or subj is None or entity_type(speaker[0], res) in NOT_SPEAKERS:
                continue
            if subj.lower_ in SELF_PRONOUNS or actor_of(subj, res) == speaker[0]:
                yield Candidate("REJECT", verb, speaker[0], None, speaker[1], clause, None, verb)


def said_no(verb, res: KnownActors) -> Iterator[Candidate]:
    """"X said no to Y" (the parser hangs "no" on the verb as an interjection or an object)."""
    if not any(c.lower_ == "no" and c.dep_ in ("intj", "dobj", "npadvmod", "advmod") for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    thing = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                  if o.dep_ == "pobj"), None)
    if skey is None or thing is None:
        return
    okey = actor_of(thing, res)
    otok = thing
    if okey is None:
        okey, otok = maker_of(thing, res, skey)
    yield Candidate("REJECT", verb, skey, okey if okey != skey else None, subj, otok or thing, None, verb)


def innocence(clause) -> bool:
    """A clause that says its subject did no wrong or is innocent: "had done nothing wrong", "had not
    done anything improper", "is innocent"."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemma == "do":
        done = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ in NONE_DONE), None)
        return done is not None and (done.lower_ == "nothing") != negated and any(
            a.lower_ in WRONG for a in done.children if a.dep_ in ("amod", "advmod"))
    if lemma == "be" and not negated:
        return any(c.dep_ == "acomp" and c.lower_ in INNOCENT for c in clause.children)
    if lemma == "act" and not negated:   # "insisted it had acted lawfully"
        return any(c.dep_ == "advmod" and c.lower_ in LAWFUL for c in clause.children)
    if lemma in BREAKING:   # "said it had broken no rules", "had not broken any law"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RULES and (negated != any(
            d.lower_ == "no" for d in c.children if d.dep_ == "det")) for c in clause.children)
    return False
