"""Who does a raid or a capture decides its type (the law's raid and the capture of people are
COERCE, an armed force's raid and the capture of a town ASSAULT); agreeing with a view backs it
(SUPPORT); aid goes to the receiver after "to", not to what is sent. Sentences of our own."""
from __future__ import annotations

import pytest


def typed(analysis, trigger: str) -> set[str]:
    return {e.type for e in analysis.events if e.trigger.lower().startswith(trigger)}


def names(analysis, key: str | None) -> str | None:
    return analysis.entities[key].name if key else None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Uzbek police raided the offices of an independent radio station in Tashkent.", "raided", "COERCE"),
    ("Tax inspectors raided the headquarters of the opposition party in Kampala.", "raided", "COERCE"),
    ("Jihadist militants raided a Malian army post near Gao.", "raided", "ASSAULT"),
    ("Azerbaijani troops captured three Armenian soldiers near the border.", "captured", "COERCE"),
    ("Police captured the escaped prisoner in Lagos on Monday.", "captured", "COERCE"),
    ("Kurdish fighters captured Abu Omar al-Baghdadi near Raqqa.", "captured", "COERCE"),
    ("The M23 rebels captured Goma after a week of fighting.", "captured", "ASSAULT"),
    # members of an armed group or gang taken by a state's forces: an arrest
    ("The Malaysian coast guard captured nine pirates in the Strait of Malacca.", "captured", "COERCE"),
    ("Police captured two robbery suspects after a car chase in Durban.", "captured", "COERCE"),
    ("Mr. Okafor was captured in Houston on Friday.", "captured", "COERCE"),
    # a count of the group's men or their boats, taken by a state's warship: an arrest too (seizing.group_members)
    ("Dutch naval forces freed the tanker near Socotra, capturing 12 of the pirates.", "capturing", "COERCE"),
    ("A Dutch frigate captured two skiffs of the pirates near Socotra.", "captured", "COERCE"),
    ("The frigate HNLMS Evertsen captured nine pirates near Socotra.", "captured", "COERCE"),
    # civilians taken by an armed group: an abduction (PLOVER ASSAULT, abduct)
    ("Pirates captured two boats of Yemeni fishermen near Socotra.", "captured", "ASSAULT"),
    ("Pirates captured 14 Filipino fishermen off the coast of Sulu.", "captured", "ASSAULT"),
])
def test_who_raids_and_what_is_captured_decide_the_type(analyse_text, text, trigger, expected):
    assert typed(analyse_text(text), trigger) == {expected}


def test_agreeing_with_a_view_supports_it_agreeing_with_a_side_stays_agreement(analyse_text):
    assert typed(analyse_text("Spain agreed with Portugal's view on the fishing quotas."), "agreed") == {"SUPPORT"}
    assert typed(analyse_text("Spain agreed with Portugal on new fishing quotas."), "agreed") == {"AGREE"}


@pytest.mark.parametrize("text, giver, receiver", [
    ("Cuba sent nurses to Mexico during the outbreak.", "Cuba", "Mexico"),
    ("Iran supplied drones to Russia for the war.", "Iran", "Russia"),
])
def test_aid_goes_to_the_receiver_not_what_is_sent(analyse_text, text, giver, receiver):
    analysis = analyse_text(text)
    aid = [(names(analysis, e.subject), names(analysis, e.object)) for e in analysis.events if e.type == "AID"]
    assert aid == [(giver, receiver)]


@pytest.mark.parametrize("text, expected", [
    ("Indian soldiers searched the houses of two Kashmiri activists in Pulwama.", {"COERCE"}),
    ("Police searched the stadium with sniffer dogs before the final.", set()),
    ("Rescuers searched for survivors in the rubble in Hatay.", set()),
    ("Shoppers searched the shelves for cheap flour in Lagos.", set()),
])
def test_a_search_is_coercion_only_by_the_police_or_forces(analyse_text, text, expected):
    assert typed(analyse_text(text), "searched") == expected


def test_wanting_another_state_to_act_is_a_request_a_firms_wish_is_not(analyse_text):
    analysis = analyse_text("Georgia wants Russia to leave Abkhazia.")
    assert [(names(analysis, e.subject), names(analysis, e.object)) for e in analysis.events
            if e.type == "REQUEST"] == [("Georgia", "Russia")]
    assert typed(analyse_text("Investors want the bank to return more cash to shareholders."), "want") == set()
