"""A deployment's other side is whoever receives the forces, named by where they go, in every form of
the sentence; the forces moved are never the side (extract/deployments.py)."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "sender", "receiver"), [
    ("Ghana sent 800 troops to Liberia last spring.", "Ghana", "Liberia"),
    ("Spain will send more soldiers to Afghanistan, its defence ministry said.", "Spain", "Afghanistan"),
    ("Soldiers were sent to Liberia by Ghana last spring.", "Ghana", "Liberia"),
    ("Belgium deployed 400 soldiers in Mali this year.", "Belgium", "Mali"),
    ("Canada has deployed forces to Haiti.", "Canada", "Haiti"),
    ("Uganda dispatched 1,500 troops to Somalia in March.", "Uganda", "Somalia"),
    ("Germany has stationed troops in Lithuania since 2017.", "Germany", "Lithuania"),
    ("Cameroon sent troops against Boko Haram.", "Cameroon", "Boko Haram"),
])
def test_the_receiver_is_the_side_in_every_form(analyse_text, text, sender, receiver):
    assert (sender, receiver) in named_sides(analyse_text(text), "MOBILIZE")


def test_forces_sent_with_no_doer_named_are_their_states(analyse_text):
    sides = named_sides(analyse_text("British troops deployed in Iraq will return home next year."), "MOBILIZE")
    assert sides == {("British Armed Forces", "Iraq")}


def test_a_place_abroad_stands_for_its_state(analyse_text):
    assert named_sides(analyse_text("Rwanda sent troops to Darfur in 2004."), "MOBILIZE") == {("Rwanda", "Sudan")}


def test_a_place_of_the_senders_own_sent_to_stays_the_place(analyse_text):
    assert named_sides(analyse_text("Sudan sent troops to Darfur after the raids."), "MOBILIZE") == {
        ("Sudan", "Darfur")}


def test_forces_deployed_in_a_place_of_their_own_are_sent_to_no_one(analyse_text):
    # where they stand, not whom they are sent to (a place abroad stands for its state, above)
    assert named_sides(analyse_text("Sudan deployed troops in Darfur after the raids."), "MOBILIZE") == {
        ("Sudan", None)}


@pytest.mark.parametrize("text", [
    "Ghana sent 800 troops last spring.",
    "Police deployed officers in the city centre on Saturday.",
])
def test_forces_with_nowhere_named_have_no_receiver(analyse_text, text):
    assert all(o is None for _, o in named_sides(analyse_text(text), "MOBILIZE"))


def test_passive_forces_with_no_doer_named_act_themselves(analyse_text):
    # (forces sent for rescue work are no deployment: test_types_by_object)
    found = analyse_text("An earthquake struck western Sumatra on Monday. Police and troops were deployed to keep "
                         "order in Padang.")
    sides = named_sides(found, "MOBILIZE")
    assert sides and all(s is not None and o is None for s, o in sides)


@pytest.mark.parametrize("text", [
    "Russia deployed troops to the Ukrainian border.",
    "India deployed two divisions to the Chinese frontier.",
])
def test_forces_sent_to_a_border_are_sent_to_no_one(analyse_text, text):
    sides = named_sides(analyse_text(text), "MOBILIZE")
    assert sides and all(receiver is None for _, receiver in sides), sides
