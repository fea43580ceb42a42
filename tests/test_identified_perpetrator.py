"""The perpetrator a crime story names (resolve/identified.py): "the shooter was X"; and the
gunman, the suspect and the shooter as one person when the story names one of them and no other.
Sentences written for these tests."""
import pytest

from named_events import folded_subjects
from newsgraph.evaluation.probes import names_of


@pytest.mark.parametrize("text, name", [
    ("A gunman shot two guards at a warehouse in Tulsa. Police named the suspect as Dale Rourke, 41.", "dale rourke"),
    ("The shooter wounded three students at a college in Ohio. Police said the gunman was Evan Tolley.",
     "evan tolley"),
    ("A 23-year-old attacker stabbed a bus driver in Bristol. Officers identified the suspect as Kyle Benn.",
     "kyle benn"),
])
def test_the_named_perpetrator_is_the_attacker(text, name, analyse_text, gazetteer):
    assert any(name in names for names in folded_subjects(analyse_text(text), gazetteer, "ASSAULT"))


def test_two_named_suspects_lend_no_name_to_the_gunman(analyse_text, gazetteer):
    text = ("A gunman shot a cashier at a petrol station in Leeds. Police named the suspect as Ian Hale. "
            "The driver was identified as Roy Mint.")
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert not any("roy mint" in names for names in found), found


def test_another_suspect_is_not_the_named_one(analyse_text, gazetteer):
    text = ("The gunman killed two people at a bar in Dayton. Police said the suspect, Owen Clark, had fled. "
            "A second suspect shot a police officer in Xenia.")
    analysis = analyse_text(text)
    second = [names_of(analysis, e.subject, gazetteer) for e in analysis.events
              if e.type == "ASSAULT" and "Xenia" in e.sentence]
    assert not any("owen clark" in names for names in second), second


def test_a_gunman_of_another_case_is_not_the_named_one(analyse_text, gazetteer):
    # once the story has named its gunman, "a gunman" brought in again is someone else's case
    text = ("A gunman shot two guards at a bank in Leeds on Monday. The suspect, Ian Hale, 30, was arrested "
            "an hour later. Police said Hale had worked at the bank. The bank was closed on Tuesday. Last year "
            "a gunman killed four people at a mall in York before an officer shot the gunman.")
    analysis = analyse_text(text)
    assert any("ian hale" in names for names in folded_subjects(analysis, gazetteer, "ASSAULT"))
    york = [(names_of(analysis, e.subject, gazetteer), names_of(analysis, e.object, gazetteer))
            for e in analysis.events if e.type == "ASSAULT" and "York" in e.sentence]
    assert york and not any("ian hale" in side for pair in york for side in pair), york
