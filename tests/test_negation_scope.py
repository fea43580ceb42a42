"""How far a negator or a modal reaches over an event (extract/negation_scope.py, attribution.py,
mood.tensed_apart): "not ... until" affirms, a "not" on a noun's own verb is that verb's, "no" and
"neither ... nor" deny, a clause in a past tense of its own stands outside the negation and modal above,
a forecast does not reach a relative clause, a denial only supposed denies nothing. Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police in Lima did not arrest the union leaders until Friday.", "COERCE"),
    ("The soldiers did not open fire on the crowd until the marchers reached the palace.", "ASSAULT"),
])
def test_not_until_tells_when_the_act_happened(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and not any(negated for _, negated in found), found


def test_not_without_until_still_negates(analyse_text):
    found = claims(analyse_text("Police in Lima did not arrest the union leaders on Friday."), "COERCE")
    assert found and all(negated for _, negated in found), found


def test_a_not_on_the_verb_of_an_event_noun_is_that_verbs(analyse_text):
    found = claims(analyse_text("British aid to the flood victims in Pakistan will not cut funding for Africa."),
                   "AID")
    assert found and not any(negated for _, negated in found), found


def test_a_verb_that_says_the_act_happened_carries_the_not(analyse_text):
    found = claims(analyse_text("The talks between Sudan and the rebels did not take place in Doha."), "CONSULT")
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("The African Union met in Addis Ababa on Monday but reached no agreement on the crisis.", "AGREE"),
    ("Neither Hungary nor Poland was willing to fund the new pipeline.", "AID"),
])
def test_no_and_neither_nor_deny_the_act(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize("text", [
    "Hungary was not willing to fund the new pipeline.",
    "Neither Hungary nor Poland was willing to fund the new pipeline.",
    "The Czech government is not ready to back the pipeline.",
])
def test_a_not_or_neither_on_the_copula_denies_an_adjective_of_intent(analyse_text, text):
    # the willingness itself (AGREE on "willing", "ready"), not only the act it governs (negation_scope.denied_adjective)
    found = claims(analyse_text(text), "AGREE")
    assert found and all(negated for _, negated in found), found


def test_an_adjective_of_intent_on_a_plain_copula_stands(analyse_text):
    found = claims(analyse_text("Hungary was willing to fund the new pipeline."), "AGREE")
    assert found and not any(negated for _, negated in found), found


def test_a_past_clause_of_its_own_is_outside_the_negation_above(analyse_text):
    found = claims(analyse_text(
        "The opposition did not take part in the vote because police had arrested its leaders in Kampala."), "COERCE")
    assert found and not any(negated for _, negated in found), found


def test_a_past_clause_of_its_own_is_outside_the_modal_above(analyse_text):
    found = claims(analyse_text(
        "Ghana did not want to sign the new mining deal, as it had criticised the old one."), "ACCUSE")
    assert found and not any(negated or certainty == "possible" for certainty, negated in found), found


@pytest.mark.parametrize(("text", "apart"), [
    ("Hezbollah would retaliate if Israel had attacked Lebanon.", False),
    ("Hezbollah would not retaliate because Israel had attacked Lebanon.", True),
    ("Hezbollah would retaliate once Israel has attacked Lebanon.", False),
])
def test_a_condition_or_a_present_perfect_shares_the_modal_above(nlp, text, apart):
    from newsgraph.extract.mood import tensed_apart
    attacked = next(t for t in nlp(text) if t.lower_ == "attacked")
    assert tensed_apart(attacked, attacked.head) is apart


def test_a_forecast_does_not_reach_a_relative_clause(analyse_text):
    found = claims(analyse_text("Peru is expected to scrap the mining law, which farmers have opposed for years."),
                   "REJECT")
    assert found and not any(certainty == "possible" for certainty, _ in found), found


def test_a_supposed_denial_negates_nothing(analyse_text):
    found = claims(analyse_text(
        "The driver admitted the charge and was jailed for ten years; it would have been longer had he denied it."),
        "COERCE")
    assert found and not any(negated for _, negated in found), found


def test_a_verb_of_saying_mistagged_as_a_noun_still_reports(analyse_text):
    found = claims(analyse_text("Prosecutors in Manila allege the officer shot the teenager during a drug raid."),
                   "ASSAULT")
    assert found and all(certainty == "alleged" for certainty, _ in found), found


@pytest.mark.parametrize("text", [
    "The general was too ill to meet the envoys from Niger.",
    "The farmers had too much sense to attack the police in Lagos.",
    "The rebels were too weak to attack the garrison in Kidal.",
])
def test_too_much_to_act_denies_the_act(analyse_text, text):
    found = [(e.type, e.negated) for e in analyse_text(text).events if e.type in ("CONSULT", "ASSAULT")]
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("It is too early to say whether Ghana's decision to expel the Nigerian traders will hurt trade.", "SANCTION"),
    ("Analysts said it was too soon to tell what effect Zambia's move to arrest the opposition leader would have.",
     "COERCE"),
])
def test_too_early_to_tell_leaves_the_act_it_tells_of_done(analyse_text, text, event_type):
    # only the telling is not done: the decision told of in its clause stands
    found = claims(analyse_text(text), event_type)
    assert found and not any(negated for _, negated in found), found


def test_a_future_not_until_is_still_a_refusal(analyse_text):
    found = claims(analyse_text("Police in Lima will not release the union leaders until Friday."), "RETREAT")
    assert all(negated for _, negated in found), found


def test_too_on_a_verb_means_also(analyse_text):
    found = [e for e in analyse_text("The minister said Kenya too needed to withdraw its troops from Somalia.").events
             if e.type == "RETREAT"]
    assert not any(e.negated for e in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Turkish army refrained from attacking Kurdish rebels in Iraq.", "ASSAULT"),
    ("Nato stopped short of criticising Russia over the gas cut.", "ACCUSE"),
    ("The European Union held off imposing sanctions on Belarus.", "SANCTION"),
    ("The Indian navy avoided a clash with Pakistani warships.", "ASSAULT"),
])
def test_an_act_avoided_or_refrained_from_is_not_done(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    # the act done; what is avoided is another thing, or the act lies in a clause of its own below it
    ("The Turkish army attacked Kurdish rebels in Iraq to avoid a wider war.", "ASSAULT"),
    ("The Indian navy avoided the port where Somali pirates had attacked a tanker.", "ASSAULT"),
    ("Afghan troops held off an attack by Taliban fighters on the base.", "ASSAULT"),
])
def test_an_act_beside_what_is_avoided_stays_done(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and not any(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    # a concession's act stands whatever the clause it is set against denies
    ("The guard in Lagos said he did not see the gunman, despite being shot in the leg by a robber.", "ASSAULT"),
    ("The Kenyan army did not withdraw from the border town notwithstanding being attacked by Somali militants.",
     "ASSAULT"),
])
def test_a_not_does_not_reach_a_concession(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and not any(negated for _, negated in found), found


def test_an_act_a_concession_hangs_on_stays_denied(analyse_text):
    found = claims(analyse_text("The Kenyan police did not detain the marchers despite having a warrant."), "COERCE")
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    # a judgement of an act denied, not the act: the army investigates, the police detained the marchers
    ("Amnesty said it was not enough for the Nigerian army to investigate the killings in Jos.", "ACCUSE"),
    ("The judge ruled that it was not unlawful for the Kenyan police to detain the marchers.", "COERCE"),
])
def test_a_not_on_a_judgement_of_an_act_denies_the_judgement(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and not any(negated for _, negated in found), found


def test_an_act_not_possible_stays_denied(analyse_text):
    found = claims(analyse_text("It is not possible for the Kenyan police to detain the marchers."), "COERCE")
    assert found and all(negated for _, negated in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("Nor did the Danish government condemn the shelling of the port.", "ACCUSE"),
    ("Oslo did not protest, and neither has Helsinki criticised the blockade.", "ACCUSE"),
    ("The tribunal neither convicted nor acquitted the harbour master.", "SANCTION"),
    ("The Danish minister has criticised neither Oslo nor Helsinki over the blockade.", "ACCUSE"),
])
def test_neither_and_nor_deny_every_conjunct(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(negated for _, negated in found), found


def test_and_joining_verbs_denies_nothing(analyse_text):
    found = claims(analyse_text("The Danish minister criticised Oslo and condemned the blockade."), "ACCUSE")
    assert found and not any(negated for _, negated in found), found
