"""Opposition stated as a standing (extract/stated_opposition.py) and demands for an act whose doer is
named (extract/asked_doers.py). Sentences written for newsgraph."""
import pytest

from named_events import has_row as _has


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Austria is against Ukraine's accession to the bloc.", "austria", "ukraine"),
    ("Hungary has long been against sanctions proposed by the European Commission.", "hungary", "european commission"),
    ("The Dutch government remains firmly opposed to Bulgaria's entry into Schengen.", "dutch", "bulgaria"),
    ("Italy came out against the French proposal on migrant quotas.", "italy", "france"),
])
def test_a_standing_against_another_side_is_a_rejection(text, subject, other, events_named):
    rows = events_named(text)
    assert _has(rows, "REJECT", subject, other), rows


@pytest.mark.parametrize("text", [
    "Austria is not against Ukraine's accession to the bloc.",   # negated
    "Vietnam is against the law of the sea being rewritten.",      # a matter, no maker named
    "The odds are against Vietnam in the final.",                  # the subject is no actor
])
def test_a_standing_on_a_matter_or_a_denied_one_is_no_rejection(text, events_named):
    rows = events_named(text)
    assert not any(t == "REJECT" for t, _, _ in rows), rows


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Oxfam called for an end to Israel's blockade of the Gaza Strip.", "oxfam", "israel"),
    ("Human Rights Watch called for a halt to the Nigerian army's crackdown on protesters.", "human rights watch",
     "nigeria"),
    ("Amnesty International called for an investigation by the African Union into the killings.", "amnesty",
     "african union"),
    ("The European Union urged an end to Russian air strikes on Kyiv.", "european union", "russia"),
])
def test_a_demanded_act_asks_its_doer(text, subject, other, events_named):
    rows = events_named(text)
    assert _has(rows, "REQUEST", subject, other), rows


def test_a_demanded_act_with_no_doer_named_asks_nobody_in_particular(events_named):
    rows = events_named("Oxfam called for an end to the fighting in Sudan.")
    assert not any(t == "REQUEST" and o for t, _, o in rows), rows


def test_an_it_that_requests_after_a_report_is_the_report_and_so_its_author(events_named):
    rows = events_named("A report by the Nigerian Senate found that fuel subsidies had been stolen. The report, which "
                        "followed a long inquiry, said the losses were huge. It urged the Central Bank of Nigeria "
                        "to recover the money.")
    assert _has(rows, "REQUEST", "senate", "central bank"), rows


def test_an_it_that_requests_after_another_subject_is_not_the_report(events_named):
    rows = events_named("Shell published a report on Monday. The Nigerian government said the spill was huge. "
                        "It urged the Central Bank of Nigeria to act.")
    assert not any(t == "REQUEST" and s and "shell" in s.lower() for t, s, _ in rows), rows
