"""Alias and non-alias pairs: two names that denote one actor must get one key, two actors that
only share a word must not. Most pairs are general news usage, not taken from the seed articles."""
from __future__ import annotations

import pytest

from newsgraph.resolve.document import key_for_name
from newsgraph.resolve.gazetteer import load_gazetteer

GAZ = load_gazetteer()

# (name, NER label, name, NER label)
SAME = [
    # transliteration and article variants of people
    ("Abdel Fattah el-Sisi", "PERSON", "Abdel-Fattah al-Sissi", "PERSON"),
    ("President Sisi", "PERSON", "el-Sisi", "PERSON"),
    ("Mohamed Morsi", "PERSON", "Muhammad Mursi", "PERSON"),
    ("Benjamin Netanyahu", "PERSON", "Prime Minister Binyamin Netanyahu", "PERSON"),
    ("Moshe Ya'alon", "PERSON", "Moshe Yaalon", "PERSON"),
    ("Hassan Nasrallah", "PERSON", "Sayyed Hassan Nasrallah", "PERSON"),
    ("Ismail Haniyeh", "PERSON", "Ismail Haniya", "PERSON"),
    ("Khaled Meshaal", "PERSON", "Khalid Mishal", "PERSON"),
    ("Qassem Soleimani", "PERSON", "Qasem Soleimani", "PERSON"),
    ("Muammar Gaddafi", "PERSON", "Moammar Gadhafi", "PERSON"),
    ("Recep Tayyip Erdogan", "PERSON", "Recep Tayyip Erdoğan", "PERSON"),
    ("Ayman al-Zawahiri", "PERSON", "Ayman al-Zawahri", "PERSON"),
    ("Osama bin Laden", "PERSON", "Usama bin Laden", "PERSON"),
    ("Volodymyr Zelensky", "PERSON", "Volodymyr Zelenskyy", "PERSON"),
    ("Mahmoud Abbas", "PERSON", "Abu Mazen", "PERSON"),
    ("Ahmed al-Sharaa", "PERSON", "Abu Mohammed al-Julani", "PERSON"),
    ("Dr. Ayman al-Zawahiri", "PERSON", "Ayman al Zawahiri", "PERSON"),
    # unknown people: spelling variants of one name meet on the normalised key
    ("Abdel Rahman al-Masri", "PERSON", "Abdul Rahman el-Masri", "PERSON"),
    ("Yusuf al-Qaradawi", "PERSON", "Yusuf Al Qaradawi", "PERSON"),
    ("Maj.-Gen. Amos Yadlin", "PERSON", "Amos Yadlin", "PERSON"),
    # armed groups
    ("Ansar Bayt al-Maqdis", "ORG", "Ansar Beit al-Maqdis", "ORG"),
    ("Ansar Bait al-Maqdis", "ORG", "Wilayat Sinai", "ORG"),
    ("Islamic State", "ORG", "Daesh", "ORG"),
    ("ISIL", "ORG", "Islamic State of Iraq and the Levant", "ORG"),
    ("al-Qaeda", "ORG", "Al-Qaida", "ORG"),
    ("al Qaeda", "ORG", "al-Qa'eda", "ORG"),
    ("Hezbollah", "ORG", "Hizballah", "ORG"),
    ("Hizbullah", "ORG", "Hezbollah", "ORG"),
    ("Jabhat al-Nusra", "ORG", "Nusra Front", "ORG"),
    ("Houthis", "ORG", "Ansar Allah", "ORG"),
    ("Palestinian Islamic Jihad", "ORG", "Islamic Jihad", "ORG"),
    ("Izz ad-Din al-Qassam Brigades", "ORG", "Ezzedine al-Qassam Brigades", "ORG"),
    ("al-Shabaab", "ORG", "Al-Shabab", "ORG"),
    ("Islamic State Khorasan Province", "ORG", "ISIS-K", "ORG"),
    ("Kurdistan Workers' Party", "ORG", "PKK", "ORG"),
    ("Hayat Tahrir al-Sham", "ORG", "Hay'at Tahrir al-Sham", "ORG"),
    ("Popular Mobilization Forces", "ORG", "Hashd al-Shaabi", "ORG"),
    ("Wagner Group", "ORG", "PMC Wagner", "ORG"),
    # states, governments and forces
    ("Israel Defense Forces", "ORG", "IDF", "ORG"),
    ("Israeli army", "ORG", "Israel Defence Forces", "ORG"),
    ("Israeli Air Force", "ORG", "Israel Air Force", "ORG"),
    ("Egyptian military", "ORG", "Egyptian Armed Forces", "ORG"),
    ("Egypt's army", "ORG", "Egyptian army", "ORG"),
    ("Islamic Revolutionary Guard Corps", "ORG", "Revolutionary Guards", "ORG"),
    ("Shin Bet", "ORG", "Shabak", "ORG"),
    ("the Kremlin", "ORG", "Russian government", "ORG"),
    ("Whitehall", "ORG", "British government", "ORG"),
    ("Pentagon", "ORG", "Defense Department", "ORG"),
    ("People's Liberation Army", "ORG", "PLA", "ORG"),
    ("French army", "ORG", "French military", "ORG"),
    ("Jordanian army", "ORG", "Jordan Armed Forces", "ORG"),
    ("State of Israel", "GPE", "Israel", "GPE"),
    ("Jewish State", "GPE", "Israel", "GPE"),
    ("Ivory Coast", "GPE", "Côte d'Ivoire", "GPE"),
    ("Burma", "GPE", "Myanmar", "GPE"),
    ("Egyptian", "NORP", "Egypt", "GPE"),
    ("U.S.", "GPE", "United States", "GPE"),
    # organisations and media
    ("UN", "ORG", "United Nations", "ORG"),
    ("International Committee of the Red Cross", "ORG", "ICRC", "ORG"),
    ("Doctors Without Borders", "ORG", "MSF", "ORG"),
    ("Associated Press", "ORG", "AP", "ORG"),
    ("Agence France-Presse", "ORG", "AFP", "ORG"),
    ("Times of Israel", "ORG", "The Times of Israel", "ORG"),
    ("Yedioth Ahronoth", "ORG", "Ynet", "ORG"),
]

