"""The name key: transliteration variants of one name meet, English names and acronyms that
only sound alike to a coarse key stay apart; the corpus alias rule and the merges evaluation.
Names are chosen for these tests, not copied from bench or seed sentences."""
from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.evaluation.merges import dissimilar_spellings
from newsgraph.resolve.corpus import KeyInfo, cluster_keys
from newsgraph.resolve.gazetteer import load_gazetteer
from newsgraph.resolve.names import name_key, person_key

VARIANTS = [("Mohamed Morsi", "Muhammad Mursi"), ("Abdel-Fattah el-Sissi", "Abdel Fattah al-Sisi"),
            ("al-Qaeda", "al-Qaida"), ("Ansar Bayt al-Maqdis", "Ansar Beit al-Maqdis"),
            ("Bait Lahiya", "Beit Lahia"), ("Hezbollah", "Hizbullah"), ("Sheikh Zuweid", "Sheikh Zuwayed"),
            ("Ahmed al-Masri", "Ahmed el-Masry"), ("Abou Bakr", "Abu Bakr"), ("Ali Saleh", "Aly Saleh"),
            ("Moshe Ya'alon", "Moshe Yaalon"), ("Shaikh Hamad", "Sheikh Hamad"), ("Lenny Hart", "Lennie Hart"),
            ("Yousef Khalil", "Yusuf Khalil"), ("Moammar Salem", "Muammar Salem"), ("Abdel Karim", "Abdul Karim"),
            ("Sergei Orlov", "Sergey Orlov"), ("Nikolai Petrov", "Nikolay Petrov"), ("Yuri Sokolov", "Yuriy Sokolov")]

APART = [("Moore", "Mary"), ("Cate", "City"), ("Korea", "Cairo"), ("DUI", "DIY"), ("Cheney", "Hanau"),
         ("Nokia", "Nike"), ("WTO", "WTA"), ("SEC", "Seek"), ("Ben", "Ban"), ("Kim", "Cam"), ("CSI", "KSE"),
         ("Maria", "Mario"), ("BA", "BAA"), ("BAA", "BBA"), ("BA", "BBA"),
         ("Barton", "Burton"), ("Linden", "London"), ("Pinter", "Punter"), ("Cannock", "Connick"),
         ("Ramsay", "Ramsey"), ("Murray", "Mary")]


@pytest.mark.parametrize("a,b", VARIANTS)
def test_transliteration_variants_meet(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a,b", APART)
def test_names_that_only_sound_alike_stay_apart(a, b):
    assert name_key(a) != name_key(b)


def test_acronym_written_with_dots_meets_the_acronym():
    assert name_key("D.U.I.") == name_key("DUI")


def info(key, *names):
    return KeyInfo(key, names=Counter({n: 1 for n in names}), type="PERSON", documents=1, mentions=1)


def test_given_name_does_not_join_a_full_name_spelled_otherwise():
    short, full = info("PERSON:jan", "Joan"), info("PERSON:shalandra jan", "Shailendra Jain")
    uf = cluster_keys({i.key: i for i in (short, full)}, load_gazetteer())
    assert uf.find(short.key) != uf.find(full.key)


def test_surname_written_as_the_full_name_ends_joins_it():
    short, full = info("PERSON:jan", "Mr Jain"), info("PERSON:shalandra jan", "Shailendra Jain")
    uf = cluster_keys({i.key: i for i in (short, full)}, load_gazetteer())
    assert uf.find(short.key) == uf.find(full.key)


@pytest.mark.parametrize("short,full,joined", [
    ("Harold", "Oskar Harold", False), ("Margaret", "Dunmore Margaret", False),
    ("Mr Harold", "Oskar Harold", True), ("Hallworth", "Ella Hallworth", True)])
def test_lone_first_name_joins_no_full_name_across_documents(short, full, joined):
    a, b = info(person_key(short), short), info(person_key(full), full)
    uf = cluster_keys({i.key: i for i in (a, b)}, load_gazetteer())
    assert (uf.find(a.key) == uf.find(b.key)) == joined


def test_merges_evaluation_flags_dissimilar_spellings_under_one_key():
    assert dissimilar_spellings(["Brian", "Bryn", "Brian Walsh"]) == [["brian", "bryn"]]
    assert dissimilar_spellings(["Mohamed Morsi", "Mohammed Mursi", "President Morsi"]) == []
