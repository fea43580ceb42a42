"""People of a nation counted by a number who act ("three Iraqis attacked the guards", "12 Somalis
surrendered", "twenty-three personnel (12 Somali and 11 Yemeni) surrendered"): so many of its people, a group
of the story, not the state the demonym alone stands for ("the Iraqis accused the Kurds"), keyed as the
victims' reading keys them ("killed three Israelis": the Israelis of Israel)."""
from __future__ import annotations

from ..model import Entity
from ..resolve.names import fold
from ..resolve.participants import collective_span
from .actors import KnownActors
from .entity_lookup import entity_type


def counted_nationals(tok, key: str, res: KnownActors) -> str | None:
    """The group a demonym counted by a number names as an acting side, where `key`, the country, resolved it."""
    if tok.ent_type_ != "NORP" or entity_type(key, res) != "COUNTRY" or tok.lower_ == res.entities[key].name.lower():
        return None
    if not any(c.dep_ == "nummod" and c.like_num for c in tok.lefts) or acted_on(tok):
        return None
    name = tok.text if tok.lower_.endswith("s") else f"{tok.text} people"
    state = res.entities[key]
    entity = Entity(key=f"GENERIC:{fold(name).replace(' ', '-')}:{key}", name=name, type="OTHER",
                    country=state.country, reason="generic description")
    res.add_mention(collective_span(tok, res), entity, "demonym counted", "GENERIC")
    return entity.key


def acted_on(tok) -> bool:
    """Whether the demonym is what an act is done to ("killed three Israelis", "two Britons were held"): left
    to the victims' reading; only a counted group that acts is told apart from its state here."""
    return tok.dep_ in ("dobj", "nsubjpass", "dative", "iobj") or tok.dep_ == "pobj" and tok.head.dep_ != "agent"
