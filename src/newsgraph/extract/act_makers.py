"""Whose act a criticism of "the plans" or "the decision" faults when the sentence does not name its
maker (PLOVER ACCUSE): the maker the text has already given it, in its own sentence or the three
before: "Howard unveiled plans to cap asylum. The Refugee Council called the plans dangerous" faults
Howard; "the Tories' plans ... critics said the plans were a mistake" the Tories. The nearest earlier
mention of the same act noun decides: its owner ("Labour's decision"), its "by" doer, or the subject
of the verb that makes it ("announced a decision", "unveiled the plans"); a mention with no maker, or
one by an unnamed group, names none. As antecedents.py does for statements, whose maker a stance
on them answers. A wrong said of such an act ("Oxfam said the plans would put lives at risk", "said
the move had undermined the UN") faults that maker too (`unowned_act_faults`)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .antecedents import DEFINITE, statement_makers
from .arguments import VERBAL
from .frames import Candidate
from .lexicon import Frame
from .pronoun_owners import pronoun_owned_sides
from .stance import harm_noun, miscued
from .stance_owners import stance_owners
from .statements import speaker_of
from .thing_makers import made_before, maker_of, own_maker, thing_sides

# acts and decisions a maker answers for (not every proposition noun: "the programme" may be any show)
ACTS = words("judged_acts")
WRONGS = words("statement_wrongdoing_verbs")
PERILS = words("statement_perils")
# harm an act does to others, a wrong when said of a policy or a decision ("the tax would hurt the
# poor"), not of an actor (whose harm is force, an event of its own)
HARMING = words("act_harms")
# a harm the act brings about, named: "would cause economic failure", "would create chaos"
CAUSING = words("harm_causing_verbs")
WRONG_WAYS = words("statement_wrongdoing_adverbs") | words("act_wrong_ways")
# a judgement of an act by a court or inquiry says as much as a statement: "ruled that the rules discriminated"
RULING = words("act_ruling_verbs")
MEASURES = words("harming_measures")
# a wrong only guessed at: "said the plans could put lives at risk"
GUESSED = words("possibility_modals")
ACCUSE = Frame(type="ACCUSE")


def unowned_act_faults(tokens, res: KnownActors, lex, attributor) -> list[Candidate]:
    """"Oxfam said the plans would put refugees' lives at risk", "said the move had undermined the UN":
    a wrong said of a definite act whose maker its sentence does not name, aimed at the maker told
    before (no candidate when none was); "would" foretells what the act does, as in evaluative.py."""
    out = []
    for verb in (v for v in tokens.verbs if v.lemma_.lower() in lex.reporting or v.lemma_.lower() in RULING):
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in VERBAL):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ != "NOUN" or not (judged_act(subj) or subj.lower_ in MEASURES) \
                    or not wrong_done(clause):
                continue
            speaker = speaker_of(verb, res, attributor)
            if speaker is None:
                continue
            if unowned(subj, res):
                found = made_before(subj, res, attributor.sents, speaker[0])
            else:
                found = owner_faulted(subj, res, speaker[0])
            if found is not None:
                out.append(Candidate("ACCUSE", verb, speaker[0], found[0], speaker[1], found[1], ACCUSE, verb))
    return out


def owner_faulted(act, res: KnownActors, speaker: str) -> tuple[str, object] | None:
    """The maker its own phrase names for an act said to do wrong ("said the Home Office's rules
    discriminated against Roma", "said Kenya's trade policy had hurt farmers"): a named actor other
    than the speaker, not an unnamed group (whose "plans" may be anyone's)."""
    return own_maker(act, res, speaker)


def unowned(thing, res: KnownActors) -> bool:
    """A definite act noun whose maker its own phrase does not name ("the plans", not "Labour's plans")."""
    return thing.pos_ == "NOUN" and judged_act(thing) and not any(x.dep_ == "poss" for x in thing.children) \
        and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in thing.children) and maker_of(thing, res)[0] is None


def wrong_done(clause) -> bool:
    """A wrong the clause says an act does: a wrongdoing verb ("had undermined"), a wrong signal it sends
    ("the policy sends the wrong message", stance.py), a harm it brings about ("would cause economic
    failure"), or a peril it puts others in ("would put lives at risk"); not denied nor guessed at."""
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in GUESSED for c in clause.children):
        return False
    if clause.lemma_.lower() in WRONGS or clause.lemma_.lower() in HARMING or miscued(clause) or any(
            c.dep_ == "advmod" and c.lower_ in WRONG_WAYS for c in clause.children):
        return True
    if clause.lemma_.lower() in CAUSING and any(c.dep_ == "dobj" and harm_noun(c) for c in clause.children):
        return True   # "said the Tory policies would cause economic failure"
    return any(c.dep_ == "dobj" for c in clause.children) and any(
        p.dep_ == "prep" and p.lower_ in ("at", "in", "into") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in PERILS for o in p.children) for p in clause.children)


def act_makers(candidates: list[Candidate], res: KnownActors, sents) -> None:
    """Give an accusation, refusal or backing with no other side, aimed at a definite thing with no maker
    of its own, that thing's maker told before (thing_makers.py), and any stance on a manner or a
    conduct its doer (stance_owners.py)."""
    stance_owners(candidates, res)
    thing_sides(candidates, res, sents)


def judged_act(thing) -> bool:
    """An act or decision an actor answers for: "the plans", "the ban", "the decision"."""
    return thing.lemma_.lower() in ACTS or thing.lower_ in ACTS


def retyped_sides(candidates: list[Candidate], res: KnownActors, attributor) -> None:
    """The other side of a stance the sense judge made words of ("attacked the remarks", "attacked the
    plans"): the maker of the statement or of the thing it is on, or whom the pronoun owning it stands for
    ("blocked its application")."""
    statement_makers(candidates, res, attributor)
    thing_sides(candidates, res, attributor.sents)
    pronoun_owned_sides(candidates, res, attributor.sents)
