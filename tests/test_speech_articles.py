"""Verbal events across whole bench articles (tests/data/speech_articles.yaml, scored by
newsgraph.evaluation.speech_articles): the scorer on hand-made analyses, the file's form, and floors."""
import json
from pathlib import Path

import pytest

from newsgraph.evaluation.article_sets import DEFAULT_ARTICLES, PARTS, bench_records, norm
from newsgraph.evaluation.speech_articles import load_articles, main, report, run, score
from newsgraph.model import Analysis, Document, Entity, Event

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "quality_floors.json").read_text(encoding="utf-8"))


def event(type_, sentence, subject=None, object_=None):
    return Event(type=type_, subject=subject, object=object_, sentence=sentence, start=0, end=1)


ANNOTATED = [
    {"id": "a1", "part": "tuning", "events": [
        {"type": "ACCUSE", "sentence": "The union  accused the board", "subject": ["union"], "object": ["board"]},  # right
        {"type": ["REJECT", "SANCTION"], "sentence": "The court threw out", "subject": ["court"], "object": None},  # type, wrong side
        {"type": "AGREE", "sentence": "A deal was struck", "subject": None, "object": None}]},                     # missed, no sides
    {"id": "a2", "part": "after", "events": [
        {"type": "REQUEST", "sentence": "Unions called on ministers", "subject": None, "object": ["ministers"]}]}]


def fake_analyse(record):
    entities = {"u": Entity("u", "the GMB union", "ORGANIZATION"), "b": Entity("b", "the board", "ORGANIZATION"),
                "m": Entity("m", "ministers", "GOVERNMENT")}
    events = [event("ACCUSE", "The union accused the board of lying.", "u", "b"),
              event("SANCTION", "The court threw out the case.", "u"),
              event("CONSULT", "A deal was struck after talks.")] if record["id"] == "a1" else \
        [event("REQUEST", "Unions called on ministers to act.", None, "m")]
    return Analysis(document=Document(source="t", text=record["text"]), entities=entities, events=events)


def test_scorer_counts_found_and_sides_per_part():
    card = score(ANNOTATED, {"a1": {"id": "a1", "text": "x"}, "a2": {"id": "a2", "text": "y"}}, fake_analyse)
    assert card.counts["tuning"] == {"found": [3, 2], "sides": [2, 1]}
    assert card.counts["after"] == {"found": [1, 1], "sides": [1, 1]}
    assert len(card.misses) == 2 and "The court threw out" in card.misses[0]   # the after part is not listed
    assert "found" in report(card) and "misses" in report(card, misses=True)


def test_bad_files_give_one_line_errors(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("articles:\n- id: x\n  part: tuning\n  events:\n  - {sentence: a}\n", encoding="utf-8")
    assert main(["--file", str(path)]) == 1
    assert "without a type" in capsys.readouterr().err


def test_the_file_covers_both_parts_and_every_sentence_is_in_its_article():
    articles = load_articles()
    assert {a["part"] for a in articles} == set(PARTS) and len(articles) >= 25
    records = bench_records(DEFAULT_ARTICLES, {a["id"] for a in articles})
    texts = {i: norm(r["text"]) for i, r in records.items()}
    for art in articles:
        for annotated in art["events"]:
            assert " ".join(annotated["sentence"].lower().split()) in texts[art["id"]], annotated["sentence"]


def test_no_article_of_the_other_sets_is_in_the_file():
    ids = {a["id"] for a in load_articles()}
    for path in [*(DATA / "devgold").glob("part_*.json"), DATA / "attack_articles.yaml",
                 DATA / "coref_dev.yaml", DATA / "coref_test.yaml"]:
        text = path.read_text(encoding="utf-8")
        assert not [i for i in ids if i in text], path.name


@pytest.fixture(scope="module")
def card():
    return run()


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("measure", ["found", "sides"])
def test_speech_articles_hold_their_floors(card, part, measure):
    assert card.rate(part, measure) >= FLOORS[f"speech_articles_{part}_{measure}"], report(card)
