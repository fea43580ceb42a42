"""A passive participle clause after the main clause, with no subject of its own, acts on the main clause's
subject (extract/voice.trailing_passive, adjuncts.controlled_patient, clause_roles.subject_token): "Smith
appeared in court, having been charged with murder" — Smith was charged, he charged no one. Sentences written
for newsgraph."""
from __future__ import annotations


def test_the_subject_undergoes_a_trailing_passive(events_named):
    found = set(events_named("Carlos Mendez appeared before a judge in Quito, having been charged with extortion."))
    assert ("ACCUSE", None, "Carlos Mendez") in found, found
    assert not any(t == "ACCUSE" and s == "Carlos Mendez" for t, s, _ in found), found


def test_a_trailing_passive_keeps_its_agent(events_named):
    found = set(events_named("Carlos Mendez resigned on Friday, having been accused of bribery by the Ecuadorian government."))
    assert any(t == "ACCUSE" and o == "Carlos Mendez" for t, _, o in found), found
