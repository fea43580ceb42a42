"""Session 49 (objects49): a demand said without its addressee on what another actor owns (extract/demands.py).
REQUEST's other side is the one asked to act (PLOVER): the owner when the thing is its own to act on ("said
Belgium's asylum rules should be changed"), nobody when the owner holds the thing by another's grant or purchase
("said Maersk's stake in the port should be cut": a parliament or regulator cuts it, the owner is acted on)."""
import pytest

from named_events import event_sides


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("France said Belgium's asylum rules should be changed before the summer.", "france", "belgium"),
    ("Japan said North Korea's missile programme must be dismantled.", "japan", "korea"),
])
def test_a_demand_on_what_the_owner_does_asks_the_owner(text, subject, other, analyse_text):
    sides = event_sides(analyse_text(text), "REQUEST")
    assert any(subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize(("text", "owner"), [
    ("Denmark said Maersk's stake in the port should be cut to 20%.", "maersk"),
    ("Greenpeace said Vodafone's licence must be revoked.", "vodafone"),
    ("The opposition said Gazprom's shares in the bank should be sold.", "gazprom"),
])
def test_a_holding_cut_or_revoked_asks_nothing_of_its_owner(text, owner, analyse_text):
    sides = event_sides(analyse_text(text), "REQUEST")
    assert not any(owner in o for _, o in sides), (text, sides)
