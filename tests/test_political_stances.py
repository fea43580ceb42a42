"""A political speaker's lone stand on a thing is news whatever the thing is called (extract/political_stances.py,
read by the sense judge's lone-stance test): an office or chamber in the side's own phrase or given to it
elsewhere in the text; a private person's or a firm's stand on the same things, a stand negated, refused or
taken on a pronoun is not."""
from __future__ import annotations

import pytest


def lone(events_named, text, etype):
    return {subject for kind, subject, obj in events_named(text) if kind == etype and obj is None}


@pytest.mark.parametrize("text, etype, subject", [
    ("Shadow health secretary Ann Cole welcomed the apology on Monday.", "SUPPORT", "Ann Cole"),
    ("Senator Lou Ruiz opposed oil drilling in the park.", "REJECT", "Ruiz"),
    ("Home Secretary Tom Vale has condemned the leak of the memo.", "ACCUSE", "Tom Vale"),
    ("Chancellor Ruth Ames dismissed the forecast as fantasy.", "REJECT", "Ames"),
    ("Premier Wen Li dismissed questions about the loan to her brother.", "REJECT", "Wen Li"),
    ("Labour MP Jo Pratt is a Catholic and has opposed stem cell research.", "REJECT", "Pratt"),
    ("Transport Secretary Ray Dunn spoke in Leeds on Friday. Mr Dunn later denied that his party was divided.",
     "REJECT", "Dunn"),
])
def test_a_political_speakers_lone_stand_on_a_thing_is_kept(text, etype, subject, events_named):
    assert any(subject in (s or "") for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype, subject", [
    ("The bond strategist Ray Dunn welcomed the apology.", "SUPPORT", "Dunn"),             # no office
    ("Ray Dunn, a bond strategist, condemned the leak of the memo.", "ACCUSE", "Dunn"),
    ("Ann Cole, a retired teacher, welcomed the apology on Monday.", "SUPPORT", "Ann Cole"),
    ("Senator Lou Ruiz did not welcome the apology.", "SUPPORT", "Ruiz"),                  # negated
    ("Senator Lou Ruiz refused to condemn the leak of the memo.", "ACCUSE", "Ruiz"),       # refused
    ("Chancellor Ruth Ames dismissed it as fantasy.", "REJECT", "Ames"),                   # a pronoun
    ("Senator Lou Ruiz welcomed the rain after the long drought.", "SUPPORT", "Ruiz"),      # no one's act
])
def test_a_stand_by_no_office_or_not_taken_on_a_thing_is_not(text, etype, subject, events_named):
    assert not any(subject in (s or "") for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype, subject", [
    ("Premier Wen Li welcomed the apology on Monday.", "SUPPORT", "Wen Li"),
    ("Councillor Joe Bell welcomed the apology.", "SUPPORT", "Joe Bell"),
    ("Scottish Labour MSP Ann Lee opposed the tolls on the bridge.", "REJECT", "Ann Lee"),
    ("Conservative MEP Tom Hale condemned the leak of the memo.", "ACCUSE", "Tom Hale"),
    ("MPs voted 300-200 in favour of the bill on Monday.", "SUPPORT", "MPs"),
])
def test_offices_of_government_and_members_of_chambers_are_political_speakers(text, etype, subject, events_named):
    assert any(subject.lower() in (s or "").lower() for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype, subject", [
    ("Chancellor Ruth Ames refused to deny claims that she had misled MPs.", "REJECT", "Ames"),  # a denial declined
    ("Premier Wen Li said she was standing by her remarks.", "SUPPORT", "Wen Li"),              # her own remarks
    ("Chancellor Ruth Ames said she recognised people's concerns about the tax.", "SUPPORT", "Ames"),  # admitted
    ("Chancellor Ruth Ames had to press the reset button on the policy.", "REQUEST", "Ames"),      # a thing pushed
])
def test_a_denial_declined_ones_own_words_stood_by_and_a_thing_pressed_are_no_stand(text, etype, subject,
                                                                                    events_named):
    assert not any(subject in (s or "") for s in lone(events_named, text, etype)), text


def test_a_request_pressed_on_people_is_still_a_request(events_named):
    events = events_named("Chancellor Ruth Ames pressed ministers to act.")
    assert any(kind == "REQUEST" and "Ames" in (s or "") for kind, s, _ in events)


@pytest.mark.parametrize("text, etype, subject", [
    ("Senator Lou Ruiz welcomed his return to the cabinet.", "SUPPORT", "Ruiz"),            # a person's own act
    ("Councillor Joe Bell praised the Halvorsen Group's offer to the town.", "SUPPORT", "Bell"),
])
def test_a_lone_stand_on_a_thing_that_names_its_own_side_is_not_kept_without_it(text, etype, subject, events_named):
    assert not any(subject in (s or "") for s in lone(events_named, text, etype)), text
