"""A name the story uses only before a thing is the thing's own name, not its owner nor a party acted on
(extract/thing_names.py, session 34): "the Crossrail plan", "a Breathalyzer test", "its Encarta
encyclopaedia". A person named on their own elsewhere in the story, a known actor, a company or a
family before the thing still stand for whose it is."""
import pytest


def objects(analyse_text, text, kind):
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [name(ev.object) for ev in analysis.events if ev.type == kind]


@pytest.mark.parametrize("text, kind, name", [
    ("Business leaders have backed the Crossrail transport plan for London.", "SUPPORT", "Crossrail"),
    ("Campaigners in Kent welcomed the Fastrack bus scheme on Monday.", "SUPPORT", "Fastrack"),
    ("The council rejected the Westfield shopping proposal last week.", "REJECT", "Westfield"),
    ("Microsoft is calling on its Encarta encyclopaedia to answer questions.", "REQUEST", "Encarta"),
])
def test_a_name_only_ever_before_a_thing_is_no_party(analyse_text, text, kind, name):
    found = objects(analyse_text, text, kind)
    assert not any(obj and name in obj for obj in found), found


@pytest.mark.parametrize("text, kind, name", [
    # the person is named on their own in the story: the plan is his
    ("Michael Howard unveiled his plans on Monday. Labour attacked the Howard plan.", "ACCUSE", "Howard"),
    # a company before its offer is its maker whatever the NER makes of it
    ("Unions criticised the Google offer for the firm.", "ACCUSE", "Google"),
    # a body between the name and the thing: the plan is the body's, which the name stands for
    ("Critics attacked the Bush administration plan.", "ACCUSE", "Bush"),
    # a surname before a family stands for its members
    ("Israeli shells killed twelve members of the Samouni family.", "ASSAULT", "Samouni"),
    # a site a name names is what a raid is on
    ("Police began the raid on the Eldorado compound in April.", "COERCE", "Eldorado"),
    # a person's own name as the object
    ("Police arrested John Pemberton in Leeds on Monday.", "COERCE", "Pemberton"),
    # a nationality before a good, even tagged a person, says whose it is (merge of session 34)
    ("The embargo on Moldovan wine was lifted by Russia in May.", "CONCEDE", "Moldova"),
])
def test_a_named_owner_or_party_stays(analyse_text, text, kind, name):
    found = objects(analyse_text, text, kind)
    assert any(obj and name in obj for obj in found), found


@pytest.mark.parametrize("text, kind, place", [
    ("The US has refused to join the Paris climate agreement.", "REJECT", "France"),
    ("Russia withdrew from the Minsk agreements last week.", "RETREAT", "Minsk"),
    ("The Senate rejected the Moscow treaty in a close vote.", "REJECT", "Russia"),
])
def test_a_city_before_a_pact_names_where_it_was_made_not_a_side(analyse_text, text, kind, place):
    found = objects(analyse_text, text, kind)
    assert found and not any(obj and place in obj for obj in found), found


@pytest.mark.parametrize("text, kind, side", [
    ("Trump withdrew from the Iran nuclear deal.", "RETREAT", "Iran"),
    ("Israel condemned the Iran nuclear agreement.", "ACCUSE", "Iran"),
])
def test_a_country_before_a_pact_is_a_side_to_it(analyse_text, text, kind, side):
    assert side in objects(analyse_text, text, kind)
