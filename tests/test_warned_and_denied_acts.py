"""Acts warned off, denied or fought as ills are no acts of the one who speaks: a denied responsibility
stays negated, the act in "warned X against V-ing" / "warned X not to V" is X's and not done
(extract/warned_acts.py), and fighting an ill ("to fight terrorism") is no assault (extract/sense.py).
Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides
from newsgraph.extract import control, sense, warned_acts


@pytest.mark.parametrize("text", [
    "Belgrade said Serbia was not responsible for the bombing of the bridge.",
    "The rebels said they were not responsible for the attack on the convoy.",
    "The militia said it had nothing to do with the shelling of the market.",
    "Kyiv denied any involvement in the drone strike on the refinery.",
])
def test_a_denied_responsibility_is_no_attack_done(text, analyse_text):
    assert all(neg for _, _, neg, _ in named_sides(analyse_text(text), "ASSAULT", "negated", "certainty"))


def test_an_owned_responsibility_stays_an_attack(analyse_text):
    found = named_sides(analyse_text("Officials said the rebels were responsible for the attack on the convoy."), "ASSAULT", "negated", "certainty")
    assert found and not any(neg for _, _, neg, _ in found)


@pytest.mark.parametrize("text, warner", [
    ("Egypt warned Ethiopia against attacking its dams on the Nile.", "Egypt"),
    ("Police cautioned the protesters against storming the parliament.", "police"),
    ("The Greek government warned Turkey against arresting its fishermen.", "Greek government"),
    ("Seoul cautioned Pyongyang against firing missiles over Japan.", "South Korean government"),
])
def test_an_act_warned_off_is_not_the_warners_act(text, warner, analyse_text, monkeypatch):
    acts = [e for e in analyse_text(text).events if e.type not in ("THREATEN", "REQUEST", "ACCUSE")]
    assert all(e.negated or e.certainty == "possible" for e in acts)
    found = analyse_text(text)
    names = {k: e.name for k, e in found.entities.items()}
    assert not any(names.get(e.subject) == warner for e in found.events
                   if e.type not in ("THREATEN", "REQUEST", "ACCUSE"))
    # without the rule the warner is taken for the doer of an act done
    monkeypatch.setattr(warned_acts, "WARNING_OFF", frozenset())
    monkeypatch.setattr(control, "WARNING_OFF", frozenset())
    found = analyse_text(text)
    names = {k: e.name for k, e in found.entities.items()}
    assert any(names.get(e.subject) == warner for e in found.events
               if e.type not in ("THREATEN", "REQUEST", "ACCUSE"))


def test_the_one_warned_acts_in_the_clause():
    from newsgraph.extract.clause_roles import subject_token
    from newsgraph.nlp import load_pipeline
    doc = load_pipeline()("Egypt warned Ethiopia against attacking its dams.")
    attacking = next(t for t in doc if t.lower_ == "attacking")
    assert subject_token(attacking).text == "Ethiopia"
    doc = load_pipeline()("Egypt warned against attacking the dams.")
    attacking = next(t for t in doc if t.lower_ == "attacking")
    assert subject_token(attacking) is None      # nobody named: not the warner


def test_a_warning_that_an_act_will_come_is_kept(analyse_text):
    found = analyse_text("Egypt warned Ethiopia that it would attack the dam if the filling went on.")
    assert ("THREATEN", "warned") in {(e.type, e.trigger) for e in found.events}


@pytest.mark.parametrize("text", [
    "France will work with Mali to fight terrorism.",
    "The two governments agreed to cooperate to tackle crime and corruption.",
    "Canada will join Mexico to combat drug trafficking.",
])
def test_fighting_an_ill_is_no_assault(text, analyse_text):
    assert not named_sides(analyse_text(text), "ASSAULT", "negated", "certainty")


def test_fighting_an_ill_drops_only_the_ill(analyse_text, monkeypatch):
    text = "France will work with Mali to fight terrorism."
    monkeypatch.setattr(sense, "fought_ill", lambda trigger: False)
    assert named_sides(analyse_text(text), "ASSAULT", "negated", "certainty")
    monkeypatch.undo()
    assert named_sides(analyse_text(text), "COOPERATE", "negated", "certainty")
    assert named_sides(analyse_text("The army will work with the police to fight the insurgents."), "ASSAULT", "negated", "certainty")


@pytest.mark.parametrize("text", [
    # a place named like a cause ("market") is a target when armed men or a bomb attack it
    "Gunmen attacked a market in Kandahar on Sunday.",
    "Suspected militants attacked a crowded market in Quetta.",
])
def test_an_armed_attack_on_a_place_is_an_assault(text, analyse_text):
    assert named_sides(analyse_text(text), "ASSAULT", "negated", "certainty")


@pytest.mark.parametrize("text", [
    "Currency speculators attacked the pound on Friday.",
    "Firefighters battled the blaze for six hours.",
    "Police battled the blaze near the station.",
])
def test_an_ill_or_a_market_fought_by_others_is_no_assault(text, analyse_text):
    assert not named_sides(analyse_text(text), "ASSAULT", "negated", "certainty")
