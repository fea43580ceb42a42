"""An attack made in words (PLOVER ACCUSE, criticise): "Michael Howard attacked Tony Blair in a speech on
immigration", "Charles Kennedy will attack Mr Blair's words", "Kilroy-Silk attacked the party he once
wanted to lead". A verb of attack reads as violence by its word alone; the sense judge reads it as criticism
when it has a reason ("attacked Brown for his record", sense_conflict.criticised) or a plan for object.
These four cues say the same with neither: the attack is made in a speech, an interview or an article;
what is attacked is what someone said; the attack says what its object is ("attacked the pledges as
vacuous", "as a stealth tax"); or a named person attacks a named party, firm or government with
nothing violent in the sentence (no weapon, no armed men: a politician's blows at a party are words); a
noun of attack by a person on such a body ("his attack on Labour") by the last cue, with no harm told. Police,
troops or armed groups on either side keep it violence. The other way round, a verb of criticism that names a blow too ("blasted") is the blow
when a weapon or a war machine strikes with it, or troops or an armed group at military positions: "Israeli jets
blasted Hamas positions" and "Ukrainian forces blasted Russian positions" are attacks, "the senator blasted the White
House" criticism. A blow struck "back at" someone by people and bodies, nothing violent
in the sentence ("the prime minister fired back at the opposition leader", "Airbus hit back at Boeing") is a reply
in words, whoever is answered (construction_types.retort reads it of critics with any sides). The words are data
(words/construction_types.yaml)."""
from __future__ import annotations

from ..model import ARMED_TYPES
from ..wordlists import words
from .construction_types import struck_back
from .noun_frames import TIME_LABELS
from .sense_conflict import attack_means, harm_told, security_side, violent
from .sense_words import lemma_in, object_kind

VERBAL_ATTACKS = words("verbal_attack_verbs")
# where words are said: "attacked Blair in a speech", "in an interview with the BBC"
SAID_IN = words("spoken_venues")
# what someone said, as the object of an attack: "attacked Mr Blair's words", "his remarks"
SAID_THINGS = words("spoken_things")
# named sides a person's attack on them is words: parties, firms, governments (not states, forces, places)
BODIES = frozenset({"ORGANIZATION", "GOVERNMENT", "MEDIA"})
PEOPLE_AND_BODIES = BODIES | {"PERSON"}
BLOW_WORDS = words("criticism_blow_verbs")
# verbs of a blow struck "back at" someone: "fired back at", "shot back at", "hit back at"
RETORT_VERBS = words("retort_verbs")
STRIKERS = words("war_machines")
# what armed forces strike at with such a verb: "blasted Russian positions", "rebel strongholds"
MILITARY_TARGETS = words("military_targets")
# why an attack in words is made: "over the plans", "for his remarks"
REASONS = words("reason_prepositions")
FORCES = words("forces_nouns")
# described people who attack in words by their noun: "critics stepped up their attacks on him"
CRITICS = words("critic_nouns")


def attacked_in_words(c, entity_type=lambda key: None) -> bool:
    """Whether the ASSAULT candidate `c` is an attack in words (see the module's cues)."""
    verb = c.trigger
    if c.type != "ASSAULT" or verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in VERBAL_ATTACKS:
        return False
    if c.subject is None or c.object is None or c.subject == c.object:
        return False
    reasons = noun_reasons(verb, c.object_tok) if verb.pos_ == "NOUN" else []
    if security_side(c, entity_type) or violent(verb, besides={t.i for r in reasons for t in r.subtree}):
        return False
    sides = entity_type(c.subject), entity_type(c.object)
    critic = sides[0] == "OTHER" and lemma_in(c.subject_tok, CRITICS)   # "critics stepped up their attacks on him"
    if sides[1] not in PEOPLE_AND_BODIES or sides[0] not in PEOPLE_AND_BODIES and not critic:
        return False
    if verb.pos_ == "NOUN":
        # "his attack on Labour": the person-on-body cue, with no harm told ("his attack on the
        # party's camp killed 20" is violence); an attack "over" or "for" something, or by critics,
        # on anyone of them ("launched an attack on the chancellor over his tax rises")
        return (reasons or critic or sides[0] == "PERSON" and sides[1] in BODIES) and not harm_told(verb)
    if critic:
        return False
    if said_in(verb) or said_thing(c.object_tok) or called_as(verb):
        return True
    return sides[0] == "PERSON" and sides[1] in BODIES


