"""Fault stated rather than named (PLOVER ACCUSE): a party's alleged part in a wrong named by a noun
(extract/alleged_parts.py), a concern voiced about an actor's conduct (extract/doubts.py), and every
actor of a faulted reported subject (extract/faulted_conjuncts.py). Our own sentences, one at least
for every word of the lists these read (`test_every_word_has_a_sentence`)."""
from __future__ import annotations

import re

import pytest

from newsgraph.resolve.names import actor_key_name
from newsgraph.wordlists import words

ALLEGED_PARTS = [
    ("The prosecutor cited Syria's alleged involvement in the assassination.", "gaz:SYR"),
    ("The minister spent an hour explaining Iran's alleged role in the bombing.", "gaz:IRN"),
    ("Kenya condemned Somalia's suspected part in the raid.", "gaz:SOM"),
    ("Uganda protested over Rwanda's alleged participation in the rebellion.", "gaz:RWA"),
    ("Serbia questioned Croatia's purported complicity in the massacre.", "gaz:HRV"),
    ("Mexico documented Guatemala's alleged collusion with the smugglers.", "gaz:GTM"),
    ("Colombia described Venezuela's suspected links to the guerrillas.", "gaz:VEN"),
    ("Colombia listed Ecuador's alleged link to the rebels.", "gaz:ECU"),
    ("Peru examined Bolivia's supposed ties to the cartel.", "gaz:BOL"),
    ("Chad cited Sudan's alleged connection to the militia.", "gaz:SDN"),
    ("Chad cited Libya's suspected connections with the traffickers.", "gaz:LBY"),
    ("Mali cited the presumed association of Algeria with the kidnappers.", "gaz:DZA"),
    ("Greece investigated Turkey's alleged dealings with the smugglers.", "gaz:TUR"),
    ("Yemen cited Iran's suspected hand in the uprising.", "gaz:IRN"),
    ("Lebanon raised Israel's alleged responsibility for the explosion.", "gaz:ISR"),
    ("Armenia stressed Azerbaijan's alleged culpability for the shelling.", "gaz:AZE"),
    ("Ukraine cited Russia's alleged guilt in the downing of the airliner.", "gaz:RUS"),
    ("Spain cited the alleged involvement of Morocco in the smuggling.", "gaz:MAR"),
    ("Albania cited Serbia's reputed links to the smugglers.", "gaz:SRB"),
]

CONCERNS = [
    ("Amnesty International raised concerns about Egypt's treatment of refugees.", "gaz:EGY"),
    ("The United Nations expressed concern about Israel's use of force.", "gaz:ISR"),
    ("Germany voiced concern over Russia's conduct in the region.", "gaz:RUS"),
    ("France raised concerns about Iran's behaviour at the talks.", "gaz:IRN"),
    ("Canada voiced concerns about China's behavior in the strait.", "gaz:CHN"),
    ("Japan expressed concern over North Korea's actions.", "gaz:PRK"),
    ("Britain raised concerns about Russia's activities in the Arctic.", "gaz:RUS"),
    ("Norway voiced concern about Brazil's practices in the Amazon.", "gaz:BRA"),
    ("Sweden raised concerns about Poland's practice at the border.", "gaz:POL"),
    ("Ireland raised concerns about Britain's handling of the border.", "gaz:GBR"),
    ("Human Rights Watch voiced concern over Egypt's record on torture.", "gaz:EGY"),
    ("The European Union raised concerns about Iran's nuclear programme.", "gaz:IRN"),
    ("Israel voiced concern about Iran's missile program.", "gaz:IRN"),
    ("Germany raised concerns about Turkey's involvement in the conflict.", "gaz:TUR"),
    ("France voiced concern over Russia's role in the crisis.", "gaz:RUS"),
    ("India raised concerns about Pakistan's failure to act against the militants.", "gaz:PAK"),
    ("Ghana voiced concern over Nigeria's refusal to reopen the border.", "gaz:NGA"),
    ("Austria raised concerns about Hungary's tactics at the summit.", "gaz:HUN"),
    ("Chile voiced concern about Peru's methods in the dispute.", "gaz:PER"),
    ("Amnesty International raised concerns about Egypt's crackdown on journalists.", "gaz:EGY"),
]

