"""Sides of found events the extractor used to miss (session 52, recall52): the name set off after a
relative clause on a description of one person ("a woman he took hostage, Mary Lenton,"), and the force
whose operation a custody noun was made in ("his arrest in a police bust"). Sentences written for these
tests, parsed by the pipeline's model."""
from __future__ import annotations

import pytest

from named_events import named_sides
from newsgraph.extract import analyse
from newsgraph.model import Document


def sides(nlp, gazetteer, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    return named_sides(analyse(Document(source="recall52-test", text=text), nlp(text), gazetteer), etype)


@pytest.mark.parametrize(("text", "etype", "expected"), [
    ("The gunman shot a woman he had taken hostage, Mary Lenton, in the leg.", "ASSAULT", ("gunman", "Mary Lenton")),
    ("Rebels kidnapped a man they suspected of spying, Peter Odhiambo, last week.", "ASSAULT",
     ("rebels", "Peter Odhiambo")),
    ("The soldiers beat a man they found hiding, Omar Khalid, before the raid.", "ASSAULT",
     ("soldiers", "Omar Khalid")),
])
def test_a_name_after_a_clause_that_names_no_one_is_the_description(text, etype, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, etype)


@pytest.mark.parametrize(("text", "etype", "described"), [
    # the name may be the teenager's: the description keeps no name
    ("Police arrested a man who had threatened a teenager, Gary Jones, on Friday.", "COERCE", "man"),
    ("Police arrested a farmer who lives near the border, Juan Perez, on Monday.", "COERCE", "farmer"),
])
def test_a_name_after_a_clause_with_its_own_noun_is_not_taken(text, etype, described, nlp, gazetteer):
    found = sides(nlp, gazetteer, text, etype)
    assert ("police", described) in found
    assert all(obj in (None, described) for _, obj in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomas Varga killed himself hours after his arrest in a police bust of almost 100 people.",
     ("police", "Tomas Varga")),
    ("Lars Holm was found dead days after his detention in a police raid on a flat.", ("police", "Lars Holm")),
])
def test_a_custody_noun_made_in_a_force_operation_is_the_force_s(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "COERCE")


def test_a_custody_noun_in_a_place_names_no_taker(nlp, gazetteer):
    found = sides(nlp, gazetteer, "Lars Holm was found dead days after his arrest in a Paris hotel.", "COERCE")
    assert all(subj is None for subj, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("A sniper shot the boy in the neck.", ("sniper", "boy")),
    ("Snipers fired on the crowd from rooftops.", ("snipers", "crowd")),
])
def test_snipers_are_attackers(text, expected, nlp, gazetteer):
    assert expected in sides(nlp, gazetteer, text, "ASSAULT")


def test_a_force_s_snipers_are_the_force(nlp, gazetteer):
    found = sides(nlp, gazetteer, "Israeli army snipers shot two protesters near the fence.", "ASSAULT")
    assert ("Israel Defense Forces", "protesters") in found


@pytest.mark.parametrize(("text", "holder"), [
    ("Gunmen stormed the Kabul office of Care International.", "Care International"),
    ("A petrol bomb hurled at an Athens branch of Marfin Bank killed three employees.", "Marfin Bank"),
])
def test_the_holder_of_a_site_a_town_modifies_is_the_target(text, holder, nlp, gazetteer):
    assert holder in {obj for _, obj in sides(nlp, gazetteer, text, "ASSAULT")}


def test_a_site_a_town_modifies_with_no_holder_has_no_target(nlp, gazetteer):
    found = sides(nlp, gazetteer, "Gunmen opened fire at a Denver office on Monday.", "ASSAULT")
    assert all(obj is None for _, obj in found)
