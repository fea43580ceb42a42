"""Killings someone is held to by counts, a death or a verdict ("charged with two counts of murder",
"charged in the death of", "found X guilty of murder"), and attackers described by age then named
with it ("a 52-year-old man stabbed ... Leon Marsh, 52,"). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, target", [
    # a crime held through its counts
    ("Marta Keller was charged with three counts of murder on Tuesday.", "keller", None),
    ("Ivo Brandt will be arraigned on two counts of attempted murder next week.", "brandt", None),
    ("Detectives in Hull arrested and charged Rhys Owen with two counts of murder.", "owen", None),
    # a verdict's subject, not the court's
    ("A judge in Tampa found Lyle Crane guilty of two counts of murder.", "crane", None),
    # a death one is charged or convicted in
    ("Prosecutors charged Nora Blythe in the death of her business partner Alan Reyes.", "blythe", "reyes"),
    ("A jury in Utah convicted Colin Marsh in the death of his neighbour Tess Ward.", "marsh", "ward"),
])
def test_a_killing_held_to_someone_is_their_alleged_attack(text, doer, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, doer) and (target is None or answers_to(o, target)) for s, o, _ in found), found


def test_a_charged_killing_is_alleged(analyse_text, gazetteer):
    found = folded_sides(analyse_text("Marta Keller was charged with three counts of murder on Tuesday."), gazetteer, "ASSAULT", "certainty")
    assert found and all(c == "alleged" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    # a death by mishap is no one's attack
    "Prosecutors charged Colin Marsh in the death of a cyclist in a crash on the A1.",
    # an arrest in a death says no violence
    "Police in Utah arrested Colin Marsh in the death of his neighbour Tess Ward.",
    # counts of a crime that is no violence
    "Ryan Hale was convicted of three counts of fraud in Leeds.",
    # a death someone is not held to
    "Vera Holt spoke in the debate on the death of the high street.",
])
def test_no_attack_where_no_killing_is_held(text, analyse_text, gazetteer):
    assert folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty") == []


def test_an_attacker_described_by_age_is_the_person_named_with_it(analyse_text, gazetteer):
    text = ("A 52-year-old Hull man stabbed his brother outside a pub on Saturday, police said. "
            "Leon Marsh, 52, was arrested at his home later that night.")
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, "marsh") and answers_to(o, "brother") for s, o, _ in found), found


@pytest.mark.parametrize("text", [
    # the victim is the one named with that age
    "A 33-year-old woman shot her landlord in Tulsa on Friday. The landlord, Dale Hines, 33, died later.",
    # victim and attacker share the age
    "A 33-year-old woman shot a 33-year-old man in Tulsa on Friday. Police named him as Dale Hines, 33.",
])
def test_an_age_that_names_the_victim_names_no_attacker(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert not any(answers_to(s, "hines") for s, _, _ in found), found


def test_a_described_attacker_is_the_one_attacker_the_story_names(analyse_text, gazetteer):
    text = ("A former employee opened fire at an office party in Leeds on Friday, killing one man. "
            "Police said Carl Denton, 58, was charged with murder on Saturday.")
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, "denton") and answers_to(o, "man") for s, o, _ in found), found


def test_a_described_attacker_is_not_a_named_victim(analyse_text, gazetteer):
    text = "A gunman shot two guards at a bank in Derby. Police said Ian Platt, a guard, was hurt."
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert not any(answers_to(s, "platt") for s, _, _ in found), found


def test_an_attacker_introduced_late_is_another_story(analyse_text, gazetteer):
    text = ("Nina Vos shot two clerks at a bank in Ghent on Monday. She was arrested at home. "
            "Police praised the guards. Staff were sent home. In May, a man opened fire at a school in Liege.")
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert not any(answers_to(s, "vos") and answers_to(o, "school") for s, o, _ in found), found


def test_a_speaker_is_not_the_described_attacker(analyse_text, gazetteer):
    text = ("The woman who allegedly shot two clerks at a bank in Ghent will face trial. "
            "\u201cShe came back calm,\u201d says prosecutor Ann Lutz, \u201cand she only shot the ones she blamed.\u201d")
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert not any(answers_to(s, "lutz") and answers_to(o, "clerks") for s, o, _ in found), found


def test_a_reporting_verb_read_as_a_subject_is_not_the_attacker(analyse_text, gazetteer):
    text = "Sergeant Paul Drew allege the sacked man, Owen Hart, 52, opened fire at a Leeds office, killing Mia Cole."
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any(answers_to(s, "hart") and answers_to(o, "cole") for s, o, _ in found), found
    assert not any(answers_to(s, "drew") for s, _, _ in found), found
