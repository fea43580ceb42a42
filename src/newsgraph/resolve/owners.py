"""Whom unnamed people belong to: a name before or after them that they stand for ("Hamas fighters",
"Israeli soldiers", "workers from Ford"), or one they do not ("a Bloomington man", "a CNN journalist",
"a former FBI agent", "a senior Tory MP", who act in their own name). resolve/participants.py asks it
before it makes a collective, an individual or a described group.
"""
from __future__ import annotations

from ..model import Entity
from ..wordlists import words
from .gazetteer import load_gazetteer
from .resolution import ResolutionDraft

FORCES = words("forces_nouns")
INDIVIDUAL_NOUNS = words("individual_nouns")
# people of a private kind, whom no unknown name before them owns ("a Bloomington man")
PRIVATE_KINDS = INDIVIDUAL_NOUNS - FORCES
# owners one of whose men acts for them ("a Hamas man", "a Taliban commander")
ARMED_OWNERS = ("ARMED_GROUP", "MILITARY", "GOVERNMENT")
OWN_NAME_NOUNS = words("own_name_nouns")
CANDIDATES = words("candidate_nouns")
POLITICAL = words("political_callings")
FORMER = words("former_words")
# participles that tie members to the actor they serve ("forces loyal to Assad")
AFFILIATED = words("affiliated")
# parts of a party that do not speak for it ("Tory councillors", "Labour backbenchers"): as extract/modifier_owners
# reads them, they stay a kind of people of their own ("councillors"), not the party's men
PARTY_PARTS = words("party_parts")
SHARE_COUNTS = words("share_counts")
FOLLOWERS = words("follower_nouns")
POLICE_NOUNS = words("police_nouns")


def named_owner(tok, res: ResolutionDraft, typ: str) -> bool:
    """Whether the phrase names whom its members belong to ("ISIS forces", "Hamas men", "fighters
    of the Islamic State", "Israeli soldiers"): they stand for that actor, which extraction reads
    from the modifier. A country qualifies civilians, armed collectives and private persons
    ("Iranian protesters", "Somali pirates", "a Mexican journalist", "Russian agents") but owns its
    forces and one who serves in them ("Israeli soldiers", "an Israeli soldier")."""
    owners = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod")]   # "MS-13 members"
    if typ != "PERSON":   # "the wife of the Iraqi ambassador" is no member of Iraq
        owners += [p for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in AFFILIATED for c in tok.rights):
        return True
    if typ == "PERSON" and former_member(tok):
        return False
    for owner in owners:
        for t in owner.subtree:
            ent = res.entities.get(res.token_entity.get(t.i, ""))
            if ent is None or ent.type == "LOCATION" or adjective_taken_for_a_body(t, ent):
                continue
            if (tok.lemma_.lower() in PARTY_PARTS or counted_part(tok)) and typ != "ARMED_GROUP" and is_party(ent.key, res):
                continue    # "Tory councillors", "some Labour MPs"; not "Labour rebels", no armed group
            if follows_body(tok.lemma_.lower(), ent.type):
                continue    # "Liverpool supporters": fans of the club, not its men
            if town_of_police(tok, t, ent):
                continue   # "an off-duty Coronado policeman": a town the recogniser took for a body
            if ent.type == "PERSON" and owner.head.lower_ == "from":
                continue   # "men from Keighley": no one is from a person (a town the NER took for one)
            if typ == "PERSON" and private_owner_type(tok, ent.type):
                continue   # "a Bloomington man", "a CNN journalist": a home or an employer, not who acts
            if ent.type != "COUNTRY" or tok.lemma_.lower() in FORCES and typ in ("MILITARY", "PERSON"):
                return True
    return False


def follows_body(lemma: str, typ: str | None) -> bool:
    """Whether the noun names followers of an unarmed body of type `typ` ("Liverpool supporters",
    "Apple followers"), who act in their own name; an armed group's or a state's supporters stand
    for it ("Hamas supporters")."""
    return lemma in FOLLOWERS and typ == "ORGANIZATION"


