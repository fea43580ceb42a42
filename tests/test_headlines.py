"""A document's headline is analysed on its own, beside the body: its events carry passage "title",
its actors are the body's where the body names them, headline English is read as such, and the
body's analysis is the same with or without a headline."""
import json
from dataclasses import replace

import pytest

from newsgraph.extract.headline import headline_text, recased
from newsgraph.graph import aggregate
from newsgraph.model import Document, Entity
from newsgraph.resolve.headline_names import headline_keys
from newsgraph.store import Store
from newsgraph.worker import analyse_batch


def analysed(*documents: Document):
    return [r[0] for r in analyse_batch(list(documents), titles=True)]


def headline_events(analysis):
    return [e for e in analysis.events if e.passage == "title"]


BODY = ("Prime Minister Yitzhak Levanon said on Sunday that the army would respond to the attack. "
        "Militants fired mortars at the crossing overnight.")


# --- which headlines are read --------------------------------------------------------------------

def test_a_question_or_a_repeated_headline_is_not_analysed():
    assert headline_text(Document(source="q", title="Will the junta free the prisoners?", text=BODY)) is None
    repeated = "Militants fired mortars at the crossing overnight"
    assert headline_text(Document(source="r", title=repeated, text=repeated + ".\n\n" + BODY)) is None
    assert headline_text(Document(source="n", title=None, text=BODY)) is None
    assert headline_text(Document(source="h", title="Levanon vows to hit back", text=BODY)) == "Levanon vows to hit back"


def test_an_outlet_label_after_the_headline_is_dropped():
    document = Document(source="o", title="Rebels seize airport - Harbour Gazette", outlet="Harbour Gazette", text=BODY)
    assert headline_text(document) == "Rebels seize airport"
    assert headline_text(replace(document, title="Rebels seize airport | Any Site")) == "Rebels seize airport"


def test_title_case_is_recased_where_the_body_writes_no_name():
    body = "Officials in Nairobi said the Shabaab fighters were pushed back. Talks resumed."
    title = "Kenyan Troops Repel Shabaab Raid Near Nairobi"
    parsed = recased(title, body)
    assert len(parsed) == len(title)
    assert parsed == "Kenyan troops repel Shabaab raid near Nairobi"
    assert recased("Kenyan troops repel Shabaab raid", body) == "Kenyan troops repel Shabaab raid"


# --- headline events ----------------------------------------------------------------------------

def test_a_headline_event_indexes_the_title_and_names_the_bodys_actor():
    [analysis] = analysed(Document(source="t", title="Israeli jets strike Gaza after rocket fire",
                                   text="Israeli aircraft hit targets in the Gaza Strip on Monday, the military said."))
    [event] = [e for e in headline_events(analysis) if e.type == "ASSAULT"]
    title = analysis.document.title
    assert event.sentence == title[event.start:event.end] == title
    assert title[event.trigger_start:event.trigger_end] == event.trigger == "strike"
    assert event.object in analysis.entities


def test_a_short_name_in_the_headline_is_the_bodys_person():
    body = {"PERSON:yitzhak levanon": Entity(key="PERSON:yitzhak levanon", name="Yitzhak Levanon", type="PERSON")}
    headline = {"PERSON:levanon": Entity(key="PERSON:levanon", name="Levanon", type="PERSON"),
                "PERSON:dana oren": Entity(key="PERSON:dana oren", name="Dana Oren", type="PERSON")}
    assert headline_keys(headline, body) == {"PERSON:levanon": "PERSON:yitzhak levanon",
                                             "PERSON:dana oren": "PERSON:dana oren"}


def test_to_and_a_verb_is_a_plan_not_a_deed():
    [analysis] = analysed(Document(source="p", title="Sudan to expel foreign aid agencies",
                                   text="The groups were given a week to leave the country, officials said."))
    assert {e.certainty for e in headline_events(analysis)} == {"possible"}


def test_a_claimant_before_a_colon_is_the_source():
    [analysis] = analysed(Document(source="c", title="Army: rebels shelled border town",
                                   text="The fighting went on through the night, residents said."))
    [event] = headline_events(analysis)
    assert (event.type, event.certainty) == ("ASSAULT", "reported")
    assert event.source is not None and event.source.text == "Army"


def test_the_bodys_analysis_is_the_same_with_a_headline():
    plain = Document(source="b", text=BODY)
    with_title, without = analysed(replace(plain, title="Militants shell army post near crossing"), plain)
    assert headline_events(with_title)
    assert [e for e in with_title.events if e.passage == "text"] == without.events
    assert with_title.mentions == without.mentions
    assert all(with_title.entities[k] == e for k, e in without.entities.items())


# --- store, export and corroboration ----------------------------------------------------------------

