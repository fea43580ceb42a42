"""Conflict-event summaries (tests/data/summaries_tuning.yaml, scored by
newsgraph.evaluation.summaries): the scorer on hand-made files and analyses, and floors on the
tuning file."""
import json
from pathlib import Path

import pytest

from newsgraph.evaluation.summaries import load_summaries, main, report, score, text_analyser
from newsgraph.model import Analysis, Document, Entity, Event

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "quality_floors.json").read_text(encoding="utf-8"))

TINY = """summaries:
- id: a
  text: "Gunmen attacked a bus, killing 3."
  type: ASSAULT
  attacker: [gunmen]
  target: [passengers]
  fatalities: 3
- id: b
  text: "Police arrested 4 activists."
  type: [COERCE, ASSAULT]
  attacker: [police]
  target: []
  fatalities: 0
- id: c
  text: "Rebels shelled the town. Casualties are unknown."
  type: ASSAULT
  attacker: []
  target: [town]
  fatalities: null
"""


def event(type_, subject=None, object_=None, **quantities):
    return Event(type=type_, subject=subject, object=object_, sentence="s", start=0, end=1,
                 quantities=quantities)


ANALYSES = {
    # right type, attacker by an alias substring, a wrong target, and a killed count split in two events
    "Gunmen attacked a bus, killing 3.": ([event("ASSAULT", "g", "b"), event("ASSAULT", killed=3)],
                                          {"g": Entity("g", "unidentified gunmen", "GROUP"),
                                           "b": Entity("b", "bus", "OTHER")}),
    # a type from the list; the subject is someone else
    "Police arrested 4 activists.": ([event("COERCE", "x")], {"x": Entity("x", "activists", "GROUP")}),
    # no event of the gold type: only a protest
    "Rebels shelled the town. Casualties are unknown.": ([event("PROTEST", None, "t", killed=2)],
                                                        {"t": Entity("t", "the town", "LOCATION")}),
}


def fake_analyse(text):
    events, entities = ANALYSES[text]
    return Analysis(document=Document(source="t", text=text), entities=entities, events=events)


@pytest.fixture()
def tiny(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_scorer_counts_each_measure_over_the_summaries_it_applies_to(tiny):
    card = score(load_summaries(tiny), fake_analyse)
    assert card.counts == {"type": [3, 2], "attacker": [2, 1], "target": [2, 0], "fatalities": [2, 2]}
    assert card.recall("type") == pytest.approx(2 / 3)
    assert [m.split()[0] for m in card.misses] == ["a", "b", "c"]
    assert "fatalities exact   1.000 (2/2)" in report(card)


def test_fatalities_count_only_events_of_a_gold_type(tiny):
    summaries = load_summaries(tiny)
    summaries[2]["fatalities"] = 2   # the protest's toll does not answer for an ASSAULT
    assert score(summaries, fake_analyse).counts["fatalities"] == [3, 2]


@pytest.mark.parametrize("content, problem", [
    ("summaries: [{id: x, text: 'A.', type: WAR}]", "known types"),
    ("summaries: [{id: x, text: '', type: ASSAULT}]", "needs a text"),
    ("summaries: [{id: x, text: 'A.', type: ASSAULT, fatalities: -1}]", "fatalities"),
    ("- just a list", "'summaries' list"),
    ("summaries: [", "cannot read"),
])
def test_bad_files_give_one_line_errors(tmp_path, capsys, content, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_summaries(path)
    assert main(["--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err


def test_tuning_file_is_well_formed():
    summaries = load_summaries(DATA / "summaries_tuning.yaml")
    assert len(summaries) >= 120
    assert len({s["id"] for s in summaries}) == len(summaries)
    assert len({s["text"] for s in summaries}) == len(summaries)
    fatalities = [s["fatalities"] for s in summaries]
    assert None in fatalities and 0 in fatalities and sum(1 for f in fatalities if f) >= 60


@pytest.fixture(scope="module")
def tuning_card(nlp, gazetteer):
    return score(load_summaries(DATA / "summaries_tuning.yaml"), text_analyser(nlp, gazetteer), gazetteer)


@pytest.mark.parametrize("measure", ["type", "attacker", "target", "fatalities"])
def test_tuning_scores_hold_their_floors(tuning_card, measure):
    floor = FLOORS[f"summaries_{measure}"]
    assert tuning_card.recall(measure) >= floor, report(tuning_card, misses=True)


@pytest.fixture(scope="module")
def held_out_card(nlp, gazetteer):
    return score(load_summaries(DATA / "summaries_heldout.yaml"), text_analyser(nlp, gazetteer), gazetteer)


@pytest.mark.parametrize("measure", ["type", "attacker", "target", "fatalities"])
def test_held_out_scores_hold_their_floors(held_out_card, measure):
    # numbers only: what a held-out summary misses is never printed
    floor = FLOORS[f"summaries_heldout_{measure}"]
    assert held_out_card.recall(measure) >= floor, f"{measure} {held_out_card.recall(measure):.3f}"


def test_held_out_misses_are_never_shown(tmp_path, capsys):
    from newsgraph.evaluation.summaries import main
    assert main(["--file", str(tmp_path / "summaries_heldout.yaml"), "--misses"]) == 1
    err = capsys.readouterr().err
    assert "held out" in err and len(err.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def attack_card(nlp, gazetteer):
    return score(load_summaries(DATA / "attack_sentences.yaml"), text_analyser(nlp, gazetteer), gazetteer)


def test_attack_sentences_cover_the_regions_and_forms(attack_card):
    sentences = load_summaries(DATA / "attack_sentences.yaml")
    assert len(sentences) >= 80 and len({s["id"] for s in sentences}) == len(sentences)
    assert attack_card.counts["attacker"][0] >= 80


@pytest.mark.parametrize("measure", ["type", "attacker", "target", "fatalities"])
def test_attack_sentences_hold_their_floors(attack_card, measure):
    floor = FLOORS[f"summaries_attack_sentences_{measure}"]
    assert attack_card.recall(measure) >= floor, report(attack_card, misses=True)
