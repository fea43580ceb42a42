"""Criticism, doubt and refusal said in words (extract/evaluative.py, doubts.py, statements.py):
a speaker who faults another actor's act or conduct accuses it (PLOVER ACCUSE), one who says it will
fight a charge or fine refuses it (REJECT). Every word added to the lists for this has a sentence here
(our own, not from the seeds, the bench or the probes), or in test_evaluative_accusations.py's table;
`test_every_word_has_a_sentence` checks that."""
from __future__ import annotations

import re

import pytest

from newsgraph.wordlists import words
from test_evaluative_accusations import EVALUATED

FAULTED = [
    # faulting predicates said of an act whose maker is named ("Russia's move")
    ("Germany said Russia's move was wrong.", "wrong", "gaz:DEU", "gaz:RUS"),
    ("France said the Kremlin's decision to expel the diplomats was mistaken.", "mistaken", "gaz:FRA", "gaz:RUS-GOV"),
    ("Canada said India's plan to cut the quotas was misguided.", "misguided", "gaz:CAN", "gaz:IND"),
    ("Japan said China's new fishing policy would be disastrous for the region.", "disastrous", "gaz:JPN", "gaz:CHN"),
    ("Sweden said Hungary's proposal was damaging to the union.", "damaging", "gaz:SWE", "gaz:HUN"),
    ("Norway said Britain's handling of the talks was flawed.", "flawed", "gaz:NOR", "gaz:GBR"),
    ("Ireland said the Commission's ban on the exports was counterproductive.", "counterproductive", "gaz:IRL", None),
    ("Austria said Serbia's measure was foolish.", "foolish", "gaz:AUT", "gaz:SRB"),
    ("Denmark said Russia's move to offer talks was cynical.", "cynical", "gaz:DNK", "gaz:RUS"),
    ("Kenya said Uganda's strategy on the lake was inept.", "inept", "gaz:KEN", "gaz:UGA"),
    ("Turkey said Greece's reform of the border police was a mistake.", "mistake", "gaz:TUR", "gaz:GRC"),
    ("Labour said the government's cuts to the police were a blunder.", "blunder", "gaz:GBR-LABOUR", None),
    ("Human Rights Watch said Egypt's crackdown on bloggers was a disaster for free speech.", "disaster", "gaz:HRW",
     "gaz:EGY"),
    ("Brazil said Argentina's scheme to tax imports was an error.", "error", "gaz:BRA", "gaz:ARG"),
    ("The Conservative Party said Labour's budget was a fiasco.", "fiasco", "gaz:GBR-CONSERVATIVES", "gaz:GBR-LABOUR"),
    # a policy done badly
    ("Finland said Sweden's new border policy was shortsighted.", "shortsighted", "gaz:FIN", "gaz:SWE"),
    ("Poland said Germany's handling of the floods was shambolic.", "shambolic", "gaz:POL", "gaz:DEU"),
    ("Portugal said Spain's response to the fires was chaotic.", "chaotic", "gaz:PRT", "gaz:ESP"),
    ("Ghana said Nigeria's response to the outbreak was inadequate.", "inadequate", "gaz:GHA", "gaz:NGA"),
    ("Jordan said Israel's response to the protests was disproportionate.", "disproportionate", "gaz:JOR", "gaz:ISR"),
    ("Egypt said Ethiopia's plan for the dam was excessive.", "excessive", "gaz:EGY", "gaz:ETH"),
    ("Belgium said France's decision to close the border was unwise.", "unwise", "gaz:BEL", "gaz:FRA"),
    ("Haiti said America's handling of the aid was botched.", "botched", "gaz:HTI", "gaz:USA"),
    ("Chile said Bolivia's handling of the talks was bungled.", "bungled", "gaz:CHL", "gaz:BOL"),
    ("Greece said Turkey's strategy in the Aegean was a failure.", "failure", "gaz:GRC", "gaz:TUR"),
    ("Hungary said Austria's reform of the pension system was regressive.", "regressive", "gaz:HUN", "gaz:AUT"),
    ("Latvia said Russia's move to close the border was unhelpful.", "unhelpful", "gaz:LVA", "gaz:RUS"),
    ("The Liberal Democrats said the Home Office's conduct of the inquiry was a shambles.", "shambles",
     "gaz:GBR-LIBDEM", None),
    ("Mexico said the American deal on steel was a mistake.", "mistake", "gaz:MEX", "gaz:USA"),
    ("Chile said Peru's approach was wrong.", "wrong", "gaz:CHL", "gaz:PER"),
    ("Finland said Russia's response was wrong.", "wrong", "gaz:FIN", "gaz:RUS"),
    ("Latvia said Belarus's new law was a mistake.", "mistake", "gaz:LVA", "gaz:BLR"),
    ("Slovakia said Hungary's bill on the media was misguided.", "misguided", "gaz:SVK", "gaz:HUN"),
    ("Portugal said Spain's ruling on the river was an error.", "error", "gaz:PRT", "gaz:ESP"),
    ("Ghana said Nigeria's sanctions on its traders were wrong.", "wrong", "gaz:GHA", "gaz:NGA"),
    ("Georgia said Russia's invasion was a disaster for the region.", "disaster", "gaz:GEO", "gaz:RUS"),
    ("Croatia said Serbia's legislation on the border was flawed.", "flawed", "gaz:HRV", "gaz:SRB"),
    ("Greece said Turkey's treatment of the refugees was wrong.", "wrong", "gaz:GRC", "gaz:TUR"),
    # faulting predicates said of an actor
    ("Greenpeace said the Brazilian authorities were incompetent.", "incompetent", None, "gaz:BRA-GOV"),
    ("Amnesty International said the Nigerian police were negligent.", "negligent", "gaz:AMNESTY", "gaz:NGA-POL"),
    ("Colombia said Venezuela's government was corrupt.", "corrupt", "gaz:COL", "gaz:VEN-GOV"),
    ("Oxfam said the World Bank was complacent about the debt crisis.", "complacent", None, "gaz:WORLD_BANK"),
    ("Iran said the United States was untrustworthy.", "untrustworthy", "gaz:IRN", "gaz:USA"),
    ("China said Japan's government was arrogant.", "arrogant", "gaz:CHN", "gaz:JPN-GOV"),
    ("Germany said Russia was very bad at keeping its promises.", "bad", "gaz:DEU", "gaz:RUS"),
    # what only an actor is called: a threat, a danger
    ("Israel said Iran was a threat to the region.", "threat", "gaz:ISR", "gaz:IRN"),
    ("Ukraine said Belarus was a menace to its neighbours.", "menace", "gaz:UKR", "gaz:BLR"),
    ("Estonia said Russia was a danger to Europe.", "danger", "gaz:EST", "gaz:RUS"),
    ("Greenpeace said Shell was a risk to the Arctic.", "risk", None, None),
    ("Lithuania said the Wagner Group was dangerous.", "dangerous", "gaz:LTU", "gaz:WAGNER"),
    # doubting whether a wrong was done
    ("Amnesty International questioned whether Saudi Arabia had used torture to obtain the confessions.",
     "questioned", "gaz:AMNESTY", "gaz:SAU"),
    ("Human Rights Watch doubted whether the Egyptian police had acted without coercion.", "doubted", "gaz:HRW",
     "gaz:EGY-POL"),
    ("The European Commission raised concerns about whether Hungary had tackled corruption in public contracts.",
     "concerns", "gaz:EC", "gaz:HUN"),
    ("The United Nations raised a question about whether the Sri Lankan army had committed abuses.", "question",
     "gaz:UN", "gaz:LKA-MIL"),
    ("Amnesty International raised questions about whether Qatar had paid bribes to the officials.", "questions",
     "gaz:AMNESTY", "gaz:QAT"),
    ("Oxfam raised doubts about whether the aid had been diverted by Somali officials through bribery.", "doubts",
     None, "gaz:SOM"),
    ("Greenpeace expressed doubt about whether Shell had disclosed its abuse of the permits.", "doubt", None, None),
    ("Amnesty International voiced concern over whether Myanmar's army had ended the abuse of prisoners.", "concern",
     "gaz:AMNESTY", "gaz:MMR-MIL"),
    ("The UN questioned whether Guatemala had paid kickbacks to the contractors.", "questioned", "gaz:UN", "gaz:GTM"),
    ("Human Rights Watch questioned whether the Turkish police had investigated misconduct by officers.",
     "questioned", "gaz:HRW", "gaz:TUR-POL"),
    ("Amnesty International questioned whether Israel had investigated wrongdoing by its soldiers.", "questioned",
     "gaz:AMNESTY", "gaz:ISR"),
    ("The European Commission questioned whether Google had engaged in collusion with the publishers.", "questioned",
     "gaz:EC", None),
    ("The OSCE questioned whether Belarus had used intimidation against the voters.", "questioned", "gaz:OSCE",
     "gaz:BLR"),
    ("The World Bank questioned whether Kazakhstan had offered a bribe to the inspectors.", "questioned",
     "gaz:WORLD_BANK", "gaz:KAZ"),
]

