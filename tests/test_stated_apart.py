"""Acts the sentence states as done beside a frame that would make them unrealised or another's claim
(extract/stated_apart.py): custody a court orders in the passive ("was ordered held without bail"), and a
clause of contrast after a speaker's words (", while Labour criticised ...") told by the writer.
Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool, str | None]]:
    return [(e.certainty, e.negated, e.source.entity if e.source else None)
            for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize("text", [
    "Marcus Hale was ordered held without bail after his arraignment in Boston.",
    "The two suspects were ordered detained for 15 days by a magistrate in Nairobi.",
    "The three smugglers were ordered jailed until their trial in March.",
])
def test_custody_ordered_in_the_passive_is_done(analyse_text, text):
    found = claims(analyse_text(text), "COERCE")
    assert found and all(certainty == "asserted" and not negated for certainty, negated, _ in found), found


def test_custody_ordered_only_in_prospect_is_not_stated_done(analyse_text):
    found = claims(analyse_text("Marcus Hale may be ordered held without bail when he appears in court."),
                   "COERCE")
    assert all(certainty != "asserted" for certainty, _, _ in found), found


def test_an_order_to_act_stays_unrealised(analyse_text):
    found = claims(analyse_text("The ministry was ordered to detain the smugglers by the court in Lagos."),
                   "COERCE")
    assert all(certainty == "possible" for certainty, _, _ in found), found


@pytest.mark.parametrize(("text", "event_type", "first_speaker"), [
    ("Germany said it would study the plan, whereas France has rejected it.", "REJECT", "gaz:DEU"),
    ("The Kremlin said the talks could resume in May, while Ukraine criticised the delay.", "ACCUSE", None),
])
def test_a_contrast_after_a_speakers_words_is_the_writers(analyse_text, text, event_type, first_speaker):
    found = claims(analyse_text(text), event_type)
    assert found, text
    for certainty, negated, source in found:
        assert certainty != "possible" and not negated, found
        assert source != first_speaker, found


def test_the_contrast_of_the_writer_keeps_its_own_doer_as_speaker(analyse_text):
    found = claims(analyse_text("The Greens said the tax would hurt farmers, while Labour criticised the budget."),
                   "ACCUSE")
    assert found and all(source == "gaz:GBR-LABOUR" for _, _, source in found), found


def test_a_contrast_the_speaker_may_still_tell_stays_theirs(analyse_text):
    found = claims(analyse_text("The prosecutor said Harlan is charged with fraud, while Dunmore is accused of "
                                "bribing a judge."), "ACCUSE")
    assert len(found) == 2 and all(certainty == "reported" and source for certainty, _, source in found), found


def test_a_contrast_inside_words_told_before_their_speaker_stays_theirs(analyse_text):
    found = claims(analyse_text("Aid workers have reached the valley, while the navy has sent two helicopters to "
                                "the coast, the governor of Aceh said."), "AID")
    assert found and all(certainty == "reported" for certainty, _, _ in found), found
