"""Wrong actors of session 45 (actors45). Sentences are our own.
- One's ally, friend or confidant acts in their own name: "the chancellor's closest ally denied" is not
  the chancellor's act, "Russia's allies" are not Russia (outsider_nouns, extract/modifier_owners.py).
- An object "them" after a subject that acted on a plural is that plural, not the subject: "Police
  arrested the men, and the court convicted them" (resolve/they_pronouns.acted_them)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "owner"), [
    ("Senator Ruth Adams's closest ally has criticised the Treasury over the pension plans.", "Ruth Adams"),
    ("A friend of the singer Tom Baxter accused the newspaper of lying about him.", "Tom Baxter"),
    ("Russia's allies condemned Georgia for the shelling of the border villages.", "Russia"),
])
def test_an_ally_or_friend_is_not_the_one_they_side_with(events_named, text, owner):
    found = events_named(text)
    assert not any(t == "ACCUSE" and s == owner for t, s, _ in found), found


def test_a_named_persons_own_staff_still_act_for_a_body(events_named):
    found = events_named("Ford's managers have criticised the union for the strike at the Dagenham plant.")
    assert any(t == "ACCUSE" and s == "Ford" for t, s, _ in found), found


@pytest.mark.parametrize(("text", "kind", "doer", "acted_on"), [
    ("Police arrested the men on Friday, and a court later convicted them of robbery.", "SANCTION", "court", "men"),
    ("Police detained 30 protesters in Minsk on Sunday. A judge later jailed them for ten days.", "COERCE",
     "judge", "protesters"),
    ("Border guards stopped twelve migrants near the crossing and later released them.", "RETREAT",
     "guards", "migrants"),
])
def test_them_after_a_plural_acted_on_is_that_plural(events_named, text, kind, doer, acted_on):
    found = events_named(text)
    assert any(t == kind and s and doer in s and o and acted_on in o for t, s, o in found), found


def test_them_is_never_the_subject_that_acted_on_a_plural(events_named):
    found = events_named("Police arrested the men on Friday, and a court later convicted them of robbery.")
    assert not any(t == "SANCTION" and o and "police" in o.lower() for t, _, o in found), found


def test_them_of_a_subject_that_acted_on_no_plural_is_left_to_coreference(events_named):
    # the workers acted on nothing: "them" is the strikers the police dispersed, as before
    found = events_named("Striking workers marched on the ministry, and riot police dispersed them with tear gas.")
    assert any(t in ("COERCE", "ASSAULT") and o and "workers" in o for t, _, o in found), found
