"""Offline geocoding: a place name as news writes it, plus what the text says around it, to one
GeoNames place.

Candidates come from the name's normalised key (then, failing that, its looser transliteration
key). Each is scored like a log-odds: how big the place is (log10 of its population, a
proxy for how often news names it), whether it is a capital or a country, and the evidence of the
text: an admin chain ("Gao, Gao region", "Springfield, Illinois"), the countries of the event's
actors and of the document.
"""
from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from . import cache
from .gazetteer import ADMIN1, COUNTRY, PLACE, Gazetteer, Place, build
from .names import loose_key, name_key, split_feature_word, unmappable

# Score terms, in log10 units of population (so +1 weighs like a place ten times larger).
COUNTRY_BONUS = 0.5          # "Georgia" the country over the US state of 10M people
REGION_BONUS = 0.5           # a curated region over a town of its name ("Gaza" the Strip)
REGION_FLOOR = 6.0           # ...and weighs at least like a city of a million ("Red Sea" the sea)
ADMIN1_PENALTY = 0.3         # a division is a vaguer answer than a town of the same weight
CAPITAL_BONUS = 1.0          # news names capitals far more than their size says ("Paris"), by
                             # their own name: "Philadelphia" is also an old name of Amman
ACTOR_COUNTRY_BONUS = 1.8    # a country of the event's actors
DOC_COUNTRY_BONUS = 1.0      # the document's country (dateline, outlet)
HINT_BONUS = 3.0             # per admin-chain name the place sits in ("Illinois", "Gao region")
LOOSE_PENALTY = 1.0          # matched only by the transliteration-tolerant key
# Feature codes each feature word in a name allows ("Idlib province", "the town of Gao").
USER_CACHE = Path("~")        # sentinel: the user's cache folder (see cache.default_dir)
WANTED = {"admin": frozenset({ADMIN1}), "settlement": frozenset({PLACE})}


