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


@pytest.mark.parametrize(("text", "etype", "author", "target"), [
    ("The Green Party unveiled a poster accusing Gordon Brown of hiding the cost of the war.",
     "ACCUSE", "green party", "gordon brown"),
    ("Michael Howard opened the debate with a speech criticising Tony Blair over hospital waiting lists.",
     "ACCUSE", "michael howard", "tony blair"),
    ("Charles Kennedy said in a letter urging Tony Blair to publish the advice that voters deserved the truth.",
     "REQUEST", "charles kennedy", "tony blair"),
    ("Human Rights Watch released a statement. The statement accused Sudan of arming the militias.",
     "ACCUSE", "human rights watch", "sudan"),
])
def test_a_document_or_speech_makes_its_authors_acts(text, etype, author, target, analyse_text):
    found = named_sides(analyse_text(text), etype, lower=True, both=True)
    assert any(author in s and target in o for s, o in found), (text, found)


@pytest.mark.parametrize(("text", "etype"), [
    # the one who finds or receives a letter did not write it
    ("Police found a letter threatening Tony Blair in the car.", "THREATEN"),
    ("Tony Blair received a letter accusing Gordon Brown of disloyalty.", "ACCUSE"),
])
def test_a_document_found_or_received_is_not_its_holders(text, etype, analyse_text):
    found = named_sides(analyse_text(text), etype, lower=True)
    assert not any(s is not None for s, _ in found), (text, found)