MISCONDUCT = [   # conduct a speaker faults in another actor (statement_wrongdoing_verbs)
    ("The Labour Party said the Home Office had ignored the warnings.", "gaz:GBR-LABOUR", None),
    ("Unison said the NHS had neglected its nurses for a decade.", None, None),
    ("The Conservative Party said Labour had mishandled the pension fund.", "gaz:GBR-CONSERVATIVES", "gaz:GBR-LABOUR"),
    ("The Liberal Democrats said the Home Office had bungled the deportations.", "gaz:GBR-LIBDEM", None),
    ("Greenpeace said Shell had botched the clean-up of the spill.", None, None),
    ("The Conservatives said Sadiq Khan had squandered millions on consultants.", "gaz:GBR-CONSERVATIVES", None),
    ("Labour said the BBC had wasted licence fees on the move.", "gaz:GBR-LABOUR", "gaz:BBC"),
    ("Ukraine said Russia had reneged on the grain deal.", "gaz:UKR", "gaz:RUS"),
    ("Amnesty International said the Taliban had exploited the drought.", "gaz:AMNESTY", "gaz:TALIBAN"),
    ("The Philippines said China had endangered its fishermen.", "gaz:PHL", "gaz:CHN"),
    ("Greece said Turkey had jeopardised the talks on Cyprus.", "gaz:GRC", "gaz:TUR"),
    ("Greenpeace said BP had jeopardized the marine reserve.", None, None),
    ("China said the BBC had distorted its policies in Xinjiang.", "gaz:CHN", "gaz:BBC"),
    ("India said Pakistan had misrepresented the facts at the United Nations.", "gaz:IND", "gaz:PAK"),
    ("Russia said NATO had exaggerated its troop numbers.", "gaz:RUS", "gaz:NATO"),
    ("Labour said the Conservatives had politicised the inquiry.", "gaz:GBR-LABOUR", "gaz:GBR-CONSERVATIVES"),
    ("Canada said India had politicized the trade dispute.", "gaz:CAN", "gaz:IND"),
    ("Australia said China had bullied its exporters.", "gaz:AUS", "gaz:CHN"),
    ("Labour said the Home Office had shirked its duty to the victims.", "gaz:GBR-LABOUR", None),
    ("The Democrats said the White House had stonewalled the investigation.", "gaz:USA-DEMOCRATS", "gaz:USA-GOV"),
    ("Amnesty International said Bahrain had whitewashed the abuses.", "gaz:AMNESTY", "gaz:BHR"),
    # claims of wrongdoing with no crime named
    ("Greenpeace said Shell had trampled on the rights of the villagers.", None, None),
    ("The Labour Party said the Conservatives had smeared its leader.", "gaz:GBR-LABOUR", "gaz:GBR-CONSERVATIVES"),
    ("Venezuela said the United States had vilified its president.", "gaz:VEN", "gaz:USA"),
    ("Iran said Saudi Arabia had demonised its pilgrims.", "gaz:IRN", "gaz:SAU"),
    ("Cuba said the United States had demonized its doctors.", "gaz:CUB", "gaz:USA"),
    ("The Conservatives said Labour had hoodwinked the voters.", "gaz:GBR-CONSERVATIVES", "gaz:GBR-LABOUR"),
    ("The Labour Party said Barclays had duped its customers.", "gaz:GBR-LABOUR", None),
    ("The Democratic Party said the Republicans had gerrymandered the districts.", None, None),
    ("Google said Microsoft had stifled competition.", None, None),
    ("Human Rights Watch said China had oppressed the Uighurs.", "gaz:HRW", "gaz:CHN"),
    ("Amnesty International said Myanmar had mistreated the prisoners.", "gaz:AMNESTY", "gaz:MMR"),
    ("Germany said Russia had spied on its ministers.", "gaz:DEU", "gaz:RUS"),
    # what an actor is said to play for gain
    ("Labour said the Conservatives were playing politics with immigration.", "gaz:GBR-LABOUR",
     "gaz:GBR-CONSERVATIVES"),
    ("Russia said Iran was playing games with the inspectors.", "gaz:RUS", "gaz:IRN"),
    ("Labour said Michael Howard was playing the race card.", "gaz:GBR-LABOUR", None),
    ("The Conservatives believe Tony Blair is playing the fear card.", "gaz:GBR-CONSERVATIVES", None),
    ("Serbia said Kosovo was playing the nationalist card.", "gaz:SRB", None),
    ("Kenya said Uganda was playing the ethnic card.", "gaz:KEN", "gaz:UGA"),
    ("The Congress party said the BJP was playing the religious card.", None, None),
    ("The Republicans said the Democrats were playing the sympathy card.", None, None),
    ("The Labour Party said the Home Office was playing the terror card.", "gaz:GBR-LABOUR", None),
    # harm made worse
    ("Labour said the Conservatives had made the crisis worse.", "gaz:GBR-LABOUR", "gaz:GBR-CONSERVATIVES"),
    ("Jordan said Israel would make matters worse.", "gaz:JOR", "gaz:ISR"),
    # a clause joined with its own subject is said too
    ('"We have met the minister twice, but Sadiq Khan has failed to address our concerns," the Labour Party said.',
     "gaz:GBR-LABOUR", None),
]

