"""The one a passive clause acts on, read as its doer: "Smith was on parole when he was arrested",
"Smith had been in trouble before, having been arrested twice", "the third player this year to be
arrested", "when arrested in 1999, Smith gave a false name", "Smith died in hospital, having been
stabbed". The subject borrowed from the clause such a passive hangs on is the one arrested, stabbed or
released (PLOVER's target), never the doer, whom the passive leaves unnamed unless it has a "by" phrase:
the event keeps that subject as its object and no doer, as "three men were detained" has none (a doer
named elsewhere in the story may still be found for it later). A passive with an agent but no one it
acts on takes the host's subject as its target: "when attacked by the gang, Smith fought back".
"""
from __future__ import annotations

from ..resolve.participants import COLLECTIVE_TYPE, FORCES
from .actors import KnownActors
from .arguments import actor_of
from .attack_agents import PEOPLE_NOUNS, PERPETRATORS
from .frames import Candidate
from .modifier_verbs import modifier_doer
from .noun_phrases import passive_agent, prep_objects
from .passive_agents import setting_relative
from .quantities import BODILY_HARM, is_people
from .unwritten_sides import conjoined_agent, retained_agent
from .voice import is_passive

# the types of acts done to someone that news tells in the passive of a subordinate clause
PATIENT_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "RETREAT", "CONCEDE", "THREATEN"})
# clauses that hang on another clause or on a noun: adverbial ("when he was arrested", "having been
# arrested"), a noun's ("the third player to be arrested", "with Smith arrested"), a complement ("was going
# to be shot": its subject is no doer, though the act may not have happened); a joined verb ("raided the house and he was arrested") shares its doer and is left alone
SUBORDINATE = frozenset({"advcl", "acl", "relcl", "xcomp", "pcomp"})
# personal pronouns of a passive clause that point at the host clause's subject ("X was on parole when he
# was arrested")
PERSONAL = frozenset({"he", "she", "they", "him", "her", "them"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def passive_patients(candidates: list[Candidate], res: KnownActors) -> None:
    """Give each candidate of a passive subordinate clause whose subject is its host's the sides the
    passive states (see the module)."""
    for c in candidates:
        verb = c.trigger
        if c.type not in PATIENT_TYPES or verb.pos_ != "VERB" or verb.dep_ not in SUBORDINATE \
                or not _passive(verb) or _misread_relative(verb) or setting_relative(verb):
            continue
        if _agent(verb) is not None:
            if c.object is None and c.subject is not None and verb.dep_ != "xcomp" \
                    and not any(x.dep_ == "nsubjpass" for x in verb.children):
                host = _host_subject(verb)
                key = actor_of(host, res) if host is not None else None
                if key is not None and key != c.subject:
                    c.object, c.object_tok = key, host
            continue
        if c.subject is None or c.subject_tok is None or not _borrowed(c.subject_tok, verb) \
                or not _someone(c.subject_tok):
            continue
        if _acted_on(c):
            c.object, c.object_tok = c.subject, c.subject_tok
        c.subject, c.subject_tok = None, None


def _misread_relative(verb) -> bool:
    """A relative clause's past tense that the parser hung on the clause's own subject ("the envoy, whom
    rebels abducted in March": "rebels" as relcl of "envoy", "abducted" as acl of "rebels"): active, and
    its doer is that subject (extract/misread_relatives.py)."""
    return verb.dep_ == "acl" and (verb.head.dep_ == "relcl" or modifier_doer(verb) is not None)   # "and masked youths clashed"


def _acted_on(c: Candidate) -> bool:
    """Whether the borrowed subject is the one the passive acted on, to be kept as its object: not for a
    passive infinitive, most often an act to come ("was going to be shot", "are likely to be handed
    over") or an aim ("there to be shot at"; "the second player to be arrested" did happen), nor for a blow that may be a thing's ("was struck in the crosswalk": by a car); and only
    where the passive names no one else it acted on, or names that one by a pronoun ("when he was
    arrested")."""
    verb = c.trigger
    if verb.dep_ == "xcomp" or c.type == "ASSAULT" and verb.lemma_.lower() not in BODILY_HARM:
        return False
    if verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) \
            and not any(x.dep_ == "attr" for x in verb.head.children):
        return False   # an aim, not an act: "he's there to be shot at" (not "is the third player to be arrested")
    pronoun = c.object_tok is not None and c.object_tok.lower_ in PERSONAL and c.object_tok.head.i == verb.i
    return c.object is None or pronoun and c.object != c.subject


def _someone(tok) -> bool:
    """A subject that names who is acted on: a name, a pronoun or people ("the driver", "the pirates");
    not a thing whose owner was taken for the subject ("the EU embargo ... is likely to be lifted": the
    EU, who would lift it)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("PROPN", "PRON") or is_people(tok) or lemma in PEOPLE_NOUNS or lemma in PERPETRATORS \
        or lemma in COLLECTIVE_TYPE or lemma in FORCES


def _passive(verb) -> bool:
    """A passive verb, a bare participle opening an adverbial clause ("when arrested in 1999"), one
    after "with" and its subject ("with Smith arrested shortly afterwards"), or one after a noun that the
    tagger took for a past tense ("Smith, arrested Jan. 6 in Fresno")."""
    if is_passive(verb):
        return True
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "dobj") for c in verb.children):
        return False
    if verb.dep_ == "pcomp":   # the tagger may take this participle for a past tense
        return verb.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):   # "Carlos Ruiz, arrested Jan. 6 in Fresno"
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children)


def _agent(verb):
    """The passive's own doer: its "by" phrase, or one a joined or retained passive states for it."""
    by = prep_objects(verb, "by")   # a "by" the parser left as a plain preposition
    return passive_agent(verb) or conjoined_agent(verb) or retained_agent(verb) or (by[0] if by else None)


def _host_subject(verb):
    """The subject of the clause a subordinate verb hangs on, or the noun a participle modifies."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
    return next((x for x in verb.head.children if x.dep_ in SUBJECTS), None)


def _borrowed(subject_tok, verb) -> bool:
    """The subject is the host clause's, not a phrase of the passive's own: the subject of a verb above
    it, or the noun the participle modifies ("with Smith arrested")."""
    if subject_tok.i in {t.i for t in verb.subtree} and not (subject_tok.dep_ == "nsubj"
                                                            and subject_tok.head.i == verb.i):
        return False
    if subject_tok.i == verb.head.i:
        return True
    above = set()
    v = verb
    while v.head.i != v.i:
        v = v.head
        above.add(v.i)
    return subject_tok.dep_ in SUBJECTS and subject_tok.head.i in above or subject_tok.head.i == verb.i
