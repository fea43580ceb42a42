"""Group names in time: renamings keep one group with dated names; splits and successors are
separate groups linked by SPLIT_FROM and SUCCESSOR_OF."""
from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError
from newsgraph.resolve.history import group_histories, group_history, group_of_name, name_on, parse
from newsgraph.resolve.offices import earliest


def test_sinai_province_was_ansar_bayt_al_maqdis_until_november_2014():
    sinai = group_history("ISIS_SINAI")
    abm = next(n for n in sinai.names if n.name == "Ansar Bayt al-Maqdis")
    assert abm.until == "2014-11"
    assert name_on("ISIS_SINAI", "2013-06") == "Ansar Bayt al-Maqdis"
    assert name_on("ISIS_SINAI", "2016") == "Sinai Province"
    assert name_on("ISIS_SINAI", "2014-11") is None          # the month of the change


def test_nusra_renamed_itself_then_hts_succeeded_it_as_a_separate_group():
    assert name_on("NUSRA", "2015") == "Jabhat al-Nusra"
    assert name_on("NUSRA", "2016-10") == "Jabhat Fateh al-Sham"
    hts = group_history("HTS")
    assert [(link.relation, link.target, link.date) for link in hts.links] == [("SUCCESSOR_OF", "NUSRA", "2017-01-28")]
    assert name_on("HTS", "2020") == "Hayat Tahrir al-Sham"


def test_the_islamic_state_names_in_order():
    assert name_on("ISIS", "2005") == "al-Qaeda in Iraq"
    assert name_on("ISIS", "2010") == "Islamic State of Iraq"
    assert name_on("ISIS", "2013-10") == "Islamic State of Iraq and the Levant"
    assert name_on("ISIS", "2016") == "Islamic State"


def test_iswap_split_from_boko_haram_in_2016():
    links = group_history("ISWAP").links
    assert [(link.relation, link.target) for link in links] == [("SPLIT_FROM", "BOKO_HARAM")]
    assert name_on("BOKO_HARAM", "2015-06") == "Islamic State West Africa Province"


def test_a_name_finds_the_groups_that_used_it():
    assert [gid for gid, _ in group_of_name("Jabhat Fateh al-Sham")] == ["NUSRA"]
    assert group_of_name("No Such Front") == []


def test_every_group_and_link_target_is_known(gazetteer):
    histories = group_histories()
    for gid, history in histories.items():
        assert gid in gazetteer.actors or history.names, gid
        for link in history.links:
            assert link.target in gazetteer.actors or link.target in histories, (gid, link.target)
            assert link.target != gid


def test_the_dated_names_of_a_group_follow_each_other():
    for history in group_histories().values():
        starts = [earliest(n.start) for n in history.names if n.start]
        assert starts == sorted(starts), history.id
        for n in history.names:
            assert n.until is None or n.start is None or earliest(n.start) <= earliest(n.until), n


@pytest.mark.parametrize(("text", "problem"), [
    ("X:\n  names:\n  - {name: A, from: 2015, until: 2014}\n", "before from"),
    ("X:\n  names:\n  - {name: A, from: last year}\n", "is not a date"),
    ("X:\n  split_from: [3]\n", "group id"),
    ("- a list\n", "maps group ids"),
])
def test_a_bad_history_file_is_a_one_line_error(text, problem):
    with pytest.raises(ConfigError) as err:
        parse(text, "mine.yaml")
    assert problem in str(err.value) and "mine.yaml" in str(err.value) and "\n" not in str(err.value)
