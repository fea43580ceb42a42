"""Entity artefacts that made wrong actors (session 12): initials written apart, bodies typed by a
word inside their name, an office's portfolio read as a body, a state's style cut from its name, a
body's name cut at a possessive. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides
from newsgraph.resolve.gazetteer import initials_written_apart
from newsgraph.resolve.names import fold, name_key


def entities(analysis) -> dict[str, str]:
    """name -> type of every entity of an analysis."""
    return {e.name: e.type for e in analysis.entities.values()}


# --- initials written apart -------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["F. B. I.", "F.B.I.", "FBI"])
def test_initials_fold_to_one_acronym(written):
    assert fold(written) == "fbi"
    assert name_key(written) == name_key("FBI")


def test_initials_of_a_body_in_a_longer_name_meet_the_acronym():
    assert fold("U. S. Coast Guard") == fold("US Coast Guard") == fold("U.S. Coast Guard")


def test_a_single_initial_before_a_surname_is_left_alone():
    assert fold("George W. Bush") == "george w bush"
    assert fold("J. R. Hartley") == fold("J.R. Hartley")


def test_the_entity_ruler_spells_acronyms_out():
    assert set(initials_written_apart("FBI")) == {"F.B.I.", "F. B. I."}
    assert initials_written_apart("U.N.") == ("U. N.",)
    assert initials_written_apart("US") == ()          # two bare capitals are mostly a person's initials
    assert initials_written_apart("Hamas") == ()


@pytest.mark.parametrize("text", [
    "The F. B. I. detained three suspects in Ohio on Friday.",
    "The F.B.I. detained three suspects in Ohio on Friday.",
])
def test_an_acronym_written_apart_is_the_listed_body(analyse_text, text):
    got = named_sides(analyse_text(text), "COERCE")
    assert ("Federal Bureau of Investigation", "suspects") in got, got


def test_a_persons_initials_stay_a_person(analyse_text):
    assert entities(analyse_text("R. J. Mallory won the sailing race on Sunday.")).get("R. J. Mallory") == "PERSON"


# --- bodies typed by their head noun ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The Lifeboat Brigades Union condemned the ministry's pay offer.", "Lifeboat Brigades Union"),
    ("The Liberation Army Football Club accused the league of bias.", "Liberation Army Football Club"),
    ("The Partisan Battalion Veterans Association thanked the mayor.", "Partisan Battalion Veterans Association"),
    ("The Mountain Militia Trust opened a new museum in the valley.", "Mountain Militia Trust"),
])
def test_a_civil_head_noun_is_no_armed_group(analyse_text, text, name):
    got = entities(analyse_text(text))
    assert got.get(name) == "ORGANIZATION", got


def test_an_armed_head_noun_still_types_an_armed_group(analyse_text):
    got = entities(analyse_text("The Free Valley Brigades attacked an army post near the border."))
    assert got.get("Free Valley Brigades") == "ARMED_GROUP", got


def test_the_salvation_army_is_a_charity(analyse_text):
    got = entities(analyse_text("The Salvation Army handed out blankets to the homeless."))
    assert got.get("Salvation Army") == "ORGANIZATION", got


# --- an office's portfolio is no body --------------------------------------------------------------

@pytest.mark.parametrize("text, fragment", [
    ("Home Secretary Jane Doyle rejected the petition on Monday.", "Home"),
    ("Shadow Home Secretary Peter Lang criticised the new rules.", "Shadow Home"),
    ("Health spokesman Tom Avery said the plan was underfunded.", "Health"),
    ("Supreme Leader Ayatollah Ali Khamenei condemned the sanctions.", "Supreme"),
    ("The figures came from Anna Ruiz, the agency's Director of Operations in Gaza.", "Operations"),
])
def test_a_portfolio_before_or_after_an_office_is_no_body(analyse_text, text, fragment):
    a = analyse_text(text)
    assert fragment not in entities(a), entities(a)
    assert not any(fragment in (s, o) for ev_type in ("LEADERSHIP", "AFFILIATION") for s, o in named_sides(a, ev_type))


def test_a_body_before_an_office_stays_a_body(analyse_text):
    got = entities(analyse_text("Vodafone chairman John Bond said the deal was good for shareholders."))
    assert "Vodafone" in got, got


def test_the_liberal_democrats_by_their_adjective(analyse_text):
    a = analyse_text("Lib Dem health spokesman Tom Avery criticised the ministry.")
    assert "Lib Dem" not in entities(a)
    assert ("Tom Avery", "Liberal Democrats") in named_sides(a, "AFFILIATION"), named_sides(a, "AFFILIATION")


# --- names cut by the recogniser ------------------------------------------------------------------

def test_a_states_style_names_the_country(analyse_text):
    a = analyse_text("Fighter jets bombed the Republic of South Sudan on Tuesday.")
    got = entities(a)
    assert got.get("South Sudan") == "COUNTRY" and not any(n.startswith("Republic of") for n in got), got


@pytest.mark.parametrize("text, name", [
    ("Rohan Mehta, president of the Mobile Phone Retailers' Association of India, criticised the regulator.",
     "Mobile Phone Retailers' Association of India"),
    ("Jane Smith, chair of the Hill Farmers' Union of Wales, criticised the ministers.", "Hill Farmers' Union of Wales"),
])
def test_a_cut_name_keeps_its_possessive_words(analyse_text, text, name):
    got = entities(analyse_text(text))
    assert name in got, got


def test_an_acronym_glued_to_a_persons_name_is_the_body(analyse_text):
    got = entities(analyse_text("Board member Ann Cole said ACME Pierre Dubois would stay on as chief."))
    assert got.get("Pierre Dubois") == "PERSON" and "ACME Pierre Dubois" not in got, got


@pytest.mark.parametrize("text, name", [
    ("Thieves rammed a van into the front of the Dalloway store on Monday.", "Dalloway"),
    ("On the trade front, Vestergaard signed a deal with the ministry.", "Vestergaard"),
])
def test_front_near_a_name_is_no_armed_hint(analyse_text, text, name):
    got = entities(analyse_text(text))
    assert got.get(name) not in (None, "ARMED_GROUP"), got


def test_front_in_a_name_still_types_an_armed_group(analyse_text):
    got = entities(analyse_text("The Eastern Liberation Front attacked a convoy near the border."))
    assert got.get("Eastern Liberation Front") == "ARMED_GROUP", got


def test_a_roles_letters_before_a_name_are_no_body(analyse_text):
    got = entities(analyse_text("Team GM Ed Harlow said the coach would stay."))
    assert "Ed Harlow" in got and "General Motors" not in got and "GM" not in got, got


def test_a_chamber_of_commerce_is_named_whole(analyse_text):
    got = entities(analyse_text("Jo Kerr, the U. S. Chamber of Commerce's trade director, criticised the tariff."))
    assert "U. S. Chamber of Commerce" in got, got


def test_an_owner_before_a_possessive_is_no_part_of_a_cut_name(analyse_text):
    got = entities(analyse_text("The UK's Royal Bank of Scotland raised its rates on Monday."))
    assert not any(n.startswith("UK") and "Bank" in n for n in got), got
