"""Threats made by saying what one will do (PETRARCH and CAMEO code the statement, not the act).

"Hamas said it would attack Israel", "Moscow announced it will expel the British envoys", "the
junta warned it would arrest the strike leaders": the speaker foretells force, coercion or a
sanction of its own against another actor. The act is not done (the extractor finds it only as
possible); what was done is the threat (PLOVER THREATEN, of force or sanctions), made by the
saying. Like a vow ("vowed to destroy Hamas", keep.vow_of) the event is re-anchored on the verb
that makes it. An act may be foretold with a verb of intent ("said it intends to take action against
Menatep", "said it plans to strike"). Measures no lexicon verb names are read here too: "China said it would take
countermeasures against Lithuania", "said it will take legal action against the paper". The speaker may speak for the side that will act: "the Kremlin said Russia would
expel the diplomats" (a government for its state), "Defence Minister Gallant said Israel would strike"
(an office holder for the state the text gives the office in). A state may leave its own hand unnamed
("Beijing warned that the reporters would be expelled"), and a suit foretold by the one who will bring it
is a threat of legal action ("said it would sue the paper"). Not a threat: the act of someone other than the speaker ("said Iran would attack",
a forecast or an accusation), the act denied or conditional on the speaker's doubt ("would not
retaliate", "could strike"), or violence already under way ("would continue the operation").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL, actor_of, entity_type, is_passive
from .entity_lookup import unnamed as unnamed_key  # "unnamed" is a local name here
from .frames import Candidate
from .homelands import HOMELAND_NOUNS, speakers_homeland
from .keep import VOWED_HARM
from .legal_threats import legal_act
from .sense import ended
from .sense_words import STATES
from .statements import SELF_PRONOUNS, speaker_of

SAYING = words("said_threat_verbs")
GOING_ON = words("going_on_verbs")
FORETELLING = frozenset({"will", "would", "shall", "'ll", "wo"})
HARMS = VOWED_HARM | {"COERCE"}
MEASURES = words("said_measures")
MEASURE_VERBS = words("said_measure_verbs")
AIMED = words("aimed_prepositions")
# verbs of intent an act may be foretold with instead of "will": "said it intends to take action against"
INTENDING = words("intending_verbs")
# a measure a speaker says it may take is held over the other side as much as one it will take ("said it
# may take legal action against the paper"), unlike force it could use ("could strike": a guess)
MEASURE_MODALS = FORETELLING | {"may", "might"}


def speaks_for(speaker: str, side: str, res: KnownActors, held: frozenset[tuple[str, str]]) -> bool:
    """Whether a speaker states what the side will do: it is the side, its government or office holder."""
    if speaker == side or (speaker, side) in held:
        return True
    entity = res.entities.get(speaker)
    return entity is not None and entity.parent == side and entity_type(speaker, res) == "GOVERNMENT"


def said_threat(c: Candidate, res: KnownActors, attributor,
                held: frozenset[tuple[str, str]] = frozenset()) -> Candidate | None:
    """The speaker's threat, made by the reporting verb, when the candidate is an act of harm its
    speaker (or one who speaks for its doer) foretells against another actor (see the module's doc);
    None otherwise."""
    found = _threat(c, res, attributor, held)
    if found is None:
        return None
    said, (speaker, speaker_tok) = found
    return replace(c, type="THREATEN", trigger=said, anchor=said, subject=speaker, subject_tok=speaker_tok)


def _threat(c: Candidate, res: KnownActors, attributor, held: frozenset[tuple[str, str]]):
    """The reporting verb and its speaker, or None."""
    act = c.anchor if c.anchor is not None else c.trigger
    homeland = c.subject is None and c.subject_tok is not None and c.subject_tok.lemma_.lower() in HOMELAND_NOUNS
    unnamed = c.subject is None and not homeland and done_by_nobody_named(act)
    legal = legal_act(c)   # a suit, like a measure, may be held over the other side: "said it may sue"
    harm = c.type in HARMS or legal
    if not harm or c.subject is None and not (homeland or unnamed) or c.object is None or c.object == c.subject \
            or unnamed_key(c.object) or ended(c.trigger):
        return None
    if act.pos_ not in ("VERB", "AUX"):
        return None
    if act.lemma_.lower() in GOING_ON or any(x.dep_ == "neg" for x in act.children):
        return None
    verb = foretold(act, MEASURE_MODALS if legal else FORETELLING)
    if verb is None:
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:   # "said it would expel them and cut aid"
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
        return None
    said = verb.head
    if any(x.dep_ == "neg" for x in said.children):
        return None   # "did not say it would strike"
    speaker = speaker_of(said, res, attributor)
    if speaker is None or speaker[0] == c.object:
        return None
    if unnamed:   # "Beijing warned that the reporters would be expelled": only a state's words hold its own hand
        return (said, speaker) if entity_type(speaker[0], res) in STATES else None
    return (said, speaker) if speaks_for(speaker[0], c.subject, res, held) or speakers_homeland(
        c.subject_tok, speaker[0], res) else None


def done_by_nobody_named(act) -> bool:
    """A passive with no agent: "would be expelled", "will be prosecuted"."""
    return is_passive(act) and not any(x.dep_ == "agent" for x in act.children)


def foretold(act, modals: frozenset[str] = FORETELLING):
    """The clause that foretells an act: the act's own ("would attack", "will take action") or that of
    the verb of intent it depends on ("intends to take action", "plans to attack"); None for an act
    not foretold, or intended no more ("does not intend to")."""
    if any(x.dep_ == "aux" and x.lower_ in modals for x in act.children):
        return act
    head = act.head
    if act.dep_ == "xcomp" and head.lemma_.lower() in INTENDING and head.pos_ == "VERB" \
            and not any(x.dep_ == "neg" for x in head.children):
        return head
    return None


def said_measures(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """"China said it would take countermeasures against Lithuania", "said it will take legal action
    against the newspaper": measures the speaker (or the side it speaks for) says it will take against
    another actor, which no lexicon verb names as an attack or a sanction."""
    for said in tokens.verbs:
        if said.lemma_.lower() not in SAYING or any(x.dep_ == "neg" for x in said.children):
            continue
        for clause in (c for c in said.children if c.dep_ == "ccomp" and c.pos_ in VERBAL):
            act = next((x for x in (clause, *clause.children) if x.lemma_.lower() in MEASURE_VERBS
                        and (x.i == clause.i or x.dep_ == "xcomp")), None)
            told = foretold(act, MEASURE_MODALS) if act is not None and not any(x.dep_ == "neg" for x in act.children) else None
            if told is None or told.i != clause.i:
                continue
            subj = next((x for x in clause.children if x.dep_ == "nsubj"), None)
            measure = next((x for x in act.children if x.dep_ == "dobj" and x.lemma_.lower() in MEASURES), None)
            speaker = speaker_of(said, res, attributor) if subj is not None and measure is not None else None
            if speaker is None or not (subj.lower_ in SELF_PRONOUNS or speaks_for(
                    speaker[0], actor_of(subj, res), res, frozenset())):
                continue
            target = next((o for h in (act, measure) for p in h.children if p.dep_ == "prep" and p.lower_ in AIMED
                           for o in p.children if o.dep_ == "pobj"), None)
            key = actor_of(target, res) if target is not None else None
            if key is not None and key != speaker[0] and not unnamed_key(key):
                yield Candidate("THREATEN", said, speaker[0], key, speaker[1], target, None, said)
