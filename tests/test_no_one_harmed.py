"""No one harmed is no ASSAULT (extract/sense_conflict.no_one): "No-one was injured" (the British
spelling, which the parser splits into three words hung on the verb; "no one" and "nobody" were left
out by other stages already), while the attack told beside it stays. Sentences of our own."""
from __future__ import annotations

import pytest


def harms(analysis) -> set[str]:
    return {e.trigger for e in analysis.events if e.type == "ASSAULT"}


@pytest.mark.parametrize("text, kept, gone", [
    ("No-one was killed when gunmen attacked the convoy near Kandahar.", {"attacked"}, "killed"),
    ("No-one was wounded when troops opened fire on the crowd in Dili.", {"fire"}, "wounded"),
])
def test_no_one_harmed(analyse_text, text, kept, gone):
    got = harms(analyse_text(text))
    assert gone not in got and kept <= got, got


def test_someone_harmed_stays(analyse_text):
    assert "killed" in harms(analyse_text("One soldier was killed when gunmen attacked the convoy near Kandahar."))
