"""The bundled role data holds together: valid dates, no two full terms at once in one office,
every body a gazetteer id, every UN member with a head of state and a head of government."""
from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
import yaml

from newsgraph.resolve.offices import COUNTRY_OFFICES, earliest, latest, offices, offices_of, parse_office, role_book

# states and territories in countries.yaml that are not UN members
NOT_UN_MEMBERS = {"PSE", "VAT", "TWN", "XKX"}
ROLE_FILES = ["africa.yaml", "americas.yaml", "asia.yaml", "europe.yaml", "middle_east.yaml",
              "oceania.yaml", "organisations.yaml", "armed_groups.yaml", "parties.yaml"]


def _countries() -> list[dict]:
    text = resources.files("newsgraph").joinpath("data/gazetteer/countries.yaml").read_text(encoding="utf-8")
    return [e for e in yaml.safe_load(text) if e.get("type") == "COUNTRY"]


def test_every_un_member_has_a_head_of_state_and_a_head_of_government():
    book = role_book()
    members = [c["id"] for c in _countries() if c["id"] not in NOT_UN_MEMBERS]
    assert len(members) == 193
    missing = [(c, o) for c in members for o in ("head_of_state", "head_of_government")
               if not book.roles.get((c, o))]
    assert missing == []


def test_every_un_member_has_a_holder_since_2000():
    book = role_book()
    for country in (c["id"] for c in _countries() if c["id"] not in NOT_UN_MEMBERS):
        for office in ("head_of_state", "head_of_government"):
            terms = book.roles[(country, office)]
            assert any(t.end is None or latest(t.end) >= dt.date(2000, 1, 1) for t in terms), (country, office)


def test_every_body_is_a_gazetteer_actor_of_the_right_kind(gazetteer):
    book = role_book()
    for body, office in book.roles:
        actor = gazetteer.actors.get(body)
        assert actor is not None, f"{body} is not in the gazetteer"
        if office in COUNTRY_OFFICES:
            assert actor.type == "COUNTRY", (body, office)
        else:
            assert actor.type in ("ORGANIZATION", "ARMED_GROUP"), (body, office)


def test_terms_start_before_they_end():
    for terms in role_book().roles.values():
        for t in terms:
            assert t.end is None or earliest(t.start) <= latest(t.end), t


def test_no_two_full_terms_of_one_office_overlap():
    """Only acting, caretaker or rival holders (marked acting) may overlap a full term; a partial
    date counts as overlapping only when it must."""
    clashes = []
    for key, terms in role_book().roles.items():
        full = [t for t in terms if not t.acting]
        for i, first in enumerate(full):
            for later in full[i + 1:]:
                first_end = dt.date.max if first.end is None else earliest(first.end)
                if latest(later.start) < first_end:
                    clashes.append((key, first.name, later.name))
    assert clashes == []


def test_every_declared_title_belongs_to_a_known_office():
    known = set(offices().names)
    for body, per_office in role_book().titles.items():
        assert set(per_office) <= known, body


@pytest.mark.parametrize("name", ROLE_FILES)
def test_every_role_file_says_where_its_data_came_from(name):
    text = resources.files("newsgraph").joinpath(f"data/gazetteer/roles/{name}").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True)[:8] if line.startswith("#"))
    assert "Source: compiled from" in header and "Verify before relying on it" in header


def test_the_role_data_is_substantial():
    book = role_book()
    ministers = {b for (b, o) in book.roles if o in ("foreign_minister", "defence_minister")}
    # foreign or defence ministers of every G20 state with a seat of its own
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS",
           "SAU", "ZAF", "KOR", "TUR", "GBR", "USA"}
    assert g20 <= ministers
    assert sum(len(t) for t in book.roles.values()) > 2500


def test_the_gazetteer_people_agree_with_the_dated_roles(gazetteer):
    """A person the gazetteer calls "president of EGY" holds an open term of that office here; a
    "former" holder's terms have ended (offices held only before 2000 may be absent)."""
    checked, disagree = 0, []
    for person in (a for a in gazetteer.actors.values() if a.type == "PERSON"):
        for role in person.roles:
            former = role.startswith("former ")
            word, _, body_id = role.removeprefix("former ").rpartition(" of ")
            body = gazetteer.actors.get(body_id)
            office = parse_office(f"{word} of {body.name}") if body else None
            if office is None:
                continue          # an office not dated here (chief of staff, crown prince)
            checked += 1
            terms = [t for t in offices_of(person.name) if (t.body, t.office) == office]
            if not former and not any(t.end is None for t in terms):
                disagree.append(f"{person.id}: {role} has no open term")
            if former and terms and any(t.end is None for t in terms):
                disagree.append(f"{person.id}: {role} is still in office here")
    assert checked >= 50 and disagree == []
