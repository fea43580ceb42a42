"""Aggregation of hand-built claims into relations: origins, contradictions, perspectives, dyads."""
from newsgraph.graph import aggregate, dyad_summary, perspective_key, split_events

HAMAS, ISIS, EGYPT = "ent_hamas", "ent_isis", "ent_egypt"


def ev(id_, type_, subject, object_, doc, negated=False, certainty="asserted", source=None, date=None):
    return {"id": id_, "type": type_, "subject": subject, "object": object_, "negated": negated,
            "certainty": certainty, "source": source, "date": date, "quantities": {}, "location": None,
            "evidence": [{"document": doc, "sentence": "s", "start": 0, "end": 1}]}


def doc(id_, outlet=None, published=None, duplicate_of=None):
    return {"id": id_, "outlet": outlet, "published": published, "duplicate_of": duplicate_of}


def index(*docs):
    return {d["id"]: d for d in docs}


def only(relations, type_):
    found = [r for r in relations if r.type == type_]
    assert len(found) == 1, found
    return found[0]


def test_outlets_and_documents_are_counted_once_each():
    docs = index(doc("d1", "Reuters"), doc("d2", "Reuters"), doc("d3", "AP"))
    rels = aggregate([ev("e1", "COOPERATE", HAMAS, ISIS, "d1"), ev("e2", "COOPERATE", HAMAS, ISIS, "d2"),
                      ev("e3", "COOPERATE", HAMAS, ISIS, "d3")], docs)
    rel = only(rels, "COOPERATE").as_dict()
    assert rel["documents"] == 3
    assert rel["outlets"] == ["AP", "Reuters"]
    assert rel["origins"] == 2


def test_syndicated_copy_counts_as_its_original():
    docs = index(doc("d1", "Times of Israel"), doc("d2", None, duplicate_of="d1"), doc("d3", None, duplicate_of="d2"))
    rels = aggregate([ev(f"e{i}", "AID", HAMAS, ISIS, f"d{i}") for i in (1, 2, 3)], docs)
    assert only(rels, "AID").as_dict()["origins"] == 1


def test_reports_relaying_one_media_report_count_once():
    toi = {"entity": "ent_toi", "text": "the Times of Israel", "chain": []}
    relay = {"entity": "ent_mordechai", "text": "Yoav Mordechai",
             "chain": [{"entity": "ent_toi", "text": "The Times of Israel"}]}
    entities = {"ent_toi": {"id": "ent_toi", "name": "The Times of Israel", "type": "MEDIA"},
                "ent_mordechai": {"id": "ent_mordechai", "name": "Yoav Mordechai", "type": "PERSON"}}
    docs = index(doc("d1", "JNS"), doc("d2", "World Israel News"), doc("d3", "Times of Israel"))
    events = [ev("e1", "AID", HAMAS, ISIS, "d1", source=toi), ev("e2", "AID", HAMAS, ISIS, "d2", source=relay),
              ev("e3", "AID", HAMAS, ISIS, "d3")]
    rel = only(aggregate(events, docs, entities), "AID").as_dict()
    assert rel["outlets"] == ["JNS", "Times of Israel", "World Israel News"]
    assert rel["origins"] == 1
    assert rel["origin_names"] == ["The Times of Israel"]
    # A quoted source that is neither a media entity nor a known outlet is no relay.
    officials = {"entity": None, "text": "Israeli officials", "chain": []}
    plain = [dict(e, source=officials) for e in events]
    assert only(aggregate(plain, docs, entities), "AID").as_dict()["origins"] == 3


def test_source_naming_a_known_outlet_is_a_relay_even_without_entity():
    docs = index(doc("d1", "The Times of Israel"), doc("d2", "JNS"), doc("d3", "Arutz Sheva"))
    cited = {"entity": None, "text": "the Times of Israel", "chain": []}
    events = [ev("e1", "AID", HAMAS, ISIS, "d1"), ev("e2", "AID", HAMAS, ISIS, "d2", source=cited),
              ev("e3", "AID", HAMAS, ISIS, "d3", source={"entity": None, "text": "an official", "chain": [cited]})]
    assert only(aggregate(events, docs), "AID").as_dict()["origins"] == 1


def test_documents_without_outlet_are_separate_origins():
    docs = index(doc("d1"), doc("d2"))
    rels = aggregate([ev("e1", "ACCUSE", EGYPT, HAMAS, "d1"), ev("e2", "ACCUSE", EGYPT, HAMAS, "d2")], docs)
    assert only(rels, "ACCUSE").as_dict()["origins"] == 2


def test_first_and_last_seen_use_event_date_else_publication():
    docs = index(doc("d1", "A", "2018-02-04"), doc("d2", "B", "2019-05-01"))
    rels = aggregate([ev("e1", "AID", HAMAS, ISIS, "d1", date="2017-11"), ev("e2", "AID", HAMAS, ISIS, "d2")], docs)
    rel = only(rels, "AID").as_dict()
    assert (rel["first_seen"], rel["last_seen"]) == ("2017-11", "2019-05-01")


