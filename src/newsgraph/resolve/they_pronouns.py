"""What "they", "them" and "their" refer to when no possessive rule decides (resolve/coref.py):
the most recent plural subject of the same or the previous sentence (not one an infinitive under
another verb has: "wanted the firms to pay"), else the most recent plural phrase of the sentence
(which an object "them" takes before the previous sentence's subject), else a named body written in
the plural (body_as_they); only an actor, or an unnamed collective of civil people ("Striking
workers blocked the gates. They accused ...").

A "they" acted on in a clause under one whose subject acts on a plural ("Police detained three
executives, with reports that they are being investigated") goes on being acted on: it is that
plural, not the body acting (patient_they), whatever kind of people the plural describes.
"""
from __future__ import annotations

from ..wordlists import words
from .resolution import ResolutionDraft
from .spoken_for import body_object

THEY_PRONOUNS = words("they_pronouns")
NON_PERSON_ACTORS = {"COUNTRY", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "ORGANIZATION", "MEDIA"}
# named bodies British news may call "they" (body_as_they)
BODIES_AS_THEY = {"ORGANIZATION", "ARMED_GROUP", "MEDIA", "MILITARY"}
# the prefix of an unnamed collective's key ("GENERIC:protester:")
UNNAMED = "GENERIC:"
# how many sentences back "they" looks
THEY_WINDOW = 1
# the objects a verb acts on directly
ACTED_ON = ("dobj",)
# what patient_they gives for a plural acted on that is no actor: "they" is that, and refers to no actor
NO_ACTOR = ""
# passives only people undergo ("were dispersed", "were handcuffed"): no plural of things or firms is that "they"
PEOPLE_PASSIVES = words("people_only_passives")
# the actors such a passive may be done to: persons and bodies of people, not firms, states or places
PEOPLE_TYPES = frozenset({"PERSON", "OTHER", "ARMED_GROUP", "MILITARY"})
# who acts on people by force: police and troops (forced_on)
ENFORCERS = words("forces_nouns") | words("enforcer_nouns")
# clauses whose subject is the verb's above: "used tear gas to disperse them", "moved in and arrested them"
CARRIED = frozenset({"xcomp", "advcl", "conj"})


def entity_type(res: ResolutionDraft, key: str | None) -> str | None:
    ent = res.entities.get(key) if key else None
    return ent.type if ent else None


# a country's people are not the country: "US consumers ... they" is no "they" of the United States
PLACES = frozenset({"COUNTRY", "LOCATION"})


def resolve_they(tok, ants, res: ResolutionDraft, exclude: set[str]) -> str | None:
    """The actor "they"/"them"/"their" at `tok` refers to, or None; `ants`: coref.Antecedents."""
    if (forced := forced_on(tok, ants, res, exclude)) is not None:
        return forced
    sent = ants.sent_of[tok.i]
    subjects = [c for c in ants.recent(tok.i, THEY_WINDOW)
                if c.plural and c.subject and not _wanted_to(tok.doc[c.token])]
    in_sentence = next((c for c in ants.recent(tok.i, 0) if c.plural and ants.sent_of[c.token] == sent), None)
    pick = subjects[0] if subjects else in_sentence
    if pick is not None and in_sentence is not None and pick.sent != sent and tok.dep_ not in ("nsubj", "nsubjpass") \
            and tok.lower_ != "their":
        # "The Marshals listed him. He fired on two officers and took them hostage": an object
        # "them" is the plural its own sentence has just named, not the last sentence's subject
        pick = in_sentence
    if pick is None and tok.lower_ != "them":    # "Congress could overturn them": the rules, not a body
        pick = body_as_they(tok, ants, res)
    if pick is not None and people_passive(tok) and entity_type(res, pick.key) not in PEOPLE_TYPES:
        return people_before(tok, ants, res, exclude)
    if pick is not None and pick.key is not None and (them := acted_them(tok, pick, res)) is not None:
        return them if them and them not in exclude else None
    if pick is None or pick.key is None or pick.key in exclude:
        return None
    if entity_type(res, pick.key) in PLACES and _named_by_modifier(tok.doc[pick.token], res):
        return None   # "US consumers will be able to ... their TiVos": the consumers, not the United States
    acted_on = patient_they(tok, pick.key, res, tok.doc[pick.token] if pick.subject else None)
    if acted_on is not None:
        return acted_on if acted_on and acted_on not in exclude else None
    if entity_type(res, pick.key) in NON_PERSON_ACTORS | {"ANONYMOUS_SOURCE"} \
            or (tok.dep_ == "nsubj" or undergoes_after(tok, ants, pick)) and pick.subject \
            and civil_collective(pick.key, res) \
            and not under_named_body(tok, res):
        return pick.key
    return None


