"""Session 47 (reject47) REJECT and REQUEST forms built mode by mode from the PLOVER definitions: talks stayed
away from (REJECT, meet), pressure held out against (REJECT, yield), requests lodged and demands put
forward (REQUEST); and the senses of the same words that are no event."""
from __future__ import annotations


def sides(events, typ: str) -> set[tuple]:
    return {(e[1], e[2]) for e in events if e[0] == typ}


def test_talks_stayed_away_from_are_refused_with_their_other_side(events_named):
    found = events_named("Pakistan stayed away from the talks with the Taliban in Doha.")
    assert ("Pakistan", "Taliban") in sides(found, "REJECT")


def test_a_place_stayed_away_from_is_no_refusal(events_named):
    found = events_named("Tourists stayed away from the beaches of Goa after the storm.")
    assert not any(e[0] == "REJECT" for e in found)


def test_pressure_held_out_against_is_refused(events_named):
    found = events_named("The Zambian president held out against pressure from the IMF to float the currency.")
    assert ("President of Zambia", "International Monetary Fund") in sides(found, "REJECT")


def test_a_siege_held_out_against_is_no_refusal(events_named):
    found = events_named("The garrison in Mariupol held out against the Russian army for weeks.")
    assert not any(e[0] == "REJECT" for e in found)


def test_requests_lodged_and_demands_put_forward_are_requests(events_named):
    found = events_named("The Nepali government lodged a request with India for the return of the fugitive.")
    assert ("Nepali government", "India") in sides(found, "REQUEST") or \
        any(o == "India" for _, o in sides(found, "REQUEST"))
    found = events_named("Peru's teachers put forward a demand to the education ministry for a pay rise.")
    assert any(e[0] == "REQUEST" for e in found)


def test_a_protest_lodged_stays_an_accusation(events_named):
    found = events_named("Vietnam lodged a protest with China over the oil rig.")
    assert ("Vietnam", "China") in sides(found, "ACCUSE")
    assert not sides(found, "REQUEST")


def test_a_meeting_a_side_will_not_attend_is_refused(events_named):
    found = events_named("The Malawian opposition will not take part in the talks with the government.")
    assert any(s == "Malawian opposition" for s, _ in sides(found, "REJECT"))
    found = events_named("The Croatian prime minister is not going to join the summit in Belgrade.")
    assert any(s == "Prime minister of Croatia" for s, _ in sides(found, "REJECT"))


def test_a_meeting_missed_or_a_party_not_joined_is_no_refusal(events_named):
    assert not sides(events_named("The Croatian prime minister did not attend the summit in Belgrade."), "REJECT")
    assert not sides(events_named("The Croatian prime minister will not join the Social Democratic Party."), "REJECT")


def test_calls_increased_are_made_by_who_increases_them(events_named):
    found = events_named("The Zambian opposition increased its calls for the president to resign.")
    assert any(s == "Zambian opposition" for s, _ in sides(found, "REQUEST"))
    found = events_named("Japan increased its aid to the Philippines after the typhoon.")
    assert ("Japan", "Philippines") in sides(found, "AID")


def test_an_increase_of_no_event_noun_is_none(events_named):
    assert not events_named("The central bank of Kenya increased interest rates by half a point.") - events_named(
        "The central bank of Kenya raised interest rates by half a point.")


def test_advice_asks_sides_in_public_life_not_patients(events_named):
    assert not sides(events_named("Doctors advised patients to drink more water during the heatwave."), "REQUEST")
    found = events_named("Police in Lagos advised residents to stay indoors during the curfew.")
    assert sides(found, "REQUEST")
    found = events_named("The World Bank advised Ghana to cut its fuel subsidies.")
    assert ("World Bank", "Ghana") in sides(found, "REQUEST")
