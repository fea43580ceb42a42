"""REJECT and COERCE forms news uses without the bare verbs (session 20): a demand, plan or
proposal resisted or thrown out is refused (not "resisted the temptation"); people barred, turned
away, held without trial or refused bail, a place cordoned off and a website shut are coercion
(not a firm's own website, nor fans turned away by a club)."""
import pytest


def sides(analyse_text, text, kind):
    return [(ev.subject, ev.object) for ev in analyse_text(text).events if ev.type == kind]


@pytest.mark.parametrize("text", [
    "Slovakia resisted the European Commission's demands on its budget.",
    "The Danish government resisted Germany's plan for a gas levy.",
    "The Senate of Chile threw out the president's proposal on pensions.",
])
def test_demands_and_plans_resisted_or_thrown_out_are_refused(analyse_text, text):
    assert any(subject for subject, _ in sides(analyse_text, text, "REJECT"))


@pytest.mark.parametrize("text", [
    "Gordon Brown resisted the temptation to cut taxes before the election.",
    "The striker resisted a late challenge from the defender.",
])
def test_temptations_and_tackles_resisted_are_no_refusal(analyse_text, text):
    assert sides(analyse_text, text, "REJECT") == []


@pytest.mark.parametrize("text", [
    "Russia barred three Estonian diplomats from entering Moscow.",
    "Greek police turned away Afghan migrants at the border with Turkey.",
    "Bahrain has held the opposition leader without trial since March.",
    "A Cairo court refused bail to the Al Jazeera journalist.",
    "Turkish police cordoned off Taksim Square in Istanbul.",
    "Vietnam's security police shut down 40 dissident websites in June.",
])
def test_people_barred_held_or_turned_away_and_places_sealed_are_coercion(analyse_text, text):
    assert any(subject for subject, _ in sides(analyse_text, text, "COERCE"))


@pytest.mark.parametrize("text", [
    "The football club turned away fans who arrived late.",
    "The retailer shut down its website for maintenance.",
    "A hamstring injury barred the striker from the final.",
])
def test_a_club_a_firm_or_an_injury_coerces_no_one(analyse_text, text):
    assert sides(analyse_text, text, "COERCE") == []


@pytest.mark.parametrize("text", [
    "Germany put pressure on Greece to cut its pension bill.",
    "The rebels piled pressure on the Colombian government to free their leaders.",
])
def test_pressure_put_on_a_side_to_act_is_a_request_of_it(analyse_text, text):
    assert any(subject and obj for subject, obj in sides(analyse_text, text, "REQUEST"))


@pytest.mark.parametrize("text", [
    "Liverpool put pressure on Everton in the second half.",
    "Higher oil prices put pressure on the European Central Bank.",
])
def test_pressure_without_an_act_asked_is_no_request(analyse_text, text):
    assert sides(analyse_text, text, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "Myanmar's ban on the National League for Democracy was condemned by Japan.",
    "Nicaragua's restrictions on Catholic priests drew criticism from the Vatican.",
])
def test_a_states_ban_or_restrictions_on_a_side_are_coercion(analyse_text, text):
    assert any(subject and obj for subject, obj in sides(analyse_text, text, "COERCE"))
