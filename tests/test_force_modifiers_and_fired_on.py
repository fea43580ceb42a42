"""Attacks whose attacker or sense rests on a shape the clause's own arguments miss: a force word
modifying the attack noun ("the police shooting of a teenager"), and a passive of firing whose
preposition is left stranded ("the convoy was fired on by militants"), which is gunfire, not a
dismissal. Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides
from newsgraph.evaluation.probes import names_of


@pytest.mark.parametrize("text, attacker, target", [
    ("Villagers marched on the district office over the army killing of two herders near Moroto.", "military",
     "herder"),
    ("Lawyers for the family demanded an inquiry into the police shooting of a student in Nairobi.", "police",
     "student"),
    ("A navy attack on a fishing trawler off Jaffna wounded four crew members.", "military", "trawler"),
])
def test_a_force_modifying_an_attack_on_someone_is_its_attacker(text, attacker, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj, _ in found), found


def test_a_force_modifier_without_a_target_after_it_is_not_made_the_attacker(analyse_text, gazetteer):
    # "police killings" may be killings of police: no attacker is guessed
    found = folded_sides(analyse_text("Three police killings in a month have shaken the town of Apatzingan."), gazetteer, "ASSAULT")
    assert not any(answers_to(subj, "police") for subj, _ in found), found


@pytest.mark.parametrize("text, attacker", [
    ("A World Food Programme convoy was fired on by militiamen near Kalemie.", "militiam"),
    ("Two patrol boats were fired upon by pirates off the coast of Puntland.", "pirate"),
])
def test_fired_on_is_gunfire_at_the_subject(text, attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj, _ in found), found


@pytest.mark.parametrize("text", [
    "The finance director was fired on Friday after the audit.",
    "The head coach was fired by the club on Tuesday.",
])
def test_a_dismissal_stays_no_attack(text, analyse_text, gazetteer):
    assert not folded_sides(analyse_text(text), gazetteer, "ASSAULT")


@pytest.mark.parametrize("text, actor", [
    ("Exiled journalists denounced the police crackdown on students in Tbilisi.", "police"),
    ("The army's detention of three aid workers in Kidal was condemned by the UN.", "military"),
])
def test_a_force_modifying_a_repression_noun_is_its_actor(text, actor, analyse_text, gazetteer):
    analysis = analyse_text(text)
    found = [names_of(analysis, e.subject, gazetteer) for e in analysis.events if e.type == "COERCE"]
    assert any(answers_to(subj, actor) for subj in found), found


@pytest.mark.parametrize("text, attacker", [
    # an actor described by what it did: "X, responsible for ...", "the militia behind ..."
    ("The ELN, responsible for the car bomb attack on a police academy in Bogota, offered talks.",
     "national liberation army"),
    ("The militia behind the massacre of farmers in Djugu has not been disarmed.", "militia"),
    # "whose fighters": the relative clause's actor acted through its members
    ("Al-Shabaab, whose fighters stormed a hotel in Kismayo last year, released a statement.", "al-shabaab"),
])
def test_an_actor_described_by_its_attack_is_the_attacker(text, attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj, _ in found), found


def test_the_maker_of_a_deal_is_not_made_a_party_by_behind(analyse_text):
    events = analyse_text("The banker behind the merger talks with Kraft resigned on Monday.").events
    assert not any(e.type == "CONSULT" and e.subject is not None for e in events)


@pytest.mark.parametrize("text, attacker", [
    ("Three shepherds were wounded by Israeli fire near Khan Younis.", "israel"),
    ("A fisherman was killed by Pakistani fire across the Line of Control.", "pakistan"),
])
def test_fire_whose_side_is_named_is_that_sides_attack(text, attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj, _ in found), found


def test_a_forest_fire_is_still_no_attacker(analyse_text):
    events = analyse_text("Twelve homes were destroyed by a forest fire near Patras.").events
    assert not any(e.type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text, typ", [
    ("Al-Shabaab fighters seized the town of Mahas after government troops withdrew.", "ASSAULT"),
    ("Kachin Independence Army fighters seized an army outpost near Lweje on Tuesday.", "ASSAULT"),
    ("Customs officers seized 300 kilograms of heroin at the port of Mersin.", "COERCE"),
    ("The Sri Lankan navy seized three Indian fishing boats off Jaffna.", "COERCE"),
])
def test_ground_taken_by_an_armed_force_is_an_attack(text, typ, analyse_text):
    events = analyse_text(text).events
    assert any(e.type == typ and e.trigger.startswith("seiz") for e in events), events