def town_of_police(tok, name, ent: Entity) -> bool:
    """A one-word name before the police or a policeman that no gazetteer knows, which the recogniser took
    for an organisation: the town whose police they are ("an off-duty Coronado policeman", "Millom police"),
    not a body that owns them; a force's initials ("an NYPD officer", "LAPD police") and a known body keep it."""
    return tok.lemma_.lower() in POLICE_NOUNS and ent.type == "ORGANIZATION" and not ent.key.startswith("gaz:") \
        and name.dep_ == "compound" and name.head.i == tok.i and name.pos_ == "PROPN" and not name.text.isupper() \
        and not any(c.dep_ == "compound" for c in name.children)


def counted_part(tok) -> bool:
    """Whether a noun of members is counted as a share of their body, not all of it: "some
    Labour MPs", "several Tory MPs", "up to 30 Labour MPs", "some 32 Labour MPs", "dozens of Tory MPs",
    and a bare number as well ("two Labour MPs", "40 Tory MPs": so many of the party's members, as the
    audit reads "Labour MPs criticised the prime minister", not the party)."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in PARTY_PARTS for c in tok.lefts):
        return True
    if any(c.dep_ == "nummod" and (c.like_num or any(q.dep_ == "quantmod" and q.lower_ in SHARE_COUNTS
                                                      for q in c.children)) for c in tok.lefts):
        return True
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return head is not None and head.lemma_.lower() in PARTY_PARTS


def is_party(key: str | None, res) -> bool:
    """Whether `key` is a party the gazetteer knows: the one the document is resolved with (`res.gazetteer`,
    with the user's --gazetteer files), the bundled one where none is given."""
    gaz = getattr(res, "gazetteer", None) or load_gazetteer()
    actor = gaz.actor_of_key(key) if key and key.startswith("gaz:") else None
    return actor is not None and actor.is_party


def adjective_taken_for_a_body(tok, ent: Entity) -> bool:
    """An adjective the recogniser took for an organisation that no gazetteer knows ("Fulani herdsmen",
    "Tuareg nomads"): it says what kind of people they are, not whose; a known party's adjective owns
    its members ("Republican senators")."""
    return tok.tag_ == "JJ" and ent.type == "ORGANIZATION" and not ent.key.startswith("gaz:")


def acts_in_own_name(tok) -> bool:
    """One person of a kind that acts in their own name: "a senior Tory MP", "a Kraft employee", "the
    Republican nominee" (a party or firm before them does not act through them; "Tory MPs" stand for
    the party)."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NN", "NNP") and (lemma in OWN_NAME_NOUNS or lemma in CANDIDATES
                                          or lemma in POLITICAL)   # "MP" is tagged a name


def former_member(tok) -> bool:
    """A person no longer of the body named before them: "a former FBI agent", "an ex-Hamas man"."""
    return any(c.lower_ in FORMER and c.dep_ in ("amod", "compound", "nmod", "advmod") for c in tok.lefts)


def private_owner_type(tok, typ: str | None) -> bool:
    """Whether a named owner of type `typ` before the person `tok` is a home, an employer or a party
    rather than whom they act for: any non-armed owner of a private kind ("a CNN journalist", "an
    Indian blogger"); a party, firm or club of one who acts in their own name ("a Labour MP")."""
    lemma = tok.lemma_.lower()
    if lemma in PRIVATE_KINDS:
        return typ not in ARMED_OWNERS
    return acts_in_own_name(tok) and typ not in (*ARMED_OWNERS, "COUNTRY")


def disowned(tok, res: ResolutionDraft) -> bool:
    """One who acts in their own name, heading a phrase of their own, whom the body named before them
    does not own: "a senior Tory MP", "a former FBI agent" (see named_owner), not "an FBI agent"."""
    if not acts_in_own_name(tok) or tok.dep_ in ("compound", "attr", "appos", "npadvmod") \
            or not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    owners = [res.entities.get(res.token_entity.get(t.i, "")) for c in tok.lefts for t in c.subtree]
    return former_member(tok) and any(owners) or any(
        ent is not None and private_owner_type(tok, ent.type) and ent.type != "LOCATION" for ent in owners)
