"""People's names the recogniser missed (resolve/missed_names.py): the person is the side, not the party,
country or title before the name, and not nothing. Sentences and names are our own; the resolution tests use
hand-built parses (tests/handbuilt.py), so that the recogniser's miss is certain."""
from __future__ import annotations

import pytest

from handbuilt import build
from newsgraph.resolve.document import resolve_document

GIVEN_AND_SURNAME = """
Tessa Tessa PROPN NNP 1 compound
Lund Lund PROPN NNP 2 nsubj
criticised criticise VERB VBD 2 ROOT
the the DET DT 4 det
plan plan NOUN NN 2 dobj
. . PUNCT . 2 punct
"""

ADDRESSED = """
Mr Mr PROPN NNP 1 compound
Okoro Okoro PROPN NNP 2 nsubj
denied deny VERB VBD 2 ROOT
it it PRON PRP 2 dobj
. . PUNCT . 2 punct
"""

NATIONALITY_BEFORE = """
Russian Russian PROPN NNP 2 compound NORP
Boris Boris PROPN NNP 2 compound
Orlov Orlov PROPN NNP 3 nsubj
condemned condemn VERB VBD 3 ROOT
the the DET DT 5 det
vote vote NOUN NN 3 dobj
. . PUNCT . 3 punct
"""

OFFICE_BEFORE = """
Chief Chief PROPN NNP 2 compound
Constable Constable PROPN NNP 4 compound
Alan Alan PROPN NNP 4 compound
Merrow Merrow PROPN NNP 5 nsubj
said say VERB VBD 5 ROOT
. . PUNCT . 5 punct
"""

GIVEN_NAME_LEFT_OUT = """
Harriet Harriet PROPN NNP 1 compound
Quill Quill PROPN NNP 2 nsubj PERSON
resigned resign VERB VBD 2 ROOT
. . PUNCT . 2 punct
"""

PLACE_WITH_A_GIVEN_NAME = """
Protesters protester NOUN NNS 4 nsubj
near near ADP IN 0 prep
Victoria Victoria PROPN NNP 3 compound
Station Station PROPN NNP 1 pobj
threw throw VERB VBD 4 ROOT
stones stone NOUN NNS 4 dobj
. . PUNCT . 4 punct
"""

SAINT_OF_A_TOWN = """
Police police NOUN NNS 4 nsubj
in in ADP IN 0 prep
San San PROPN NNP 3 compound
Jose Jose PROPN NNP 1 pobj
arrested arrest VERB VBD 4 ROOT
him he PRON PRP 4 dobj
. . PUNCT . 4 punct
"""

BODY_AFTER_A_NATIONALITY = """
The the DET DT 3 det
British British ADJ JJ 3 amod NORP
Museum Museum PROPN NNP 4 nsubj
closed close VERB VBD 4 ROOT
. . PUNCT . 4 punct
"""


def _entity(table: str, word: str, gazetteer):
    doc = build(table)
    res = resolve_document(doc, gazetteer)
    tok = next(t for t in doc if t.text == word)
    key = res.entity_at(tok.i)
    return res.entities[key] if key else None


@pytest.mark.parametrize("table, word, name", [
    (GIVEN_AND_SURNAME, "Lund", "Tessa Lund"),
    (ADDRESSED, "Okoro", "Okoro"),
    (NATIONALITY_BEFORE, "Orlov", "Boris Orlov"),
    (OFFICE_BEFORE, "Merrow", "Alan Merrow"),
    (GIVEN_NAME_LEFT_OUT, "Harriet", "Harriet Quill"),
])
def test_a_name_the_recogniser_missed_is_a_person(gazetteer, table, word, name):
    entity = _entity(table, word, gazetteer)
    assert entity is not None and entity.type == "PERSON" and entity.name == name


@pytest.mark.parametrize("table, word", [
    (PLACE_WITH_A_GIVEN_NAME, "Station"),
    (SAINT_OF_A_TOWN, "Jose"),
    (BODY_AFTER_A_NATIONALITY, "Museum"),
])
def test_a_given_name_inside_a_place_or_body_is_no_person(gazetteer, table, word):
    entity = _entity(table, word, gazetteer)
    assert entity is None or entity.type != "PERSON"


@pytest.mark.parametrize("text, event", [
    # a party or an office before the name is the person's role, not the side
    ("Tory Dominic Hale accused the minister of misleading voters.", ("ACCUSE", "Dominic Hale", "minister")),
    ("Labour MP Rachel Dunmore criticised the Home Secretary over the delays.",
     ("ACCUSE", "Rachel Dunmore", "Home Secretary")),
    # a name the recogniser leaves untagged whole ("May" is a month too) is still the doer
    ("Theresa May rejected the union's demands on Tuesday.", ("REJECT", "Theresa May", "union")),
])
def test_the_named_person_is_the_doer(events_named, text, event):
    assert event in events_named(text)


@pytest.mark.parametrize("text, event", [
    # a party or a government that is itself the subject stays the side
    # (a capitalised bare title is the office of the story's country, which Labour names: offices33)
    ("Labour accused the Home Secretary of misleading voters.",
     ("ACCUSE", "Labour Party", "Home secretary of United Kingdom")),
    ("The French government condemned the bombing of the embassy.", ("ACCUSE", "French government", None)),
    ("Conservative Central Office criticised the Home Secretary.",
     ("ACCUSE", "Conservative Central Office", "Home Secretary")),
])
def test_a_body_named_as_the_subject_stays_the_side(events_named, text, event):
    assert event in events_named(text)


def test_a_surname_later_is_the_person_named_in_full(resolved_name):
    text = ("Tory Dominic Hale criticised the plan on Monday. Mr Hale said the minister had misled voters. "
            "Hale later wrote to the council.")
    assert resolved_name(text, "hale", 1) == "Dominic Hale"
    assert resolved_name(text, "hale", 2) == "Dominic Hale"


def test_a_month_is_no_surname(resolved_name):
    text = ("Theresa May criticised the plan on Monday. Labour hopes to win the May election, and the vote "
            "in May will be close. Mrs May said the Tories attacked Labour.")
    assert resolved_name(text, "may", 1) is None
    assert resolved_name(text, "may", 2) is None
    assert resolved_name(text, "may", 3) == "Theresa May"


FIRM_WITH_A_GIVEN_NAME = """
Calls call NOUN NNS 5 nsubjpass
to to ADP IN 0 prep
Gordon Gordon PROPN NNP 3 compound
Partners Partners PROPN NNP 1 pobj
were be AUX VBD 5 auxpass
unanswered unanswered VERB VBN 5 ROOT
. . PUNCT . 5 punct
"""


def test_a_firm_named_after_a_person_is_no_person(gazetteer):
    entity = _entity(FIRM_WITH_A_GIVEN_NAME, "Partners", gazetteer)
    assert entity is None or entity.type != "PERSON"
