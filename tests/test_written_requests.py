"""Requests made in writing are their author's (extract/written_requests.py): "a report by X urged",
"a letter from X called on", "X published a report. The report urged". Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "author", "asked"), [
    ("A report by the Electoral Commission called on the Home Office to scrap the old registers.",
     "electoral commission", "home office"),
    ("A letter from Greenpeace urged the Interior Department to protect the owl.", "greenpeace", "interior"),
    ("The Electoral Commission published its annual report on Tuesday. The report urged the Home Office "
     "to recruit more staff.", "electoral commission", "home office"),
])
def test_a_document_requests_for_its_author(text, author, asked, analyse_text):
    found = named_sides(analyse_text(text), "REQUEST", lower=True, both=True)
    assert any(author in s and asked in o for s, o in found), (text, found)


def test_a_document_with_no_author_named_requests_nothing(analyse_text):
    text = "The report urged the Home Office to recruit more staff."
    assert named_sides(analyse_text(text), "REQUEST", lower=True, both=True) == set(), text