# duties left undone: each added to statements.yaml's stance_duty_acts
DUTY_ACTS = {
    "prevent": "Amnesty said Israel had failed to prevent the massacre.",
    "stop": "Oxfam said Sudan failed to stop the killings in Darfur.",
    "ensure": "The Liberal Democrats said the Home Office had failed to ensure the safety of the prisoners.",
    "provide": "Oxfam said Ethiopia failed to provide food for the refugees.",
    "enforce": "Greenpeace said Brazil had failed to enforce the logging ban.",
    "uphold": "Human Rights Watch said Egypt had failed to uphold the rights of detainees.",
    "honour": "The Conservative Party said Labour had failed to honour its pledge on taxes.",
    "honor": "Mexico said the United States had failed to honor the treaty.",
    "consult": "Norway said Britain had failed to consult the fishermen.",
    "inform": "Germany said Russia had failed to inform its neighbours of the leak.",
    "notify": "Japan said China had failed to notify Tokyo of the exercises.",
    "explain": "The Labour Party said the Conservative Party had failed to explain the cuts.",
    "resolve": "Kenya said Uganda had failed to resolve the dispute over the island.",
    "regulate": "Labour said the Financial Services Authority had failed to regulate the banks.",
    "supervise": "Italy said the European Central Bank had failed to supervise the lenders.",
    "monitor": "Amnesty International said Turkey failed to monitor the prisons.",
    "punish": "Armenia said Azerbaijan had failed to punish the soldiers.",
    "curb": "Greenpeace said China had failed to curb the emissions.",
    "safeguard": "Human Rights Watch said Iraq had failed to safeguard the refugees.",
    "heed": "Haiti said the United Nations had failed to heed the warnings.",
    "fulfil": "Uganda said Kenya had failed to fulfil its obligations.",
    "fulfill": "Peru said Chile had failed to fulfill its obligations.",
    "rescue": "Australia said Indonesia had failed to rescue the sailors.",
}

# an act faulted with no maker in its sentence: the maker the text gave it before (extract/act_makers.py)
MADE_BEFORE = {
    "announce": ("Germany announced a decision to close the border. Poland said the decision was wrong.", "gaz:DEU"),
    "unveil": ("Japan unveiled a plan to dump the water. China called the plan dangerous.", "gaz:JPN"),
    "propose": ("France proposed a ban on the imports. Spain said the ban was a mistake.", "gaz:FRA"),
    "introduce": ("Hungary introduced a law on the media. Austria said the law was misguided.", "gaz:HUN"),
    "adopt": ("India adopted a policy on the quotas. Canada said the policy was flawed.", "gaz:IND"),
    "launch": ("Egypt launched a crackdown on bloggers. Amnesty International called the crackdown illegal.",
               "gaz:EGY"),
    "take": ("Russia took a decision to expel the envoys. Latvia said the decision was wrong.", "gaz:RUS"),
    "approve": ("Israel approved a plan for new homes. Jordan called the plan illegal.", "gaz:ISR"),
    "pass": ("Uganda passed a law against the press. Kenya said the law was wrong.", "gaz:UGA"),
    "impose": ("China imposed a ban on fishing. Vietnam called the ban illegal.", "gaz:CHN"),
    "outline": ("Serbia outlined a plan for the north. Kosovo said the plan was dangerous.", "gaz:SRB"),
    "publish": ("Italy published a plan for the ports. Malta said the plan was a mistake.", "gaz:ITA"),
    "present": ("Turkey presented a proposal on the island. Greece called the proposal a sham.", "gaz:TUR"),
    "table": ("Britain tabled a proposal on fishing. Norway said the proposal was unfair.", "gaz:GBR"),
    "issue": ("Iran issued a ban on shipping in the strait. Oman said the ban was illegal.", "gaz:IRN"),
    "set out": ("Denmark set out plans to close the border. Sweden said the plans were dangerous.", "gaz:DNK"),
    "draw up": ("Morocco drew up a plan for the desert. Algeria called the plan illegal.", "gaz:MAR"),
    "put forward": ("Cyprus put forward a proposal on the talks. Turkey said the proposal was a sham.", "gaz:CYP"),
    "bring in": ("Poland brought in a law on the courts. Germany said the law was wrong.", "gaz:POL"),
    "roll out": ("Hungary rolled out a scheme for migrants. Austria said the scheme was unfair.", "gaz:HUN"),
}

# a wrong said of such an act faults its maker too
WRONGS_OF_ACTS = [
    ("Britain unveiled plans to cap asylum. Oxfam said the plans would put refugees' lives at risk.", "gaz:GBR"),
    ("Israel approved a plan for new homes. Jordan said the plan had undermined the peace talks.", "gaz:ISR"),
]

