"""The voice of a clause: whether its verb is passive, as marked or as a reduced relative."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words
from .quantities import is_people
from .reduced_clauses import relative_subject

# the parts of speech of a verb, main or auxiliary ("was" heads "was in custody")
VERBAL = frozenset({"VERB", "AUX"})
# Verbs whose subject undergoes the event their object names: "faced charges from", "drew
# criticism from", "received a summons from".
UNDERGOING = words("voice_undergoing")
# verbs of a state a participle of an act undergone completes: "stands accused", "remained jailed"; with
# their forms, as the tagger may leave "stands" unlemmatised where it reads it as an auxiliary
STATE_VERBS = words("state_verb_forms")
UNDERGONE_STATES = words("undergone_states")
# tags of a finite verb or auxiliary: "was", "has", "are", "will"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def has_passive_marking(verb) -> bool:
    """A passive marked in the clause ("is said to", "was believed"): attribution reads hedges
    only from such clauses; `is_passive` also counts reduced relatives ("troops deployed there")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb))


def is_passive(verb) -> bool:
    """A passive verb: marked in its clause, a participle modifying a noun without an auxiliary
    ("the convoy attacked near Rafah"), whose noun is then what was acted on, or a participle
    completing a passive verb ("was found shot dead")."""
    cache = verb.doc.user_data.setdefault("newsgraph.passive", {})
    known = cache.get(verb.i)
    if known is None:
        known = cache[verb.i] = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or (
            verb.dep_ == "relcl" and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children(verb))
        ) or participle_modifier(verb) or raised_participle(verb) or conjoined_participle(verb) or state_participle(verb) \
            or relative_subject(verb) is not None
    return known


def participle_modifier(verb) -> bool:
    """A participle modifying a noun without an auxiliary ("the convoy attacked near Rafah"), also one the
    tagger read as a past tense where the two forms are one ("the officer, shot in the leg by a gunman,
    ...", "charges levelled against him"): a modifier with no subject or auxiliary is no finite clause. A
    past with an object, its own or its conjunct's, is the clause's predicate the parser hung on its
    subject ("Anthony Lowe, 36, hit and killed a woman")."""
    if verb.dep_ != "acl" or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "expl") for c in children(verb)):
        return False
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and not any(
        c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in children(v))


def raised_participle(verb) -> bool:
    """A bare participle completing a passive verb: "were found stabbed to death", "was left badly
    beaten", "were reported killed". Its subject is the passive verb's, the one acted on (read as the
    doer, the victim became the attacker)."""
    return verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "oprd") and verb.head.i != verb.i \
        and has_passive_marking(verb.head) and not any(c.dep_ in ("aux", "nsubj") for c in children(verb))


def state_participle(verb) -> bool:
    """A bare participle of an act undergone completing a verb of state: "stands accused of fraud by
    prosecutors", "remained jailed", "stood charged with murder". The state verb's subject is the one
    acted on (read as the doer, the accused became the accuser); the doer is only a "by" agent."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acomp", "advcl", "oprd", "xcomp") and verb.head.i != verb.i \
        and state_verb(verb.head) and verb.lemma_.lower() in UNDERGONE_STATES \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in children(verb))


def state_verb(tok) -> bool:
    return tok.lemma_.lower() in STATE_VERBS or tok.lower_ in STATE_VERBS


def state_patients(verb) -> list:
    """Who undergoes a participle completing a verb of state (`state_participle`): the state verb's subject;
    the parser may also make the state verb the participle's passive auxiliary and leave its subject an
    active one ("the former president stands accused of corruption")."""
    if state_participle(verb):
        return [c for c in children(verb.head) if c.dep_ == "nsubj"]
    state = next((c for c in children(verb) if c.dep_ == "auxpass" and state_verb(c)), None)
    if state is None or verb.lemma_.lower() not in UNDERGONE_STATES:
        return []
    # the subject may hang on the participle or on the state verb
    return [c for h in (verb, state) for c in children(h) if c.dep_ == "nsubj"]


def conjoined_participle(verb) -> bool:
    """A bare participle joined to a marked passive, sharing its auxiliary and subject: "was arrested
    and charged", "Meta was fined and criticised by regulators". One with a subject, an auxiliary or
    an object of its own is a clause of its own ("was arrested and has charged two others")."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i != verb.i \
        and has_passive_marking(verb.head) \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "expl") for c in children(verb))


def passive_patients(verb) -> list:
    """What a passive verb acts on: its passive subject, or, for a passive infinitive without one,
    the subject that controls it ("the embargo is likely to be lifted", "sanctions are expected to
    be eased", "the rebels refused to be disarmed"): whoever undergoes the infinitive is the
    subject of the predicate above it, through an adjective ("likely") or a verb ("expected")."""
    own = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    if not own and (stranded := stranded_patient(verb)) is not None:
        return [stranded]
    if own or verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in children(verb)):
        return own
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return [c for c in children(head) if c.dep_ in ("nsubj", "nsubjpass")]


def trailing_passive(verb) -> bool:
    """A passive participle clause ("having been", "being") with no subject of its own under a clause that has
    one ("Smith resigned, having been accused of fraud by the auditors"): the clause's subject undergoes it; not
    a passive infinitive of aim ("is there to be shot at")."""
    kids = children(verb)
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) \
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in kids) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in FINITE_TAGS for c in kids)


def stranded_patient(verb):
    """The subject of a finite passive clause that the parser joined to the phrase before it: "football is
    a team game and Vincent Jackson was arrested last month" (the parser makes "Jackson" a conjunct of
    "game" and leaves "was arrested" without a subject); None where the clause has its subject. A finite
    "was"/"has been" needs one, so the noun that ends right before the auxiliaries is it."""
    kids = children(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or not any(c.dep_ == "auxpass" for c in kids) \
            or not any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i < 0 or i == verb.i - 1:
        return None
    noun = verb.doc[i]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i == i else None


def subject_undergoes(verb) -> bool:
    """Whether a clause's subject is acted on or receives, not acts: a passive ("that X be released",
    "for X to be given a free hand") or an undergoing verb with no people as its object ("that the men
    should receive counselling"; "that Britain receive more refugees" has Britain act)."""
    if is_passive(verb):
        return True
    # "have" is also a causative ("urged that Serbia have its troops withdrawn"); a particle makes
    # another verb ("that the parties draw up a plan")
    return verb.lemma_.lower() in UNDERGOING - {"have"} and not any(
        c.dep_ == "prt" or c.dep_ == "dobj" and is_people(c) for c in children(verb))
