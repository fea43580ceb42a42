"""Strikes stated by being on one, joining one or walking out (PLOVER PROTEST, mode strike), by
workers or a counted crowd with no name; walking out of talks, a show or a club is no strike."""
import pytest


def _typed(events_named, text, etype):
    return [row for row in events_named(text, "trigger") if row[0] == etype]


@pytest.mark.parametrize("text, trigger", [
    ("Hundreds of hospital porters were on strike in Leeds on Tuesday.", "strike"),
    ("Tens of thousands of people joined a two-day walkout against the pension reform.", "walkout"),
    ("Dock workers in Rotterdam walked out over the new shift rota.", "walked"),
    ("Postal workers remained on strike in Glasgow for a second week.", "strike"),
    ("Airport staff joined the strike over unpaid wages.", "strike"),
    ("Postal union members took industrial action over the closure of sorting offices.", "action"),
    ("Strike action by Dutch train guards cancelled most services on Thursday.", "action"),
])
def test_strikes_stated_by_their_strikers(events_named, text, trigger):
    assert any(row[-1] == trigger for row in _typed(events_named, text, "PROTEST"))


@pytest.mark.parametrize("text", [
    "The singer walked out of the quiz show after an argument with the host.",
    "He walked out on the club two months before the end of his contract.",
    "Fans walked out of the stadium before the final whistle.",
    "France joined the air strikes on jihadist positions in Mali.",
    "The landlords took legal action against the tenants' association.",
])
def test_walking_out_of_a_place_and_air_strikes_are_no_labour_protest(events_named, text):
    assert not any(row[-1] in ("walked", "strikes", "action") for row in _typed(events_named, text, "PROTEST"))


@pytest.mark.parametrize("text", [
    "Railway signallers in Leeds began a 48-hour strike over pay on Friday.",
    "Teachers in Lagos staged a one-day strike against the pension cuts.",
    "Dockers in Antwerp joined a week-long strike over the new shift rota.",
])
def test_a_strike_of_stated_length_is_a_labour_protest_not_counted_strikes(analyse_text, text):
    found = analyse_text(text).events
    protests = [ev for ev in found if ev.type == "PROTEST"]
    assert protests and not any(ev.type == "ASSAULT" for ev in found)
    assert all("strikes" not in ev.quantities for ev in protests)   # "48-hour" is how long, not how many
