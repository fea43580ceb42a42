"""A wrong said of an act whose maker its own phrase names faults that maker (PLOVER ACCUSE,
extract/act_makers.py): "said Kenya's trade policy had hurt poor farmers" accuses Kenya. Our own
sentences, one at least for every word of the lists the rule reads."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words

# a harm done by the act (act_harms)
HARMS = {
    "hurt": ("Oxfam said Kenya's trade policy had hurt poor farmers.", "gaz:KEN"),
    "harm": ("Chile said Peru's fishing quotas had harmed its fleet.", "gaz:PER"),
    "damage": ("Canada said the American tariffs had damaged its steel industry.", "gaz:USA"),
    "penalise": ("Ireland said France's new rules penalised Irish hauliers.", "gaz:FRA"),
    "penalize": ("Mexico said America's new regulations penalize Mexican truckers.", "gaz:USA"),
    "punish": ("Vietnam said China's fishing ban punished its fishermen.", "gaz:CHN"),
    "disadvantage": ("Norway said Russia's restrictions disadvantaged Norwegian trawlers.", "gaz:RUS"),
    "cripple": ("Cuba said America's sanctions had crippled its economy.", "gaz:USA"),
    "devastate": ("Haiti said Japan's decision had devastated its rice growers.", "gaz:JPN"),
    "stifle": ("Amnesty International said Egypt's new law stifled the press.", "gaz:EGY"),
    "hamper": ("Brazil said Argentina's import curbs hampered its exporters.", "gaz:ARG"),
}

# the way the act wrongs others (act_wrong_ways)
WAYS = {
    "unfairly": ("Poland said Germany's new policy unfairly targeted Polish workers.", "gaz:DEU"),
    "unjustly": ("Bolivia said Chile's decision unjustly excluded Bolivian ships.", "gaz:CHL"),
    "wrongly": ("Nepal said India's ban wrongly blocked Nepali traders.", "gaz:IND"),
    "arbitrarily": ("Greece said Turkey's measures arbitrarily closed the crossing.", "gaz:TUR"),
    "disproportionately": ("Ghana said Britain's new taxes disproportionately affected Ghanaian firms.", "gaz:GBR"),
}

# measures a harm is said of besides judged_acts (harming_measures)
ACTS = {
    "rules": ("Spain said Morocco's rules had damaged its fishing fleet.", "gaz:MAR"),
    "regulations": ("Taiwan said China's regulations hurt its airlines.", "gaz:CHN"),
    "restrictions": ("Lithuania said Russia's restrictions hurt Lithuanian farmers.", "gaz:RUS"),
    "tariffs": ("Japan said America's tariffs had harmed Japanese carmakers.", "gaz:USA"),
    "tax": ("Finland said Sweden's new tax had hurt Finnish ferries.", "gaz:SWE"),
    "taxes": ("Austria said Italy's taxes penalised Austrian lorries.", "gaz:ITA"),
    "quotas": ("Iceland said Norway's quotas hurt Icelandic boats.", "gaz:NOR"),
    "curbs": ("Malaysia said Indonesia's export curbs had hurt its factories.", "gaz:IDN"),
}

RULED = {
    "rule": ("The European Court of Justice ruled that Britain's ban on French beef had unfairly penalised French "
             "farmers.", "gaz:GBR"),
}

NOT_ACCUSED = [
    "Oxfam said Kenya's trade policy had not hurt poor farmers.",          # denied
    "Oxfam said Kenya's trade policy could hurt poor farmers.",             # a guess
    "Kenya said its trade policy had hurt poor farmers.",                   # its own act
    "Oxfam said Kenya's trade policy had helped poor farmers.",             # no wrong
    "Oxfam said the storm had hurt poor farmers.",                          # no act of anyone's
]


def _accused(analyse_text, text) -> set:
    return {e.object for e in analyse_text(text).events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "maker"), [*HARMS.values(), *WAYS.values(), *ACTS.values(), *RULED.values()])
def test_a_wrong_said_of_an_owned_act_accuses_its_maker(text, maker, analyse_text):
    assert maker in _accused(analyse_text, text)


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_no_wrong_or_no_other_maker_accuses_nobody(text, analyse_text):
    assert not _accused(analyse_text, text) - {None}


def test_every_word_has_a_sentence():
    assert set(HARMS) == set(words("act_harms"))
    assert set(WAYS) == set(words("act_wrong_ways"))
    assert set(ACTS) == set(words("harming_measures"))
    assert set(RULED) == set(words("act_ruling_verbs"))
