"""Demands as news states them without a verb of asking: a state's want of a measure's end ("wanted the
sanctions lifted"), a prosecutor's want of what the pursued must do, "he still needs to" in a quote
about another actor, a demand for part of a thing ("the highest tier of penalties") and an inquiry
demanded into an actor's role. Wishes, hopes and the speaker's own plans stay out."""
from __future__ import annotations


def requests(events) -> set[tuple]:
    return {(e[1], e[2]) for e in events if e[0] == "REQUEST"}


def test_a_state_wanting_a_measure_ended_demands_it(events_named):
    assert ("France", None) in requests(events_named("France wanted the sanctions on Belarus to be lifted."))
    assert ("Germany", None) in requests(events_named("Germany wants the blockade eased before winter."))
    assert ("Russia", None) in requests(events_named("Russia has made clear that it wants the embargo to end."))


def test_a_state_wanting_a_thing_to_go_on_or_grow_demands_nothing(events_named):
    for text in ("Britain wants the economy to grow faster next year.",
                 "Britain wants the economy to stop shrinking.",
                 "France wants the ban on imports to stay in place."):
        assert not {r for r in requests(events_named(text)) if r[1] is None}, text


def test_wanting_to_win_is_no_demand(events_named):
    assert not requests(events_named("Arsenal wanted to win the title this season."))
    assert not requests(events_named("The supporters wanted the match to end."))


def test_prosecutors_wanting_the_pursued_to_pay_demand_it(events_named):
    found = requests(events_named("Prosecutors wanted the chemical firms to surrender $9bn in profits."))
    assert ("prosecutors", "chemical firms") in {(s.lower() if s else s, o) for s, o in found} or any(
        o is not None for _, o in found)


def test_investors_wanting_a_firm_to_pay_is_a_wish(events_named):
    assert not requests(events_named("Investors wanted the firm to pay out more of its cash."))


def test_he_in_a_quote_is_the_one_asked_not_the_speaker(events_named):
    text = ('Fisheries Minister Tom Hale lifted the cod limits on Monday. "But he still needs to scrap the '
            'quota rule for herring," said Ann Cole, director of the Sea Trust.')
    assert ("Ann Cole", "Tom Hale") in requests(events_named(text))


def test_he_in_reported_speech_is_the_speaker(events_named):
    text = "Fisheries Minister Tom Hale spoke on Monday. Ann Cole said she needs to win the vote first."
    assert ("Ann Cole", "Tom Hale") not in requests(events_named(text))


def test_a_demand_for_part_of_a_penalty_names_what_it_asks(events_named):
    found = events_named("The regulator is pressing for the highest tier of fines against the two traders.")
    assert any(s is not None for s, _ in requests(found))


def test_a_demand_for_part_of_a_product_is_no_demand(events_named):
    assert not requests(events_named("Lumora Software is pressing for a range of new phones."))


def test_an_inquiry_demanded_into_an_actors_role_names_it(events_named):
    text = ('"We believe there should be an inquiry into the role played by Spain in the affair," said Ann '
            'Cole, director of Human Rights Watch.')
    assert ("Ann Cole", "Spain") in requests(events_named(text))


def test_pressing_for_a_measure_demands_it_and_the_measure_is_not_done(events_named):
    found = events_named("Estonia has pressed for tougher sanctions against Belarus.")
    # the demand concerns the one to be sanctioned (extract/demanded_sides.py)
    assert ("Estonia", "Belarus") in requests(found)
    assert not any(e[0] == "SANCTION" for e in found)


def test_pushing_for_a_goal_in_sport_is_no_demand(events_named):
    assert not requests(events_named("Chelsea pushed for a winner in the second half."))


def test_a_release_called_for_is_no_release(events_named):
    found = events_named("Norway called for the release of the jailed reporters.")
    assert ("Norway", None) in requests(found) and not any(e[0] == "RETREAT" for e in found)


def test_a_measure_wanted_ended_is_asked_of_its_maker(events_named):
    assert ("Portugal", "European Union") in requests(
        events_named("Portugal wants the EU's arms embargo on Venezuela lifted."))
    assert ("Canada", "Iran") in requests(events_named("Canada wants Iran's enrichment programme to be halted."))


def test_told_by_a_named_teller_to_act_is_its_demand(events_named):
    assert ("European Union", "Portugal") in requests(events_named("Portugal was told by the EU to cut its deficit."))


def test_told_to_act_with_no_teller_or_a_schedule_is_no_demand(events_named):
    assert not requests(events_named("The programme was told by producers to be aired on Monday."))
    assert not requests(events_named("Portugal was told to cut its deficit."))


def test_a_courts_split_decision_is_no_game_score(events_named):
    found = events_named("The demand for $4bn - filed by the Justice Department in 2001 - was rejected in a 2-1 decision.")
    assert any(s == "United States Department of Justice" for s, _ in requests(found))


def test_what_defence_lawyers_do_not_want_prosecutors_to_do_is_no_demand(events_named):
    found = events_named("Lawyers for Mr Dane don't want prosecutors to be able to use the phone records.")
    assert not {r for r in requests(found) if r[1] is not None}
