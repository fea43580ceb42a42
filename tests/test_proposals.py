"""Renamings and pledges stated in text are proposals: stored, listed with the gazetteer YAML that
applies them, and applied only through a user's gazetteer file."""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import ConfigError
from newsgraph.resolve.gazetteer import load_gazetteer
from newsgraph.resolve.history import group_histories


@pytest.mark.parametrize("text, kind, old, new", [
    ("The Northern Lions, formerly known as the Southern Brigade, attacked a checkpoint.", "renaming",
     "Southern Brigade", "Northern Lions"),
    ("Last year the Free Coast Movement renamed itself the Coastal Liberation Front.", "renaming",
     "Free Coast Movement", "Coastal Liberation Front"),
    ("The Valley Guards now calls itself Army of the Valley, a spokesman said.", "renaming",
     "Valley Guards", "Army of the Valley"),
    ("Boko Haram pledged allegiance to Islamic State in March and became Islamic State West Africa Province.",
     "pledge", "Boko Haram", "Islamic State West Africa Province"),
])
def test_stated_renamings_and_pledges_are_proposed(analyse_text, text, kind, old, new):
    found = [(p.kind, p.old_name.removeprefix("the "), p.new_name) for p in analyse_text(text).proposals]
    assert found == [(kind, old, new)]


def test_a_pledge_names_the_group_pledged_to(analyse_text):
    proposal = analyse_text("Boko Haram pledged allegiance to Islamic State and became Islamic State West "
                            "Africa Province.").proposals[0]
    assert (proposal.old_entity, proposal.pledged_to) == ("gaz:BOKO_HARAM", "gaz:ISIS")


def test_words_that_only_look_like_a_renaming_are_not_proposed(analyse_text):
    text = "The minister said the talks, formerly a weekly event, were over, and the army became stronger."
    assert analyse_text(text).proposals == []


def test_a_proposal_is_listed_and_applied_only_from_the_users_gazetteer(tmp_path):
    article = tmp_path / "a.jsonl"
    text = ("The Northern Lions, formerly known as the Southern Brigade, attacked a checkpoint near "
            "the town, the army said.")
    article.write_text(json.dumps({"id": "1", "published": "2021-04-02", "text": text}) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(article), "--db", str(db), "-q"]).exit_code == 0
    exported = json.loads(runner.invoke(cli, ["export", "--db", str(db)]).output)
    assert not any(e.get("names") for e in exported["entities"])          # nothing applied by itself
    listed = runner.invoke(cli, ["entities", "--db", str(db), "--proposals"])
    assert listed.exit_code == 0 and "Southern Brigade -> Northern Lions" in listed.output
    snippet = listed.output.split("\n", 1)[1].split("\n\n")[0]
    user = tmp_path / "mine.yaml"
    user.write_text(snippet, encoding="utf-8")
    entry = yaml.safe_load(snippet)[0]
    assert entry["names"] == [{"name": "Southern Brigade", "until": "2021-04"},
                              {"name": "Northern Lions", "from": "2021-04"}]
    # accepted: the old name finds the group, and the export dates its names
    assert load_gazetteer((str(user),)).lookup("Southern Brigade").id == entry["id"]
    history = group_histories((str(user),))[entry["id"]]
    assert [(n.name, n.until) for n in history.names] == [("Southern Brigade", "2021-04"), ("Northern Lions", None)]
    db2 = tmp_path / "t2.db"
    assert runner.invoke(cli, ["ingest", str(article), "--db", str(db2), "-q", "--gazetteer", str(user)]).exit_code == 0
    exported = json.loads(runner.invoke(cli, ["export", "--db", str(db2), "--gazetteer", str(user)]).output)
    lions = next(e for e in exported["entities"] if e["name"] == "Northern Lions")
    assert {"name": "Southern Brigade", "from": None, "until": "2021-04"} in lions["names"]


def test_gazetteer_files_accept_successions(tmp_path):
    user = tmp_path / "groups.yaml"
    user.write_text("- {id: NEW_FRONT, name: New Front, type: ARMED_GROUP, successor_of: {id: NUSRA, date: 2017-01},"
                    " split_from: ISIS}\n", encoding="utf-8")
    links = {(link.relation, link.target) for link in group_histories((str(user),))["NEW_FRONT"].links}
    assert links == {("SUCCESSOR_OF", "NUSRA"), ("SPLIT_FROM", "ISIS")}


def test_bad_dated_names_in_a_gazetteer_file_are_a_one_line_error(tmp_path):
    user = tmp_path / "bad.yaml"
    user.write_text("- {id: X, name: X, names: {name: Y}}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_gazetteer((str(user),))
    assert "bad.yaml" in str(err.value) and "names" in str(err.value) and "\n" not in str(err.value)


# one sentence of news English per cue phrase of data/lexicon/words/resolve.yaml
CUE_SENTENCES = [
    ("The Hill Front, previously known as the Mountain Battalion, shelled the road.", "Mountain Battalion", "Hill Front"),
    ("The River Alliance, once known as the Delta Movement, signed the accord.", "Delta Movement", "River Alliance"),
    ("Jund al-Sahel, formerly called Katibat al-Rimal, claimed the kidnapping.", "Katibat al-Rimal", "Jund al-Sahel"),
    ("The Eastern Council (formerly the Eastern Assembly) met in Benghazi.", "Eastern Assembly", "Eastern Council"),
    ("Last month the Liberation Brigade has renamed itself the Freedom Army.", "Liberation Brigade", "Freedom Army"),
    ("In May the Ogaden Youth rebranded itself as Ogaden Defence Force.", "Ogaden Youth", "Ogaden Defence Force"),
    ("The faction rebranded as Ahrar al-Janub after the split, and Saraya Qasim rebranded as Saraya al-Nasr.",
     "Saraya Qasim", "Saraya al-Nasr"),
    ("Ansar al-Tawhid, now known as Jaish al-Fath al-Jadid, attacked the base.", "Ansar al-Tawhid",
     "Jaish al-Fath al-Jadid"),
    ("The Coastal Union changed its name to Coastal Patriots in 2019.", "Coastal Union", "Coastal Patriots"),
    ("The Northern Movement, which now calls itself the Northern Army, rejected the deal.", "Northern Movement",
     "Northern Army"),
    ("In 2018 Jamaat Hilal renamed itself as Hilal Front, the group said.", "Jamaat Hilal", "Hilal Front"),
]
PLEDGE_SENTENCES = [
    ("Ansar Dine swore allegiance to al-Qaeda and took the name Nusrat al-Sahel.", "Ansar Dine", "Nusrat al-Sahel"),
    ("Katibat Umar pledged loyalty to Islamic State and renamed itself Wilayat Umar.", "Katibat Umar",
     "Wilayat Umar"),
    ("Jund al-Khilafa pledged allegiance to Islamic State in 2014, becoming Wilayat al-Jazair.", "Jund al-Khilafa",
     "Wilayat al-Jazair"),
]


@pytest.mark.parametrize("text, old, new", CUE_SENTENCES + PLEDGE_SENTENCES)
def test_each_cue_phrase_proposes_a_renaming(analyse_text, text, old, new):
    assert (old, new) in [(p.old_name, p.new_name) for p in analyse_text(text).proposals]
