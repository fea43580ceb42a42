"""Relations kept in the store (store/relations.py) answer exactly as aggregating the claims per
request does (graph.aggregate), on the sample corpus and on the hand-built store, and go stale
when documents arrive."""
from __future__ import annotations

import pytest

from hand_store import build_hand_store
from newsgraph import query as q
from newsgraph.store import Filters, Store


def computed(monkeypatch, fn, *args):
    """`fn(*args)` answered by aggregating the claims, as before relations were stored."""
    with monkeypatch.context() as m:
        m.setattr(q, "_stored", lambda store, f: False)
        return fn(*args)


def filter_cases(store: Store) -> list[Filters]:
    rels = q.aggregate_relations(store)
    actors = sorted({r["subject"] for r in rels} | {r["object"] for r in rels})[:12]
    first = rels[0]
    return [Filters(), Filters(type=first["type"]), Filters(quad_class="material_conflict"),
            Filters(negated=False), Filters(dyad=(first["object"], first["subject"])),
            *(Filters(actor=a) for a in actors), Filters(actor=actors[0], quad_class="verbal_cooperation")]


def assert_same_answers(store: Store, monkeypatch) -> None:
    assert store.read.relations_current()
    for f in filter_cases(store):
        assert q.aggregate_relations(store, f) == computed(monkeypatch, q.aggregate_relations, store, f), f
        for limit, offset, min_origins in ((5, 0, 1), (3, 2, 1), (50, 0, 2), (5, 10_000, 1)):
            assert q.find_relations(store, f, limit, offset, min_origins) == computed(
                monkeypatch, q.find_relations, store, f, limit, offset, min_origins)
        if f.actor:
            profile = q.profile(store, f.actor)
            assert profile == computed(monkeypatch, q.profile, store, f.actor)
            assert profile["event_count"] == q.count_events(store, Filters(actor=f.actor)) > 0


def test_stored_relations_equal_aggregation_on_the_sample_corpus(sample_db, monkeypatch):
    with Store(sample_db, readonly=True) as store:
        assert len(q.aggregate_relations(store)) > 10
        assert_same_answers(store, monkeypatch)


def test_stored_relations_equal_aggregation_on_the_hand_store(tmp_path, monkeypatch):
    with Store(build_hand_store(tmp_path / "hand.db"), readonly=True) as store:
        rels = q.aggregate_relations(store)
        cooperation = next(r for r in rels if r["type"] == "COOPERATE")
        assert cooperation["origins"] == 1 and len(cooperation["contradicted_by"]) == 2
        assert_same_answers(store, monkeypatch)
        alpha, beta = cooperation["subject"], cooperation["object"]
        card = q.relation_card(store, alpha, "COOPERATE", beta)
        assert card == computed(monkeypatch, lambda: q.relation_card(store, alpha, "COOPERATE", beta))


def test_filters_the_stored_relations_cannot_answer_are_aggregated(tmp_path, monkeypatch):
    with Store(build_hand_store(tmp_path / "hand.db"), readonly=True) as store:
        for f in (Filters(date_from="2018-02-05"), Filters(outlet="JNS"), Filters(certainty="reported")):
            stored = q.aggregate_relations(store, f)
            assert stored == computed(monkeypatch, q.aggregate_relations, store, f)
        assert len(q.aggregate_relations(store, Filters(outlet="JNS"))) < len(q.aggregate_relations(store))


def test_new_documents_make_stored_relations_stale_until_resolution(tmp_path, analyse_text, monkeypatch):
    from newsgraph.resolve.corpus import resolve_corpus
    from newsgraph.resolve.gazetteer import load_gazetteer
    path = build_hand_store(tmp_path / "hand.db")
    with Store(path) as store:
        before = len(q.aggregate_relations(store))
        assert store.read.relations_current()
        store.write(analyse_text("Hamas fighters attacked Israeli troops near Gaza on Monday."))
        assert not store.read.relations_current()     # meanwhile, relations are aggregated
        resolve_corpus(store, load_gazetteer())
        assert store.read.relations_current()
        after = q.aggregate_relations(store)
        assert len(after) > before and any(r["type"] == "ASSAULT" and r["subject_name"] == "Hamas" for r in after)
        assert after == computed(monkeypatch, lambda: q.aggregate_relations(store))


def test_a_store_from_before_the_relations_step_still_answers(tmp_path):
    path = build_hand_store(tmp_path / "hand.db")
    with Store(path) as store:
        expected = q.aggregate_relations(store)
        store.db.execute("DROP TABLE relations")
        store.db.execute("DELETE FROM meta WHERE name = 'relations_stale'")
        store.db.commit()
    with Store(path, readonly=True) as store:
        assert not store.read.relations_current()
        assert q.aggregate_relations(store) == expected


@pytest.mark.parametrize("min_origins", [1, 2])
def test_network_reads_stored_relations(sample_db, monkeypatch, min_origins):
    with Store(sample_db, readonly=True) as store:
        assert q.network(store, min_origins=min_origins) == computed(
            monkeypatch, lambda: q.network(store, min_origins=min_origins))
