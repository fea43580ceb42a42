"""Deployments that move nothing are no MOBILIZE (extract/deployments.py): forces kept where they stand
(a standing verb in the passive or a participle, or a deployment said to hold now). A deployment that
moves forces stays one. Sentences are our own."""
import pytest

from named_events import named_sides
from newsgraph.extract import deployments


def mobilized(analysis) -> set:
    return named_sides(analysis, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "German soldiers are stationed in Kunduz, the ministry said.",
])
def test_forces_stationed_somewhere_move_nothing(analyse_text, analyse_without, text):
    assert mobilized(analyse_text(text)) == set()
    assert mobilized(analyse_without(text, (deployments, "STANDING_VERBS", frozenset())))


@pytest.mark.parametrize("text", [
    "Indian warships, currently deployed on anti-piracy patrols, seized a skiff.",
    "Chinese destroyers presently deployed in the Red Sea escorted a tanker.",
    "Egyptian troops are still deployed in Yemen, officials said.",
    "The French warship, already deployed in the region, picked up the crew.",
    "Turkish troops permanently deployed in Cyprus guard the line.",
])
def test_a_deployment_said_to_hold_now_moves_nothing(analyse_text, analyse_without, text):
    assert mobilized(analyse_text(text)) == set()
    assert mobilized(analyse_without(text, (deployments, "STANDING_ADVERBS", frozenset())))


@pytest.mark.parametrize("text, sides", [
    ("The United States stationed troops in Poland in 2017.", {("United States", "Poland")}),
    ("Kenyan troops were deployed in the capital to restore order after the riots.", {("Kenyan military", None)}),
    ("The Indian army deployed troops for the offensive in the valley.", {("Indian military", None)}),
])
def test_a_deployment_that_moves_forces_stays_one(analyse_text, text, sides):
    assert mobilized(analyse_text(text)) == sides
