"""Towns the recogniser took for a person's or a body's name or a nationality, or left untagged: the small
English model tags an unfamiliar one-word place as PERSON or ORG ("shelled Kharkiv", "entered Mariupol",
"struck Rafah"), NORP ("a bar in Culiacan") or nothing ("Rockets hit Donetsk"), and a town then reads as a
victim, a visitor's host or a body. Conflict data code the shelled town as where it happened (ACLED, GDELT).

A name is read as a town's throughout the story when

- its whole text is the name (in any spelling) of a GeoNames populated place of TOWN_PEOPLE people or
  more, or of a capital, and of no larger country, world region or other country's province ("Florida"),
  nor an acronym (a table derived once from geo/'s gazetteer and kept in its cache folder);
- some mention of it stands where a place stands: the object of a preposition of place ("in", "near",
  "outside", "into", "across"; "from" after a verb: "withdrew from Kherson"), the object or passive
  subject of a verb whose object is a town ("shelled Kharkiv", "Mariupol was besieged"), or after a noun
  of places and "of" ("the town of Djibo"); not "in" after a role or a performance ("her role in
  Elizabeth": a work's title). A name the recogniser left untagged counts only where it is struck or
  taken, or after "the town of";
- the story is no match report nor a review of a film or music: those name clubs, bands, films and
  awards after towns ("a win at Blackburn", "at the Brits", "in Batman");
- the gazetteer of actors knows no actor of that name ("Bush" is a president's, whatever GeoNames says);
- no mention of it stands where only a person does, anywhere in the story: a title or a given name
  before it, a word of a longer person's name ("Michael Jackson" ... "Jackson") or the given name
  opening a longer name ("Charlotte Church"), the subject of a verb of speech ("Jackson said"), a
  possessor of a body part ("Austin's hand"), a leader's name before "administration" or "regime"
  ("the Bush administration"), a "he" or "she" that opens the next sentence after it as
  a subject, or the cues resolve/name_votes.py reads as a person's ("Florence, 34,", "Lincoln, who",
  "Charlotte's funeral"); nor where only a body does (its body cues: "Halifax, the mortgage lender").

Such a town becomes a LOCATION with its country (the country of its largest namesake, where that one
is LEAD times larger than any namesake in another country, and where the story names that country, a
place in it or its people: "Ukraine", "Jenin", "Ukrainian"; else none: GeoNames lacks counties, and "a
store in Surrey" is no Canadian town), here and in every mention. Such a town sets no story's country
(resolve/story_country.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..doctext import doc_ents, doc_tokens, kept, token_texts
from ..domain import Context
from ..wordlists import words
from .leader_governments import LED_BODIES
from .name_votes import SPEECH_VERBS, TITLE_WORDS, body_cue, person_cue
from .names import GIVEN_NAMES, fold

TOWN_PEOPLE = 30_000
LEAD = 2
TOWN_PREPOSITIONS = words("town_prepositions")
TOWN_TAKING_VERBS = words("town_taking_verbs")
BODY_PARTS = words("body_parts")
WORK_TITLE_HEADS = words("work_title_heads")
PLACE_NOUNS = words("places_named_by_of")
HE_SHE = words("he_she")
NAME_LABELS = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
_KEY = ("newsgraph", "town names")
_POSITIONS_KEY = ("newsgraph", "town names", "word positions")
_LONGER_KEY = ("newsgraph", "town names", "longer names")


def town_names(doc, gaz) -> dict[str, str | None]:
    """The document's names read as towns (see the module's docstring), with their countries (ISO3 or None);
    `gaz` is the actor gazetteer the document is resolved with (a name it knows is no town)."""
    return kept(doc, _KEY, lambda d: _read(d, gaz))


def town_label(ent, label: str, gaz) -> str:
    """GPE for an entity the recogniser (or the story's vote) calls a person's, a body's or a nationality
    whose name the document reads as a town's; else `label`."""
    return "GPE" if label in ("PERSON", "ORG", "NORP") and ent.text in town_names(ent.doc, gaz) else label


def untagged_towns(doc, gaz) -> list:
    """Spans (label GPE) of one-word town names the recogniser left untagged where they are read as towns
    ("Rockets hit Donetsk and Bakhmut")."""
    from spacy.tokens import Span  # noqa: PLC0415

    towns = town_names(doc, gaz)
    if not towns:
        return []    # (most stories: no Token is built)
    toks = doc_tokens(doc)
    return [Span(doc, i, i + 1, label="GPE") for i, text in enumerate(token_texts(doc))
            if text in towns and _untagged_name(toks[i])]


def _untagged_name(tok) -> bool:
    """A capitalised word no entity holds, written as a name of its own: a proper noun, or any word but the
    first of its sentence (the parser calls "Bakhmut" in "hit Donetsk and Bakhmut" an adverb); not a word
    of a longer name ("PSV Eindhoven") nor an acronym."""
    if tok.ent_type_ or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if tok.pos_ != "PROPN" and tok.is_sent_start:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 and not tok.is_sent_start else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not any(t is not None and t.is_alpha and t.text[:1].isupper() for t in (before, after))


def _read(doc, gaz) -> dict[str, str | None]:
    if Context.of(doc).domain in ("sport", "film"):
        return {}    # a club, a band, a film or an award named after a town: "a win at Blackburn", "at the Brits"
    candidates = {}
    for ent in doc_ents(doc):    # names the recogniser took for a person's, a body's or a nationality
        if ent.label_ in ("PERSON", "ORG", "NORP") and ent.text[:1].isupper() and not ent.text.isupper() \
                and len(ent) <= 3:
            candidates[ent.text] = None
    toks = doc_tokens(doc)
    for i in _capitalised(doc):    # one-word names the recogniser missed, where they are struck or taken
        if _untagged_name(toks[i]) and _place_context(toks[i], verbs_only=True):
            candidates[toks[i].text] = None
    found = {}
    for text in candidates:
        town = town_of(text)
        if town is None or gaz.lookup(text) is not None:
            continue    # the gazetteer's actor is the name's ("the Bush administration": no Egyptian town)
        spans = _occurrences(doc, text)
        if any(_place_context(s.root) for s in spans) and not any(
                _person_context(s) or body_cue(s, "ORG") for s in spans):
            found[text] = town[1] or None
    named = _named_countries(doc, gaz)
    return {text: country if country in named else None for text, country in found.items()}


def _named_countries(doc, gaz) -> set[str]:
    """The countries the story names: states, places the gazetteer or GeoNames puts in one country, and
    nationalities ("Ukraine", "Jenin", "Israeli")."""
    countries = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC", "NORP"):
            actor = gaz.exact(ent.text) or gaz.country_of_demonym(ent.text)
            if actor is not None and actor.country:
                countries.add(actor.country)
            elif actor is None and ent.label_ != "NORP" and (town := town_of(ent.text)) and town[1]:
                countries.add(town[1])
    toks = doc_tokens(doc)
    for i, text in enumerate(token_texts(doc)):    # "Malian troops": a nationality the recogniser left untagged
        if not text[:1].isupper():
            continue    # (read from the texts: no Token for the other words)
        t = toks[i]
        if not t.ent_type_ and t.pos_ == "ADJ" and (actor := gaz.country_of_demonym(text)):
            countries.add(actor.country or "")
    return countries


def _capitalised(doc) -> list[int]:
    """The words that begin with a capital and are not all capitals (the only ones _untagged_name takes),
    read from the token texts: a Token for every word costs more."""
    return [i for i, text in enumerate(token_texts(doc)) if text[:1].isupper() and not text.isupper()]


def _occurrences(doc, text: str) -> list:
    parts = text.split()
    n = len(parts)
    words = token_texts(doc)
    return [doc[i:i + n] for i in _word_positions(doc).get(parts[0], ()) if words[i:i + n] == parts]


def _word_positions(doc) -> dict[str, list[int]]:
    """Where each word stands, built once per document: a long document names many candidates, and a
    walk over its tokens for each would cost its length squared."""
    return kept(doc, _POSITIONS_KEY, _positions)


def _positions(doc) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, text in enumerate(token_texts(doc)):
        found.setdefault(text, []).append(i)
    return found


def _longer_names(doc) -> dict[int, object]:
    """Each token's entity of two words or more (entities do not overlap), built once per document."""
    return kept(doc, _LONGER_KEY, lambda d: {i: e for e in doc_ents(d) if len(e) > 1 for i in range(e.start, e.end)})


def _place_context(tok, verbs_only: bool = False) -> bool:
    """Whether a word stands where a place stands (see the module's docstring)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head.lower_
        if prep == "of":
            return head.head.lemma_.lower() in PLACE_NOUNS and head.head.text.islower()
        if verbs_only or head.head.lemma_.lower() in WORK_TITLE_HEADS:
            return False    # "her leading role in Elizabeth", "starred in Batman": a work's title
        return prep in TOWN_PREPOSITIONS or prep == "from" and head.head.pos_ == "VERB"
    return tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in TOWN_TAKING_VERBS


def _person_context(span) -> bool:
    """Whether one mention stands where only a person does (see the module's docstring)."""
    doc, root = span.doc, span.root
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (fold(before.text).rstrip(".") in TITLE_WORDS or before.lower_ in TITLE_WORDS
                               or before.text[:1].isupper() and fold(before.text) in GIVEN_NAMES):
        return True
    e = _longer_names(doc).get(span.start)
    if e is not None and len(e) > len(span) and span.end <= e.end and (
            e.label_ == "PERSON" or e.start == span.start and fold(span[0].text) in GIVEN_NAMES):
        return True    # "Michael Jackson", "Orlando Bloom"; "Charlotte Church", whatever its label
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    if root.dep_ == "poss" and root.head.lemma_.lower() in BODY_PARTS:
        return True
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in LED_BODIES and root.head.text.islower():
        return True    # "the Bush administration", "the Assad regime": a leader's name
    if root.dep_ == "nsubj" and _pronoun_follows(span):
        return True
    return person_cue(span, "PERSON")


def _pronoun_follows(span) -> bool:
    """Whether the next sentence opens with "he" or "she" as its subject ("Marion arrived late. She said ...")."""
    sent = span.sent
    doc = span.doc
    if sent.end >= len(doc):
        return False
    first = doc[sent.end]
    return first.lower_ in HE_SHE and first.dep_ in ("nsubj", "nsubjpass")


@lru_cache(maxsize=4096)
def town_of(name: str) -> tuple[int, str] | None:
    """(population, ISO3 or "") of the largest populated place called `name`, where it has TOWN_PEOPLE
    people or more or is a capital; else None."""
    from ..geo.names import name_key  # noqa: PLC0415

    found = _towns().get(name_key(name))
    return (found[0], found[1]) if found else None


@lru_cache(maxsize=1)
def _towns() -> dict[str, list]:
    from ..geo.geocoder import derived_table  # noqa: PLC0415  (loaded only for a document naming a town)

    return derived_table("town_places", Path(__file__), town_places)


def town_places(gaz) -> dict[str, list]:
    """Name key -> [population of its largest populated place, that place's ISO3 where it leads] for the
    places of TOWN_PEOPLE people or more and the capitals, not named after a continent, a world region,
    a country, a curated region or another country's province larger than the place
    (a province named after its own town is no reason to doubt the town)."""
    from ..geo.gazetteer import ADMIN1, PLACE  # noqa: PLC0415
    from ..geo.names import loose_key, name_key, unmappable  # noqa: PLC0415

    table = {}
    too_large = unmappable()
    for key in gaz.by_key:
        loose = loose_key(key)    # its own name in any spelling, not an alternate name of another ("Google", Topeka's)
        rows = [r for r in gaz.rows(key) if gaz.feature[r] == PLACE and loose_key(name_key(gaz.names[r])) == loose]
        if not rows or key in too_large:
            continue
        top = max(rows, key=lambda r: gaz.population[r])
        if gaz.population[top] < TOWN_PEOPLE and top not in gaz.capitals or any(
                gaz.feature[r] != PLACE and gaz.population[r] >= gaz.population[top]
                and (gaz.feature[r] != ADMIN1 or gaz.country[r] != gaz.country[top]) for r in gaz.rows(key)):
            continue    # a small town, or one named after a larger country or region ("Africa", "Florida")
        others = [gaz.population[r] for r in rows if gaz.country[r] != gaz.country[top]]
        leads = not others or gaz.population[top] >= LEAD * max(others)
        table[key] = [gaz.population[top], (gaz.country[top] or "") if leads else ""]
    return table