class Geocoder:
    """Resolve place names to Places. The gazetteer is loaded on the first call: from the cache
    folder when an up-to-date copy is there, else built from the packaged data and cached there
    (cache_dir=None: build every time, write nothing)."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, cache_dir: Path | None = USER_CACHE) -> None:
        self._gazetteer = gazetteer
        self._cache_dir = cache.default_dir() if cache_dir is USER_CACHE else cache_dir
        self._lock = threading.Lock()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    self._gazetteer = self._load()
        return self._gazetteer

    def _load(self) -> Gazetteer:
        if self._cache_dir is None:
            return build()
        path = cache.cache_file(Path(self._cache_dir))
        if (cached := cache.load(path)) is not None:
            return cached
        gaz = build()
        cache.save(gaz, path)
        return gaz

    def resolve(self, name: str, *, context_countries: Iterable[str] = (), admin_hints: Iterable[str] = (),
                doc_country: str | None = None) -> Place | None:
        """The place `name` most likely means, or None when no place has that name.

        context_countries: ISO2 or ISO3 codes of the event's actors; admin_hints: the names of the
        larger areas the text puts the place in ("Gao region", "Illinois", "Syria"); a comma chain
        in the name itself ("Springfield, Illinois") counts as hints too.
        """
        gaz = self.gazetteer
        head, *chain = [part.strip() for part in name.replace("(", ",").replace(")", ",").split(",")]
        hints = [name_key(h) for h in (*chain, *admin_hints) if h and h.strip()]
        hint_keys = {split_feature_word(h)[0] for h in hints} | set(hints)
        rows, wanted, loose = self._candidates(head)
        if not rows:
            return None
        countries = {self._iso2(c) for c in context_countries} - {None}
        doc = self._iso2(doc_country) if doc_country else None
        own = self._own_names(head, rows)
        scored = [(self._score(row, hint_keys, countries, doc, row in own) - (LOOSE_PENALTY if loose else 0.0), row)
                  for row in rows if wanted is None or gaz.feature[row] in wanted]
        if not scored:
            return None
        best = max(scored, key=lambda pair: (pair[0], -pair[1]))[1]
        return gaz.place(self._prefer_town_in_own_division(best, rows, wanted))

    def _candidates(self, head: str) -> tuple[tuple[int, ...], frozenset[str] | None, bool]:
        """Rows named `head`: exactly, without a feature word ("Idlib province"), or loosely."""
        gaz = self.gazetteer
        key = name_key(head)
        if not key or key in unmappable():
            return (), None, False
        if rows := gaz.rows(key):
            return rows, None, False
        bare, kind = split_feature_word(key)
        wanted = WANTED.get(kind) if kind else None
        if kind and (rows := gaz.rows(bare)):
            return rows, wanted, False
        if len(bare.split()) < 2:
            # One word is too short a key to fold vowels on ("Britain" would meet "Bretten");
            # single-word spelling variants come from GeoNames' alternate names instead.
            return (), wanted, True
        return gaz.rows(loose_key(bare), loose=True), wanted, True

    def _own_names(self, head: str, rows: tuple[int, ...]) -> set[int]:
        """The rows whose own (main) name is `head`, not one of their alternate names."""
        key, names = name_key(head), self.gazetteer.names
        bare = split_feature_word(key)[0]
        return {r for r in rows if name_key(names[r]) in (key, bare)}

    def _score(self, row: int, hint_keys: set[str], countries: set[str], doc: str | None,
               own_name: bool = True) -> float:
        gaz = self.gazetteer
        feature = gaz.feature[row]
        score = math.log10(gaz.population[row] + 1)
        if feature == COUNTRY:
            score += COUNTRY_BONUS
        elif feature == ADMIN1:
            score -= ADMIN1_PENALTY
        elif feature != PLACE:
            score = max(score, REGION_FLOOR) + REGION_BONUS
        if row in gaz.capitals and own_name:
            score += CAPITAL_BONUS
        country2 = gaz.country2[row]
        if country2 in countries:
            score += ACTOR_COUNTRY_BONUS
        if doc and country2 == doc:
            score += DOC_COUNTRY_BONUS
        return score + HINT_BONUS * self._hints_matched(row, hint_keys)

    def _hints_matched(self, row: int, hint_keys: set[str]) -> int:
        """How many of the text's admin-chain names this place lies in."""
        if not hint_keys:
            return 0
        gaz = self.gazetteer
        country2 = gaz.country2[row]
        admin1_names = {gaz.admin1[row], gaz.subdivisions.get((country2 or "", gaz.admin1_code[row]))}
        levels = [
            {name_key(n) for n in admin1_names if n} | {gaz.admin1_code[row].lower()} - {""},
            {name_key(gaz.admin2[row])} if gaz.admin2[row] else set(),
            gaz.country_keys.get(country2 or "", frozenset()) if gaz.feature[row] != COUNTRY else set(),
        ]
        bare_levels = [{split_feature_word(k)[0] for k in level} | level for level in levels]
        return sum(1 for level in bare_levels if level & hint_keys)

    def _prefer_town_in_own_division(self, best: int, rows: tuple[int, ...], wanted) -> int:
        """"Gao" or "Aleppo" is the town, not the division named after it (the town lies inside it)."""
        gaz = self.gazetteer
        if gaz.feature[best] != ADMIN1 or wanted is not None:
            return best
        towns = [r for r in rows if gaz.feature[r] == PLACE and gaz.country2[r] == gaz.country2[best]
                 and gaz.admin1[r] == gaz.admin1[best]]
        return max(towns, key=lambda r: gaz.population[r]) if towns else best

    def _iso2(self, code: str | None) -> str | None:
        if not code:
            return None
        code = code.strip().upper()
        if len(code) == 2:
            return code
        return self.gazetteer.iso2.get(code)


@lru_cache(maxsize=1)
def shared_geocoder() -> Geocoder:
    """The process's geocoder over the user's cache folder: one GeoNames table, loaded on first use,
    for every reader in the process (the writer's event places; town_countries when it derives its
    table) instead of one copy each."""
    return Geocoder()


def derived_table(name: str, builder: Path, build) -> dict:
    """The small table `build(gazetteer)` derives from GeoNames (the towns' countries, the towns'
    populations), read from the cache folder when it is there (cache.table_file), else derived once
    from the process's shared geocoder and kept: an extraction worker holds such a table, never a
    gazetteer of its own."""
    folder = cache.default_dir()
    path = cache.table_file(folder, name, builder) if folder else None
    if path and (table := cache.load_table(path)) is not None:
        return table
    table = build(shared_geocoder().gazetteer)
    if path:
        cache.save_table(table, path)
    return table