REFUSED = [   # the speaker's own refusal of a charge, fine or order
    ("Greece said it would fight the charges brought by the European Commission.", "fight", "gaz:GRC", "gaz:EC"),
    ('"We will contest the fine," the Polish government said.', "contest", "gaz:POL-GOV", None),
    ("Poland said it would challenge the fines imposed by the European Court.", "challenge", "gaz:POL", None),
    ("Hungary said it would appeal against the penalty.", "appeal", "gaz:HUN", None),
    ("Italy said it would fight the penalties imposed by Brussels.", "fight", "gaz:ITA", None),
]

NOT_FAULTED = [
    "The Treasury said the forecast was wrong.",                       # a thing, not an act or actor
    "The IMF said the storm was a threat to the economy.",             # a threat, but no actor
    "Greenpeace said any new drilling would be a disaster.",           # a hypothetical act
    "Analysts questioned whether Apple could sustain its growth.",     # a doubt naming no wrong
    "Police questioned the suspect about whether he had taken bribes.",  # questioning a person
    "Germany said Russia's decision was not a mistake.",               # negated
    "The union said the weather was a disaster for farmers.",
    "Barclays said it would not fight the charges.",                   # refusal negated
    "Arsenal said Chelsea had played three games in a week.",          # games played, not played with anyone
    "Iran said it had played its trump card.",                         # a card of no wrong, and its own
    "The coastguard said the tide had eroded the cliffs.",             # a wrong by a thing
    "The coach said the rain had made the pitch worse.",               # a harm by a thing
    "Roger Federer said Rafael Nadal was playing the best tennis of his career.",   # play of no wrong
    "Labour said it had played politics with the issue in the past.",  # the speaker's own wrong
    "Human Rights Watch said Syria might have mistreated the prisoners.",   # guessed at
    "Labour said the Conservatives had not played politics with the issue.",   # negated
]


