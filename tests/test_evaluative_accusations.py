"""Evaluative statements as accusations (extract/evaluative.py): a speaker who calls a thing or an
actor by a condemnatory word accuses whoever the sentence names behind it."""
from __future__ import annotations

import pytest

from newsgraph.extract import analyse
from newsgraph.model import Document


def accusations(text, nlp, gazetteer):
    doc = nlp(text)
    analysis = analyse(Document(source="evaluative-test", text=text), doc, gazetteer)
    return [(e.trigger, e.subject, e.object) for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "trigger", "accuser", "accused"), [
    # naming verbs: "called X a Y", "described X as Y", "dubbed X Y"
    ("Iran dubbed the American sanctions economic terrorism.", "terrorism", "gaz:IRN", "gaz:USA"),
    ("The Ukrainian president called Putin a war criminal.", "criminal", "office:UKR:head_of_state", "gaz:PUTIN"),
    ("Amnesty International described the ruling as unjust.", "unjust", "gaz:AMNESTY", None),
    # reported copular clauses: "said X was a Y", "said X was rigged"
    ("Hamas said Israel's blockade of Gaza was a crime against humanity.", "crime", "gaz:HAMAS", "gaz:ISR"),
    ("The EU said the Russian referendums were illegal.", "illegal", "gaz:EU", "gaz:RUS"),
    ("Kenya's opposition leader said the election was rigged.", "rigged", "gaz:KEN", None),
    # the speaker as the agent of a passive: "is seen by X as Y"
    ("The charges are seen by Amnesty International as politically motivated.", "motivated", "gaz:AMNESTY", None),
    ('"This is a crime against humanity," the Iranian foreign minister said.', "crime",
     "office:IRN:foreign_minister", None),
    # a pronoun stands for the thing condemned, not for an actor behind it
    ("The bombing drew condemnation, with the EU calling it completely unacceptable.", "unacceptable", "gaz:EU",
     None),
])
def test_a_condemnatory_predicate_accuses(text, trigger, accuser, accused, nlp, gazetteer):
    assert (trigger, accuser, accused) in accusations(text, nlp, gazetteer)


def test_an_accusation_called_baseless_is_rejected(nlp, gazetteer):
    text = "The Kremlin said the American accusations were baseless."
    doc = nlp(text)
    analysis = analyse(Document(source="evaluative-test", text=text), doc, gazetteer)
    assert ("REJECT", "baseless", "gaz:RUS-GOV", "gaz:USA") in [
        (e.type, e.trigger, e.subject, e.object) for e in analysis.events]
    # a dismissive word about what is no accusation is no rejection: "said the report was false"
    assert accusations("Russia's defence ministry said the UN report was false.", nlp, gazetteer) == []


@pytest.mark.parametrize("text", [
    "The minister said the report was not a whitewash.",          # negated
    "The Venezuelan opposition would call any such vote a sham.",  # hypothetical
    "Analysts said the merger was a bad deal for shareholders.",   # judgement of quality, not condemnation
    "Iran called the Saudi foreign minister on Sunday.",            # a phone call names nothing
    "The British government said it was illegal to enter the zone without a permit.",   # a rule stated
])
def test_no_accusation_without_a_condemnation_stated(text, nlp, gazetteer):
    assert accusations(text, nlp, gazetteer) == []


def test_a_predicate_hung_on_the_thing_named_is_still_its_predicate(events_named):
    # "as" parsed under the object, an adjective after the object parsed as its modifier
    found = events_named("Human Rights Watch described Israel's decision as unlawful.")
    assert ("ACCUSE", "Human Rights Watch", "Israel") in found
    found = events_named("Greenpeace called Shell's plans irresponsible.")
    assert any(e[0] == "ACCUSE" and e[1] == "Greenpeace" for e in found)


def test_a_word_of_praise_after_the_thing_named_accuses_nobody(events_named):
    found = events_named("Jose Mourinho described Chelsea's performance as brilliant.")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_calling_a_person_a_predator_or_a_coward_accuses_them(events_named):
    found = events_named("The prosecutor called Dwayne Miller a predator.")
    assert any(e[0] == "ACCUSE" and e[2] == "Dwayne Miller" for e in found), found
    found = events_named("The judge called Dwayne Miller a talented musician.")
    assert not [e for e in found if e[0] == "ACCUSE"]
