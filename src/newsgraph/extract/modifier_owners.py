"""The actor a modifier of a noun names, and whether it may stand for the noun: "Hamas weapons",
"Israeli strikes", "Egypt's army" are Hamas's, Israel's, Egypt's; "an Indian blogger", "Apple fans",
"a Toyota Camry" are not India's, Apple's, Toyota's (moved out of extract/arguments.py, which reads
the rest of a noun phrase)."""
from __future__ import annotations

from ..resolve.gazetteer import load_gazetteer
from ..resolve.owners import (
    ARMED_OWNERS,
    acts_in_own_name,
    counted_part,
    follows_body,
    former_member,
    private_owner_type,
)
from ..resolve.participants import COLLECTIVE_TYPE as GENERIC_TYPE
from ..wordlists import words
from .actors import KnownActors
from .described_sides import lone_person
from .entity_lookup import entity_of_token, entity_type
from .homelands import person_homeland
from .lexicon import lexicon
from .noun_frames import noun_frame
from .person_relations import RELATIONS
from .place_settings import names_where
from .thing_names import names_only_things
from .undergone_by_owner import undergoing_owner

# Nouns for people or units that stand for the group or state they belong to:
# "Hamas leaders", "leaders of Hamas", "Israeli officials", "ISIS fighters".
MEMBER_NOUNS = words("member_nouns")
GENERIC_ACTORS = words("generic_actors")
PARTY_PARTS = words("party_parts")
OUTSIDERS = words("outsider_nouns")
OFFICE_NOUNS = words("office_nouns")
# "Iran-backed Houthis", "Saudi-funded militias": a sponsor named in a compound adjective
SPONSORING = words("modifier_owners_sponsoring")
LOCATING = words("modifier_owners_locating")
PRIZED = words("prize_participles")
VENUE_NAMED = words("venue_named_pacts")
# people a place before them does not own: one person of a private kind ("an Indian blogger");
# members of forces or bodies ("Israeli soldiers", "Egyptian officials") stand for their state
# (nor do armed kinds or crews: "Russian bombers", "a Syrian pilot", "Iraqi guards")
PRIVATE_PERSONS = words("individual_nouns") - MEMBER_NOUNS - words("forces_nouns") \
    - {lemma for lemma, typ in GENERIC_TYPE.items() if typ == "ARMED_GROUP"} \
    - {"bomber", "pilot", "guard", "bodyguard", "hijacker", "policewoman"}
# NER labels of things named after their maker or place ("Toyota Camry", "Iraq War")
PRODUCT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# types of the actors an adjective before a member names ("Republican senators", "Houthi militiamen")
NAMED_OWNER_TYPES = ("ORGANIZATION", "ARMED_GROUP")


def party_part(lemma: str, key: str, res: KnownActors) -> bool:
    """Whether the noun names a part of a political party or its followers, who do not speak for
    it ("Labour backbenchers", "some in the Tory party", "Liberal Democrat supporters"); the
    party's MPs and leaders do ("Tory MPs voted against")."""
    if lemma not in PARTY_PARTS or not key.startswith("gaz:"):
        return False
    actor = (res.gazetteer or load_gazetteer()).actor_of_key(key)
    return actor is not None and actor.is_party


def stands_for_owner(tok) -> bool:
    """Whether a name modifying the noun `tok` may stand for the actor: not for outsiders of it
    ("Apple fans", "Microsoft customers") nor for a product named after its maker ("a Toyota
    Camry")."""
    return tok.lemma_.lower() not in OUTSIDERS and tok.ent_type_ not in PRODUCT_LABELS


