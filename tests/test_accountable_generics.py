"""Unnamed institutions as the other side of a reported demand, charge or stance
(extract/accountable.py, extract/said_about.py): "the police", "the authorities", "officials", "the
court", "the union" and kinds of firm are held to account; people in general, crowds and criminals
of a kind are not."""
import pytest

from newsgraph.extract.accountable import held_to_account
from newsgraph.extract.actors import KnownActors
from newsgraph.model import Entity
from newsgraph.resolve.resolution import Resolution

HELD = [   # (text, event type, the unnamed kind held to account)
    ("Amnesty International said the police had failed to protect the marchers.", "ACCUSE", "police"),
    ("Human Rights Watch said the authorities should free the bloggers.", "REQUEST", "authority"),
    ("Greenpeace said the troops had illegally detained the campaigners.", "ACCUSE", "troop"),
    ("Senator John Kerry said officials had lied about the costs.", "ACCUSE", "official"),
    ("Amnesty International said the court had violated the constitution.", "ACCUSE", "court"),
    ("Prime Minister Tony Blair said the union must call off the strike.", "REQUEST", "union"),
    ("The BMA said tobacco companies had misled smokers for decades.", "ACCUSE", "tobacco company"),
    ("Human Rights Watch said the abuses had been covered up by the police.", "ACCUSE", "police"),
    ("Amnesty International called for the authorities to release the bloggers.", "REQUEST", "authority"),
]

NOT_HELD = [   # demands on, or charges against, people in general, crowds or criminals of a kind
    ("Oxfam said protesters must go home.", "protester"),
    ("Amnesty International said residents should leave the area.", "resident"),
    ("Amnesty International said critics had lied about the plan.", "critic"),
    ("Oxfam said the lawyers had violated the constitution.", "lawyer"),
    ("Interpol said robbers had stolen the jewels.", "robber"),
    ("Oxfam called for residents to leave the valley.", "resident"),
]


@pytest.mark.parametrize(("text", "etype", "kind"), HELD)
def test_an_unnamed_institution_is_the_other_side_of_a_statement(text, etype, kind, analyse_text):
    found = analyse_text(text).events
    assert any(e.type == etype and (e.object or "").startswith(f"GENERIC:{kind}:") for e in found), \
        [(e.type, e.subject, e.object) for e in found]


@pytest.mark.parametrize(("text", "kind"), NOT_HELD)
def test_people_in_general_and_crowds_are_no_side_of_a_statement(text, kind, analyse_text):
    found = analyse_text(text).events
    assert not any(e.type in ("REQUEST", "ACCUSE", "DISAPPROVE") and (e.object or "").startswith(f"GENERIC:{kind}:")
                   for e in found), [(e.type, e.subject, e.object) for e in found]


def actors(typed: dict[str, str]) -> KnownActors:
    """What extraction knows of the actors `typed` (key -> the type the resolver gave it)."""
    entities = {key: Entity(key=key, name=key.split(":")[1], type=typ) for key, typ in typed.items()}
    return KnownActors(Resolution(entities=entities, mentions=(), token_entity={}, mention_head={}, roles={}))


@pytest.mark.parametrize(("key", "typ", "held"), [
    ("gaz:AMNESTY", "ORGANIZATION", True), ("GENERIC:police:", "MILITARY", True),
    ("GENERIC:authority:gaz:EGY", "GOVERNMENT", True), ("GENERIC:troop:", "MILITARY", True),
    ("GENERIC:mobile operator:", "ORGANIZATION", True), ("GENERIC:union:", "OTHER", True),
    ("GENERIC:resident:", "OTHER", False), ("GENERIC:protester:gaz:EGY", "OTHER", False),
    ("GENERIC:militant:", "ARMED_GROUP", False), ("GENERIC:critic:", "OTHER", False),
])
def test_institutional_kinds_are_held_to_account(key, typ, held):
    assert held_to_account(key, actors({key: typ})) is held


def test_the_type_the_resolver_gave_an_unnamed_actor_decides():
    # the same kind word typed a body of state is held to account, typed people of a place is not
    assert held_to_account("GENERIC:official:", actors({"GENERIC:official:": "GOVERNMENT"}))
    assert not held_to_account("GENERIC:official:", actors({"GENERIC:official:": "OTHER"}))
