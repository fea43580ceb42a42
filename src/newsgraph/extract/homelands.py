"""A person's country named through the person: "his country", "Kiir's nation". The phrase is the
state the person belongs to, never the person ("he rejected accusations that his country was arming
rebels": South Sudan, not Kiir), and no side at all when the person's country is unknown."""
from __future__ import annotations

from ..resolve.gazetteer import load_gazetteer
from ..resolve.resolution import office_country
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_of_token, entity_type

HOMELAND_NOUNS = words("homeland_nouns")


def person_homeland(tok, res: KnownActors) -> tuple[bool, str | None]:
    """(applies, actor) for a homeland noun owned by a person: the person's country (added to the
    known actors), or None when the text or the gazetteer does not say which it is."""
    if tok.lemma_.lower() not in HOMELAND_NOUNS:
        return False, None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return False, None
    key = entity_of_token(owner, res)
    if key is None and owner.pos_ != "PRON" or key is not None and entity_type(key, res) != "PERSON":
        return False, None   # "Egypt's nation", "its nation": the owner is the state itself
    roles = getattr(getattr(res, "resolution", None), "roles", {})
    code = res.entities[key].country or office_country(roles, key) if key is not None else None
    country = (res.gazetteer or load_gazetteer()).actors.get(code) if code else None
    if country is None or country.type != "COUNTRY":
        return True, None
    res.add_actor(country)
    return True, country.key


def speakers_homeland(tok, speaker: str, res: KnownActors) -> bool:
    """Whether `tok` heads the speaker's own "his country" ("Kiir said his country would strike back"):
    the speaker foretells the act of the state they speak for."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok is not None else None
    return owner is not None and tok.lemma_.lower() in HOMELAND_NOUNS and entity_of_token(owner, res) == speaker