def test_certainty_mix_counts_each_level():
    docs = index(doc("d1"), doc("d2"), doc("d3"))
    rels = aggregate([ev("e1", "AID", HAMAS, ISIS, "d1", certainty="alleged"),
                      ev("e2", "AID", HAMAS, ISIS, "d2", certainty="reported"),
                      ev("e3", "AID", HAMAS, ISIS, "d3", certainty="alleged")], docs)
    assert only(rels, "AID").as_dict()["certainty"] == {"alleged": 2, "reported": 1}


def test_negated_claim_contradicts_and_is_not_support():
    docs = index(doc("d1"), doc("d2"))
    rels = aggregate([ev("e1", "COOPERATE", HAMAS, ISIS, "d1"),
                      ev("e2", "COOPERATE", HAMAS, ISIS, "d2", negated=True)], docs)
    rel = only(rels, "COOPERATE").as_dict()
    assert rel["events"] == ["e1"]
    assert rel["contradicted_by"] == ["e2"]


def test_hostile_event_contradicts_cooperation_between_same_actors():
    # "Hamas has cracked down on ISIS sympathizers" against "Hamas is cooperating with ... Islamic State"
    docs = index(doc("d1"), doc("d2"), doc("d3"))
    rels = aggregate([ev("e1", "COOPERATE", HAMAS, ISIS, "d1"), ev("e2", "COERCE", HAMAS, ISIS, "d2"),
                      ev("e3", "COERCE", HAMAS, EGYPT, "d3")], docs)
    assert only(rels, "COOPERATE").contradicted_by == ["e2"]
    # ... but cooperation does not contradict a hostile relation, and other dyads do not count
    coerce = [r for r in rels if r.type == "COERCE" and r.object == ISIS][0]
    assert coerce.contradicted_by == []


def test_hostile_event_contradicts_affiliation():
    docs = index(doc("d1"), doc("d2"))
    rels = aggregate([ev("e1", "AFFILIATION", ISIS, HAMAS, "d1"), ev("e2", "ASSAULT", HAMAS, ISIS, "d2")], docs)
    assert only(rels, "AFFILIATION").contradicted_by == ["e2"]


def test_self_relations_and_missing_actors_are_skipped():
    docs = index(doc("d1"))
    assert aggregate([ev("e1", "AID", HAMAS, HAMAS, "d1"), ev("e2", "AID", HAMAS, None, "d1")], docs) == []


def test_relations_are_ordered_by_origins():
    docs = index(doc("d1", "A"), doc("d2", "B"), doc("d3", "C"))
    rels = aggregate([ev("e1", "ACCUSE", EGYPT, HAMAS, "d1"), ev("e2", "AID", HAMAS, ISIS, "d2"),
                      ev("e3", "AID", HAMAS, ISIS, "d3")], docs)
    assert [r.type for r in rels] == ["AID", "ACCUSE"]


def test_perspective_split_by_outlet_country_and_source():
    entities = {"ent_toi": {"id": "ent_toi", "name": "The Times of Israel", "type": "MEDIA", "country": "ISR",
                            "aliases": ["Times of Israel"]},
                "ent_egsrc": {"id": "ent_egsrc", "name": "Egyptian sources", "type": "ANONYMOUS_SOURCE",
                              "country": "EGY"}}
    docs = index(doc("d1", "Times of Israel"), doc("d2", "Ahram Online"))
    egyptian = {"entity": "ent_egsrc", "text": "Egyptian sources", "chain": []}
    events = [ev("e1", "AID", HAMAS, ISIS, "d1"), ev("e2", "AID", HAMAS, ISIS, "d2", source=egyptian)]
    by_country = split_events(events, perspective_key("outlet_country", docs, entities))
    assert {k: [e["id"] for e in v] for k, v in by_country.items()} == {"ISR": ["e1"], "(unknown)": ["e2"]}
    by_source = split_events(events, perspective_key("source_country", docs, entities))
    assert set(by_source) == {"EGY", "(unknown)"}
    by_name = split_events(events, perspective_key("source", docs, entities))
    assert [e["id"] for e in by_name["Egyptian sources"]] == ["e2"]


def test_dyad_summary_balances_cooperation_and_conflict_per_month():
    docs = index(doc("d1", published="2018-02-04"), doc("d2", published="2018-03-01"), doc("d3"))
    events = [ev("e1", "COOPERATE", HAMAS, ISIS, "d1"), ev("e2", "CONSULT", ISIS, HAMAS, "d1"),
              ev("e3", "COERCE", HAMAS, ISIS, "d2"), ev("e4", "AID", HAMAS, ISIS, "d3", negated=True),
              ev("e5", "ASSAULT", EGYPT, ISIS, "d2"), ev("e6", "THREATEN", HAMAS, ISIS, "d3")]
    summary = dyad_summary(HAMAS, ISIS, events, docs)
    assert summary["cooperative"] == 2 and summary["hostile"] == 2 and summary["balance"] == 0
    assert summary["negated"] == ["e4"]
    periods = {p["period"]: p for p in summary["periods"]}
    assert list(periods) == ["2018-02", "2018-03", "undated"]
    assert periods["2018-02"]["events"]["material_cooperation"] == ["e1"]
    assert periods["2018-02"]["events"]["verbal_cooperation"] == ["e2"]
    assert periods["2018-02"]["balance"] == 2
    assert periods["2018-03"]["material_conflict"] == 1 and periods["2018-03"]["balance"] == -1
    assert periods["undated"]["verbal_conflict"] == 1
