"""The notebook API: newsgraph.open(path) and its queries."""
from __future__ import annotations

import pytest

import newsgraph
from hand_store import build_hand_store
from newsgraph.corpus_api import EntityRecord, EventRecord, RelationRecord
from newsgraph.errors import NewsgraphError
from newsgraph.query import NotFound


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    with newsgraph.open(build_hand_store(tmp_path_factory.mktemp("py") / "hand.db")) as c:
        yield c


def test_entities_by_alias_are_dataclasses(corpus):
    (toi,) = corpus.entities("ToI")
    assert isinstance(toi, EntityRecord) and toi.name == "The Times of Israel" and toi.country == "ISR"


def test_actor_accepts_names_and_ids(corpus):
    alpha = corpus.actor("alpha front")
    assert corpus.actor(alpha) == alpha
    with pytest.raises(NotFound):
        corpus.actor("Nobody At All")


def test_relations_with_names_and_filters(corpus):
    rels = corpus.relations(actor="Beta Brigade")
    assert all(isinstance(r, RelationRecord) for r in rels)
    assert {(r.subject_name, r.type, r.object_name) for r in rels} == {
        ("Alpha Front", "COOPERATE", "Beta Brigade"), ("Alpha Front", "COERCE", "Beta Brigade")}
    (coop,) = corpus.relations(type="COOPERATE")
    assert coop.origins == 1 and len(coop.contradicted_by) == 2
    assert [r.type for r in corpus.relations(source_country="EGY")] == ["COERCE"]


def test_events_filters(corpus):
    events = corpus.events(subject="Alpha Front", certainty="reported")
    assert all(isinstance(e, EventRecord) for e in events)
    assert sorted(e.type for e in events) == ["COERCE", "COOPERATE"]
    assert [e.outlet for e in corpus.events(negated=True)] == ["Ahram Online"]
    with pytest.raises(TypeError, match="unknown filter"):
        corpus.events(colour="red")
    with pytest.raises(ValueError, match="certainty"):
        corpus.events(certainty="sure")


def test_perspectives_and_evidence(corpus):
    by_outlet = corpus.relations_by("outlet", type="COOPERATE")
    assert set(by_outlet) == {"The Times of Israel", "JNS"}
    card = corpus.evidence("Alpha Front", "COOPERATE", "Beta Brigade")
    assert len(card["supporting"]) == 2 and len(card["contradicting"]) == 2


def test_dyad_and_profile(corpus):
    (feb,) = corpus.dyad("Alpha Front", "Beta Brigade")
    assert (feb.period, feb.material_cooperation, feb.material_conflict, feb.balance) == ("2018-02", 2, 1, 1)
    profile = corpus.profile("Alpha Front")
    assert profile["counterparts"][0]["name"] == "Beta Brigade"


def test_to_frame_needs_pandas_or_gives_a_frame(corpus):
    rels = corpus.relations()
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(NewsgraphError, match="pandas"):
            rels.to_frame()
    else:
        frame = rels.to_frame()
        assert list(frame["origins"]) == [r.origins for r in rels]
