"""Attackers that news names in forms the clause's own arguments miss: the "by" phrase the parser
hangs on the victim instead of the act ("the assassination of a commander by Israel"), and people
described only as not known ("gunned down by unidentified men", "unknown persons attacked"): in
an act of violence such a description is the attacker, a group the text describes; and one
officer of a police force ("shot by a police officer", "an officer fired at the car"), whose force
acted."""
from __future__ import annotations

from ..model import Entity
from ..quotes import in_quote, sentence_quotes
from ..resolve.names import fold
from ..resolve.participants import (
    DETERMINERS,
    INDIVIDUAL_NOUNS,
    collective_entity,
    collective_span,
    document_tag,
    individual_name,
)
from ..resolve.person_choice import SPEECH_VERBS
from ..wordlists import words
from .actors import KnownActors
from .arguments import MEMBER_NOUNS, actor_of, actors_of, entity_type
from .frames import Candidate
from .quantities import is_people

# modifiers that say who acted is not known ("unidentified gunmen" is read by resolution already)
UNKNOWN = words("attack_agents_unknown")
# people nouns such a modifier turns into a described attacker ("unknown persons", "unidentified men")
UNKNOWN_HEADS = words("unknown_attacker_heads")
# one member of a police force, as the doer of violence: the force acted
OFFICERS = words("police_officer_nouns")
# plural people nouns that, doing violence to someone named, are the group that did it ("people threw
# bottles at police", "youths attacked a shelter")
CROWD_HEADS = words("crowd_heads")
# words that point back at a group already named ("They shot a guard", "the group began throwing firebombs")
BACK_POINTERS = words("attack_agents_back_pointers")
# what a group pointed back at may be
GROUP_TYPES = frozenset({"ARMED_GROUP", "OTHER", "MILITARY", "GOVERNMENT"})
# people described by what they did ("a convicted sex offender"), besides the resolver's person nouns
PERPETRATORS = words("perpetrator_nouns")
PEOPLE_NOUNS = INDIVIDUAL_NOUNS | words("victim_nouns")
# people gathered, one noun for many ("confronted the crowd")
GATHERINGS = words("attack_agents_gatherings")
# nouns of a try whose owner is who would have acted ("the pirates' attempt to attack", "a bid by rebels to seize");
# not a plan or plot, which may never have been tried ("abandoned their plans to hijack the vessel")
TRIES = words("attack_agents_tries")
# person pronouns in subject position
SUBJECT_PRONOUNS = words("he_she")
# what an attack's "by" phrase may name without being its attacker
NOT_ATTACKERS = frozenset({"LOCATION"})


