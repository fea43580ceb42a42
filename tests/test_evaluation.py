"""The evaluation instruments themselves: probe matching, the precision audit's sample and
judgements, and conflict rates per bench category, on records built by hand (no NLP)."""
import json

import pytest

from newsgraph.evaluation import audit, domains
from newsgraph.evaluation.probes import load_probes, score
from newsgraph.model import Analysis, Document, Entity, Event
from newsgraph.store import Store

ENTITIES = {
    "gaz:KEN": Entity("gaz:KEN", "Kenya", "COUNTRY", "KEN", {"Kenya"}),
    "gaz:KEN-GOV": Entity("gaz:KEN-GOV", "Kenyan government", "GOVERNMENT", "KEN", {"Nairobi government"},
                          parent="gaz:KEN"),
    "gaz:SOM": Entity("gaz:SOM", "Somalia", "COUNTRY", "SOM", {"Somalia"}),
    "GROUP:nurses": Entity("GROUP:nurses", "nurses (Kenya)", "OTHER", "KEN", {"nurses"}),
    "ARMED_GROUP:shabaab": Entity("ARMED_GROUP:shabaab", "al-Shabaab", "ARMED_GROUP", "SOM", {"al-Shabaab"},
                                  parent="gaz:SOM"),
}


def analysis_of(text, *events):
    evs = [Event(type=t, subject=s, object=o, sentence=text, start=0, end=len(text), negated=neg,
                 quantities=q) for t, s, o, neg, q in events]
    return Analysis(Document(source="t", text=text), dict(ENTITIES), [], evs)


CANNED = {
    "a": analysis_of("a", ("CONSULT", "gaz:SOM", "gaz:KEN-GOV", False, {})),
    "b": analysis_of("b", ("PROTEST", "GROUP:nurses", None, False, {})),
    "c": analysis_of("c", ("ASSAULT", "ARMED_GROUP:shabaab", None, True, {"killed": 3})),
    "d": analysis_of("d", ("SANCTION", "gaz:KEN", "gaz:SOM", False, {})),
    "neg1": analysis_of("neg1", ("ASSAULT", "gaz:KEN", None, False, {})),
    "neg2": analysis_of("neg2", ("ACCUSE", "gaz:KEN", None, False, {})),
}


def test_probe_scoring_counts_types_actors_and_attributes():
    probes = [
        {"type": "CONSULT", "text": "a", "subject": "Kenya", "object": "Somalia"},    # symmetric, via parent
        {"type": "PROTEST", "text": "b", "subject": ["nurses"], "object": None},       # country suffix dropped
        {"type": "ASSAULT", "text": "c", "subject": "Somalia", "negated": True, "killed": 3},  # armed group is no state
        {"type": "SANCTION", "text": "d", "subject": "Somalia", "object": "Kenya"},    # not symmetric
        {"type": "AID", "text": "d", "subject": None},
    ]
    card = score(probes, [{"text": "neg1"}, {"text": "neg2"}], CANNED.__getitem__)
    assert card.per_type()["CONSULT"] == (1, 1.0, 1.0)
    assert card.per_type()["PROTEST"] == (1, 1.0, 1.0)
    assert card.per_type()["ASSAULT"] == (1, 1.0, 0.0)
    assert card.per_type()["SANCTION"] == (1, 1.0, 0.0)
    assert card.per_type()["AID"] == (1, 0.0, 0.0)
    assert (card.type_recall, card.actor_recall) == (4 / 5, 2 / 5)
    assert card.attributes == [1, 1]          # negated and killed right, though the actor is not
    assert card.negative_fp_rate == 0.5       # ACCUSE is no conflict event
    assert len(card.misses) == 3