def modifier_actor(tok, res: KnownActors) -> str | None:
    """The actor a modifier of `tok` names: "Hamas weapons", "Israeli strikes", "Egypt's army";
    a name before a possessive pronoun ("his Jordanian counterpart" is Jordanian, not his). A
    place before a private person is a nationality or a home, not whom the person acts for ("an
    Indian blogger", "a Seattle lawyer")."""
    if not stands_for_owner(tok):
        return None
    homeland, country = person_homeland(tok, res)   # "his country": the person's state, not the person
    if homeland:
        return country
    lemma = tok.lemma_.lower()
    if former_member(tok) and (lemma in MEMBER_NOUNS or lemma in GENERIC_TYPE or lemma in PRIVATE_PERSONS
                               or lemma in OFFICE_NOUNS):
        return None   # "a former FBI agent", "a former Home Office minister" no longer act for the body
    private, own_name = lemma in PRIVATE_PERSONS or lone_person(tok), acts_in_own_name(tok)
    for child in sorted(tok.lefts, key=lambda c: c.pos_ == "PRON"):
        if child.dep_ == "amod" and (lemma in GENERIC_ACTORS or lemma in GENERIC_TYPE) and not list(child.children) \
                and entity_type(entity_of_token(child, res), res) not in NAMED_OWNER_TYPES:
            continue   # "the Palestinian terror group" is no Palestine ("Republican senators" are the party's)
        if child.dep_ == "amod" and child.lemma_.lower() in SPONSORING | LOCATING | PRIZED:
            continue   # "US-backed forces" are not the US; "a US-based news site" is where it is; "Oscar-winning"
        if child.dep_ not in ("poss", "compound", "amod", "nmod", "npadvmod", "nummod"):   # "MS-13 members"
            continue
        for gc in (child, *child.subtree):
            key = entity_of_token(gc, res)
            if key and (not owns_person(key, res, lemma, private, tok.tag_ in ("NNS", "NNPS"))
                        or own_name and private_owner_type(tok, entity_type(key, res))):
                key = None
            if key and gc.i != child.i and entity_type(key, res) == "LOCATION":
                key = None   # "a Los Angeles County sheriff's deputy": the county qualifies the sheriff
            if key and names_where(child, gc, noun_frame(tok, lexicon()), key, res):
                key = None   # "the Kabul attack killed six guards": where, not who (place_settings.py)
            if key and lemma in VENUE_NAMED and venue(gc, key, res):
                key = None   # "the Kyoto treaty", "the Minsk accords": where it was made, not a side
            if key and names_only_things(gc, tok, key, res):
                key = None   # "the Crossrail plan": a name only ever before a thing is the thing's
            if key and (party_part(lemma, key, res) or counted_part(tok) and party_part("some", key, res)):
                key = None   # "Labour backbenchers", "Tory rebels", "some Labour MPs": not the party
            if key and follows_body(lemma, entity_type(key, res)):
                key = None   # "Liverpool supporters": the club's fans, not the club
            if key and child.dep_ == "poss" and undergoing_owner(tok, entity_type(key, res)):
                key = None   # "condemned the journalist's killing": the journalist is killed, not faulted
            if key:
                return key
    return None


def owns_person(key: str, res: KnownActors, lemma: str, private: bool, plural: bool = False) -> bool:
    """Whether the entity a modifier names may stand for the noun it modifies. A place before a
    private person is a nationality or a home ("an Indian blogger", "a Bloomington man", whatever
    type the NER gave an unknown town), a company or outlet an employer ("a CNN journalist"); only an
    armed group or a state body owns one. A place
    before an unnamed collective says where it is ("a Jalisco cartel"), not who it is; so does a
    region or town before a plural other than its members ("London councils", "north Wales
    hospitals"; "Texas officials" are the state's)."""
    typ = entity_type(key, res)
    if typ == "PERSON" and lemma in RELATIONS:
        return False   # "his employers", "her family": others who stand to the person, not the person
    if private:
        return typ in ARMED_OWNERS
    return not (typ == "LOCATION" and (plural and lemma not in MEMBER_NOUNS or lemma in GENERIC_ACTORS
                                       or lemma in GENERIC_TYPE))


def venue(name_tok, key: str, res: KnownActors) -> bool:
    """Whether a name before a pact or a meeting is a city, which names where it was made or held
    ("the Paris climate agreement", "the Geneva talks"), not a state that is a side to it ("the Iran
    nuclear agreement"): a place of no country's own, or a capital written as itself (whatever
    label the recogniser gave it: "the Minsk agreements"), not one that is its country's name too."""
    if name_tok.dep_ not in ("compound", "nmod") or name_tok.tag_ == "POS" or \
            any(c.tag_ == "POS" for c in name_tok.children):
        return False   # "Russia's pact with Iran": whose
    if entity_type(key, res) == "LOCATION":
        return True
    gaz = res.gazetteer or load_gazetteer()
    return gaz.country_of_capital(name_tok.text) is not None and gaz.country_named(name_tok.text) is None