# a wrong the speaker says it suffers at another's hands (extract/victim_claims.py)
SUFFERED = {
    "punish": "Khodorkovsky and Lebedev claim they are being punished by Russia for their ambitions.",
    "persecute": "Falun Gong said it was being persecuted by China.",
    "victimise": "Greenpeace said it had been victimised by Russia.",
    "victimize": "Georgia said it had been victimized by Russia.",
    "target": "Qatar said it had been targeted by Egypt.",
    "harass": "Vietnam said it had been harassed by China.",
    "hound": "Assange said he had been hounded by the United States.",
    "smear": "Galloway said he had been smeared by Murdoch.",
    "vilify": "Iran said it had been vilified by the United States.",
    "mislead": "Shell complained it had been misled by Nigeria.",
    "deceive": "Ghana said it had been deceived by Nigeria.",
    "cheat": "Bolivia said it had been cheated by Chile.",
    "betray": "Turkey said it had been betrayed by the United States.",
    "bully": "Lithuania said it had been bullied by China.",
    "intimidate": "Taiwan said it had been intimidated by China.",
    "blackmail": "Ukraine said it had been blackmailed by Russia.",
    "defame": "Samsung said it had been defamed by Apple.",
    "exploit": "Haiti said it had been exploited by France.",
    "mistreat": "Mexico said it had been mistreated by the United States.",
    "censor": "Google said it had been censored by China.",
    "sideline": "Italy complained it had been sidelined by France.",
    "snub": "Pakistan said it had been snubbed by India.",
}

CONJOINED = [
    ("Labour said Blair and Brown had failed to address the causes.", ["PERSON:" + actor_key_name("Blair", True), "PERSON:" + actor_key_name("Brown", True)]),
    ("Germany said Russia and Belarus had violated the treaty.", ["gaz:RUS", "gaz:BLR"]),
]

NOT_ACCUSED = [
    "Iran denied its alleged involvement in the bombing.",             # the accused denies it
    "Russia rejected Iran's alleged role in the attack.",              # a denial by a third party
    "The inquiry found no evidence of Syria's alleged involvement.",   # cleared
    "France raised concerns about Greece's economy.",                  # no doing of Greece's
    "Germany expressed concern about Iran.",                           # an actor, no conduct named
    "Germany said Russia and Belarus had signed the treaty.",          # no fault stated
    "France said Brazil had failed to win the match.",                 # an aim missed, no duty
    "Germany announced a decision to close the border. Germany said the decision was right.",   # praise
    "The council voted on the plans. Residents called the plans dangerous.",   # no maker told
    "Britain unveiled plans to cap asylum. Oxfam said the plans could put lives at risk.",   # a guess
    "Britain unveiled plans to cap asylum. Oxfam said the plans would cut costs.",           # no wrong
    "Germany said it could be punished by the court.",                 # feared, not suffered
    "Italy recalled America's Marshall Plan. Oxfam called the plan dangerous.",   # a plan of its own name
    "Germany said it had not been misled by Russia.",                  # denied
    "The company said it had failed to meet its targets.",             # its own failing
]


def _accused(analyse_text, text) -> set:
    return {e.object for e in analyse_text(text).events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "accused"), ALLEGED_PARTS + CONCERNS)
def test_an_alleged_part_or_faulted_conduct_accuses_its_party(text, accused, analyse_text):
    assert accused in _accused(analyse_text, text)


@pytest.mark.parametrize("text", DUTY_ACTS.values())
def test_a_duty_left_undone_accuses_who_failed(text, analyse_text):
    assert _accused(analyse_text, text) - {None}


def test_every_duty_added_has_a_sentence():
    for word, text in DUTY_ACTS.items():
        assert word in words("stance_duty_acts") and re.search(rf"\bto {word}\b", text), word


@pytest.mark.parametrize(("text", "maker"), [*MADE_BEFORE.values(), *WRONGS_OF_ACTS])
def test_a_faulted_act_accuses_the_maker_told_before(text, maker, analyse_text):
    assert maker in _accused(analyse_text, text)


def test_every_making_verb_has_a_sentence():
    assert set(MADE_BEFORE) == set(words("act_making_verbs"))


@pytest.mark.parametrize("text", SUFFERED.values())
def test_a_wrong_the_speaker_suffers_accuses_its_doer(text, analyse_text):
    assert _accused(analyse_text, text) - {None}


def test_every_victimising_verb_has_a_sentence():
    assert set(SUFFERED) == set(words("victimising_verbs"))


@pytest.mark.parametrize(("text", "accused"), CONJOINED)
def test_every_actor_of_a_faulted_subject_is_accused(text, accused, analyse_text):
    assert set(accused) <= _accused(analyse_text, text)


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_no_accusation_of_a_denied_cleared_or_unfaulted_party(text, analyse_text):
    found = _accused(analyse_text, text) - {None}
    assert not found, found


def test_every_word_has_a_sentence():
    text = " ".join(t for t, _ in ALLEGED_PARTS + CONCERNS).lower()
    for name in ("alleged_part_nouns", "alleged_hedges", "concerning_conduct"):
        for word in sorted(words(name)):
            assert re.search(rf"\b{re.escape(word)}\b", text), f"{name}: {word!r} has no test sentence"
