"""A state's organs of law named by their kind alone: "prosecutors charged two officials", "the court
sentenced him", "lawmakers rejected the bill".

resolve/participants.py makes such a collective one entity per kind and place ("prosecutors (Kenya)"
where the phrase names Kenya); with no place in the phrase it was one kind for every document, so
that Kenya's prosecutors and Britain's met in one entity. Here such a collective of a state's organ
(state_organ_kinds in data/lexicon/words/story_country.yaml) goes to the same kind of the country the
story is about at that point, as resolve/story_country.py decides for "the government" and "the
army" (the story's home, else its centre before the phrase, else the document's): "prosecutors
(Kenya)", merged per country across documents, never across countries. Where the story's country is
unclear, or a word makes the organ no state's ("the international court", "the war crimes tribunal"),
or its own sentence names other states only ("Merkel told lawmakers in Berlin" in a Greek story), or the
story is sport's (a "court" is where it is played), the collective stays as it was: a wrong state is worse than none.
"""
from __future__ import annotations

from ..model import Entity
from ..wordlists import words
from .gazetteer import Gazetteer
from .resolution import ResolutionDraft
from .story_country import sport_story
from .they_pronouns import UNNAMED
from .unnamed_bodies import story_evidence

ORGAN_KINDS = words("state_organ_kinds")
# words that make an organ no state's ("the international court", "the war crimes tribunal")
STATELESS = words("stateless_organ_words")


def organ_kind(key: str, res: ResolutionDraft) -> str | None:
    """The kind of a placeless collective of a state's organ ("GENERIC:prosecutor:" -> "prosecutor")."""
    if not key.startswith(UNNAMED) or not key.endswith(":"):
        return None
    kind = key[len(UNNAMED):-1]
    ent = res.entities.get(key)
    if ":" in kind or ent is None or ent.type != "GOVERNMENT" or kind.split()[-1] not in ORGAN_KINDS:
        return None
    return kind


def state_organs(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Tie the placeless collectives of a state's organs to the story's country (see the module)."""
    found = [m for m in res.mentions if organ_kind(m.entity, res)]
    if not found or sport_story(doc):
        return    # a sport story's "court" is where it is played
    story = story_evidence(doc, gaz, res)
    if not story.mentions:
        return
    for mention in found:
        span = doc.char_span(mention.start, mention.end)
        if span is None or any(t.lower_ in STATELESS for t in span.root.subtree):
            continue
        country = story.country_at(span.start, by_politics=False)
        state = gaz.actors.get(country) if country else None
        if state is None or other_state_in_sentence(span, story.mentions, country):
            continue
        old = res.entities[mention.entity]
        heads = [i for i in range(span.start, span.end) if res.mention_head.get(i) == mention.entity]
        entity = Entity(key=f"{mention.entity}gaz:{country}", name=f"{old.name} ({state.name})", type=old.type,
                        country=country, reason=old.reason, aliases=set(old.aliases))
        res.clear(span)
        res.add_mention(span, entity, f"{mention.reason}: of the story's country", label=mention.label, alias=False,
                        head=heads[0] if heads else None)
    for key in {m.entity for m in found} - {m.entity for m in res.mentions}:
        del res.entities[key]    # the placeless collective, now mentioned nowhere


def other_state_in_sentence(span, mentions: list[tuple[int, str]], country: str) -> bool:
    """Whether the organ's own sentence names another state and not `country` ("Merkel told lawmakers in
    Berlin" in a Greek story): the sentence's place is the nearer word, and a wrong state is worse than none."""
    sent = span.sent
    here = {c for head, c in mentions if sent.start <= head < sent.end}
    return bool(here) and country not in here
