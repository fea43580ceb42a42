"""Trigger coverage for the weakest PLOVER types, type by type (session 16): the verbs, light-verb
collocations and phrasal forms news uses for MOBILIZE, CONCEDE, AGREE (settlements), AID, RETREAT,
THREATEN and SANCTION, each with the everyday uses it must not fire on."""
import pytest


def types_of(analysis, wanted):
    return [(ev.type, ev.trigger) for ev in analysis.events if ev.type == wanted and ev.subject]


@pytest.mark.parametrize("wanted, text", [
    # MOBILIZE: troops and police called in or put on guard
    ("MOBILIZE", "Bolivia's government called in the army to guard the airports in La Paz."),
    ("MOBILIZE", "Spanish police stepped up security at train stations in Madrid after the threat."),
    ("MOBILIZE", "Egyptian police beefed up security around churches in Cairo before Easter."),
    ("MOBILIZE", "The Philippine military heightened its alert in Mindanao after the ambush."),
    # CONCEDE: restrictions eased, demands dropped, assets unfrozen
    ("CONCEDE", "Panama's government backtracked on the mining contract after weeks of protests."),
    ("CONCEDE", "Malaysia waived visa requirements for Indian travellers."),
    ("CONCEDE", "Britain unfroze the assets of the Libyan central bank."),
    ("CONCEDE", "The Kenyan government capitulated to the doctors' union after a 100-day strike."),
    ("CONCEDE", "The Pakistani army dropped its demand for a military court trial."),
    # AGREE: settlements of lawsuits and charges
    ("AGREE", "Bayer reached a settlement with American farmers over the weedkiller."),
    ("AGREE", "Siemens settled with Greece over the bribery scandal."),
    # AID: money put into another actor
    ("AID", "The German government injected capital into Lufthansa during the pandemic."),
    ("AID", "Italy subsidised Alitalia for decades."),
    ("AID", "Canada contributed 10 million dollars to the World Food Programme."),
    # RETREAT: released, resigned, yielded ground or access
    ("RETREAT", "Nicaragua set free 222 political prisoners in February."),
    ("RETREAT", "The Dutch queen abdicated in favour of her son in 2013."),
    ("RETREAT", "Chad's junta gave up power to an elected president."),
    ("RETREAT", "Kosovo police removed the roadblocks around Zvecan."),
    ("RETREAT", "Qatar reopened its airspace to Bahraini airlines."),
    ("RETREAT", "Slovakia's interior minister tendered his resignation on Tuesday."),
    # THREATEN: threats for gain and at weapon point
    ("THREATEN", "Gang members in Port-au-Prince blackmailed market traders in Haiti."),
    ("THREATEN", "Barrio 18 extorted shopkeepers in Guatemala City."),
    ("THREATEN", "Bandits held a Nigerian lawmaker at gunpoint in Zamfara."),
    # SANCTION: penalties by regulators, expulsion by declaration
    ("SANCTION", "The Indian competition regulator penalised Google for abusing its position."),
    ("SANCTION", "Estonia declared a Russian diplomat persona non grata."),
])
def test_weak_type_triggers_yield_their_type(analyse_text, wanted, text):
    analysis = analyse_text(text)
    assert types_of(analysis, wanted), [(e.type, e.trigger, e.subject, e.object) for e in analysis.events]


@pytest.mark.parametrize("unwanted, text", [
    ("AGREE", "A settlement of 3,000 people grew up along the railway."),
    ("AGREE", "Israeli settlers expanded the settlement of Ma'ale Adumim."),
    ("AGREE", "The dust settled after the storm passed over Dhaka."),
    ("MOBILIZE", "Liverpool called in a young defender from their academy for the cup tie."),
    ("MOBILIZE", "The bank called in the administrators after the collapse of the deal."),
    ("CONCEDE", "The goalkeeper gave up two goals in the first half."),
    ("RETREAT", "Shares gave up their early gains in London."),
    ("RETREAT", "Markets reopened after the holiday in Tokyo."),
    ("AID", "Rising costs contributed to the fall in profits at the airline."),
    ("AID", "Unilever's profit warning contributed to the FTSE 100's fall on Tuesday."),
    ("AID", "The virus injected malicious code into the banking software."),
    ("AID", "Ukraine agreed to pay more for natural gas supplied by Turkmenistan."),
    ("AID", "Mexico and Kuwait protect their national resources from foreign firms."),
    ("SANCTION", "The referee penalised the striker for diving in the box."),
    ("SANCTION", "England's flanker Tom Curry was penalised for offside at the ruck."),
    ("SANCTION", "The new budget penalises savers and rewards borrowers."),
    ("THREATEN", "The singer said she felt blackmailed by her own success."),
])
def test_everyday_uses_yield_no_such_event(analyse_text, unwanted, text):
    analysis = analyse_text(text)
    assert not types_of(analysis, unwanted), [(e.type, e.trigger, e.subject, e.object) for e in analysis.events]