def forced_on(tok, ants, res: ResolutionDraft, exclude: set[str]) -> str | None:
    """The civil people a "them" that police or troops act on refers to: "Protesters marched on parliament.
    Riot police used tear gas to disperse them", "Officers arrested 20 of them" (the protesters, the
    last civil collective that acted as a subject, this sentence or the one before); None otherwise."""
    if tok.lower_ != "them":
        return None
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok   # "20 of them"
    verb = verb.head if verb.dep_ in ("dobj", "pobj") else None
    while verb is not None and not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in CARRIED:
        verb = verb.head   # "used tear gas to disperse them": the subject of "used"
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if doer is None or doer.lemma_.lower() not in ENFORCERS:
        return None
    return next((c.key for c in ants.recent(tok.i, THEY_WINDOW) if c.plural and c.subject and c.key
                 and c.key not in exclude and civil_collective(c.key, res)), None)


def people_passive(tok) -> bool:
    """Whether `tok` is the "they" of a passive only people undergo ("they were dispersed")."""
    return tok.dep_ == "nsubjpass" and tok.lower_ == "they" and tok.head.lemma_.lower() in PEOPLE_PASSIVES


def people_before(tok, ants, res: ResolutionDraft, exclude: set[str]) -> str | None:
    """The "they" of a passive only people undergo, when the plural it would take is things, firms or
    places ("The protesters targeted shops and banks before they were dispersed": not the banks): the
    most recent plural of people in its own sentence, else no one."""
    sent = ants.sent_of[tok.i]
    for c in ants.recent(tok.i, 0):
        if ants.sent_of[c.token] != sent or not c.plural or c.key is None:
            continue
        if entity_type(res, c.key) in PEOPLE_TYPES:
            return c.key if c.key not in exclude else None
    return None


def _wanted_to(tok) -> bool:
    """Whether a subject is that of an infinitive under another verb ("Prosecutors wanted the firms
    to pay"): the people acted on, not the sentence's topic, which a later "they" goes on with."""
    return tok.head.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.head.children)


def _named_by_modifier(head, res: ResolutionDraft) -> bool:
    """Whether a common noun has its actor only from a name modifying it ("US consumers", "Jamaican fans")."""
    return head.pos_ == "NOUN" and head.i not in res.mention_head and head.i not in res.token_entity


def civil_collective(key: str, res: ResolutionDraft) -> bool:
    """An unnamed collective of civil people ("protesters", "striking workers", "students":
    resolve/participants.py), whom a "they" after them is as much as it is troops or militants;
    a subject "they" only, of a subject ("Workers blocked the gates. They accused ..."): "them" in
    "20,000 scientists sent letters to the departments urging them" is the departments."""
    return key.startswith(UNNAMED) and entity_type(res, key) == "OTHER"