def _events(analyse_text, text, etype):
    return [(e.trigger, e.subject, e.object) for e in analyse_text(text).events if e.type == etype]


def _holds(found, trigger, subject, obj) -> bool:
    return any((trigger is None or t == trigger) and (subject is None or s == subject) and (obj is None or o == obj)
               for t, s, o in found)


@pytest.mark.parametrize(("text", "trigger", "accuser", "accused"), FAULTED)
def test_a_fault_or_doubt_said_of_another_actor_accuses(text, trigger, accuser, accused, analyse_text):
    assert _holds(_events(analyse_text, text, "ACCUSE"), trigger, accuser, accused)


@pytest.mark.parametrize(("text", "accuser", "accused"), MISCONDUCT)
def test_misconduct_said_of_another_actor_accuses(text, accuser, accused, analyse_text):
    assert _holds(_events(analyse_text, text, "ACCUSE"), None, accuser, accused)


@pytest.mark.parametrize(("text", "trigger", "refuser", "refused"), REFUSED)
def test_a_charge_the_speaker_will_fight_is_rejected(text, trigger, refuser, refused, analyse_text):
    assert _holds(_events(analyse_text, text, "REJECT"), trigger, refuser, refused)


@pytest.mark.parametrize("text", NOT_FAULTED)
def test_no_accusation_without_a_fault_of_an_actor(text, analyse_text):
    found = analyse_text(text).events
    assert not [e for e in found if e.type in ("ACCUSE", "REJECT")], found


