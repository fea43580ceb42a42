""""The opposition" of a story about one country's politics: that country's opposition (the
derived sector body "Kenyan opposition", resolve/gazetteer.py). Strict: only a bare "the
(main|political|socialist ...) opposition" that takes part in a clause, when every country the document
names is the same one (in British news "the opposition" is Britain's, which the text seldom names);
else, after the offices, the opposition of the story's country where it stands, if the story has one."""
from __future__ import annotations

from ..doctext import tokens_with_lemma
from ..wordlists import words
from .gazetteer import Gazetteer
from .resolution import ResolutionDraft, entity_for_actor
from .story_country import StoryEvidence

PARTICIPANT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
PLAIN_MODIFIERS = words("opposition_plain_modifiers")
# the leaning a country's opposition is told by ("the socialist opposition", "the conservative opposition")
LEANINGS = words("opposition_leanings")
# "opposition to the war", "opposition from farmers": a stance, not the body
STANCE_PREPS = words("opposition_stance_preps")


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


def bare_oppositions(doc, res: ResolutionDraft):
    """The tokens of "the (main|political|socialist ...) opposition" taking part in a clause that no pass
    resolved, each with its article."""
    for tok in (doc[i] for i in tokens_with_lemma(doc, ("opposition", "Opposition"))):
        if tok.lower_ != "opposition" or tok.i in res.token_entity or tok.dep_ not in PARTICIPANT_DEPS:
            continue
        lefts = list(tok.lefts)
        if not lefts or lefts[0].lower_ != "the" or any(t.lower_ not in PLAIN_MODIFIERS | LEANINGS for t in lefts):
            continue
        if any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in tok.rights):
            continue
        yield tok, lefts[0]


def the_opposition(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    for tok, the in bare_oppositions(doc, res):
        countries = countries_named(res)
        body = gaz.sector(next(iter(countries)), "opposition") if len(countries) == 1 else None
        if body is not None:
            res.add_mention(doc[the.i + 1:tok.i + 1], entity_for_actor(body), "the opposition of the one country named",
                            label="SECTOR", head=tok.i)


def story_opposition(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """"The opposition" left open by the_opposition, in a document naming several countries: the opposition
    of the story's country where it stands (story_country.body_country), as "the prime minister" is that
    country's (resolve/untitled_offices.py): "riots spread to Turkey and Spain ... the socialist opposition
    called for the prime minister to quit" in a story of Greece is Greece's opposition."""
    found = list(bare_oppositions(doc, res))
    if not found:
        return
    story = StoryEvidence.read(doc, gaz, res)
    for tok, the in found:
        country = story.country_at(the.i)
        body = gaz.sector(country, "opposition") if country else None
        if body is not None:
            res.add_mention(doc[the.i + 1:tok.i + 1], entity_for_actor(body), "the opposition of the story's country",
                            label="SECTOR", head=tok.i)
