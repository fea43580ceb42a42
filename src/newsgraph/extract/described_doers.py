"""Attackers news describes rather than names in some sentences: "A 35-year-old man stabbed his
neighbour ... Gary Gomes, 35, was arrested"; "A former employee opened fire at the party ... Eric
Kirkpatrick was charged with murder". A person described with an age ("a 35-year-old New Bedford
man") is the one person the story names with the same age ("Gomes, 35,", "35-year-old Gary Gomes"),
when it names exactly one, and that one is no victim of the attack. Without an age, one person
described as an attacker ("the gunman", "a Vancouver man") is the one person the story names as an
attacker, when it names exactly one and neither is a victim in it; one named as "the suspect" or "the
gunman" ("The suspect, 38-year-old Carl Penn, was ...") is named as an attacker.
"""
from __future__ import annotations

import re

from ..wordlists import words
from .accused_acts import NOMINAL_ATTACK
from .actors import KnownActors
from .arguments import entity_type
from .frames import Candidate

AGE = re.compile(r"\b(\d{1,3})-year-old\b")
# the sentences of a story's lede, where "a man" is the story's own attacker
LEDE = 3
QUOTES = frozenset({'"', "“", "”", "``", "''"})
# words that make a description someone else ("a second suspect", "another man")
OTHERS = words("described_doers_others")
# nouns by which a story names the one it holds to the attack ("The suspect, Carl Penn, 38,", "gunman Carl Penn")
SUSPECT_NOUNS = words("accused_acts_suspects") | words("story_attacker_nouns")


def named_described_doers(candidates: list[Candidate], res: KnownActors) -> None:
    """Give attacks by a described person the one person the story names with that age, or else
    the one person it names as an attacker."""
    attacks = [c for c in candidates if c.type == "ASSAULT"]
    victims = {c.object for c in attacks}
    # named as the doer of an attack on someone ("Hiller shot Brown"), as one held to an attack
    # ("Carl Denton was charged with murder"), or as "she" or "he" shooting ("She shot three")
    attackers = {c.subject for c in attacks if c.subject is not None and c.subject.startswith("PERSON:")
                 and not described_person(c.subject) and c.subject not in victims and full_name(c.subject, res)
                 and (c.object is not None or c.frame is NOMINAL_ATTACK
                      or c.subject_tok is not None and c.subject_tok.lower_ in ("he", "she")
                      and not quoted(c.subject_tok))}
    attackers |= named_suspects(candidates[0].trigger.doc, res) - victims if attacks else set()
    for c in attacks:
        if c.subject is None or c.subject_tok is None or not described_person(c.subject) or c.subject in victims:
            continue
        if not (introduced(c.subject_tok) or age_of(c.subject_tok)):
            continue    # "In February, a woman opened fire at a university": another story's attacker
        age = age_of(c.subject_tok)
        if age is not None and c.object_tok is not None and age_of(c.object_tok) == age:
            continue    # "a 29-year-old woman shot a 29-year-old man": the age names neither
        with_age = aged_names(c.subject_tok, age, res) if age else set()
        aged = with_age - victims
        if with_age and not aged:
            continue    # the one named with that age is a victim
        named = aged if aged else attackers
        if len(named) == 1 and (key := next(iter(named))) != c.object:
            subject = c.subject
            for other in attacks:   # the description's other attacks ("Both women had been stabbed")
                if other.subject == subject and other.object != key:
                    other.subject = key


def named_suspects(doc, res: KnownActors) -> set[str]:
    """People the story names as "the suspect" or "the gunman" by apposition or title ("The suspect,
    38-year-old Carl Penn, was ...", "suspect Carl Penn"), by a full name."""
    found = set()
    for tok in doc:
        if tok.lemma_.lower() not in SUSPECT_NOUNS or tok.pos_ != "NOUN":
            continue
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "PROPN":
            name = tok.head    # "suspect Carl Penn" (and "The suspect, Carl Penn," parsed so)
        elif any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
            name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        else:
            name = None
        key = res.token_entity.get(name.i) if name is not None else None
        if key is not None and key.startswith("PERSON:") and not described_person(key) and full_name(key, res):
            found.add(key)
    return found


def described_person(key: str) -> bool:
    """A person of one document known only by a description ("PERSON:#doc:35-year-old-man")."""
    return key.startswith("PERSON:#")


def quoted(tok) -> bool:
    """A word in a sentence that quotes someone, whose "she" may be the speaker's subject or the speaker."""
    return any(t.text in QUOTES for t in tok.sent)


def full_name(key: str, res: KnownActors) -> bool:
    """A person named by a name of two words or more ("Yvonne Hiller"), not a title alone ("Sheriff")."""
    entity = res.entities.get(key)
    return entity is not None and len(entity.name.split()) > 1


def introduced(tok) -> bool:
    """A description that points back at someone known ("the gunman", "this man"), or one that
    introduces the story's attacker in its first sentences ("A Vancouver man has been charged")."""
    if any(m.lower_ in OTHERS for m in tok.lefts):
        return False    # "a second suspect shot an officer": not the one named
    if any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in tok.children):
        return True
    return sum(1 for _ in tok.doc[:tok.sent.start].sents) < LEDE if tok.sent.start else True


def age_of(tok) -> str | None:
    """The age a description of a person states ("a 35-year-old New Bedford man")."""
    found = AGE.search(tok.doc[tok.left_edge.i:tok.i + 1].text)
    return found.group(1) if found else None


def aged_names(description, age: str, res: KnownActors) -> set[str]:
    """The named people the text gives an age of `age`: "Gomes, 35," and "35-year-old Gary Gomes";
    not one in apposition to another description ("the landlord, Carl Boyd, 29,")."""
    doc, found = description.doc, set()
    for tok in doc:
        if tok.text != age:
            continue
        if tok.dep_ in ("appos", "npadvmod", "amod", "nummod") and tok.head.pos_ == "PROPN":
            name = tok.head       # "Gary Gomes, 35,"
        elif tok.i + 4 < len(doc) and doc[tok.i:tok.i + 5].text.replace(" ", "") == f"{age}-year-old":
            name = doc[tok.i + 4].head if doc[tok.i + 4].head.pos_ == "PROPN" else None   # "35-year-old Gary Gomes"
        else:
            name = None
        while name is not None and name.dep_ == "compound" and name.head.pos_ == "PROPN":
            name = name.head
        if name is not None and name.dep_ == "appos" and name.head.pos_ == "NOUN" \
                and name.head.lemma_.lower() != description.lemma_.lower():
            continue
        key = res.token_entity.get(name.i) if name is not None else None
        if key is not None and not described_person(key) and entity_type(key, res) == "PERSON":
            found.add(key)
    return found
