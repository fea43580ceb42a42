"""Office holders by date: well-known transitions, office phrases, persons' roles, user files."""
from __future__ import annotations

import pytest

from newsgraph.errors import ConfigError
from newsgraph.resolve.offices import office_holder, offices_of, parse_office, resolve_office, role_book

# (body, office, date, expected holder): transitions any news reader can check
TRANSITIONS = [
    ("GBR", "head_of_government", "2015-06-01", "David Cameron"),
    ("GBR", "head_of_government", "2016-07-12", "David Cameron"),
    ("GBR", "head_of_government", "2016-07-13", "Theresa May"),
    ("GBR", "head_of_government", "2019-07-24", "Boris Johnson"),
    ("GBR", "head_of_government", "2020", "Boris Johnson"),
    ("GBR", "head_of_government", "2022-09-06", "Liz Truss"),
    ("GBR", "head_of_government", "2022-10-25", "Rishi Sunak"),
    ("GBR", "head_of_government", "2024-07-05", "Keir Starmer"),
    ("GBR", "foreign_minister", "2017-03", "Boris Johnson"),
    ("BRA", "head_of_state", "2015", "Dilma Rousseff"),
    ("BRA", "head_of_state", "2020", "Jair Bolsonaro"),
    ("BRA", "head_of_state", "2023", "Luiz Inácio Lula da Silva"),
    ("USA", "head_of_state", "2001-01-19", "Bill Clinton"),
    ("USA", "head_of_state", "2001-01-20", "George W. Bush"),
    ("USA", "head_of_state", "2010", "Barack Obama"),
    ("USA", "head_of_state", "2018", "Donald Trump"),
    ("USA", "head_of_state", "2022", "Joe Biden"),
    ("USA", "head_of_government", "2022", "Joe Biden"),
    ("USA", "foreign_minister", "2010", "Hillary Clinton"),
    ("USA", "foreign_minister", "2014", "John Kerry"),
    ("USA", "defence_minister", "2012", "Leon Panetta"),
    ("DEU", "head_of_government", "2004", "Gerhard Schröder"),
    ("DEU", "head_of_government", "2010", "Angela Merkel"),
    ("DEU", "head_of_government", "2022", "Olaf Scholz"),
    ("DEU", "head_of_government", "2025-06", "Friedrich Merz"),
    ("ISR", "head_of_government", "2008", "Ehud Olmert"),
    ("ISR", "head_of_government", "2015", "Benjamin Netanyahu"),
    ("ISR", "head_of_government", "2021-10", "Naftali Bennett"),
    ("ISR", "head_of_government", "2022-09", "Yair Lapid"),
    ("ISR", "head_of_government", "2023", "Benjamin Netanyahu"),
    ("ISR", "defence_minister", "2023-11", "Yoav Gallant"),
    ("NGA", "head_of_state", "2005", "Olusegun Obasanjo"),
    ("NGA", "head_of_state", "2012", "Goodluck Jonathan"),
    ("NGA", "head_of_state", "2016", "Muhammadu Buhari"),
    ("NGA", "head_of_state", "2024", "Bola Tinubu"),
    ("KEN", "head_of_state", "2010", "Mwai Kibaki"),
    ("KEN", "head_of_state", "2015", "Uhuru Kenyatta"),
    ("KEN", "head_of_state", "2023", "William Ruto"),
    ("JPN", "head_of_government", "2005", "Junichiro Koizumi"),
    ("JPN", "head_of_government", "2015", "Shinzo Abe"),
    ("JPN", "head_of_government", "2022", "Fumio Kishida"),
    ("IND", "head_of_government", "2010", "Manmohan Singh"),
    ("IND", "head_of_government", "2015", "Narendra Modi"),
    ("FRA", "head_of_state", "2005", "Jacques Chirac"),
    ("FRA", "head_of_state", "2010", "Nicolas Sarkozy"),
    ("FRA", "head_of_state", "2014", "François Hollande"),
    ("FRA", "head_of_state", "2020", "Emmanuel Macron"),
    ("EGY", "head_of_state", "2010", "Hosni Mubarak"),
    ("EGY", "head_of_state", "2013-07-02", "Mohamed Morsi"),
    ("EGY", "head_of_state", "2013-10", "Adly Mansour"),
    ("EGY", "head_of_state", "2015", "Abdel Fattah el-Sisi"),
    ("RUS", "head_of_state", "2010", "Dmitry Medvedev"),
    ("RUS", "head_of_state", "2015", "Vladimir Putin"),
    ("RUS", "foreign_minister", "2015", "Sergey Lavrov"),
    ("UKR", "head_of_state", "2020", "Volodymyr Zelensky"),
    ("CHN", "head_of_state", "2015", "Xi Jinping"),
    ("ESP", "head_of_state", "2010", "Juan Carlos I"),
    ("ESP", "head_of_state", "2015", "Felipe VI"),
    ("ITA", "head_of_government", "2019", "Giuseppe Conte"),
    ("CAN", "head_of_government", "2017", "Justin Trudeau"),
    ("AUS", "head_of_government", "2019", "Scott Morrison"),
    ("PAK", "head_of_government", "2019", "Imran Khan"),
    ("SAU", "head_of_state", "2016", "Salman bin Abdulaziz"),
    ("SAU", "head_of_government", "2023", "Mohammed bin Salman"),
    ("IRN", "head_of_government", "2019", "Hassan Rouhani"),
    ("TUR", "head_of_state", "2016", "Recep Tayyip Erdoğan"),
    ("KOR", "head_of_state", "2019", "Moon Jae-in"),
    ("UN", "leader", "2003", "Kofi Annan"),
    ("UN", "leader", "2010", "Ban Ki-moon"),
    ("UN", "leader", "2020", "António Guterres"),
    ("NATO", "leader", "2016", "Jens Stoltenberg"),
    ("HEZBOLLAH", "leader", "2020", "Hassan Nasrallah"),
    ("ISIS", "leader", "2015", "Abu Bakr al-Baghdadi"),
    ("AL_QAEDA", "leader", "2005", "Osama bin Laden"),
]