def test_bad_probe_file_is_one_line_error(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("probes:\n  - {type: BATTLE, text: x}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="known type"):
        load_probes(path)
    path.write_text("[unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot read probe file"):
        load_probes(path)


def bench_store(tmp_path):
    """Three bench-like documents: two sport, one politics; a duplicate input of the first."""
    path = tmp_path / "bench.db"
    texts = {"s1": "Kenya beat Somalia.", "s2": "Kenya drew.", "p1": "Kenya sanctioned Somalia."}
    kinds = {"s1": [("ASSAULT", "gaz:KEN", "gaz:SOM"), ("CONSULT", "gaz:KEN", "gaz:SOM")],
             "s2": [], "p1": [("SANCTION", "gaz:KEN", "gaz:SOM"), ("PROTEST", "gaz:KEN", None)]}
    with Store(path) as store:
        for bid, text in texts.items():
            evs = [Event(type=t, subject=s, object=o, sentence=text, start=0, end=len(text))
                   for t, s, o in kinds[bid]]
            store.write(Analysis(Document(source=f"b.jsonl#{bid}", text=text), dict(ENTITIES), [], evs))
        store.write(Analysis(Document(source="b.jsonl#s1-copy", text=texts["s1"]), {}, [], []))
    return path


def test_conflict_rates_per_category(tmp_path):
    articles = tmp_path / "b.jsonl"
    articles.write_text("\n".join(json.dumps({"id": i, "category": c}) for i, c in
                                  [("s1", "sport"), ("s2", "sport"), ("p1", "politics"), ("s1-copy", "sport")]),
                        encoding="utf-8")
    with Store(bench_store(tmp_path), readonly=True) as store:
        rates = domains.conflict_rates(store, domains.categories(articles))
    assert (rates["sport"].documents, rates["sport"].conflict_events) == (2, 1)   # the copy is one document
    assert rates["sport"].per_100 == 50.0
    assert rates["politics"].per_100 == 200.0


def test_domains_cli_prints_no_news_line_without_news_articles(tmp_path, capsys):
    articles = tmp_path / "b.jsonl"
    articles.write_text("\n".join(json.dumps({"id": i, "category": c}) for i, c in
                                  [("s1", "sport"), ("s2", "sport"), ("p1", "politics")]), encoding="utf-8")
    assert domains.main(["--db", str(bench_store(tmp_path)), "--articles", str(articles)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert sorted(line.split()[0] for line in lines) == ["politics", "sport"]
    assert not any("ecb+" in line for line in lines)


def test_domains_cli_names_a_bad_input(tmp_path, capsys):
    assert domains.main(["--db", str(bench_store(tmp_path)), "--articles", str(tmp_path / "none.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "none.jsonl" in err and len(err.strip().splitlines()) == 1


def test_audit_sample_changes_only_by_the_events_added_or_removed(tmp_path):
    with Store(bench_store(tmp_path), readonly=True) as store:
        events = audit.store_events(store)
    sample = audit.draw(events, 2, seed=5)
    left_out = next(ev for ev in events if ev not in sample)
    assert audit.draw([ev for ev in events if ev != left_out], 2, seed=5) == sample
    assert audit.draw(list(reversed(events)), 2, seed=5) == sample


def test_audit_sample_is_stable_and_reports_unjudged(tmp_path):
    with Store(bench_store(tmp_path), readonly=True) as store:
        events = audit.store_events(store)
    assert len(events) == 4
    first, again = audit.draw(events, 3, seed=11), audit.draw(list(events), 3, seed=11)
    assert first == again
    assert audit.draw(events, 10) and len(audit.draw(events, 10)) == 4
    sanction = next(ev for ev in events if ev.type == "SANCTION")
    assert sanction.identity.endswith("|SANCTION|Kenya|Somalia")
    protest = next(ev for ev in events if ev.type == "PROTEST")
    assert protest.object == audit.NO_ACTOR
    judged = {sanction.identity: {"id": sanction.identity, "verdict": "right"},
              protest.identity: {"id": protest.identity, "verdict": "wrong", "reason": "inanimate actor"}}
    file = tmp_path / "audit.yaml"
    audit.save_judgements(file, judged)
    summary = audit.summarise(events, audit.load_judgements(file))
    assert (summary.judged, summary.right, summary.precision) == (2, 1, 0.5)
    assert summary.reasons == {"inanimate actor": 1}
    assert summary.by_type == {"SANCTION": (1, 1), "PROTEST": (1, 0)}
    assert {ev.type for ev in summary.unjudged} == {"ASSAULT", "CONSULT"}


def test_audit_identity_ignores_spacing_but_not_actors():
    one = audit.identity("doc_1", "Kenya  sanctioned\nSomalia.", "SANCTION", "Kenya", "Somalia")
    assert one == audit.identity("doc_1", "Kenya sanctioned Somalia.", "SANCTION", "Kenya", "Somalia")
    assert one != audit.identity("doc_1", "Kenya sanctioned Somalia.", "SANCTION", "Kenya", "-")


def test_audit_rejects_unknown_verdicts(tmp_path):
    file = tmp_path / "a.yaml"
    file.write_text("- {id: x, verdict: maybe}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="verdict must be"):
        audit.load_judgements(file)
    file.write_text("- {id: x, verdict: wrong, reason: dunno}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="reason must be"):
        audit.load_judgements(file)


def test_audit_cli_on_a_missing_store(tmp_path, capsys):
    assert audit.main(["--db", str(tmp_path / "none.db")]) == 1
    assert "none.db" in capsys.readouterr().err


def test_committed_precision_audit_is_fully_judged():
    judgements = audit.load_judgements(audit.DEFAULT_FILE)
    assert len(judgements) >= 100
    assert all(j["verdict"] in audit.VERDICTS for j in judgements.values())
    assert all(len(j["id"].split("|")) == 5 and j["id"].startswith("doc_") for j in judgements.values())


def test_probe_cli_names_a_missing_file(tmp_path, capsys):
    from newsgraph.evaluation.probes import main
    assert main(["--file", str(tmp_path / "absent.yaml")]) == 1
    err = capsys.readouterr().err
    assert "absent.yaml" in err and len(err.strip().splitlines()) == 1
