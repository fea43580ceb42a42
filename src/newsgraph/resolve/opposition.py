""""The opposition" of a story about one country's politics: that country's opposition (the
derived sector body "Kenyan opposition", resolve/gazetteer.py). Strict: only a bare "the
(main|political) opposition" that takes part in a clause, and only when every country the document
names is the same one; else it stays unresolved (in British news "the
opposition" is Britain's, which the text seldom names)."""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from .gazetteer import Gazetteer
from .resolution import ResolutionDraft, entity_for_actor

PARTICIPANT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
PLAIN_MODIFIERS = frozenset({"the", "main", "political", "parliamentary", "official"})
# "opposition to the war", "opposition from farmers": a stance, not the body
STANCE_PREPS = frozenset({"to", "against", "from", "over", "among", "within"})


def countries_named(res: ResolutionDraft) -> set[str]:
    """The gazetteer ids of the countries the text names, or whose people, bodies or places it names."""
    found = set()
    for key in set(res.token_entity.values()):
        ent = res.entities.get(key)
        if ent is None:
            continue
        if ent.type == "COUNTRY" and key.startswith("gaz:"):
            found.add(key[4:])
        elif ent.country:
            found.add(ent.country)
    return found


def the_opposition(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    for tok in (doc[i] for i in tokens_with_lemma(doc, ("opposition", "Opposition"))):
        if tok.lower_ != "opposition" or tok.i in res.token_entity or tok.dep_ not in PARTICIPANT_DEPS:
            continue
        lefts = list(tok.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(t.lower_ not in PLAIN_MODIFIERS for t in lefts):
            continue
        if any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in tok.rights):
            continue
        countries = countries_named(res)
        body = gaz.sector(next(iter(countries)), "opposition") if len(countries) == 1 else None
        if body is not None:
            res.add_mention(doc[lefts[0].i + 1:tok.i + 1], entity_for_actor(body), "the opposition of the one country named",
                            label="SECTOR", head=tok.i)
