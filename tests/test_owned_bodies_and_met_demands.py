"""Objects named by an owner: a bare "the government's" on the plan or conduct a side takes a stance on is the
story country's government (resolve/story_country.py), and a demand met or ignored was made of the one who
answers it (extract/met_demands.py). Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text, wanted", [
    ("Prime Minister Tony Blair spoke in Leeds on Friday. The Conservatives said they would oppose the "
     "government's plans for identity cards.", ("REJECT", "Conservative Party", "British government")),
    ("President Mwai Kibaki opened the session in Nairobi. Church leaders criticised the government's handling "
     "of the drought.", ("ACCUSE", "church leaders", "Kenyan government")),
])
def test_the_governments_thing_is_the_story_governments(text, wanted, events_named):
    found = {(t, s.lower() if s else s, o) for t, s, o in events_named(text)}
    assert (wanted[0], wanted[1].lower(), wanted[2]) in found, found


@pytest.mark.parametrize("text, asker, asked", [
    ("General Motors met most of the UAW's demands after a week-long strike.", "UAW", "General Motors"),
    ("Shell said it had already met the union's demands.", "union", "Shell"),
])
def test_a_demand_met_was_made_of_the_one_who_met_it(text, asker, asked, events_named):
    found = {(s, o) for t, s, o in events_named(text) if t == "REQUEST"}
    assert any(asker.lower() in (s or "").lower() and o == asked for s, o in found), found


@pytest.mark.parametrize("text", [
    "President Mwai Kibaki opened the session in Nairobi. The government's media watchdog accused the newspapers "
    "of bias.",
    "Prime Minister Tony Blair spoke in Leeds on Friday. The government's food safety agency banned the imports.",
])
def test_a_body_the_government_owns_acts_as_itself(text, events_named):
    """The watchdog or agency a government owns is a body of its own: the government is not its act's doer."""
    subjects = {s for t, s, o in events_named(text)}
    assert not subjects & {"Kenyan government", "British government"}, subjects


@pytest.mark.parametrize("text, body", [
    ("President Mwai Kibaki opened the session in Nairobi. The government's media watchdog accused the newspapers "
     "of bias.", "media watchdog"),
    ("The state's broadcasting watchdog criticised the channel over its election coverage.", "broadcasting watchdog"),
])
def test_a_body_the_government_owns_is_a_described_side_of_its_own(text, body, events_named):
    """Not dropped for want of a name: the watchdog is a side of its own, as "Britain's media regulator" is."""
    found = {(t, s) for t, s, o in events_named(text)}
    assert ("ACCUSE", body) in found, found
