"""Each actor of a conjoined subject or object is a side of its own, also where a construction read the
phrase by its head alone (extract/faulted_conjuncts.conjoined_sides). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, subjects", [
    ("Peru and Chile denied that they had closed the border.", "REJECT", {"Peru", "Chile"}),
    ("Later, Hungary and Slovakia denied they were planning to leave the treaty.", "REJECT", {"Hungary", "Slovakia"}),
    ("Tom Varley and Oscar Brandt pleaded guilty to charges of bribery.", "CONCEDE", {"Tom Varley", "Oscar Brandt"}),
])
def test_every_conjoined_subject_acts(events_named, text, typ, subjects):
    assert subjects <= {s for t, s, _ in events_named(text) if t == typ}


def test_title_relations_stay_with_their_own_person(events_named):
    # each title belongs to its own person: no leader made of the other's country
    rows = events_named("Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni voiced concern"
                        " about the drought.")
    leaders = {(s, o) for t, s, o in rows if t == "LEADERSHIP"}
    assert ("Yoweri Museveni", "Kenya") not in leaders and ("Uhuru Kenyatta", "Uganda") not in leaders


def test_a_pair_partner_is_not_made_a_doer_of_its_own(events_named):
    # "Fiat and GM agreed": one agreement between the two, never one of a party with itself
    rows = events_named("Renault and Nissan agreed to extend their alliance.")
    assert all(s != o for t, s, o in rows if t == "AGREE" and s is not None)


def test_a_conjunct_opening_the_next_clause_is_no_side(events_named):
    # "Peru denied the report and Chile said nothing": Chile joins the next clause, not the denial
    subjects = {s for t, s, _ in events_named("Peru denied that it had closed the border and Chile said nothing.")
                if t == "REJECT"}
    assert "Chile" not in subjects


def test_each_one_charged_with_a_killing_did_it(events_named):
    doers = {s for t, s, _ in events_named("Police charged Ivan Petrov and Marco Sala with the murder of a guard.")
             if t == "ASSAULT"}
    assert {"Ivan Petrov", "Marco Sala"} <= doers


def test_each_one_facing_charges_is_accused(events_named):
    accused = {o for t, _, o in events_named("Ivan Petrov and Marco Sala also face criminal charges in Italy.")
               if t == "ACCUSE"}
    assert {"Ivan Petrov", "Marco Sala"} <= accused


def test_each_sayer_of_a_demand_demands(events_named):
    rows = events_named("Both Peru and Chile said Bolivia needed to reopen the border.")
    assert {"Peru", "Chile"} <= {s for t, s, o in rows if t == "REQUEST" and o == "Bolivia"}


@pytest.mark.parametrize("text, typ, objects", [
    # the later conjuncts of an event noun's preposition: "strikes on A and B" strike each
    ("Turkish jets carried out strikes on the PKK and Islamic State overnight.", "ASSAULT",
     {"Kurdistan Workers' Party", "Islamic State"}),
    ("The bloc imposed new sanctions on Belarus and Venezuela on Monday.", "SANCTION", {"Belarus", "Venezuela"}),
    ("Brazil signed a trade deal with Chile and Argentina.", "AGREE", {"Chile", "Argentina"}),
    # a list that goes on after a name put beside a description: each description's name
    ("Mr Lula held talks with his Argentine counterpart, Alberto Fernandez, and the Chilean president,"
     " Gabriel Boric.", "CONSULT", {"Alberto Fernandez", "Gabriel Boric"}),
])
def test_every_conjoined_object_of_an_event_noun_is_a_side(events_named, text, typ, objects):
    assert objects <= {o for t, _, o in events_named(text) if t == typ}


def test_a_kind_listed_after_an_event_noun_is_no_party(events_named):
    # "attacks on police stations, shops and banks": kinds of places, no actors named
    rows = events_named("Gunmen carried out attacks on police stations, shops and banks in the north.")
    assert not {o for t, _, o in rows if t == "ASSAULT"} & {"shops", "police stations"}


def test_a_description_beside_a_name_is_not_listed_as_a_further_side(events_named):
    # "his counterpart, Jacinda Ardern": one person, not two meetings
    rows = events_named("Mr Morrison held talks with his New Zealand counterpart, Jacinda Ardern, in Sydney.")
    assert {o for t, _, o in rows if t == "CONSULT"} <= {"Jacinda Ardern"}
