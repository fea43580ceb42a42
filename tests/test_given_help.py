"""What a giving or sending verb gives, who a helper helps, who works together, and what a trip or a "meeting" meets (extract/given_help.py,
extract/trips.py). Sentences of our own: each non-event sentence gave the wrong event before these rules,
and each rule has sentences of the same words that stay events."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wrong", [
    # a giving verb that gives no help: a lecture, credits, a way back, the backbone of growth, goods sold
    ("The novelist gave the students of the academy a lecture on style.", "AID"),
    ("Richards gave the illustrators working on the series credits for their work.", "AID"),
    ("Murphy's header gave Dundee a way back into the match.", "AID"),
    ("Airbus is to supply Qantas with up to 20 of its new A350 jets.", "AID"),
    ("The watchdog gave pension savers guidance on the new rules.", "AID"),
    ("Analysts said Poland and Hungary would provide the backbone of the region's growth.", "AID"),
    # a private person helping another do something: a favour, not aid
    ("The retired detective helped the young reporter Anna Kowalski expose the scandal.", "AID"),
    # sending what is no help: a son on an errand, a gift, a patient to a clinic (session 29)
    ("The landlord sent his son upstairs to look at the boiler.", "AID"),
    ("President Nixon later sent Mr Felt a bottle of champagne.", "AID"),
    ("The judge agreed to send the actress to a clinic in Malibu.", "AID"),
    # two private persons working together are colleagues (session 29)
    ("Mr Bell had worked closely with Mr Cantalupo for twenty years.", "COOPERATE"),
    ("The rapper Nas has worked with Jay-Z on two albums.", "COOPERATE"),
    # a lay crowd's trip to a place is travel; a cross met by a player is play
    ("Thousands of fans are expected to travel to Cardiff for the weekend.", "CONSULT"),
    ("Tourists visited Venice in record numbers last summer.", "CONSULT"),
    # a client seeing a doctor or a lawyer uses a service
    ("The striker met with Dr. Paul Hennessy about his knee last week.", "CONSULT"),
    ("The singer met her lawyers on Tuesday to go over the contract.", "CONSULT"),
    ("Late in the game Smith's cross was met by Jones, who headed it home.", "CONSULT"),
])
def test_no_help_given_and_no_one_met(analyse_text, text, wrong):
    assert wrong not in event_types(analyse_text(text))


@pytest.mark.parametrize("text, kept", [
    ("Japan sent relief supplies to the flood victims.", "AID"),
    ("Japan gave Indonesia $10m in aid after the earthquake.", "AID"),
    ("The World Bank provided Kenya with emergency loans.", "AID"),
    ("The businessman has given the Labour Party £50,000.", "AID"),
    ("Police officers gave the injured cyclist first aid at the scene.", "AID"),
    ("Germany supplied the Ukrainian army with ammunition and winter clothing.", "AID"),
    ("The Red Cross gave blankets and cash to the refugees in the camp.", "AID"),
    ("Medecins Sans Frontieres provided medical care to the wounded in Gaza.", "AID"),
    ("The UN helped Haiti rebuild its schools.", "AID"),
    ("The UNHCR provided temporary housing to the Syrian refugees in Lebanon.", "AID"),
    ("Ecuador gave Julian Assange sanctuary in its London embassy.", "AID"),
    ("Japan has given the Philippines 5bn yen since the typhoon.", "AID"),
    ("Russia supplied the Syrian army with attack helicopters.", "AID"),
    # one state giving another anything is aid (intelligence, images), not trade
    ("Britain provided the Kenyan army with satellite images of the rebel camps.", "AID"),
    ("Qatar sent $50m to the Palestinian Authority.", "AID"),
    ("The Red Cross sent doctors to help the wounded in Gaza.", "AID"),
    ("Kraft is working closely with the police.", "COOPERATE"),
    ("Britain will work with France to stop the smugglers.", "COOPERATE"),
    ("Prime Minister Tony Blair said he would work with President George W. Bush on climate change.", "COOPERATE"),
    ("Chancellor Gerhard Schroeder will work with Jacques Chirac on the treaty.", "COOPERATE"),
    ("The Chinese foreign minister will visit Thailand next week.", "CONSULT"),
    ("Tony Blair met Silvio Berlusconi in Rome to discuss the budget.", "CONSULT"),
    ("Federal prosecutors met the defence lawyers to discuss a plea deal.", "CONSULT"),
    ("The health minister met lawyers for the victims' families in Cardiff.", "CONSULT"),
])
def test_help_given_and_meetings_stay_events(analyse_text, text, kept):
    assert kept in event_types(analyse_text(text))


def test_approval_given_is_support(analyse_text):
    types = event_types(analyse_text("The Indian government gave its approval to the Vodafone takeover."))
    assert "AID" not in types
