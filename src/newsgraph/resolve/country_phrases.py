"""Pass 1 of document resolution (resolve/document.py): phrases built on a country.

Sector phrases ("the Egyptian army", "Egypt's security forces", "Israeli intelligence") go to the
country's force or body, anonymous sources ("Egyptian sources", "Israeli military officials", "an
unnamed former senior official") to ANONYMOUS_SOURCE entities, a government named by its seat
("the regime in Cairo") to that government.
"""
from __future__ import annotations

from ..doctext import doc_ents, span_text, token_lowers, token_texts  # noqa: F401  (story_country imports it from here)
from ..model import Entity
from ..wordlists import table, words
from .gazetteer import SECTOR_NOUNS, SECTOR_WORD, Actor, Gazetteer
from .means import war_means_forces
from .names import POSSESSIVE, fold
from .owners import former_member
from .resolution import ResolutionDraft, entity_for_actor

# nouns that make an anonymous source ("Egyptian sources", "one Egyptian official")
SOURCE_NOUNS = table("source_nouns")
# words that make "an official" anonymous without a country ("an unnamed former senior official")
ANON_MARKERS = words("anon_markers")
# adjectives of sources that belong to no single country: "Arab sources", "Western diplomats"
REGION_ADJECTIVES = words("country_phrases_region_adjectives")
SKIP_BEFORE_SECTOR = words("country_phrases_skip_before_sector")


def country_anchor(doc, i: int, gaz: Gazetteer, texts: list[str]) -> tuple[Actor, int] | None:
    """A country named at token i by a demonym ("Egyptian", "South Korean") or a possessive name
    ("Egypt's"); returns the country and the index after the anchor. `texts` are the token texts
    (looking at them is much cheaper than building spaCy tokens for every position)."""
    first = texts[i]
    if not first[:1].isupper() or first.lower() in ("the", "a", "an", "this", "that"):
        return None
    size = len(texts)
    for n in (3, 2, 1):
        if i + n > size or not all(w[:1].isupper() or w in ("-", ".") for w in texts[i:i + n]):
            continue
        text = span_text(doc, i, i + n)
        country = gaz.country_of_demonym(text)
        if country is not None:
            return country, i + n
        if i + n < size and texts[i + n] in POSSESSIVE:
            actor = gaz.lookup(text)
            if actor is not None and actor.type == "COUNTRY":
                return actor, i + n + 1
    return None


def match_sector(doc, j: int) -> tuple[str, int] | None:
    """The longest sector noun phrase at token j ("security forces", "army"): (sector, end)."""
    while j < len(doc) and doc[j].lower_ in SKIP_BEFORE_SECTOR:
        j += 1
    stop = j   # a phrase ends before punctuation or a space token: each token is read once
    while stop < min(j + 4, len(doc)) and not (doc[stop].is_punct or doc[stop].is_space):
        stop += 1
    for n in (4, 3, 2, 1):
        if j + n <= stop:
            words = fold(span_text(doc, j, j + n))
            if words in SECTOR_NOUNS and not stance(doc, SECTOR_NOUNS[words], j + n):
                return SECTOR_NOUNS[words], j + n
    return None


def stance(doc, sector: str, end: int) -> bool:
    """"British opposition to the war": a stance people hold, not the opposition as a body; "Kenya's
    opposition leader", "the Kenyan opposition MPs": a modifier of who acts."""
    return sector == "opposition" and end < len(doc) and (
        doc[end].lower_ in ("to", "against", "from", "over") or doc[end].pos_ in ("NOUN", "PROPN"))


def anonymous_entity(country: Actor | None, sector: str | None, noun: str, gaz: Gazetteer | None,
                     region: str | None = None, phrase: str | None = None,
                     parent: str | None = None) -> Entity:
    """An ANONYMOUS_SOURCE named by its normalised phrase: 'Egyptian sources',
    'Israeli military officials', 'Arab sources'."""
    plural = SOURCE_NOUNS.get(noun.lower(), noun.lower())
    if country is not None:
        adjective = country.demonyms[0] if country.demonyms else country.name
        body = gaz.sector(country.id, sector) if sector else None
        words = f"{SECTOR_WORD[sector]} {plural}" if sector else plural
        return Entity(key=f"anon:{country.id}:{words}", name=f"{adjective} {words}", type="ANONYMOUS_SOURCE",
                      country=country.id, reason="anonymous source",
                      parent=body.key if body is not None else country.key)
    if region:
        return Entity(key=f"anon:{fold(region)}:{plural}", name=f"{region.title()} {plural}", type="ANONYMOUS_SOURCE",
                      reason="anonymous source", parent=parent)
    name = phrase or plural
    return Entity(key=f"anon::{fold(name)}", name=name, type="ANONYMOUS_SOURCE", reason="anonymous source",
                  parent=parent)


