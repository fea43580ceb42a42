"""spaCy's rule lemmatizer, faster, with the same lemmas: each word's lemma read once per process.

spaCy's rule lemmatizer builds a Token for every word of a text and works its lemma out from its
text, part of speech and morphology; it keeps the lemmas it derives by rule (keyed by those three),
but not its answer for a word already in its base form (a singular noun, an infinitive: most words),
which it works out again at every occurrence. Its answer is a function of that key, so here the key
of every word is read from the Doc's arrays, the lemmatizer asked only about a key not met before,
and the lemmas written back in one array. With its index asked as sets (`index_as_sets`), a fresh
worker's lemmatizer took 0.7 s for 600 bench articles where it took 6.2 s (a loaded machine).
"""
from __future__ import annotations

from functools import cache

import numpy as np

from .bounded import BoundedCache

# lemmas kept per process (at most some 20 MB): a few new keys per article after the first thousands;
# emptied past the limit, as a long run's vocabulary has no bound
KEPT_LEMMAS = 100_000


def keep_every_lemma(nlp) -> None:
    """Make the pipeline's rule lemmatizer read each key's lemma once (see the module's doc)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(lemmatizer, KeptLemmas):
        return
    lemmatizer.kept_lemmas = BoundedCache(KEPT_LEMMAS)
    lemmatizer.__class__ = _keeping(type(lemmatizer))
    index_as_sets(lemmatizer.lookups)


def index_as_sets(lookups) -> None:
    """The rule lemmatizer's "lemma_index" (the known lemmas of each part of speech, which it only asks
    whether a form is one of) as sets: the lists spaCy loads hold up to 57,000 words, and each
    question walked one (a quarter of a millisecond a new word)."""
    if not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, known in list(table.items()):
        if isinstance(known, list):
            table[pos] = frozenset(known)


class KeptLemmas:
    """What a rule lemmatizer does to a Doc (`__call__`), reading each (word, part of speech,
    morphology) key's lemma once: the same lemmas, on the same tokens."""

    kept_lemmas: BoundedCache
    kept_tables_ready: bool = False

    def tables_ready(self) -> bool:
        """Whether the lookups hold every table the mode requires (asked through spaCy's public
        `get_lookups_config` and `Lookups.has_table`; once they do, they stay)."""
        if not self.kept_tables_ready:
            required, _ = self.get_lookups_config(self.mode)
            self.kept_tables_ready = all(self.lookups.has_table(name) for name in required)
        return self.kept_tables_ready

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS  # noqa: PLC0415

        if not self.tables_ready():
            return super().__call__(doc)    # spaCy checks its tables and reports what is missing
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        kept, strings, overwrite = self.kept_lemmas.room(), doc.vocab.strings, self.overwrite
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = kept.get(key)
            if found is None:
                found = kept[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))
        return doc


@cache
def _keeping(kind: type) -> type:
    return type(f"Kept{kind.__name__}", (KeptLemmas, kind), {})
