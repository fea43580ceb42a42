"""Coreference accuracy (newsgraph.evaluation.coref): the scorer on hand-made analyses, and floors
on the annotated bench mentions (tests/data/coref_dev.yaml and the after-set coref_test.yaml)."""
import json
from pathlib import Path

import pytest

from conftest import SHARED, require_shared
from newsgraph.evaluation.coref import after_set, load_items, locate, main, run, score
from newsgraph.model import Analysis, Document, Entity, Mention

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "quality_floors.json").read_text(encoding="utf-8"))
ARTICLES = SHARED / "bench" / "articles.jsonl"

TEXT = "Acme Corp said it would sue. It is raining. Jo Bell left. She said the firm lied."
TINY = """articles:
  - id: a
    mentions:
      - at: "Corp said [it] would"
        actor: Acme
      - at: "sue. [It] is raining"
        actor: none
      - at: "[She] said"
        actor: [Jo Bell, Bell]
      - at: "said the [firm] lied"
        actor: Acme
"""


def analysis(links):
    """An analysis of TEXT whose mentions tie the given words (first occurrence after `after`) to entities."""
    entities = {"acme": Entity("acme", "Acme Corp", "ORGANIZATION", aliases={"Acme"}),
                "bell": Entity("bell", "Jo Bell", "PERSON")}
    mentions = []
    for word, after, key in links:
        start = TEXT.index(word, TEXT.index(after))
        mentions.append(Mention(start, start + len(word), word, key))
    return Analysis(document=Document(source="a", text=TEXT), entities=entities, mentions=mentions)


def test_right_answers_are_names_aliases_or_nothing(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(TINY, encoding="utf-8")
    items = load_items(path)
    # "it" -> Acme (an alias), "It" of the weather left alone, "She" -> Jo Bell, "the firm" -> Bell: wrong
    card = score(items, lambda _: analysis([("it", "said", "acme"), ("She", "", "bell"), ("firm", "", "bell")]))
    assert (card.right, card.total) == (3, 4)
    assert card.kinds["description"] == [1, 0] and card.kinds["it"] == [2, 2]
    assert "want Acme; got Jo Bell" in card.misses[0]


def test_a_resolved_non_actor_is_wrong(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(TINY, encoding="utf-8")
    card = score(load_items(path), lambda _: analysis([("It", "sue", "acme")]))
    assert card.kinds["it"] == [2, 0]


def test_context_must_occur_once():
    assert locate("He left. He came.", "[He] came") == (9, 11)
    with pytest.raises(ValueError):
        locate("He said. He said.", "[He] said")


def test_bad_file_and_after_set_misses_refused(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("articles:\n  - id: a\n    mentions:\n      - at: no mark\n        actor: x\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_items(bad)
    assert after_set(DATA / "coref_test.yaml") and not after_set(DATA / "coref_dev.yaml")
    assert main(["--file", str(DATA / "coref_test.yaml"), "--misses"]) == 1
    assert "held apart" in capsys.readouterr().err


def test_annotated_files_are_well_formed():
    dev, after = load_items(DATA / "coref_dev.yaml"), load_items(DATA / "coref_test.yaml")
    assert len(dev) + len(after) >= 170
    assert not {i.article for i in dev} & {i.article for i in after}
    gold = " ".join(p.read_text(encoding="utf-8") for p in (DATA / "devgold").glob("part_*.json"))
    assert not any(f'"{i.article}"' in gold for i in dev + after)   # no development-gold article


@pytest.mark.parametrize(("name", "floor"), [("coref_dev.yaml", "coref_dev_accuracy"),
                                             ("coref_test.yaml", "coref_test_accuracy")])
def test_coref_accuracy_stays_above_floor(name, floor):
    require_shared(ARTICLES)
    card = run(DATA / name, ARTICLES)
    assert card.accuracy >= FLOORS[floor], f"{name} accuracy {card.accuracy:.3f}"
