"""A body's name after its description, which the parser hangs on another noun (extract/arguments.named_body,
stray_apposition): "fined by the country's competition watchdog, the Kartellamt" is the Kartellamt's act, and
the noun the name was hung on is not the body. Sentences written for newsgraph."""
from __future__ import annotations


def test_a_body_named_after_its_description_is_the_side(events_named):
    found = set(events_named("The bank was fined by the US banking watchdog, the Office of the Comptroller of the Currency."))
    assert any(t == "SANCTION" and s == "Office of the Comptroller of the Currency" for t, s, _ in found), found


def test_a_name_hung_on_a_distant_noun_is_not_that_noun(events_named):
    found = set(events_named("The case was brought by the British competition watchdog, the Office of Fair Trading."))
    assert not any(o == "Office of Fair Trading" for _, _, o in found), found

