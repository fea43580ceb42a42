"""Golden tests for metadata read from article text (seeds and other news layouts), plus
property tests (hypothesis) for the normalisers: decode_bytes, normalise_date, clean_text and
byline splitting."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.ingest.metadata import clean_text, extract_metadata, normalise_date, split_byline
from newsgraph.ingest.text import MAGIC, decode_bytes, text_to_document

# English names spelled out: strftime's follow the machine's locale.
MONTHS = ("January February March April May June July August September October November"
          " December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "sample"


def seed(prefix: str):
    path = next(SAMPLE.glob(f"{prefix}_*.txt"))
    return text_to_document(path.read_text(encoding="utf-8"), str(path))


# --- the seed articles, values read by hand from the articles -----------------------------------

def test_seed_000_headline_and_doubled_caption():
    doc = seed("000")
    assert doc.title.startswith("Israel closes borders with Egypt and Gaza after massive Sinai terror attacks")
    assert doc.outlet is None and doc.published is None and doc.authors == ()
    assert "An Egyptian soldier stands near the Egyptian national flag" not in doc.text
    assert doc.text.startswith("Israel closed its borders with Egypt and Gaza")


def test_seed_001_credit_line_gives_outlet_and_date():
    doc = seed("001")
    assert doc.title == "Media reports “secret alliance” between Israel and Egypt in fight against ISIS"
    assert doc.outlet == "Behold Israel"
    assert doc.published == "2018-02-04"
    assert "New York Times" in doc.text  # cited, not the outlet
    assert "Illustrative image" not in doc.text and "originally appeared" not in doc.text


def test_seed_002_cited_outlet_is_not_the_outlet():
    doc = seed("002")
    assert doc.title == "Hamas, ISIS Continue Close Collaboration on Gaza-Sinai Border"
    assert doc.outlet is None  # "reported Sunday in The Times of Israel" is a citation
    assert "[Photo:" not in doc.text


def test_seed_003_staff_byline_names_the_outlet():
    doc = seed("003")
    assert doc.title is None  # the first line is a standfirst sentence, not a headline
    assert doc.authors == ("JNS", "World Israel News Staff")
    assert doc.outlet == "World Israel News"
    assert "By: JNS" not in doc.text


def test_seed_004_byline_sourced_line_and_comment_form():
    doc = seed("004")
    assert doc.title is None
    assert doc.authors == ("Judah Ari Gross", "AP")
    assert doc.outlet == "The Times of Israel"
    assert doc.published is None
    assert "Bloomberg" in doc.text
    for junk in ("Leave a Reply", "Your email address will not be published", "Sourced :", "By Judah"):
        assert junk not in doc.text


# --- other news layouts --------------------------------------------------------------------------

@pytest.mark.parametrize("line, authors, outlet", [
    ("By JOHN SMITH, Associated Press", ("John Smith",), "Associated Press"),
    ("By Jane Doe, Staff Writer", ("Jane Doe",), None),
    ("By: Maria Lopez and Ahmed al-Masri", ("Maria Lopez", "Ahmed al-Masri"), None),
    ("By Tom Jones | Reuters Staff", ("Tom Jones",), None),
    ("BY Lena Park & Omar Haddad, The Daily Star", ("Lena Park", "Omar Haddad"), "The Daily Star"),
    ("By Times of Malta Staff", ("Times of Malta Staff",), "Times of Malta"),
])
def test_bylines(line, authors, outlet):
    meta = extract_metadata(f"A headline about a storm\n{line}\n\nThe storm hit the coast on Monday.")
    assert meta.authors == authors
    assert meta.outlet == outlet
    assert line not in meta.body


def test_sentence_starting_with_by_is_not_a_byline():
    meta = extract_metadata("Troops advance on the city\n\nBy the end of the day, troops had entered the city.")
    assert meta.authors == ()
    assert "By the end of the day" in meta.body


def test_cited_outlets_are_not_the_outlet():
    text = ("Officials deny drone strikes\n\n"
            "According to a Bloomberg report, officials met twice.\n"
            "The New York Times published a story on the meeting on February 3, 2018.\n")
    meta = extract_metadata(text)
    assert meta.outlet is None and meta.published is None


@pytest.mark.parametrize("credit, outlet, published", [
    ("This story was first published by The Guardian on 12 March 2019.", "The Guardian", "2019-03-12"),
    ("This article originally appeared in Foreign Policy.", "Foreign Policy", None),
    ("Republished with permission from Al-Monitor.", "Al-Monitor", None),
    ("Source: Middle East Eye", "Middle East Eye", None),
])
def test_credit_lines(credit, outlet, published):
    meta = extract_metadata(f"Talks resume in Doha\n\nNegotiators met again on Tuesday.\n\n{credit}\n")
    assert (meta.outlet, meta.published) == (outlet, published)
    assert credit not in meta.body


def test_dates_stated_in_header_and_dateline():
    meta = extract_metadata("Ceasefire holds\nPublished: Monday, 5 February 2018 10:22 GMT\n\nThe truce held.")
    assert meta.published == "2018-02-05" and "Published" not in meta.body
    meta = extract_metadata("Ceasefire holds\n\nGAZA CITY (Reuters), Feb. 6, 2018 - The truce held overnight.")
    assert meta.published == "2018-02-06"
    assert meta.outlet == "Reuters"
    meta = extract_metadata("Ceasefire holds\n\nThe truce held, as it has since 2014.")
    assert meta.published is None


def test_title_only_when_the_text_has_a_headline():
    assert extract_metadata("# Storm hits the coast\n\nThe storm hit the coast.").title == "Storm hits the coast"
    assert extract_metadata("The storm hit the coast. Two died.\n\nMore rain is due.").title is None
    assert extract_metadata("Only one line without a headline").title is None


def test_clean_text_boilerplate():
    text = ("The storm hit the coast.\n\nShare this:\nClick to share on Twitter\n"
            "Illustrative image - rescue teams (Photo: Wikimedia Commons)\n"
            "Rescue teams worked overnight (AP Photo/Jane Doe)\n"
            "Rescue teams reached the town by boat. Rescue teams reached the town by boat.\n"
            "Two people died.\n\nLeave a Reply\nYour email address will not be published.\nGreat article!\n")
    assert clean_text(text) == "The storm hit the coast.\n\nTwo people died."


# --- properties ----------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_gives_text_or_input_error(data):
    try:
        text = decode_bytes(data, "x")
    except InputError as exc:
        assert exc.source == "x" and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff") | st.just("\n"),
               max_size=300))
def test_decode_bytes_round_trips_utf8_and_utf16(text):
    assume(not any(text.encode("utf-8").startswith(magic) for magic, _ in MAGIC))
    if text:
        assert decode_bytes(text.encode("utf-8"), "x") == text
        assert decode_bytes(text.encode("utf-16"), "x") == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_normalise_date_is_none_or_iso(value):
    out = normalise_date(value)
    assert out is None or (len(out) == 10 and normalise_date(out) == out)


@settings(deadline=None)
@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["{B} {d}, {Y}", "{d} {B} {Y}", "{b}. {d}, {Y}",
                                                           "{Y}-{m:02d}-{d:02d}", "{A}, {B} {d}, {Y}"]))
def test_normalise_date_reads_written_dates(day, fmt):
    # English names spelled here, not by strftime, which follows the machine's locale
    written = fmt.format(B=MONTHS[day.month - 1], b=MONTHS[day.month - 1][:3], d=day.day, m=day.month,
                         Y=day.year, A=WEEKDAYS[day.weekday()])
    assert normalise_date(written) == day.isoformat()


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1000, 1, 1)))
def test_normalise_date_gives_iso_dates_back_unchanged(day):
    assert normalise_date(day.isoformat()) == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab .\n\t") + ["Share this:", "Leave a Reply", "(Photo: X)",
                                                  "A caption line here. ", "\r\n", "©2020"]), max_size=60).map("".join))
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\n\n\n" not in once and once == once.strip()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_clean_text_never_crashes_and_is_idempotent_on_any_text(text):
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_split_byline_gives_names_from_the_input(names):
    authors, outlet = split_byline(names)
    for author in authors:
        assert author.strip() == author and author
        assert author.casefold() in " ".join(names.split()).casefold()
    assert outlet is None or outlet.casefold() in " ".join(names.split()).casefold()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_extract_metadata_never_crashes(text):
    meta = extract_metadata(text)
    assert meta.title is None or meta.title in text
    assert meta.published is None or normalise_date(meta.published) == meta.published


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Rebels", "Seize", "Town", "Police", "Arrest", "Men", "Talks", "Resume",
                                 "Lagos", "Congo", "Eastern", "Army"]), min_size=3, max_size=7).map(" ".join),
       st.sampled_from(["Jane Doe", "Omar Haddad", "Maria Lopez"]),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_extract_metadata_finds_the_stated_headline_byline_and_date(title, author, day):
    # the positive side of the property above: a function that always said None would fail here
    body = ("Police arrested two men in Lagos on Friday, officials said. The men were charged.\n\n"
            "More details came later in the day from the police spokesman.")
    written = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    meta = extract_metadata(f"{title}\n\nBy {author}\n\n{written}\n\n{body}")
    assert (meta.title, meta.authors, meta.published) == (title, (author,), day.isoformat())
