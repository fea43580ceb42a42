"""Whether a pronoun fits an actor of a kind: "he", "his", "I" a person; "it", "its", "they", "their"
a body, a state, or people of one; "we", "our" either (a minister speaking for his party, a firm by
its spokesman). One test for every stage that asks whether a speaker is the one a pronoun names:
extract/disowned_parts ("the ministry said it had played no part in the raid": its subject pronoun),
extract/speaker_owners ("Germany said France had turned down its proposal": the possessive) and
extract/pronoun_owners ("the US blocked its application": the owner of a thing stood on)."""
from __future__ import annotations

from ..wordlists import words

PERSON_PRONOUNS = words("person_fit_pronouns")
BODY_PRONOUNS = words("body_fit_pronouns")
EITHER_PRONOUNS = words("either_fit_pronouns")


def fits(pronoun: str, kind: str | None) -> bool:
    """Whether `pronoun` may name an actor of entity type `kind` ("PERSON" or another); no pronoun
    fits an actor of no known type."""
    if kind is None:
        return False
    low = pronoun.lower()
    return low in EITHER_PRONOUNS or low in (PERSON_PRONOUNS if kind == "PERSON" else BODY_PRONOUNS)
