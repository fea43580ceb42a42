"""Acts not done and blows that are no walkouts (extract/sense.py, extract/framing.py, extract/everyday.py):
someone else's act hoped or wanted, conjoined acts hoped with the first, an event noun marked as
pending or proposed, membership sought rather than held, a rugby kick "charged down", and a driver's
blow read neither as a strike by workers nor as an attack. Sentences of our own."""
from __future__ import annotations

import pytest


def typed(analysis, kind: str) -> list:
    return [e for e in analysis.events if e.type == kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("She hopes police will arrest the men who robbed her shop.", "COERCE"),          # "hopes" lemmatised "hop"
    ("The family hoped the court would jail the driver.", "COERCE"),
    ("The opposition hopes the president will resign and free the prisoners.", "RETREAT"),   # conjoined act
    ("The minister wants the police to arrest the protest leaders.", "COERCE"),
])
def test_an_act_someone_else_is_hoped_or_wanted_to_do_is_no_event(analyse_text, text, kind):
    assert not typed(analyse_text(text), kind)


def test_the_wish_itself_stays_a_request(analyse_text):
    found = analyse_text("Britain wants the rebels to free the hostages.")
    assert typed(found, "REQUEST") and not typed(found, "RETREAT")


@pytest.mark.parametrize(("text", "kind"), [
    ("The army's pending invasion of the north was condemned by the UN.", "ASSAULT"),
    ("The proposed sanctions against Iran were dropped.", "SANCTION"),
])
def test_an_event_noun_marked_as_not_yet_happened_is_no_event(analyse_text, text, kind):
    assert not typed(analyse_text(text), kind)


def test_the_same_nouns_unmarked_stay_events(analyse_text):
    assert typed(analyse_text("The sanctions against Iran were imposed in May."), "SANCTION")


def test_an_offer_proposed_is_an_offer_made(analyse_text):
    assert typed(analyse_text("The LSE rejected Deutsche Boerse's proposed offer in December."), "AGREE")


@pytest.mark.parametrize("text", [
    "Turkey hopes to join the European Union by 2015.",
    "Croatia's bid to join Nato was welcomed.",
    "Russia has been waiting for years to join the WTO.",
    "Reforms are vital if Serbia is to fulfil its ambition of joining the EU.",
])
def test_membership_sought_is_none_held(analyse_text, text):
    assert not typed(analyse_text(text), "AFFILIATION")


def test_membership_gained_stays(analyse_text):
    assert typed(analyse_text("Croatia joined Nato in 2009."), "AFFILIATION")


def test_a_kick_charged_down_is_no_charge(analyse_text):
    assert not typed(analyse_text("Ross's kick was charged down and Masi scored the try."), "ACCUSE")
    assert typed(analyse_text("The prosecutor charged the mayor with fraud on Monday."), "ACCUSE")


@pytest.mark.parametrize("text", [
    "A woman died after being struck by a hit-and-run driver outside a shop.",
    "A drunk driver who fled after striking and killing a cyclist has been charged with her murder.",
])
def test_a_driver_striking_someone_is_neither_a_walkout_nor_an_attack(analyse_text, text):
    kinds = {e.type for e in analyse_text(text).events}
    assert not kinds & {"PROTEST", "ASSAULT"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Teachers struck over pay on Tuesday.", "PROTEST"),
    ("A gunman struck the guard with a rifle butt.", "ASSAULT"),
])
def test_walkouts_and_blows_stay(analyse_text, text, kind):
    assert typed(analyse_text(text), kind)


def test_letting_as_the_aim_of_another_act_is_no_concession(analyse_text):
    found = analyse_text("Officials stopped the game to allow the coach to present him with the ball.")
    assert not typed(found, "CONCEDE")
    # letting people in is access given (PLOVER RETREAT), agreed to here
    assert typed(analyse_text("Israel agreed to allow observers into Gaza."), "RETREAT")
    # opening a passage so that people may pass: the aim is the access itself
    assert typed(analyse_text("Turkey reopened the border post to allow refugees to cross into Syria."), "RETREAT")


