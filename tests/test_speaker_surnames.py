"""A speaker whose surname is a word for a report ("Cable", "Leak") is the person who speaks, not a
body their title names as if it had published a report (extract/speakers.py ref_for). Sentences of
our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, speaker, asked", [
    ("Green Party spokeswoman Helen Cable said the rail regulator should resign.", "helen cable", "regulator"),
    ("Labour spokesman Tom Cable said the Bank of England should cut interest rates.", "tom cable", "bank of england"),
    ("Unison official Martin Leak said the rail regulator must resign.", "martin leak", "regulator"),
])
def test_a_speaker_named_like_a_report_is_the_person(analyse_text, text, speaker, asked):
    got = named_sides(analyse_text(text), "REQUEST", lower=True)
    assert any(s is not None and speaker in s and o is not None and asked in o for s, o in got), got
    assert not any(s is not None and ("party" in s or "labour" in s or "unison" in s) for s, _ in got), got


@pytest.mark.parametrize("text, body", [
    # a report a body published still stands for the body
    ("A Green Party report said the rail regulator should resign.", "green party"),
    ("A Unison study said the rail regulator must resign.", "unison"),
])
def test_a_bodys_report_is_still_the_bodys(analyse_text, text, body):
    got = named_sides(analyse_text(text), "REQUEST", lower=True)
    assert any(s is not None and body in s for s, _ in got), got
