"""Date resolution against the publication date."""
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.extract.timeplace import resolve_date

# English month names spelled out: strftime's follow the machine's locale.
MONTHS = ("January February March April May June July August September October November"
          " December").split()

PUB = date(2018, 2, 4)   # a Sunday


@pytest.mark.parametrize("text,expected", [
    ("February 4, 2018", "2018-02-04"),
    ("4 February 2018", "2018-02-04"),
    ("March 2017", "2017-03"),
    ("2011", "2011"),
    ("in 2013", "2013"),
    ("last week", "2018-01"),
    ("last month", "2018-01"),
    ("last year", "2017"),
    ("yesterday", "2018-02-03"),
    ("Monday", "2018-01-29"),
    ("Sunday", "2018-02-04"),
    ("in August", "2017-08"),
    ("in January", "2018-01"),
    ("18 months ago", "2016-08"),
    ("two days ago", "2018-02-02"),
])
def test_relative_dates_resolve_against_publication(text, expected):
    assert resolve_date(text, PUB) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_date("last week", None) is None
    assert resolve_date("Monday", None) is None
    assert resolve_date("2011", None) == "2011"


def test_impossible_dates_are_dropped():
    assert resolve_date("February 30, 2018", PUB) is None


@settings(deadline=None)
@given(st.text(max_size=60), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_resolved_dates_are_well_formed(text, published):
    value = resolve_date(text, published)
    assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)


@settings(deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_written_dates_resolve_to_themselves(day, published):
    written = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    assert resolve_date(written, published) == day.isoformat()
