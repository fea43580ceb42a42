"""People of a nation counted by a number who act ("three Iraqis attacked the guards", "12 Somalis surrendered",
"twenty-three personnel (12 Somali and 11 Yemeni)"): so many of its people, a group of the story, not the
state, which the demonym alone would stand for ("Iraqis voted", "the Iraqis"). The group keeps the
country as where it is from."""
from __future__ import annotations

from ..model import Entity
from ..resolve.names import fold
from ..resolve.participants import collective_span, document_tag
from .actors import KnownActors
from .entity_lookup import entity_type


def counted_nationals(tok, key: str, res: KnownActors) -> str | None:
    """The described group a demonym counted by a number names, where `key`, the country, resolved it."""
    if tok.ent_type_ != "NORP" or entity_type(key, res) != "COUNTRY" or tok.lower_ == res.entities[key].name.lower():
        return None
    if not any(c.dep_ == "nummod" and c.like_num for c in tok.lefts) or acted_on(tok):
        return None
    name = tok.text if tok.text.endswith("s") else f"{tok.text} people"
    group = f"OTHER:#{document_tag(tok.doc)}:{fold(name).replace(' ', '-')}"
    res.add_mention(collective_span(tok, res), Entity(key=group, name=name, type="OTHER",
                                                      country=res.entities[key].country or key.removeprefix("gaz:")),
                    "demonym counted", label="GENERIC")
    return group


def acted_on(tok) -> bool:
    """Whether the demonym is what an act is done to ("killed three Israelis", "two Britons were held"): left
    as resolution reads it; only a counted group that acts is told apart from its state."""
    return tok.dep_ in ("dobj", "nsubjpass", "dative", "iobj") or tok.dep_ == "pobj" and tok.head.dep_ != "agent"