DIFFERENT = [
    ("Islamic State", "ORG", "Islamic Jihad", "ORG"),
    ("Islamic State", "ORG", "Islamic Republic of Iran", "GPE"),
    ("Israel Air Force", "ORG", "Israel", "GPE"),
    ("Israeli Air Force", "ORG", "Israel Defense Forces", "ORG"),
    ("Jabhat al-Nusra", "ORG", "al-Qaeda", "ORG"),
    ("al-Qaeda", "ORG", "al-Qaeda in the Arabian Peninsula", "ORG"),
    ("Hamas", "ORG", "Izz ad-Din al-Qassam Brigades", "ORG"),
    ("Hamas", "ORG", "Palestinian Islamic Jihad", "ORG"),
    ("Hamas", "ORG", "Muslim Brotherhood", "ORG"),
    ("Fatah", "ORG", "Hamas", "ORG"),
    ("Sinai Province", "ORG", "Islamic State", "ORG"),
    ("Sinai Province", "ORG", "Sinai Peninsula", "LOC"),
    ("Hezbollah", "ORG", "Kata'ib Hezbollah", "ORG"),
    ("Taliban", "ORG", "Pakistani Taliban", "ORG"),
    ("Egypt", "GPE", "Egyptian military", "ORG"),
    ("Egyptian government", "ORG", "Egyptian military", "ORG"),
    ("Mossad", "ORG", "Shin Bet", "ORG"),
    ("Lebanese army", "ORG", "Libyan army", "ORG"),
    ("Ali Khamenei", "PERSON", "Ruhollah Khomeini", "PERSON"),
    ("Ayatollah Khamenei", "PERSON", "Ayatollah Khomeini", "PERSON"),
    ("Hosni Mubarak", "PERSON", "Abdel Fattah el-Sisi", "PERSON"),
    ("Mohamed Morsi", "PERSON", "Abdel Fattah el-Sisi", "PERSON"),
    ("Benjamin Netanyahu", "PERSON", "Naftali Bennett", "PERSON"),
    ("Yahya Sinwar", "PERSON", "Ismail Haniyeh", "PERSON"),
    ("Bedouin", "NORP", "Joe Biden", "PERSON"),
    ("al-Menei", "PERSON", "MENA", "ORG"),
    ("Iran", "GPE", "Iraq", "GPE"),
    ("Niger", "GPE", "Nigeria", "GPE"),
    ("Sudan", "GPE", "South Sudan", "GPE"),
    ("North Korea", "GPE", "South Korea", "GPE"),
    ("Channel 12", "ORG", "Channel 13", "ORG"),
    ("Washington Post", "ORG", "New York Times", "ORG"),
    ("Amal Movement", "ORG", "Hamas", "ORG"),
    ("Islamic Resistance Movement", "ORG", "Islamic Jihad Movement in Palestine", "ORG"),
]


def _key(name: str, label: str) -> str | None:
    return key_for_name(name, GAZ, label)


@pytest.mark.parametrize("a,la,b,lb", SAME, ids=[f"{a} = {b}" for a, _, b, _ in SAME])
def test_alias_pair_is_one_actor(a, la, b, lb):
    ka, kb = _key(a, la), _key(b, lb)
    assert ka is not None
    assert ka == kb


@pytest.mark.parametrize("a,la,b,lb", DIFFERENT, ids=[f"{a} != {b}" for a, _, b, _ in DIFFERENT])
def test_non_alias_pair_is_two_actors(a, la, b, lb):
    assert _key(a, la) != _key(b, lb)


def test_enough_pairs():
    assert len(SAME) + len(DIFFERENT) >= 60