def undergoes_after(tok, ants, pick) -> bool:
    """A passive "they" of an adverbial clause under the verb whose subject `pick` is, in its sentence
    ("Students marched on the ministry before they were dispersed by police"), or under a verb joined to
    it that shares its subject ("Rioters burned cars and looted shops before they were arrested"): the
    people who acted go on to undergo. A passive "they" of a sentence of its own may be anyone the last
    one acted on ("Jurors recommended that the man serve nine years. They were convicted ...": not the jurors)."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or verb.dep_ != "advcl" or ants.sent_of[pick.token] != ants.sent_of[tok.i]:
        return False
    host, subject = verb.head, tok.doc[pick.token]
    shared = host.dep_ == "conj" and host.head.i == subject.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in host.children)
    return subject.dep_ == "nsubj" and (subject.head.i == host.i or shared)


def under_named_body(tok, res: ResolutionDraft) -> bool:
    """Whether a clause above `tok` has a named body as its subject ("Lionsgate can't hide that
    they don't have the money"): its "they" may be that body, not people met before."""
    return any(c.dep_ == "nsubj" and (key := res.actor_at(c.i))
               and not key.startswith(UNNAMED) and entity_type(res, key) in BODIES_AS_THEY
               for verb in tok.ancestors for c in verb.children)


def patient_they(tok, actor: str, res: ResolutionDraft, actor_tok=None) -> str | None:
    """The plural a passive "they" goes on being: when a clause above it has `actor` as its subject
    and a plural it acts on ("Police detained three executives ... that they are being
    investigated", "Troops seized two trawlers after they were spotted"), "they" is that plural,
    not the actor; so too across a sentence, when the clause of `actor_tok` (the actor as the
    subject that "they" would take) acts on one ("Police arrested 20 protesters. They were charged
    with rioting"). None when no clause acts so."""
    if tok.dep_ != "nsubjpass" or tok.lower_ != "they":
        return None
    for verb in tok.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(res.token_entity.get(s.i) == actor or res.mention_head.get(s.i) == actor
                   for s in verb.children if s.dep_ == "nsubj"):
            continue
        return _acted_on(verb, actor, res, tok.head.lemma_.lower() in PEOPLE_PASSIVES)
    if actor_tok is not None and actor_tok.dep_ == "nsubj" and actor_tok.sent.start != tok.sent.start:
        return _acted_on(actor_tok.head, actor, res, tok.head.lemma_.lower() in PEOPLE_PASSIVES)
    return None


def acted_them(tok, pick, res: ResolutionDraft) -> str | None:
    """The plural an object "them" goes on being when the subject it would take acted on one: "Police
    arrested the men, and the court convicted them", "Police arrested 20 protesters. A court later
    jailed them", "Troops seized two trawlers and towed them" (the trawlers, no actor: NO_ACTOR). One
    does not act on oneself by "them", so the subject is not it; None when that subject acted on no plural."""
    if tok.lower_ != "them" or tok.dep_ not in ("dobj", "pobj", "dative") or not pick.subject:
        return None
    subject = tok.doc[pick.token]
    if subject.dep_ != "nsubj" or subject.head.i == tok.head.i:
        return None
    return _acted_on(subject.head, pick.key, res)


def _acted_on(verb, actor: str, res: ResolutionDraft, people_only: bool = False) -> str | None:
    """The plural people `verb` acts on directly, other than `actor`; NO_ACTOR when it acts on a
    plural that is no actor we know ("Police seized documents. They were sent to a lab": not the
    police); None when it acts on no plural. With `people_only` (a passive only people undergo), a
    plural of things or firms is not what "they" goes on being ("Protesters smashed shop windows and
    attacked banks before they were dispersed": the protesters), so None."""
    found = None
    for obj in (c for c in verb.children if c.dep_ in ACTED_ON and c.tag_ in ("NNS", "NNPS")):
        key = res.actor_at(obj.i)
        typ = entity_type(res, key)
        if people_only and typ not in PEOPLE_TYPES:
            continue
        if key and key != actor and typ not in ("LOCATION", "COUNTRY", None):
            return key
        found = NO_ACTOR
    return found


def body_as_they(tok, ants, res: ResolutionDraft):
    """British news writes a named body in the plural ("Greenpeace say they will appeal. Their case
    is backed by Oxfam"): with no plural subject to take, "they" takes the most recent subject of
    the same or previous sentence when it is a named organisation or force (not a person, nor a state,
    whose "they" is its people) that its sentence is about (the subject of its main verb, or of the
    verb "they" stands under: "MSNBC reports that the Indian Navy claims they have captured 23
    pirates"), and nothing when that subject is anything else. One who speaks for a named body stands for it ("A spokesman for
    Greenpeace said they would appeal": resolve/spoken_for.py). Conjoined names ("Fiat and GM ... their") are two bodies:
    no one of them is "they"; nor is a body the "they" of a clause about people ("Muse are three
    friends who met in their teens")."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    for c in ants.recent(tok.i, THEY_WINDOW):
        if c.subject and not c.quoted:
            head = tok.doc[c.token]
            ok = c.key is not None and entity_type(res, c.key) in BODIES_AS_THEY and not c.key.startswith(UNNAMED) \
                and (head.pos_ == "PROPN" or body_object(head) is not None) \
                and (head.head.dep_ in ("ROOT", "conj")
                     or tok.dep_ in ("nsubj", "nsubjpass") and any(a.i == head.head.i for a in tok.ancestors)) \
                and not any(t.dep_ == "conj" for t in head.children)
            return c if ok else None
    return None
