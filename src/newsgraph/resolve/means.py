"""A nationality on a means or act of war ("an Israeli airstrike", "a Russian missile attack",
"Turkish drone strikes") names the country's military, as "Israeli troops" does: a country does
not fly drones, its armed forces do."""
from __future__ import annotations

from ..wordlists import words
from .gazetteer import Actor, Gazetteer
from .resolution import ResolutionDraft, entity_for_actor

WAR_MEANS = words("war_means")
# heads a means of war may modify and still be one ("missile attack", "drone strike", "air strike")
MEANS_HEADS = words("means_heads")


def war_means_at(doc, j: int) -> bool:
    """Whether the phrase after a nationality ending at token j is headed by a means of war."""
    for k in range(j, min(j + 3, len(doc))):
        tok = doc[k]
        if tok.lemma_.lower() in WAR_MEANS and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            head = tok.head.lemma_.lower()
            return tok.dep_ not in ("compound", "amod", "nmod") or head in WAR_MEANS or head in MEANS_HEADS
        if tok.dep_ not in ("compound", "amod") or not tok.text.islower():
            return False
    return False


def war_means_forces(doc, start: int, j: int, country: Actor, gaz: Gazetteer, res: ResolutionDraft) -> bool:
    """Resolve the nationality doc[start:j] to the country's military when it is on a means of war."""
    body = gaz.sector(country.id, "military") if war_means_at(doc, j) else None
    if body is None:
        return False
    res.add_mention(doc[start:j], entity_for_actor(body), "sector phrase: means of war", label="SECTOR", head=j - 1)
    return True
