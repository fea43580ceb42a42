"""An inquiry into a mishap accuses no one (extract/probed_incidents.py): a fire, a crash or a suicide
investigated is no ACCUSE; an inquiry into a crime, an actor, or a mishap suspected to be a crime stays one.
Sentences of our own."""
from __future__ import annotations

import pytest


def accusations(analysis) -> list[tuple[str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return [(names.get(e.subject, "-"), names.get(e.object, "-")) for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Detectives in Leeds are investigating the blaze that gutted a carpet warehouse on Sunday.",
    "The collapse of the footbridge is under investigation by the county police.",
    "Officers have opened an inquiry into how a prisoner was able to commit suicide in his cell at Brixton.",
    "The derailment near Hexham was reported on Friday and is under investigation by transport police.",
])
def test_an_inquiry_into_a_mishap_accuses_no_one(analyse_text, text):
    assert accusations(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "Detectives in Leeds are investigating the shooting of a taxi driver on Sunday.",
    "Detectives are investigating the blaze at a Leeds warehouse as arson.",
    "Police in Leeds are investigating a suspicious fire at the home of a local councillor.",
    "The Serious Fraud Office has opened an investigation into Halvorsen Shipping.",
])
def test_an_inquiry_into_a_crime_or_an_actor_stays_an_accusation(analyse_text, text):
    assert accusations(analyse_text(text)) != []
