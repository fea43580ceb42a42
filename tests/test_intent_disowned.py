"""An act under an intent noun is intended, not done; under "no intention of" it is disowned
(extract/attribution.py). Sentences written for newsgraph."""
import pytest


@pytest.mark.parametrize("text", [
    "The Serbian government said it had no intention of attacking Kosovo.",
    "Ankara said it had no intention of sanctioning Stockholm.",
])
def test_an_act_disowned_is_negated_and_not_done(text, analyse_text):
    events = [e for e in analyse_text(text).events if e.type in ("ASSAULT", "SANCTION")]
    assert events and all(e.negated and e.certainty == "possible" for e in events), events


def test_an_intention_stated_is_possible(analyse_text):
    events = [e for e in analyse_text("Belgrade said it had every intention of attacking Kosovo.").events
              if e.type == "ASSAULT"]
    assert events and all(e.certainty == "possible" and not e.negated for e in events), events