@pytest.mark.parametrize(("text", "kind"), [
    ("Workers will be permitted to request staying on beyond the retirement age.", "REQUEST"),
    ("Police will be allowed to detain suspects for 28 days.", "COERCE"),
    ("Police are authorised to arrest anyone who breaks the curfew.", "COERCE"),
])
def test_an_act_one_is_permitted_to_do_is_a_right_not_an_act(analyse_text, text, kind):
    assert not typed(analyse_text(text), kind)


@pytest.mark.parametrize(("text", "kind"), [
    # a duty laid on someone, or a rule that permits or obliges now or to come (framing.permitted)
    ("Under the accord, Syria is required to hand over its chemical weapons to the UN.", "RETREAT"),
    ("The ruling allows police to detain terror suspects for 28 days.", "COERCE"),
    ("Britain is bound by the treaty to help Portugal.", "AID"),
])
def test_an_act_one_is_bound_or_empowered_to_do_is_a_duty_or_right_not_an_act(analyse_text, text, kind):
    assert not typed(analyse_text(text), kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Syria was required to hand over its chemical weapons to the UN.", "RETREAT"),   # a past duty, met
    ("The judge allowed police to detain the suspect for another day.", "COERCE"),   # a past permission, used
])
def test_an_act_one_was_bound_or_allowed_to_do_happened(analyse_text, text, kind):
    assert typed(analyse_text(text), kind)


def test_an_act_one_was_permitted_to_do_happened(analyse_text):
    assert typed(analyse_text("Inspectors were permitted to visit the site."), "CONSULT")


@pytest.mark.parametrize(("text", "kind"), [
    ("Rebels who attack aid convoys will be punished.", "ASSAULT"),               # any rebel who does
    ("Gangs that kidnap tourists often demand ransoms.", "REQUEST"),              # the kind the clause defines
    ("The army built a wall in order to stop militants attacking the town.", "ASSAULT"),   # prevented
])
def test_what_any_one_of_a_kind_does_is_no_act(analyse_text, text, kind):
    assert not typed(analyse_text(text), kind)


@pytest.mark.parametrize("text", [
    "Police said gangs that kidnapped two tourists demanded a ransom.",          # past: they did
    "Troops who are fighting the rebels were reinforced on Monday.",             # progressive: going on
])
def test_what_particular_people_did_or_are_doing_stays(analyse_text, text):
    assert typed(analyse_text(text), "ASSAULT")


def test_a_charge_made_now_in_a_passive_relative_clause_stays(analyse_text):
    found = analyse_text("Musicians' groups are to tackle US visa regulations which are blamed for hindering British acts.")
    assert typed(found, "ACCUSE")


def test_a_lead_by_a_margin_is_no_leadership(analyse_text):
    assert not typed(analyse_text("The Democrats lead the Republicans by five points in the latest poll."), "LEADERSHIP")
    assert typed(analyse_text("Blair has led the Labour Party since 1994."), "LEADERSHIP")


QUAKE = ("A powerful earthquake struck the island on Sunday, and rescue workers handed out blankets to survivors. "
         "The quake destroyed hundreds of homes. ")


def test_deaths_with_no_doer_in_a_disaster_story_are_no_attack(analyse_text):
    assert not typed(analyse_text(QUAKE + "The governor said a total of 10 people had been killed."), "ASSAULT")


def test_killings_by_someone_in_a_disaster_story_stay(analyse_text):
    assert typed(analyse_text(QUAKE + "Two people were shot dead by looters in the town."), "ASSAULT")


def test_what_a_part_played_does_is_the_plot(analyse_text):
    assert not typed(analyse_text("In the movie, Cruise plays an agent who is kidnapped by terrorists."), "ASSAULT")
    assert not typed(analyse_text("Depp plays a pirate who attacks a merchant ship."), "ASSAULT")


def test_a_role_played_in_attacks_is_no_part(analyse_text):
    assert typed(analyse_text("Hamas played a key role in the attacks on Israeli towns."), "ASSAULT")
