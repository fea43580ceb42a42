"""Every trigger entry of the lexicon (data/lexicon/verbs.yaml, nouns.yaml, adjectives.yaml) has a
news sentence of its own, its `example`, and that sentence yields an event of the entry's type
triggered by the entry's word (for an entry limited to some object types, with such an object)."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, SHARED
from newsgraph.extract.lexicon import lexicon_entries

ENTRIES = lexicon_entries()


def trigger_words(entry) -> set[str]:
    """The words that may trigger the entry's event: the verb, or the event noun of a light-verb
    collocation ("hold talks"), a compound noun's head."""
    return set(entry.words.split())


@pytest.fixture(scope="module")
def parsed(nlp):
    texts = sorted({e.example for e in ENTRIES if e.example})
    return dict(zip(texts, nlp.pipe(texts), strict=True))


def test_every_entry_has_an_example_sentence():
    assert [e.words for e in ENTRIES if not e.example] == []


def test_examples_are_our_own_not_probes_or_seed_sentences():
    probes = yaml.safe_load((ROOT / "tests" / "data" / "probes.yaml").read_text(encoding="utf-8"))
    taken = {p["text"] for p in probes["probes"] + probes["negatives"]}
    seeds = " ".join(p.read_text(encoding="utf-8") for p in (SHARED / "corpus" / "seeds").rglob("*")
                     if p.is_file())
    assert [e.example for e in ENTRIES if e.example in taken or e.example in seeds] == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.source}:{e.words}")
def test_the_example_yields_the_entry(entry, parsed, gazetteer):
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    doc = parsed[entry.example]
    analysis = analyse(Document(source="lexicon-example", text=entry.example), doc, gazetteer)
    at = {t.idx: t for t in doc}
    found = [e for e in analysis.events if e.type == entry.type and e.trigger_start in at
             and trigger_words(entry) & {at[e.trigger_start].lemma_.lower(), at[e.trigger_start].lower_}]
    if entry.object_types:
        found = [e for e in found if e.object and analysis.entities[e.object].type in entry.object_types]
    assert found, [(e.type, e.trigger, e.subject, e.object) for e in analysis.events]