ADDED = {   # the lists this module's words came in, and the words added to statements.yaml's lists
    "faulting_predicates": None, "menacing_predicates": None, "judged_acts": None, "doubting_verbs": None,
    "doubt_nouns": None, "doubted_wrongs": None,
    "statement_wrongdoing_verbs": ["ignore", "neglect", "mishandle", "bungle", "botch", "squander", "waste", "renege",
                                   "exploit", "endanger", "jeopardise", "jeopardize", "distort", "misrepresent",
                                   "exaggerate", "politicise", "politicize", "bully", "shirk", "stonewall",
                                   "whitewash", "trample", "smear", "vilify", "demonise",
                                   "demonize", "hoodwink", "dupe", "gerrymander", "stifle", "oppress",
                                   "mistreat", "spy"],
    "statement_played_wrongs": None, "statement_played_cards": None,
    "statement_refusing_verbs": ["fight"],
    "statement_order_nouns": ["fine", "fines", "penalty", "penalties"],
    "statement_perils": None,
}
INFLECTED = {"ignore": "ignored", "neglect": "neglected", "mishandle": "mishandled", "bungle": "bungled",
             "botch": "botched", "squander": "squandered", "waste": "wasted", "renege": "reneged",
             "exploit": "exploited", "endanger": "endangered", "jeopardise": "jeopardised",
             "jeopardize": "jeopardized", "distort": "distorted", "misrepresent": "misrepresented",
             "exaggerate": "exaggerated", "politicise": "politicised", "politicize": "politicized",
             "bully": "bullied", "shirk": "shirked", "stonewall": "stonewalled", "whitewash": "whitewashed",
             "question": "questioned", "doubt": "doubted", "trample": "trampled", "smear": "smeared", "vilify": "vilified", "demonise": "demonised",
             "demonize": "demonized", "hoodwink": "hoodwinked", "dupe": "duped", "gerrymander": "gerrymandered",
             "stifle": "stifled", "oppress": "oppressed", "mistreat": "mistreated",
             "spy": "spied"}


def test_every_word_has_a_sentence():
    text = " ".join(t[0] for t in FAULTED + MISCONDUCT + REFUSED + FAULTED_CONDUCT + EVALUATED).lower()
    for name, added in ADDED.items():
        for word in added or sorted(words(name)):
            form = INFLECTED.get(word, word)
            assert word in words(name), (name, word)
            assert re.search(rf"\b{re.escape(form)}\b", text), f"{name}: {word!r} has no test sentence"


@pytest.mark.parametrize(("text", "asker"), [
    ("Germany said there should be a ceasefire in Gaza.", "gaz:DEU"),
    ('"We believe there must be an independent inquiry," the Irish government said.', "gaz:IRL-GOV"),
])
def test_there_should_be_is_a_demand(text, asker, analyse_text):
    assert _holds(_events(analyse_text, text, "REQUEST"), None, asker, None)


@pytest.mark.parametrize("text", [
    "Germany said there could be a ceasefire soon.",     # a forecast
    "The IMF said there should have been more growth.",  # a regret
    "Germany said there should not be a vote before May.",
])
def test_no_demand_in_a_forecast_or_regret(text, analyse_text):
    assert not _events(analyse_text, text, "REQUEST")


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Germany complained that Russia had not paid its debts.", "gaz:DEU", "gaz:RUS"),
    ("Vietnam complained that China had seized its fishing boats.", "gaz:VNM", "gaz:CHN"),
    ("Greenpeace alleged that Shell had hidden the data.", None, None),
])
def test_what_is_complained_of_or_alleged_accuses_its_doer(text, accuser, accused, analyse_text):
    found = _events(analyse_text, text, "ACCUSE")
    assert _holds(found, None, accuser, accused) and any(o is not None for _, _, o in found)