def answered_in_words(c, entity_type=lambda key: None) -> bool:
    """Whether the ASSAULT candidate `c` is a blow struck "back at" its object by people or bodies with no
    weapon, armed side or harm in the sentence: "the prime minister fired back at the opposition leader"
    (not "troops fired back at the gunmen", "fired back at the man who had shot him")."""
    verb = c.trigger
    if c.type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RETORT_VERBS:
        return False
    if not struck_back(verb) or not any(p.dep_ == "prep" and p.lower_ == "at" for p in verb.children):
        return False
    if c.subject is None or c.object is None or c.subject == c.object:
        return False
    if security_side(c, entity_type) or violent(verb) or harm_told(verb):
        return False
    return all(entity_type(k) in PEOPLE_AND_BODIES for k in (c.subject, c.object))


def noun_reasons(noun, object_tok) -> list:
    """The reason phrases of a noun of attack: "over tuition fees", "for his tax rises" on the noun, on the
    verb that launches it ("launched an attack on Blair over the war") or on its object; "for" before a
    time is none ("an attack on the town for three days")."""
    heads = (noun, object_tok, noun.head if noun.dep_ == "dobj" else None)
    return [p for h in heads if h is not None for p in h.children if p.dep_ == "prep" and p.lower_ in REASONS
            and any(o.dep_ in ("pobj", "pcomp") and not any(t.ent_type_ in TIME_LABELS for t in o.subtree)
                    for o in p.children)]


def said_in(verb) -> bool:
    """"in a speech", "during an interview": the attack is made where words are said."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in SAID_IN for o in p.children) for p in verb.children)


def said_thing(tok) -> bool:
    """The object phrase names what someone said ("Mr Blair's words", "the minister's remarks")."""
    return tok is not None and tok.lemma_.lower() in SAID_THINGS


def called_as(verb) -> bool:
    """"attacked Labour's pledges as vacuous", "as a stealth tax": the attack calls its object something
    (an "as" phrase of the verb with a word of its own; "as" opening a clause, "as troops advanced", is
    a time)."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(
        o.dep_ in ("pobj", "amod", "acomp", "advmod") or o.pos_ == "ADJ" for o in p.children) for p in verb.children)


def words_or_blow(c, entity_type=lambda key: None) -> str | None:
    """The type the candidate's verb of attack or criticism takes by its sense here: ACCUSE for an attack
    in words, ASSAULT for a word of criticism struck by arms; None when its own type stands."""
    if attacked_in_words(c, entity_type) or answered_in_words(c, entity_type):
        return "ACCUSE"
    return "ASSAULT" if armed_blow(c) or blow_at_positions(c, entity_type) else None


def armed_blow(c) -> bool:
    """Whether the ACCUSE candidate `c` of a verb that names a blow too (BLOW_WORDS) is struck by a weapon
    or a war machine ("Israeli jets blasted Hamas positions", "Russian artillery blasted the town"): violence,
    not words. An armed group or an army blasting someone ("Hamas blasted Israel over the killings", "the
    army blasted the report") speaks: its words are criticism."""
    verb = c.trigger
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in BLOW_WORDS:
        return False
    if c.object_tok is not None and object_kind(c.object_tok) == "proposition":
        return False
    return attack_means(c.subject_tok) or lemma_in(c.subject_tok, STRIKERS)


def blow_at_positions(c, entity_type=lambda key: None) -> bool:
    """Whether the ACCUSE candidate `c` of a verb that names a blow too is struck by troops or an armed group at
    military positions ("Ukrainian forces blasted Russian positions", "rebels blasted army bases"): an attack.
    A position held "on" a matter is a stance ("blasted the government's position on the talks")."""
    verb, target = c.trigger, c.object_tok
    if c.type != "ACCUSE" or verb.pos_ != "VERB" or verb.lemma_.lower() not in BLOW_WORDS:
        return False
    if not lemma_in(target, MILITARY_TARGETS) or any(p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                                                      for p in target.children):
        return False
    return entity_type(c.subject) in ARMED_TYPES or lemma_in(c.subject_tok, FORCES)
