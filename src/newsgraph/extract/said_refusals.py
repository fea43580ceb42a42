"""Refusals a speaker states (PLOVER REJECT), read from what it says rather than from a refusing verb.

- A permission an authority tells someone they will not get is its refusal of them: "the Home Office told
  him he would not be allowed a passport", "the ministry said the firm would not be granted a licence",
  "said his visa would not be issued" (the refused is the one not granted, or the owner of what is not
  issued). Only a state, a government or an armed side refuses so by saying; anyone else's "would not be
  allowed" is a forecast.
- A speaker who says it will not yield to demands refuses them even when the text leaves their maker
  unnamed: "Turkey insisted it would not bow to demands to recognise Cyprus" (REJECT by Turkey).
- "Norway said no to the treaty", "Sweden has said no to Germany's plan": saying no to something refuses
  it; the other side is the actor said no to, or the maker of what is ("Germany's plan").
- A claim of one's own innocence rejects the accusation it answers: "the bank insisted it had done nothing
  wrong", "Shell said it had not done anything improper", "Halliburton maintains that it is innocent",
  "the ministry insisted it had acted lawfully", "said it had broken no rules".
  The accuser is left unnamed (it is told elsewhere, if at all), as for "denied any wrongdoing".

Each is told by a verb of telling that is not itself negated (`telling`); a demand withstood and a claim
of innocence are said by the speaker of itself ("it would not bow", "it had done nothing wrong": `own_word`).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type, is_passive
from .frames import Candidate
from .refusals import YIELDING_VERBS
from .sense_words import STATES
from .statements import SELF_PRONOUNS, own_side, speaker_of
from .thing_makers import maker_of

PERMITTING = words("permitting_verbs")
TELLING = words("said_threat_verbs") | {"write", "inform"}
DEMANDS = words("yielded_demands")
# what one says one has not done: "done nothing wrong", "did not do anything improper"
WRONG = words("innocence_wrongs")
# what one says one is: "insisted he was innocent"
INNOCENT = words("innocence_states")
NONE_DONE = words("said_refusals_none_done")
# how one says one acted ("had acted lawfully"), and the rules one says one did not break
LAWFUL = words("innocence_manners")
RULES = words("innocence_rules")
BREAKING = words("said_refusals_breaking")


def said_refusals(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """Every refusal stated in words (see the module's doc)."""
    yield from refused_permissions(tokens, res, attributor)
    yield from demands_withstood(tokens, res, attributor)
    yield from spoken_refusals(tokens, res, attributor)


def telling(said) -> bool:
    """A verb of telling that is not negated: "insisted", "told"; not "did not say"."""
    return said.lemma_.lower() in TELLING and not any(c.dep_ == "neg" for c in children(said))


def own_word(said, subj, res: KnownActors, attributor) -> tuple[str, object] | None:
    """The speaker of `said` (key, token) when `subj`, the subject of what it says, is the speaker itself
    ("Turkey insisted it would not bow", "the bank said it had done nothing wrong"); else None."""
    speaker = speaker_of(said, res, attributor) if subj is not None else None
    if speaker is None or not (subj.lower_ in SELF_PRONOUNS or actor_of(subj, res) == speaker[0]):
        return None
    return own_side(subj, speaker, res)   # a spokeswoman's "we will not bow": her body's


def refused_permissions(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """REJECT by a state or government of the one it says will not be allowed or granted something (see
    the module's doc), anchored on the telling: the "not" belongs to the permission, not the refusal."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in PERMITTING or verb.dep_ != "ccomp" or not is_passive(verb) \
                or not any(c.dep_ == "neg" for c in children(verb)) or any(c.dep_ == "agent" for c in children(verb)):
            continue
        said = verb.head
        if not telling(said):
            continue
        speaker = speaker_of(said, res, attributor) or speaker_of(said.head, res, attributor) \
            if said.dep_ in ("advcl", "conj") else speaker_of(said, res, attributor)
        if speaker is None or entity_type(speaker[0], res) not in STATES:
            continue
        refused = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
        if refused is not None and actor_of(refused, res) is None:
            refused = next((p for p in children(refused) if p.dep_ == "poss"), None)   # "his visa"
        key = actor_of(refused, res) if refused is not None else None
        if key is not None and key != speaker[0] and not key.startswith("OTHER:"):
            yield Candidate("REJECT", said, speaker[0], key, speaker[1], refused, None, said)


def demands_withstood(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """"X insisted it would not bow to demands (from Y)": REJECT by the speaker of the demands' maker, if
    named ("demands from the EU", "Washington's demands"), else of nobody named."""
    for act in tokens.verbs:
        said = act.head
        if act.dep_ != "ccomp" or act.lemma_.lower() not in YIELDING_VERBS or not any(c.dep_ == "neg" for c in children(act)) \
                or not telling(said):
            continue
        subj = next((c for c in children(act) if c.dep_ == "nsubj"), None)
        demand = next((o for o in refused_things(act) if o.lemma_.lower() in DEMANDS), None)
        speaker = own_word(said, subj, res, attributor) if demand is not None else None
        if speaker is None:
            continue
        okey, otok = maker_of(demand, res, speaker[0])
        yield Candidate("REJECT", said, speaker[0], okey, speaker[1], otok if okey is not None else demand, None, said)


def refused_things(act) -> list:
    """What a yielding verb yields to: its object or the object of its preposition ("bow to demands")."""
    return [c for c in children(act) if c.dep_ == "dobj"] + [
        o for p in children(act) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]


def spoken_refusals(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """Each "said no to" and each claim of the speaker's own innocence (see the module's doc)."""
    for verb in tokens.verbs:
        if any(c.dep_ == "neg" for c in children(verb)):
            continue
        if verb.lemma_.lower() == "say":
            yield from said_no(verb, res)
        if not telling(verb):
            continue   # a claim of innocence is told: "believes it did nothing wrong" replies to no one
        for clause in (c for c in children(verb) if c.dep_ == "ccomp" and innocence(c)):
            subj = next((x for x in children(clause) if x.dep_ == "nsubj"), None)
            if (speaker := own_word(verb, subj, res, attributor)) is not None:
                yield Candidate("REJECT", verb, speaker[0], None, speaker[1], clause, None, verb)


def said_no(verb, res: KnownActors) -> Iterator[Candidate]:
    """"X said no to Y" (the parser hangs "no" on the verb as an interjection or an object)."""
    if not any(c.lower_ == "no" and c.dep_ in ("intj", "dobj", "npadvmod", "advmod") for c in children(verb)):
        return
    subj = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    skey = actor_of(subj, res) if subj is not None and subj.pos_ != "PRON" else None
    thing = next((o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in children(p)
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
    done anything improper", "is innocent", "had committed no wrongdoing"."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in children(clause))
    if lemma == "do":
        done = next((c for c in children(clause) if c.dep_ == "dobj" and c.lower_ in NONE_DONE), None)
        return done is not None and (done.lower_ == "nothing") != negated and any(
            a.lower_ in WRONG for a in children(done) if a.dep_ in ("amod", "advmod"))
    if lemma == "be" and not negated:
        return any(c.dep_ == "acomp" and c.lower_ in INNOCENT for c in children(clause))
    if lemma == "act" and not negated:   # "insisted it had acted lawfully"
        return any(c.dep_ == "advmod" and c.lower_ in LAWFUL for c in children(clause))
    if lemma == "commit":   # "insisted it had committed no wrongdoing"
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "wrongdoing" and (negated != any(
            d.lower_ == "no" for d in children(c) if d.dep_ == "det")) for c in children(clause))
    if lemma in BREAKING:   # "said it had broken no rules", "had not broken any law"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RULES and (negated != any(
            d.lower_ == "no" for d in children(c) if d.dep_ == "det")) for c in children(clause))
    return False