def former_source(doc, start: int, src: int) -> Entity | None:
    """A source who no longer serves the country or body named before them ("a former Israeli
    official", "an ex-Pentagon official"): an anonymous source of no one, named by the phrase."""
    if not former_member(doc[src]):
        return None
    phrase = " ".join(t.lower_ for t in doc[start:src + 1] if t.lower_ != "-")
    return anonymous_entity(None, None, doc[src].text, None, phrase=f"former {phrase}")


def _source_noun(doc, j: int) -> int | None:
    """Index of a source noun at j, after optional sector words ("military officials")."""
    if j < len(doc) and doc[j].lower_ in SOURCE_NOUNS:
        return j
    return None


def country_phrases(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Sector phrases and anonymous sources built on a demonym or a country's possessive, and
    anonymous sources without a country."""
    # a phrase inside a longer gazetteer name is no sector phrase ("Free Syrian Army")
    named = {t.i: (ent.start, ent.end) for ent in doc_ents(doc) if ent.ent_id_ for t in ent}
    i = 0
    n = len(doc)
    texts = token_texts(doc)
    lowers = token_lowers(doc)   # the document's, read once (other passes read them too)
    while i < n:
        # most words are lower case: no anchor (country_anchor's first test, without the call)
        anchor = country_anchor(doc, i, gaz, texts) if texts[i][:1].isupper() else None
        if anchor is None or (i in named and named[i][0] < i):
            i += 1
            continue
        country, j = anchor
        start = i
        # "the Egyptian army" / "Egypt's security forces" / "Egyptian military and police"
        sector = match_sector(doc, j)
        if sector is not None:
            name, end = sector
            src = _source_noun(doc, end)
            if src is not None:      # "Israeli military officials": a source belonging to the military
                ent = former_source(doc, start, src) or anonymous_entity(country, name, doc[src].text, gaz)
                res.add_mention(doc[start:src + 1], ent, "anonymous source", label="ANON", head=src)
                i = src + 1
                continue
            body = gaz.sector(country.id, name)
            if body is not None:
                res.add_mention(doc[start:end], entity_for_actor(body), "sector phrase", label="SECTOR",
                                head=end - 1)
                # coordinated sectors share the country: "Egyptian military and police"
                while end + 1 < n and doc[end].lower_ in ("and", ",", "or"):
                    more = match_sector(doc, end + 1)
                    if more is None:
                        break
                    other = gaz.sector(country.id, more[0])
                    if other is None:
                        break
                    res.add_mention(doc[end + 1:more[1]], entity_for_actor(other), "sector phrase",
                                    label="SECTOR", head=more[1] - 1, alias=False)
                    end = more[1]
                i = end
                continue
        # "Egyptian sources", "Israeli sources familiar with the situation", "one Egyptian official"
        k = j
        while k < n and doc[k].lower_ in ("security", "government", "diplomatic", "defense", "defence"):
            k += 1
        src = _source_noun(doc, k)
        if src is not None:
            ent = former_source(doc, start, src) or anonymous_entity(country, None, doc[src].text, gaz)
            res.add_mention(doc[start:src + 1], ent, "anonymous source", label="ANON", head=src)
            i = src + 1
            continue
        if j > i and war_means_forces(doc, start, j, country, gaz, res):   # "an Israeli airstrike"
            i = j
            continue
        i = j if j > i else i + 1
    # sources without a country: "Arab sources", "an unnamed former senior official"
    for i, low in enumerate(lowers):
        if low not in SOURCE_NOUNS or i in res.token_entity:
            continue
        tok = doc[i]
        left = tok.i
        while left > 0 and doc[left - 1].lower_ in ANON_MARKERS and doc[left - 1].i not in res.token_entity:
            left -= 1
        mods = [t for t in doc[left:tok.i] if t.lower_ != "-"]
        det = doc[left - 1].lower_ if left > 0 else ""
        region = next((t.text for t in mods if t.lower_ in REGION_ADJECTIVES), None)
        if region:
            res.add_mention(doc[left:tok.i + 1], anonymous_entity(None, None, tok.text, gaz, region=region),
                            "anonymous source", label="ANON", head=tok.i)
        elif mods and (any(t.lower_ in ("unnamed", "anonymous", "unidentified", "senior", "former", "top")
                           for t in mods) or det in ("a", "an", "one")):
            phrase = " ".join(t.lower_ for t in mods) + " " + tok.lower_
            res.add_mention(doc[left:tok.i + 1], anonymous_entity(None, None, tok.text, gaz, phrase=phrase),
                            "anonymous source", label="ANON", head=tok.i)


def seat_of_government(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """'the regime in Cairo', 'the government in Damascus': the country's government."""
    for i, low in enumerate(w.lower() for w in token_texts(doc)):
        if low not in ("regime", "government", "leadership", "authorities") or i in res.token_entity:
            continue
        tok = doc[i]
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in":
            country = gaz.country_of_capital(doc[tok.i + 2].text)
            body = gaz.sector(country.id, "government") if country else None
            if body is not None and not res.covered(tok.i, tok.i + 3):
                res.add_mention(doc[tok.i:tok.i + 3], entity_for_actor(body), "capital as actor: seat of government",
                                label="SECTOR", head=tok.i)