def test_a_headline_event_is_stored_and_exported_with_its_passage(tmp_path):
    import io

    from newsgraph.export import write_export

    [analysis] = analysed(Document(source="s", title="Rebels shelled border town overnight",
                                   text="Rebels shelled the border town overnight, residents said."))
    with Store(tmp_path / "h.db") as store:
        store.write(analysis)
        out = io.StringIO()
        write_export(store, "json", out)
    events = json.loads(out.getvalue())["events"]
    passages = sorted(e["evidence"][0]["passage"] for e in events)
    assert passages == ["text", "title"]
    assert len({e["id"] for e in events}) == 2
    [title_event] = [e for e in events if e["evidence"][0]["passage"] == "title"]
    assert title_event["evidence"][0]["sentence"] == "Rebels shelled border town overnight"


def _event(id_, doc, passage, source=None):
    return {"id": id_, "type": "ASSAULT", "subject": "ent_a", "object": "ent_b", "negated": False,
            "certainty": "asserted", "source": source, "date": None, "quantities": {}, "location": None,
            "evidence": [{"document": doc, "sentence": "s", "start": 0, "end": 1, "passage": passage}]}


@pytest.mark.parametrize("relay", [None, {"entity": "ent_wire", "text": "the Wire", "chain": []}])
def test_a_headline_and_its_lede_are_one_source(relay):
    docs = {"d1": {"id": "d1", "outlet": "Daily Planet"}, "d2": {"id": "d2", "outlet": "Evening Star"}}
    entities = {"ent_wire": {"id": "ent_wire", "name": "The Wire", "type": "MEDIA"},
                "ent_tv": {"id": "ent_tv", "name": "Channel Nine", "type": "MEDIA"}}
    tv = {"entity": "ent_tv", "text": "Channel Nine", "chain": []}
    one = aggregate([_event("h", "d1", "title", tv), _event("b", "d1", "text", relay)], docs, entities)
    assert one[0].as_dict()["origins"] == 1 and one[0].as_dict()["documents"] == 1
    # a headline alone counts its article's outlet, not a relay it names
    alone = aggregate([_event("h", "d2", "title", tv), _event("b", "d1", "text", relay)], docs, entities)
    assert alone[0].as_dict()["origins"] == 2 and "Evening Star" in alone[0].as_dict()["origin_names"]


def test_ingest_analyses_headlines_with_titles_only(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    article = tmp_path / "a.jsonl"
    article.write_text(json.dumps({"id": "x", "title": "Rebels shelled border town overnight",
                                   "text": "The fighting went on through the night, residents said."}) + "\n")
    passages = {}
    for flag in (["--titles"], []):
        db = tmp_path / f"s{len(flag)}.db"
        result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db), "--quiet", "--workers", "1", *flag])
        assert result.exit_code == 0, result.output
        with Store(db, readonly=True) as store:
            passages[not flag] = [e["evidence"][0]["passage"] for e, _ in store.read.events()]
    assert passages == {False: ["title"], True: []}   # a body alone without --titles (the default)


@pytest.mark.parametrize("title, typ", [("Hezbollah accused of smuggling arms", "ACCUSE"),
                                        ("Forty smugglers arrested near the port", "COERCE")])
def test_a_past_participle_in_a_headline_is_a_passive(title, typ):
    [analysis] = analysed(Document(source="v", title=title, text="The case drew wide attention, residents said."))
    [event] = [e for e in headline_events(analysis) if e.type == typ]
    assert event.subject is None and event.object is not None


def test_a_place_before_a_colon_is_no_claimant():
    [analysis] = analysed(Document(source="n", title="Chile: rebels shelled border town",
                                   text="The fighting went on through the night, residents said."))
    [event] = headline_events(analysis)
    assert event.source is None and event.certainty == "asserted"


def test_a_headline_event_the_confidence_model_doubts_is_left_out():
    from newsgraph.extract.headline import MIN_CONFIDENCE, title_events
    from newsgraph.model import Analysis, Event

    title = "Rebels shelled border town"
    events = [Event(type="ASSAULT", subject=None, object=None, sentence=title, start=0, end=len(title),
                    confidence=c) for c in (MIN_CONFIDENCE - 0.1, MIN_CONFIDENCE + 0.1, None)]
    parsed = Analysis(document=Document(source="c", text=title), events=events)
    kept = title_events(title, parsed, None)
    assert [e.confidence for e in kept] == [MIN_CONFIDENCE + 0.1, None]
    assert {e.passage for e in kept} == {"title"}


def test_the_explorer_marks_a_headline_event_in_the_headline(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.resolve.corpus import resolve_corpus
    from newsgraph.resolve.gazetteer import load_gazetteer

    [analysis] = analysed(Document(source="x", title="Rebels shelled border town overnight",
                                   text="Residents fled the town after a night of shelling, officials said."))
    [event] = headline_events(analysis)
    with Store(tmp_path / "x.db") as store:
        store.write(analysis)
        resolve_corpus(store, load_gazetteer())
    client = TestClient(create_app(str(tmp_path / "x.db")), base_url="http://localhost")
    page = client.get(f"/documents/{analysis.document.id}").text
    heading = page[page.index("<h1>"):page.index("</h1>")]
    assert 'class="trigger"' in heading and ">shelled</a>" in heading
    claims = client.get("/api/events", params={"document": analysis.document.id}).json()["items"]
    assert [c["evidence"][0]["passage"] for c in claims if c["trigger"] == event.trigger] == ["title"]
