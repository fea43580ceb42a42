"""Attackers across whole bench articles (tests/data/attack_articles.yaml, scored by
newsgraph.evaluation.attack_articles): the scorer on hand-made analyses, the file's form, and floors."""
import json
from pathlib import Path

import pytest

from newsgraph.evaluation.article_sets import bench_records, norm
from newsgraph.evaluation.attack_articles import DEFAULT_ARTICLES, PARTS, load_articles, main, report, run, score
from newsgraph.model import Analysis, Document, Entity, Event

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "quality_floors.json").read_text(encoding="utf-8"))


def event(type_, sentence, subject=None, object_=None):
    return Event(type=type_, subject=subject, object=object_, sentence=sentence, start=0, end=1)


ANNOTATED = [
    {"id": "a1", "part": "tuning", "attacks": [
        {"sentence": "Rebels  shelled the town", "attacker": ["rebels"], "target": ["town"]},   # right, spaces folded
        {"sentence": "The shelling went on", "attacker": ["rebels"], "target": None},           # wrong subject
        {"sentence": "A bomb went off", "attacker": None, "target": None}]},                     # found, no attacker
    {"id": "a2", "part": "after", "attacks": [
        {"sentence": "Police fired on marchers", "attacker": ["police"], "target": ["marchers"]}]}]  # only a COERCE


def fake_analyse(record):
    text = record["text"]
    entities = {"r": Entity("r", "M23 rebels", "ARMED_GROUP"), "p": Entity("p", "police", "POLICE"),
                "t": Entity("t", "the town", "LOCATION")}
    events = [event("ASSAULT", "Rebels shelled the town on Monday.", "r", "t"),
              event("ASSAULT", "The shelling went on all night.", "p"),
              event("ASSAULT", "A bomb went off in the market.")] if record["id"] == "a1" else \
        [event("COERCE", "Police fired on marchers in Goma.", "p")]
    return Analysis(document=Document(source="t", text=text), entities=entities, events=events)


def test_scorer_counts_found_attacker_and_wrong_per_part():
    card = score(ANNOTATED, {"a1": {"id": "a1", "text": "x"}, "a2": {"id": "a2", "text": "y"}}, fake_analyse)
    assert card.counts["tuning"] == {"found": [3, 3], "attacker": [2, 1], "wrong": [3, 1]}
    assert card.counts["after"] == {"found": [1, 0], "attacker": [1, 0], "wrong": [1, 0]}
    assert len(card.misses) == 1 and "The shelling went on" in card.misses[0]   # the after part is not listed


def test_bad_files_give_one_line_errors(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("articles:\n- id: x\n  part: later\n  attacks: []\n", encoding="utf-8")
    assert main(["--file", str(path)]) == 1
    assert "needs an id, a part" in capsys.readouterr().err


def test_the_file_covers_both_parts_and_every_sentence_is_in_its_article():
    articles = load_articles()
    assert {a["part"] for a in articles} == set(PARTS) and len(articles) >= 30
    records = bench_records(DEFAULT_ARTICLES, {a["id"] for a in articles})
    texts = {i: norm(r["text"]) for i, r in records.items()}
    for art in articles:
        for attack in art["attacks"]:
            assert " ".join(attack["sentence"].lower().split()) in texts[art["id"]], attack["sentence"]


def test_no_article_of_the_dev_gold_is_in_the_file():
    ids = {a["id"] for a in load_articles()}
    for part in (DATA / "devgold").glob("part_*.json"):
        text = part.read_text(encoding="utf-8")
        assert not [i for i in ids if f'"{i}"' in text], part.name


@pytest.fixture(scope="module")
def card():
    return run()


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("measure", ["found", "attacker"])
def test_attack_articles_hold_their_floors(card, part, measure):
    assert card.rate(part, measure) >= FLOORS[f"attack_articles_{part}_{measure}"], report(card)


@pytest.mark.parametrize("part", PARTS)
def test_attack_articles_name_few_wrong_attackers(card, part):
    assert card.rate(part, "wrong") <= FLOORS[f"attack_articles_{part}_wrong_max"], report(card)
