"""People named by how they stand to a person whose possessive or name comes before them: "his employers
sued him", "her family accused the police", "Hale's colleagues backed him", "the Hale family sued". They
are others than that person: the possessor does not stand for them (extract/modifier_owners.py), and the
phrase describes a side of its own (extract/described_sides.py), as "his wife" or "his lawyers" do."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_of_token, entity_type

RELATIONS = words("person_relation_nouns")


def related_to_person(tok, res: KnownActors) -> bool:
    """Whether `tok` is a relation noun a person's possessive or name owns ("his employers", "the Hale family")."""
    return tok.lemma_.lower() in RELATIONS and any(
        c.dep_ in ("poss", "compound") and entity_type(entity_of_token(c, res), res) == "PERSON" for c in tok.children)