@pytest.mark.parametrize(("body", "office", "date", "expected"), TRANSITIONS)
def test_well_known_office_holders(body, office, date, expected):
    holder = office_holder(body, office, date)
    assert holder is not None and holder.name == expected


def test_a_date_that_may_fall_in_two_terms_has_no_holder():
    assert office_holder("GBR", "head_of_government", "2016-07") is None   # Cameron, then May
    assert office_holder("GBR", "head_of_government", "2016") is None


def test_an_acting_holder_yields_to_the_full_holder_but_answers_alone():
    assert office_holder("VEN", "head_of_state", "2020").name == "Nicolás Maduro"   # not Guaidó
    acting = office_holder("EGY", "head_of_state", "2014-01")
    assert acting.name == "Adly Mansour" and acting.acting


def test_the_incumbent_has_an_open_term_and_covers_the_future():
    holder = office_holder("DEU", "head_of_state", "2026-12")
    assert holder.end is None and holder.name == "Frank-Walter Steinmeier"


def test_commonwealth_realms_share_the_british_monarch():
    assert office_holder("AUS", "head_of_state", "2023").name == "Charles III"
    assert office_holder("CAN", "head_of_state", "2010").name == "Elizabeth II"
    assert office_holder("BRB", "head_of_state", "2023").name == "Sandra Mason"


def test_unknown_bodies_offices_and_dates_before_the_data_have_no_holder():
    assert office_holder("XXX", "head_of_state", "2020") is None
    assert office_holder("GBR", "leader", "2020") is None
    assert office_holder("DEU", "head_of_government", "1950") is None


@pytest.mark.parametrize("bad", ["last year", "2020-13", "2020-02-30", ""])
def test_a_bad_date_is_a_one_line_error(bad):
    with pytest.raises(ConfigError) as err:
        office_holder("GBR", "head_of_government", bad)
    assert "\n" not in str(err.value) and "date" in str(err.value)


def test_offices_of_a_person_lists_every_dated_role():
    roles = offices_of("Boris Johnson")
    assert [(r.body, r.office, r.start) for r in roles] == [
        ("GBR", "foreign_minister", "2016-07-13"), ("GBR-CONSERVATIVES", "leader", "2019-07-23"),
        ("GBR", "head_of_government", "2019-07-24")]
    barak = {(r.office, r.start) for r in offices_of("Ehud Barak")}
    assert ("head_of_government", "1999-07-06") in barak and ("defence_minister", "2007-06-18") in barak


def test_offices_of_meets_spelling_variants_and_titles():
    sisi = {(r.body, r.office) for r in offices_of("President Abdel-Fattah al-Sissi")}
    assert sisi == {("EGY", "head_of_state"), ("EGY", "defence_minister")}
    assert offices_of("Nobody Inparticular") == []


