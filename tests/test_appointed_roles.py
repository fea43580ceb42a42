"""Roles given by an appointment, an election or a succession (extract/appointments.py) state a standing
relation of the one put in the role to the body named, or to the body that gave it when the role names
none; the verb dates the relation and sets its mood; leaving a role states none. Sentences are our own."""
from __future__ import annotations

import pytest


def relations(analysis) -> dict[tuple[str, str, str], object]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject, ""), names.get(e.object, "")): e for e in analysis.events
            if e.type in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, holder, body, date", [
    ("Siemens appointed Peter Loescher as chief executive in 2007.", "Peter Loescher", "Siemens", "2007"),
    ("The Labour Party elected John Smith as leader in 1992.", "John Smith", "Labour Party", "1992"),
    ("Maria Lopez was elected leader of the Green Party in 2003.", "Maria Lopez", "Green Party", "2003"),
    ("Alan Greenspan, who became chairman of the Federal Reserve in 1987, spoke in London on Monday.",
     "Alan Greenspan", "Federal Reserve", "1987"),
    ("Gordon Brown succeeded Tony Blair as leader of the Labour Party in 2007.", "Gordon Brown", "Labour Party",
     "2007"),
    ("Paul Wolfowitz took over as head of the World Bank in 2005.", "Paul Wolfowitz", "World Bank", "2005"),
    ("Vladimir Putin became president in 2000.", "Vladimir Putin", "Russia", "2000"),
])
def test_an_appointment_or_election_gives_a_dated_leadership(analyse_text, text, holder, body, date):
    found = relations(analyse_text(text))
    assert ("LEADERSHIP", holder, body) in found
    assert found["LEADERSHIP", holder, body].date == date


def test_a_relative_clause_after_a_list_tells_of_the_last_item(analyse_text):
    found = relations(analyse_text("He was the link between John Mitchell and Senator James Eastland, who was "
                                   "chairman of the Senate Judiciary Committee."))
    assert ("LEADERSHIP", "James Eastland", "Senate Judiciary Committee") in found
    assert not any(s == "John Mitchell" for _, s, _ in found)


def test_a_participle_gives_the_role_to_the_name_it_describes(analyse_text):
    found = relations(analyse_text("Anna Weber, the lawyer elected by the shareholders as Commerzbank's chairman, "
                                   "declined to comment."))
    assert ("LEADERSHIP", "Anna Weber", "Commerzbank") in found


def test_a_role_to_come_is_possible(analyse_text):
    found = relations(analyse_text("Gordon Brown will replace Tony Blair as leader of the Labour Party."))
    assert found["LEADERSHIP", "Gordon Brown", "Labour Party"].certainty == "possible"
    assert not any(s == "Tony Blair" for _, s, _ in found)


@pytest.mark.parametrize("text, holder", [
    ("Lord Browne resigned as chief executive of BP on Tuesday.", "Browne"),
    ("Tony Blair was replaced as leader of the Labour Party by Gordon Brown.", "Tony Blair"),
    ("Mr Howard appointed Lynton Crosby as his campaign chief.", "Lynton Crosby"),
    ("Chelsea appointed Jose Mourinho as manager in June.", "Jose Mourinho"),
    ("Nokia appointed Goldman Sachs as adviser on the sale.", "Goldman Sachs"),
])
def test_leaving_a_role_or_a_post_under_a_person_or_a_coach_states_no_leadership(analyse_text, text, holder):
    assert not any(t == "LEADERSHIP" and holder in s for t, s, _ in relations(analyse_text(text)))


@pytest.mark.parametrize("text, holder, body, description", [
    ("Jane Park, a former Sony executive who became Nintendo chief executive in March, has criticised the regulator.",
     "Jane Park", "Nintendo", "former Sony executive"),
    ("Mark Lee, a former Google manager who later became president of Yahoo, spoke on Monday.", "Mark Lee", "Yahoo",
     "former Google manager"),
])
def test_a_role_taken_in_a_clause_on_a_description_is_the_named_persons(analyse_text, text, holder, body,
                                                                         description):
    """The relative clause hangs on the apposition, but the one who took the role is the person it describes."""
    found = relations(analyse_text(text))
    assert ("LEADERSHIP", holder, body) in found, found
    assert not any(s == description for _, s, _ in found), found
