"""One who used to serve a body no longer acts for it: "a former Home Office minister", "a former
Israeli official", "ten former Enron directors" speak and act in their own name, not for the ministry,
the state or the firm named in their description; one who serves it now still stands for it.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, person", [
    ("A former Foreign Office minister urged the government to stop arms sales to the regime.",
     "Foreign Office", "former Foreign Office minister"),
    ("Three former Shell directors agreed to pay damages to the pension fund.", "Shell", "former Shell directors"),
    ("A former Labour minister accused the prime minister of misleading parliament.", "Labour Party",
     "former Labour minister"),
])
def test_a_former_holder_of_a_post_acts_in_own_name(events_named, text, body, person):
    subjects = {s for _, s, _ in events_named(text)}
    assert person in subjects and body not in subjects, subjects


@pytest.mark.parametrize("text, body", [
    ("A former Pentagon official accused the defence secretary of hiding the cost of the war.",
     "United States Department of Defense"),
    ("A former Israeli official accused Hamas of storing rockets in schools.", "Israel"),
    ("A former Treasury official urged the chancellor to raise fuel duty.", "Treasury"),
    ("An ex-Pentagon official urged Congress to cut the missile budget.", "United States Department of Defense"),
])
def test_a_former_official_is_no_source_for_the_body(events_named, text, body):
    subjects = {s for _, s, _ in events_named(text)}
    assert body not in subjects and any(s and s.lower().startswith("former") for s in subjects), subjects


@pytest.mark.parametrize("text, body", [
    ("A Foreign Office minister urged Iran to release the detained sailors.", "Foreign Office"),
    ("A Pentagon official urged Congress to cut the missile budget.", "United States Department of Defense"),
])
def test_a_serving_holder_still_stands_for_the_body(events_named, text, body):
    assert body in {s for _, s, _ in events_named(text)}