PHRASES = [
    ("the Kenyan president", ("KEN", "head_of_state")),
    ("Spain's prime minister", ("ESP", "head_of_government")),
    ("Britain's foreign secretary", ("GBR", "foreign_minister")),
    ("the British foreign minister", ("GBR", "foreign_minister")),
    ("the Nigerian defence minister", ("NGA", "defence_minister")),
    ("President of France", ("FRA", "head_of_state")),
    ("German Chancellor", ("DEU", "head_of_government")),
    ("Israeli PM", ("ISR", "head_of_government")),
    ("the Israeli defense minister", ("ISR", "defence_minister")),
    ("US Secretary of State", ("USA", "foreign_minister")),
    ("the U.S. president", ("USA", "head_of_state")),
    ("Iran's supreme leader", ("IRN", "head_of_state")),
    ("the Iranian president", ("IRN", "head_of_government")),
    ("the Saudi king", ("SAU", "head_of_state")),
    ("Japan's premier", ("JPN", "head_of_government")),
    ("India's external affairs minister", ("IND", "foreign_minister")),
    ("Qatar's emir", ("QAT", "head_of_state")),
    ("UN Secretary-General", ("UN", "leader")),
    ("the secretary-general of the United Nations", ("UN", "leader")),
    ("NATO chief", ("NATO", "leader")),
    ("the Hezbollah leader", ("HEZBOLLAH", "leader")),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_office_phrases(phrase, expected):
    assert parse_office(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "former British prime minister",        # not the holder on the date
    "the president-elect of Brazil",
    "Spain's deputy prime minister",         # another office
    "the US vice president",
    "the Peruvian prime minister",           # Peru's president heads the government
    "the British president",                 # no such office
    "EU chief",                              # Commission or Council? neither
    "prime minister",                        # no country
    "the Kenyan",
    "",
])
def test_phrases_that_name_no_single_current_office(phrase):
    assert parse_office(phrase) is None


def test_a_user_roles_file_replaces_an_office(tmp_path):
    mine = tmp_path / "my_roles.yaml"
    mine.write_text("KEN:\n  head_of_state:\n  - [Test Holder, 2020-01-01, null]\n", encoding="utf-8")
    book = role_book((str(mine),))
    assert office_holder("KEN", "head_of_state", "2021", book).name == "Test Holder"
    assert office_holder("KEN", "head_of_government", "2021", book).name == "Test Holder"  # shares it
    assert office_holder("GBR", "head_of_government", "2020", book).name == "Boris Johnson"
    assert parse_office("Kenya's defence cabinet secretary", book) == ("KEN", "defence_minister")


@pytest.mark.parametrize(("text", "problem"), [
    ("KEN:\n  head_of_state:\n  - [Someone, 2020-01-01, 2019-01-01]\n", "before it starts"),
    ("KEN:\n  emperor:\n  - [Someone, 2020, null]\n", "unknown office"),
    ("KEN:\n  head_of_state:\n  - [Someone]\n", "a term is"),
    ("KEN:\n  head_of_government: XXX.head_of_state\n", "reference"),
    ("KEN: [1, 2\n", "invalid YAML"),
])
def test_a_bad_roles_file_is_a_one_line_error_naming_it(tmp_path, text, problem):
    bad = tmp_path / "bad_roles.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        role_book((str(bad),))
    message = str(err.value)
    assert problem in message and "bad_roles.yaml" in message
    assert "\n" not in message


def test_an_office_phrase_resolves_to_the_holder_on_the_event_date_else_the_document_date():
    assert resolve_office("the British prime minister", "2015-05", "2020-01").holder.name == "David Cameron"
    assert resolve_office("the British prime minister", None, "2020-01").holder.name == "Boris Johnson"
    mention = resolve_office("Brazil's president", "2020")
    assert (mention.body, mention.office, mention.holder.name, mention.date) == \
        ("BRA", "head_of_state", "Jair Bolsonaro", "2020")


def test_without_a_date_an_office_phrase_is_the_office_only():
    mention = resolve_office("the Kenyan president")
    assert (mention.body, mention.office, mention.holder) == ("KEN", "head_of_state", None)
    assert resolve_office("the British prime minister", "2016").holder is None   # two holders that year
    assert resolve_office("a passing diplomat", "2020") is None


def test_a_persons_roles_come_in_one_order_in_every_process():
    # roles on the same start date were ordered by a set's iteration, which changes with the
    # process's string hashing: exports then differed between two runs on the same store
    import os
    import subprocess
    import sys
    script = ("from newsgraph.resolve.offices import role_book\n"
              "b = role_book()\n"
              "for k in sorted(b.by_person):\n"
              "    print(k, [(r.body, r.office, r.start) for r in b.by_person[k]])\n")
    outs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert outs[0] and outs[0] == outs[1] == outs[2]
