"""Everyday senses of event words (extract/everyday.py) and acts framed as not done
(extract/framing.py): each non-event sentence has a sentence of the same word that stays an event.
Sentences of our own, each of which gave the wrong event before these rules."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wrong", [
    # a market's demand for goods
    ("Japan's growing demand for liquefied gas has lifted prices in Qatar.", "REQUEST"),
    ("China has immediate demand for oil for its refineries.", "REQUEST"),
    ("Hyundai will build a plant in Brazil to meet the country's growing demand for cars.", "REQUEST"),
    # words delivered or given are no aid
    ("Chancellor Philip Hammond delivered his Budget to parliament on Wednesday.", "AID"),
    ("The suspect gave police a full statement.", "AID"),
    ("Detectives are treating the death of the Oxford student as suspicious.", "AID"),
    # figures released are no prisoners freed
    ("Unemployment data released by the Labour Department on Friday surprised traders.", "RETREAT"),
    # shelter or office sought asks nobody for anything
    ("Kenyans sought refuge in Uganda after the vote.", "REQUEST"),
    ("Syrians sought shelter at the UN school in Idlib.", "REQUEST"),
    # questions asked in court
    ("Defence lawyer Mark Cole asked Smith about the gun.", "REQUEST"),
    # struck oil, executed code, bombarded with questions, a heart attack
    ("Frederick Smith struck oil in Mississippi in 1954.", "ASSAULT"),
    ("The reporter struck up a friendship with the general at a dinner in Cairo.", "ASSAULT"),
    ("The bug lets attackers execute code on victims' PCs.", "ASSAULT"),
    ("Senators bombarded Defence Secretary Lloyd Austin with questions about the withdrawal.", "ASSAULT"),
    ("The singer died of a heart attack in Nashville.", "ASSAULT"),
    # places worst hit by a storm: what suffered the impact, not attackers
    ("The storm left 300 people dead, with Haiti, Cuba and Jamaica worst hit.", "ASSAULT"),
    # traffic deaths and falls
    ("A cyclist was killed by a drunk driver in Leeds on Saturday.", "ASSAULT"),
    ("A pedestrian was struck and killed by a motorist in Leeds on Friday.", "ASSAULT"),
    ("A climber was killed after slipping and falling from a ridge in Snowdonia.", "ASSAULT"),
    ("The senator shot and killed his cousin in a duck-hunting accident in Quebec.", "ASSAULT"),
    # a purchase order, names not released, patents received, an attack in words
    ("Lufthansa has ordered 20 Boeing 787 jets in a deal worth $5bn.", "REQUEST"),
    ("Police declined to release the names of the victims.", "REJECT"),
    ("Samsung received 6,000 US patents last year.", "CONSULT"),
    ("Senator Marco Rubio attacked President Joe Biden, saying his policy had failed.", "ASSAULT"),
    ("MPs bombarded Home Secretary Priti Patel with a barrage of questions on Tuesday.", "ASSAULT"),
    ("Senator Mary Hale warned the Green Party was the real threat to Labour.", "THREATEN"),  # a danger told
    # conditions, obligations, expectations and later steps
    ("If Serbia joins the bloc, it may have to accept limits on its exports.", "AGREE"),
    ("Mr Ortega could be jailed for ten years if he is convicted of fraud.", "COERCE"),
    ("The charity expects the police to arrest the poachers soon.", "COERCE"),
    ("The suspect's name will be released after he is formally charged.", "ACCUSE"),
    ("Greece will have to accept the lenders' terms, the minister said.", "AGREE"),
])
def test_everyday_senses_and_unrealised_acts_are_no_events(analyse_text, text, wrong):
    got = event_types(analyse_text(text), relations=False)
    assert wrong not in got, got


@pytest.mark.parametrize("text, kept", [
    ("The kidnappers' demand for a ransom was rejected by the family.", "REQUEST"),
    ("Britain delivered 400 tonnes of food aid to Gaza on Tuesday.", "AID"),
    ("Rebels released 30 soldiers in Goma on Monday.", "RETREAT"),
    ("Ukraine asked Germany to send more air defence systems.", "REQUEST"),
    ("Kenya asked the United Nations for emergency food aid.", "REQUEST"),
    ("Gunmen struck a police station in Peshawar, killing four officers.", "ASSAULT"),
    ("Militants executed two hostages in Raqqa, the group said.", "ASSAULT"),
    ("Rebels attacked an army convoy with grenades.", "ASSAULT"),
    ("Rebels badly hit the army convoy near Goma.", "ASSAULT"),
    ("A gunman killed three people in a shooting in Texas.", "ASSAULT"),
    ("Iran refused to release the British sailors.", "REJECT"),
    ("Five people were killed by a driver who rammed a crowd in a terror attack in Nice.", "ASSAULT"),
    ("A truck driver deliberately killed eight cyclists in New York.", "ASSAULT"),
    ("Russia warned Finland that it would take retaliatory steps.", "THREATEN"),
    ("Israel had to withdraw its troops from the town after the talks.", "RETREAT"),
    ("Iran promised to release the sailors if Britain apologised.", "AGREE"),
    ("Police arrested the man after he attacked a guard in Leeds.", "COERCE"),
])
def test_the_same_words_stay_events(analyse_text, text, kept):
    got = event_types(analyse_text(text), relations=False)
    assert kept in got, got


@pytest.mark.parametrize("text", [
    "Police in Leeds offered a $10,000 reward for information leading to the arrest of the gunman.",
    "The FBI is offering a reward of $50,000 for information about the bombing of the Ankara embassy.",
])
def test_a_reward_offered_for_information_is_no_agreement(analyse_text, text):
    # an appeal to whoever can help (everyday.py REWARDS), not an offer to any actor
    assert not [e for e in analyse_text(text).events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Toyota offered the union a 5% pay rise to end the strike.",
    "Chelsea offered Frank Lampard a new contract on Monday.",
])
def test_an_offer_to_an_actor_stays_an_agreement(analyse_text, text):
    assert [e for e in analyse_text(text).events if e.type == "AGREE"]
