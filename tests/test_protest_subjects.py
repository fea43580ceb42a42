"""Unnamed groups of working people as the side of a protest (generic_kinds in
data/lexicon/words/extract.yaml): each kind with a sentence written for this test."""
import pytest

from newsgraph.evaluation.probes import names_of


@pytest.mark.parametrize("text, kind", [
    ("Boda boda drivers protested in Kampala against a fuel levy.", "drivers"),
    ("University lecturers staged a protest over unpaid salaries in Lagos.", "lecturers"),
    ("Street vendors rallied outside city hall in Accra against evictions.", "vendors"),
    ("Angry retirees demonstrated in Buenos Aires against pension cuts.", "retirees"),
    ("Casual labourers protested in Dhaka over unpaid wages.", "labourers"),
    ("Trade unionists marched on parliament in Nairobi.", "unionists"),
])
def test_unnamed_group_is_the_protests_side(text, kind, analyse_text, gazetteer):
    analysis = analyse_text(text)
    sides = [names_of(analysis, e.subject, gazetteer) for e in analysis.events if e.type == "PROTEST"]
    assert any(kind in name for names in sides for name in names), [(e.type, e.subject) for e in analysis.events]