def misattached_agent(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"The killing of two farmers by herders", "the assassination of a commander by Israel": the
    agent of an act noun, when the parser put its "by" phrase on the noun's "of" object."""
    noun = c.trigger
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for of in (p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"):
        for victim in (x for x in of.children if x.dep_ == "pobj"):
            for by in (p for p in victim.children if p.dep_ == "prep" and p.lower_ == "by"):
                for agent in (x for x in by.children if x.dep_ == "pobj"):
                    found = [(k, t) for k, t in actors_of(agent, res) if entity_type(k, res) not in NOT_ATTACKERS]
                    if found and found[0][0] != c.object:
                        return found[0]
    return None


def described_attacker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"A trader was gunned down by unidentified men", "unknown persons threw a grenade": people
    described as not known, as the doer of violence, are the unnamed group that did it."""
    tok = c.subject_tok
    if tok is None or not (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return None
    if tok.lemma_.lower() in OFFICERS and tok.tag_ == "NN":
        return recorded_collective(tok, ("police", "police", "MILITARY"), tok.doc[tok.i:tok.i + 1], res)
    if tok.lemma_.lower() not in UNKNOWN_HEADS and tok.lower_ not in UNKNOWN_HEADS:
        return None
    modifier = next((m for m in tok.lefts if m.dep_ == "amod" and m.lower_ in UNKNOWN), None)
    if modifier is None:
        return None
    plural = f"{modifier.lower_} {tok.lower_}"
    return recorded_collective(tok, (plural, plural, "ARMED_GROUP"), collective_span(tok, res), res)


def recorded_collective(tok, found: tuple[str, str, str], span, res: KnownActors) -> tuple[str, object]:
    """The unnamed collective `found` (kind, plural, type) that the phrase at `tok` describes, made as
    resolution makes it and recorded as mentioned by `span`, so that later sentences resolve to it."""
    entity, reason, label = collective_entity(tok, found, res, res.gazetteer)
    res.add_mention(span, entity, reason, label)
    return entity.key, tok


def crowd_attacker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"People vandalized property and threw bottles at police", "youths attacked a shelter": plural
    people doing violence to someone named are the group that did it."""
    tok = c.subject_tok
    if tok is None or c.object is None or tok.dep_ != "nsubj" or tok.tag_ != "NNS" \
            or tok.lemma_.lower() not in CROWD_HEADS and tok.lower_ not in CROWD_HEADS:
        return None
    words_before = [m.lower_ for m in tok.lefts if m.dep_ in ("amod", "compound") and m.text.islower()]
    plural = " ".join((*words_before, tok.lower_))
    return recorded_collective(tok, (plural, plural, "OTHER"), collective_span(tok, res), res)


def group_pointed_back(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Two men robbed a store. They shot a guard.", "About 30 youths gathered ... The group began
    throwing firebombs": "they" or "the group" with no actor of its own is the plural group that
    was last a subject, in its sentence or the one before."""
    tok = c.subject_tok
    if tok is None or tok.lower_ not in BACK_POINTERS and tok.lemma_.lower() not in BACK_POINTERS:
        return None
    if tok.lower_ != "they" and not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
        return None
    doc, sent = tok.doc, tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for prior in reversed(doc[start:tok.i]):
        key = res.token_entity.get(prior.i)
        # the subject, or what a subject counts ("dozens of masked youths")
        holder = prior.head.head if prior.dep_ == "pobj" and prior.head.lower_ == "of" else prior
        if holder.dep_ in ("nsubj", "nsubjpass", "ROOT") and prior.tag_ in ("NNS", "NNPS") and key is not None \
                and key != c.object and entity_type(key, res) in GROUP_TYPES:
            return key, tok
    return None


def shared_clause_subject(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"A man who had been let go came in, shot and killed another man": verbs joined to a clause
    the parser hung under another verb, with no subject of their own and no "when"/"after", share
    the subject of the verb they hang on."""
    verb = c.trigger
    if verb.pos_ != "VERB":
        return None
    for _ in range(4):
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head
    if verb.dep_ != "advcl" or any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in verb.children) \
            or any(x.dep_ == "advmod" and x.tag_ == "WRB" for x in verb.children) or _linked_in_time(verb):
        return None
    subject = next((x for x in verb.head.children if x.dep_ == "nsubj"), None)
    found = actors_of(subject, res) if subject is not None else []
    return found[0] if found and found[0][0] != c.object else None


# who acts for an actor: its members, and the hands it hires or commands ("whose mercenaries killed")
HIRED_HANDS = MEMBER_NOUNS | PERPETRATORS | frozenset({"mercenary", "bodyguard", "follower", "henchman"})


def whose_members(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Boko Haram, whose fighters abducted 276 schoolgirls": members named through "whose" are the
    members of the actor the relative clause hangs on, which acted through them."""
    tok = c.subject_tok
    if tok is None or tok.lemma_.lower() not in HIRED_HANDS or not any(
            x.dep_ == "poss" and x.lower_ == "whose" for x in tok.children):
        return None
    clause = tok.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    key = actor_of(clause.head, res)
    return (key, clause.head) if key and key != c.object else None


def described_people(tok, res: KnownActors, doer: bool = False, titled: bool = False) -> str | None:
    """People a violent act names only by a description ("a convicted sex offender", "two
    surveyors", "a bus conductor"): one person of this document, or a group of it when plural.
    None for anything else (a thing, a place, a named actor's members). A `doer` of an act only
    people do (aiming a gun, beating, tying up) is people whatever the noun ("a hunter aimed"); a
    `titled` noun is a headline's, which the tagger may take for a name ("Son suspected of")."""
    nouns, tags = (("NOUN", "PROPN"), ("NN", "NNS", "NNP", "NNPS")) if titled else (("NOUN",), ("NN", "NNS"))
    if tok is None or tok.pos_ not in nouns or tok.dep_ == "compound" or tok.tag_ not in tags:
        return None
    lemma = tok.lemma_.lower()
    if not doer and lemma not in PEOPLE_NOUNS and lemma not in PERPETRATORS and lemma not in GATHERINGS \
            and not is_people(tok):
        return None
    name = individual_name(tok)
    words_ = [t.text for t in tok.doc[tok.left_edge.i:tok.i] if t.like_num or t.lower_ in DETERMINERS]
    for w in words_:     # "two surveyors" -> "surveyors"
        name = name.removeprefix(w).strip()
    plural = tok.tag_ in ("NNS", "NNPS") or lemma in GATHERINGS
    kind = "OTHER" if plural else "PERSON"
    key = f"{kind}:#{document_tag(tok.doc)}:{fold(name).replace(' ', '-')}"
    entity = Entity(key=key, name=name, type=kind, reason="description")
    res.add_mention(tok.doc[tok.left_edge.i:tok.i + 1], entity, "description of people" if plural
                    else "description of a person", "GENERIC" if plural else "PERSON")
    return key


def owner_of_try(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Foiled the pirates' attempt to attack merchant vessels", "a bid by rebels to seize the town":
    the owner of the try, or its "by" phrase, would have done the act its infinitive names."""
    verb = c.trigger
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in TRIES \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    noun = verb.head
    owners = [x for x in noun.children if x.dep_ == "poss"]
    owners += [p for by in noun.children if by.dep_ == "prep" and by.lower_ == "by" for p in by.children
               if p.dep_ == "pobj"]
    for owner in owners:
        found = actors_of(owner, res)
        if found and found[0][0] != c.object:
            return found[0]
    return None


def unbound_pronoun(c: Candidate, res: KnownActors) -> None:
    """"Ortiz was checking it when Orozco appeared. He shot Ortiz once in the head": a "he" or "she"
    subject is never the person its own clause names as the victim, so where coreference left it
    open between two people, or bound it to that victim, of the people in subject position in its
    sentence or the one before the one left is the attacker (and the victim stays the object)."""
    tok, victim = c.subject_tok, c.object_tok
    if tok is None or tok.lower_ not in SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or tok.head.i != c.trigger.i:
        return
    if victim is None or victim.pos_ != "PROPN" or victim.dep_ != "dobj" or victim.head.i != c.trigger.i:
        return              # the victim named as the verb's own object ("he shot Ortiz"), not a pronoun
    victim_key = c.object or res.token_entity.get(victim.i)
    if victim_key is None or entity_type(victim_key, res) != "PERSON" or c.subject not in (None, victim_key):
        return
    doc, sent = tok.doc, tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = {}
    for prior in doc[start:tok.i]:
        key = res.token_entity.get(prior.i)
        holder = prior      # a name's head: "Tom Reed", "Reed and Cole", "the officer, Tom Reed,"
        while holder.dep_ in ("compound", "appos", "conj") and holder.head.i != holder.i:
            holder = holder.head
        if key is not None and holder.dep_ in ("nsubj", "nsubjpass") and entity_type(key, res) == "PERSON":
            people.setdefault(key, prior)
    people.pop(victim_key, None)
    quotes = sentence_quotes(doc)
    if in_quote(doc, tok.i, quotes):
        for t in sent:   # '"He shot Ortiz," Stirling said': the speaker of the quote is not "he"
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_VERBS and not in_quote(doc, t.i, quotes):
                people.pop(res.token_entity.get(t.i), None)
    if len(people) == 1:
        (c.subject, c.subject_tok), c.object = next(iter(people.items())), victim_key


def source_pointed_back(c: Candidate, candidates: list[Candidate], res: KnownActors, reporting) -> None:
    """"Police said the gang looted shops. They then set fire to a church": coreference binds "they"
    to the subject of the sentence before, here the source of a report; when what it reported was
    another group's attack, the attack that goes on ("then", "also") is that group's."""
    tok = c.subject_tok
    if c.type != "ASSAULT" or tok is None or tok.lower_ != "they" or tok.dep_ != "nsubj" or c.subject is None \
            or tok.sent.start == 0:
        return
    before = tok.doc[tok.sent.start - 1].sent
    for verb in (v for v in before if v.pos_ == "VERB" and v.lemma_.lower() in reporting):
        source = next((x for x in verb.children if x.dep_ == "nsubj"), None)
        if source is None or res.token_entity.get(source.i) != c.subject:
            continue
        reported = {x.i for x in verb.children if x.dep_ == "ccomp"}
        doers = [o for o in candidates if o.type == "ASSAULT" and o.trigger.i in reported and o.subject is not None
                 and o.subject not in (c.subject, c.object) and entity_type(o.subject, res) in GROUP_TYPES]
        if doers:
            c.subject = doers[0].subject
            return


def _linked_in_time(verb) -> bool:
    """"... died after hooded youths broke a window": the parser made "after youths" a phrase of the
    main verb and left the clause without its subject; a clause so introduced has its own doer."""
    start = verb.left_edge.i
    return any(p.dep_ == "prep" and p.lower_ in ("after", "before", "as", "since", "until", "while")
               and p.right_edge.i + 1 >= start for p in verb.doc[max(0, start - 6):start])
