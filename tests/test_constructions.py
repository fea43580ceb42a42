"""Constructions, one-participant events, casualties and dates (tests/data/constructions.yaml):
sentences written for newsgraph, each with the events it must (and must not) yield; checked as
the extraction development set is (tests/test_extraction_devset.py)."""
from pathlib import Path

import pytest
import yaml

from test_extraction_devset import test_devset_sentence as check_sentence

CASES = yaml.safe_load((Path(__file__).parent / "data" / "constructions.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_construction_sentence(case, nlp, gazetteer):
    check_sentence(case, nlp, gazetteer)


def _events(text, nlp, gazetteer, published=None):
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    return analyse(Document(source="t", text=text, published=published), nlp(text), gazetteer).events


@pytest.mark.parametrize(("text", "published", "date", "kind"), [
    # a date of its own, relative to the document's: stated
    ("Police arrested six opposition activists in Kampala on Tuesday.", "2025-06-13", "2025-06-10", "stated"),
    ("Militants attacked an army post in Borno yesterday.", "2025-06-13", "2025-06-12", "stated"),
    # none of its own: the document's date stands in, marked as reported
    ("Police arrested six opposition activists in Kampala.", "2025-06-13", "2025-06-13", "reported"),
    # neither: undated
    ("Police arrested six opposition activists in Kampala.", None, None, None),
])
def test_event_date_is_stated_or_the_documents(text, published, date, kind, nlp, gazetteer):
    events = [e for e in _events(text, nlp, gazetteer, published) if e.type in ("COERCE", "ASSAULT")]
    assert events, text
    assert {(e.date, e.date_kind) for e in events} == {(date, kind)}


def test_an_unknown_number_of_dead_is_not_zero(nlp, gazetteer):
    events = _events("Militants killed an unknown number of soldiers in Tillaberi.", nlp, gazetteer)
    assert [e.type for e in events] == ["ASSAULT"]
    assert "killed" not in events[0].quantities