def test_a_complaint_about_a_forecast_accuses_nobody_named(analyse_text):
    assert not [o for _, _, o in _events(analyse_text, "Germany complained that Russia would not pay.", "ACCUSE")
                if o is not None]


@pytest.mark.parametrize(("text", "refuser"), [
    ("Russia said there was no evidence of Russian involvement in the poisoning.", "gaz:RUS"),
    ("Israel said there was no truth in the reports.", "gaz:ISR"),
    ("Egypt met the envoy and said there was no basis for the claims.", "gaz:EGY"),
])
def test_no_evidence_said_refuses_an_allegation(text, refuser, analyse_text):
    assert _holds(_events(analyse_text, text, "REJECT"), None, refuser, None)


def test_evidence_said_to_exist_refuses_nothing(analyse_text):
    assert not _events(analyse_text, "Germany said there was evidence of Russian involvement.", "REJECT")


def test_a_second_reporting_verb_shares_the_speaker(analyse_text):
    found = _events(analyse_text, "Moscow met the envoy and said Ukraine had violated the truce.", "ACCUSE")
    assert _holds(found, None, "gaz:RUS-GOV", "gaz:UKR")


FAULTED_CONDUCT = [
    ("The Liberal Democrats said the Home Office's plan was dangerous.", "gaz:GBR-LIBDEM", None),
    ("Germany said Russia was making a mistake.", "gaz:DEU", "gaz:RUS"),
    ("France said Italy had made serious errors in the talks.", "gaz:FRA", "gaz:ITA"),
    ("Spain said Morocco had made mistakes at the border.", "gaz:ESP", "gaz:MAR"),
    ("Austria said Hungary had made a blunder.", "gaz:AUT", "gaz:HUN"),
    ("Croatia said Serbia had made blunders in the talks.", "gaz:HRV", "gaz:SRB"),
    ("Labour said Boris Johnson's stance on the treaty was putting the country at risk.", "gaz:GBR-LABOUR",
     "gaz:B_JOHNSON"),
    ("Greenpeace said Shell was putting the Arctic in danger.", None, None),
    ("Kenya said Somalia had put the peace deal in jeopardy.", "gaz:KEN", "gaz:SOM"),
    ("Chad said Sudan was putting its refugees in peril.", "gaz:TCD", "gaz:SDN"),
    ("Germany said the Russian government's plan had undermined the talks.", "gaz:DEU", "gaz:RUS-GOV"),
]


@pytest.mark.parametrize(("text", "accuser", "accused"), FAULTED_CONDUCT)
def test_faulted_conduct_of_an_actor_or_its_act_accuses(text, accuser, accused, analyse_text):
    assert _holds(_events(analyse_text, text, "ACCUSE"), None, accuser, accused)


@pytest.mark.parametrize("text", [
    "The IMF said the slowdown was putting jobs at risk.",   # no actor behind the slowdown
    "Germany said Russia's economy was at risk.",            # an actor's thing endangered, not endangering
    "Russia said it had made a mistake.",                    # the speaker's own fault
])
def test_no_accusation_of_nobody_or_of_the_speaker(text, analyse_text):
    assert not [o for _, _, o in _events(analyse_text, text, "ACCUSE") if o is not None]


def test_who_tells_an_outlet_is_the_speaker(analyse_text):
    found = _events(analyse_text, "Keir Starmer told BBC News that Rishi Sunak was making a mistake.", "ACCUSE")
    assert _holds(found, None, "gaz:STARMER", None) and all(s != "gaz:BBC" for _, s, _ in found)


@pytest.mark.parametrize("text", [
    "Ms Lee said the charity could put itself at risk if it took the money.",   # a guess about itself
    "The minister said Britain was in danger of a needless panic.",             # endangered, not endangering
])
def test_a_guess_or_a_danger_undergone_accuses_nobody(text, analyse_text):
    assert not _events(analyse_text, text, "ACCUSE")


def test_a_past_act_denied_is_no_refusal(analyse_text):
    assert not _events(analyse_text, "Germany told reporters that it had not negotiated with the Taliban.", "REJECT")
    assert _events(analyse_text, "Germany said it would not negotiate with the Taliban.", "REJECT")
