"""Courts told of with the indefinite article ("a jury convicted him", "a federal grand jury indicted
her", "a panel of judges sentenced him"): a court of the story, with its country (resolve/court_bodies.py).
Sentences are our own; made-up names stand for places and people nobody listed."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words


@pytest.mark.parametrize("text, kind, court, obj", [
    ("A jury convicted Paul Greer of fraud in March.", "SANCTION", "jury", "Paul Greer"),
    ("After two days of deliberation a jury found Sarah Lund guilty of embezzlement.", "SANCTION", "jury",
     "Sarah Lund"),
    ("Paul Greer was convicted by a jury on Friday.", "SANCTION", "jury", "Paul Greer"),
    ("A grand jury indicted Senator Tom Hale on bribery charges.", "ACCUSE", "grand jury", "Tom Hale"),
    ("A federal grand jury indicted Mark Doyle on Tuesday.", "ACCUSE", "federal grand jury", "Mark Doyle"),
    ("A panel of judges sentenced Ali Hassan to ten years in prison.", "SANCTION", "panel of judges", "Ali Hassan"),
    ("A three-judge panel convicted Ali Hassan of murder.", "SANCTION", "three-judge panel", "Ali Hassan"),
])
def test_an_indefinite_court_is_the_doer_of_its_verdict(events_named, text, kind, court, obj):
    doers = {(e[1], e[2]) for e in events_named(text) if e[0] == kind}
    assert (court, obj) in doers, doers


def test_an_indefinite_jury_is_a_government_body_of_the_story_country(resolved_entity):
    text = "Police in Kenya arrested Peter Mwangi in Nairobi. A grand jury indicted him last week."
    entity = resolved_entity(text, "jury")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.name == "grand jury"
    assert entity.country == "KEN"


def test_a_jury_with_no_story_country_has_none(resolved_entity):
    entity = resolved_entity("A jury convicted Paul Greer of fraud in March.", "jury")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.country is None


def test_the_jury_later_is_the_jury_told_of_before(resolved_entity):
    text = "A jury convicted Paul Greer on Monday. The jury rejected his claim that he was framed."
    first, later = resolved_entity(text, "jury", 0), resolved_entity(text, "jury", 1)
    assert first is not None and later is not None and later.key == first.key


def test_a_jury_being_told_is_no_act_of_the_jury(events_named):
    text = "A jury convicted Paul Greer on Monday. The jury was told that Greer had hidden the money abroad."
    assert not any(e[1] == "jury" and e[0] != "SANCTION" for e in events_named(text))


SPORT = ("The Olympic champion won her third medal of the season at the championship in Oslo. A panel of "
         "judges docked her points for a fall, and a jury rejected her coach's protest after the final.")


@pytest.mark.parametrize("text, word", [
    ("A panel of experts accused the ministry of negligence.", "panel"),     # no court
    ("A panel of judges including two novelists will choose the winner in May.", "panel"),  # a prize's judges
    ("He asked to be tried by a jury of his peers.", "jury"),                # a phrase, no body
    ("A jury foreman read the verdict aloud.", "jury"),                      # a modifier
    ("A Marlow jury convicted Paul Greer.", "jury"),                         # a place's, not a described court
    (SPORT, "jury"),                                                         # sport: judges of play
    (SPORT, "panel"),
])
def test_other_juries_and_panels_are_no_described_court(resolved_entity, text, word):
    entity = resolved_entity(text, word)
    assert entity is None or entity.reason != "description"


# a sentence for every word of court_body_words and court_panel_members
WORDED = {
    "grand": ("A grand jury indicted Tom Hale.", "grand jury"),
    "federal": ("A federal jury convicted Tom Hale of tax evasion.", "federal jury"),
    "state": ("A state grand jury indicted Tom Hale.", "state grand jury"),
    "county": ("A county grand jury indicted Tom Hale.", "county grand jury"),
}
MEMBERS = {
    "judge": ("A panel of judges sentenced Tom Hale to six years.", "panel of judges"),
    "justice": ("A panel of three justices sentenced Tom Hale to six years.", "panel of three justices"),
    "magistrate": ("A panel of magistrates sentenced Tom Hale to six months.", "panel of magistrates"),
}


# a sentence for every verb of court_panel_acts
ACTS = {
    "convict": "A panel of judges convicted Omar Haddad of bribery.",
    "acquit": "Omar Haddad was acquitted by a panel of judges on Monday.",
    "sentence": "A panel of judges sentenced Omar Haddad to five years.",
    "jail": "A panel of three judges jailed Omar Haddad for five years.",
    "clear": "A panel of judges cleared Omar Haddad of bribery.",
    "rule": "A panel of judges ruled that Omar Haddad must be released.",
    "uphold": "A panel of judges upheld the conviction of Omar Haddad.",
    "overturn": "A three-judge panel overturned the conviction of Omar Haddad.",
    "quash": "A panel of judges quashed the conviction of Omar Haddad.",
}


def test_every_court_word_has_a_sentence():
    assert set(WORDED) == words("court_body_words") and set(MEMBERS) == words("court_panel_members")
    assert set(ACTS) == words("court_panel_acts")


@pytest.mark.parametrize("verb", sorted(ACTS))
def test_a_panel_of_judges_doing_what_a_court_does_is_a_court(resolved_entity, verb):
    entity = resolved_entity(ACTS[verb], "panel")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.reason == "description"


@pytest.mark.parametrize("word", sorted(WORDED) + sorted(MEMBERS))
def test_a_court_s_words_are_its_name(resolved_entity, word):
    text, name = WORDED.get(word) or MEMBERS[word]
    head = "jury" if word in WORDED else "panel"
    entity = resolved_entity(text, head)
    assert entity is not None and entity.type == "GOVERNMENT" and entity.name == name
