"""Office phrases in text ("the Kenyan president") resolve to the holder on the event's date,
else the document's, else to the office alone; successive holders stay separate entities."""
from __future__ import annotations

import json

import pytest

from newsgraph.export import build_export
from newsgraph.extract import analyse
from newsgraph.model import Document
from newsgraph.pipeline import ingest
from newsgraph.resolve.names import fold
from newsgraph.store import Store


@pytest.fixture()
def run(nlp, gazetteer):
    def analysed(text: str, published: str | None):
        return analyse(Document(source="test", text=text, published=published), nlp(text), gazetteer)
    return analysed


def office_mentions(analysis) -> dict[str, str]:
    """phrase -> name of the entity it resolved to, for office phrases."""
    return {m.text.rstrip("."): fold(analysis.entities[m.entity].name) for m in analysis.mentions
            if m.reason.startswith("office")}


@pytest.mark.parametrize("text, published, phrase, holder", [
    ("The Kenyan president warned Somalia on Tuesday.", "2016-05-10", "The Kenyan president", "Uhuru Kenyatta"),
    ("Spain's prime minister visited Morocco.", "2015-02-01", "Spain's prime minister", "Mariano Rajoy"),
    ("Spain's prime minister visited Morocco.", "2021-02-01", "Spain's prime minister", "Pedro Sánchez"),
    ("Britain's foreign secretary condemned the strike.", "2017-03-15", "Britain's foreign secretary",
     "Boris Johnson"),
    ("The President of France met protesters in Paris.", "2016-09-01", "The President of France",
     "François Hollande"),
    ("The Brazilian president criticised the ruling.", "2020-08-01", "The Brazilian president", "Jair Bolsonaro"),
    ("The Nigerian defence minister visited troops in Borno.", "2018-03-01", "The Nigerian defence minister",
     "Mansur Dan-Ali"),
    ("The UN secretary-general condemned the attack.", "2012-12-10", "The UN secretary-general", "Ban Ki-moon"),
])
def test_an_office_phrase_resolves_to_the_holder_on_the_document_date(run, text, published, phrase, holder):
    assert office_mentions(run(text, published)).get(phrase) == fold(holder)


def test_without_a_date_the_phrase_names_the_office_not_a_person(run):
    analysis = run("The Kenyan president accused Somalia of meddling.", None)
    found = [analysis.entities[m.entity] for m in analysis.mentions if m.reason.startswith("office")]
    assert [(e.type, e.country) for e in found] == [("GOVERNMENT", "KEN")]
    assert found[0].key == "office:KEN:head_of_state"


def test_a_deputy_or_a_former_holder_is_not_the_office_holder(run):
    analysis = run("The deputy prime minister of Spain resigned, and the former British prime minister spoke.",
                   "2020-01-10")
    assert office_mentions(analysis) == {}


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron met Kenyan leaders.",
    "Emmanuel Macron, the French president, met Kenyan leaders.",
    "Emmanuel Macron is the French president.",
])
def test_a_title_with_a_name_is_left_to_the_name(run, text):
    analysis = run(text, "2015-01-10")
    names = {analysis.entities[m.entity].name for m in analysis.mentions}
    assert "François Hollande" not in names


def test_an_indefinite_title_or_a_group_after_of_is_no_office_holder(run):
    analysis = run("US forces killed an Islamic State leader. Yahya Sinwar is the leader of Hamas.", "2023-05-01")
    assert office_mentions(analysis) == {}


def test_an_event_dated_in_the_text_takes_the_holder_on_that_date(run):
    analysis = run("In 2015, the British prime minister threatened Russia with sanctions.", "2020-05-01")
    subjects = {analysis.entities[e.subject].name for e in analysis.events if e.subject}
    assert "David Cameron" in subjects and "Boris Johnson" not in subjects


def test_two_documents_years_apart_give_two_people_not_one_merged_entity(tmp_path):
    text = "The British prime minister said on {} that London would impose sanctions on Russia."
    lines = [{"id": "a", "published": "2015-03-02", "text": text.format("Monday")},
             {"id": "b", "published": "2020-03-02", "text": text.format("Tuesday")}]
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        ingest([str(corpus)], store, workers=1)
        export = build_export(store)
    people = {e["name"]: e for e in export["entities"] if e["type"] == "PERSON"}
    assert {"David Cameron", "Boris Johnson"} <= set(people)
    assert people["David Cameron"]["id"] != people["Boris Johnson"]["id"]
    # the roles come from the dated data: Cameron's premiership ended when May's began
    cameron = [r for r in people["David Cameron"]["roles"] if r["role"] == "prime minister"]
    assert cameron and cameron[0]["from"] == "2010-05-11" and cameron[0]["until"] == "2016-07-13"
