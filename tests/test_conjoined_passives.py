"""Passives joined under one auxiliary share their sides (extract/voice.py conjoined_participle,
unwritten_sides.conjoined_agent): "X was fined and criticised by Y" is Y fining X and Y criticising
X. Sentences are our own."""
from __future__ import annotations

import pytest


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    # the agent of the later passive is the earlier one's too
    ("Siemens was fined and criticised by German regulators over the bribery scandal.", "SANCTION",
     "regulator", "siemens"),
    # the subject of the earlier passive is acted on by the later one too
    ("Siemens was fined and criticised by German regulators over the bribery scandal.", "ACCUSE",
     "regulator", "siemens"),
    ("Jonas Berg was detained and charged by Swedish police on Monday.", "ACCUSE", "police", "jonas berg"),
])
def test_joined_passives_share_agent_and_patient(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert any(s and doer in s and o and undergoer in o for s, o in found), found


def test_a_joined_verb_with_its_own_subject_is_its_own_clause(analyse_text):
    # "police charged him": the second verb is active, its subject its own
    found = roles(analyse_text("Jonas Berg was detained on Monday and Swedish police charged him with fraud."),
                  "ACCUSE")
    assert not any(o and "police" in o for _, o in found), found


def test_an_active_pair_is_no_passive(analyse_text):
    found = roles(analyse_text("Swedish police have detained and charged Jonas Berg."), "ACCUSE")
    assert any(s and "police" in s and o and "jonas berg" in o for s, o in found), found


# --- extract/verbal.py thing_owner: the owner a participle after the thing acted on names

@pytest.mark.parametrize(("text", "etype", "owner"), [
    ("Spanish police seized a yacht belonging to Viktor Orlov.", "COERCE", "viktor orlov"),
    ("Houthi rebels attacked a tanker owned by a Greek company in the Red Sea.", "ASSAULT", "greek company"),
])
def test_the_owner_of_a_thing_acted_on_is_the_side(text, etype, owner, analyse_text):
    found = roles(analyse_text(text), etype)
    assert any(o and owner in o for _, o in found), found


def test_a_thing_without_an_owner_gives_no_side(analyse_text):
    found = roles(analyse_text("Spanish police seized a yacht moored in Marbella."), "COERCE")
    assert all(o is None or "marbella" not in o for _, o in found), found


# --- clause_roles.subject_token (unwritten_sides.unowned_passive): a passive clause with a patient of its
# own, joined to another clause by a conjunction of its own, is a report of its own and takes no doer
# from that clause's subject

@pytest.mark.parametrize(("text", "etype", "not_doer", "undergoer"), [
    ("Mr Ortiz said rioters burned cars and that a shop owner had been attacked.", "ASSAULT", "rioter",
     "shop owner"),
    ("The senator said protesters blocked the road and that a journalist was assaulted.", "ASSAULT", "protester",
     "journalist"),
])
def test_a_passive_reported_on_its_own_takes_no_doer_from_the_clause_before(text, etype, not_doer, undergoer,
                                                                            analyse_text):
    found = roles(analyse_text(text), etype)
    assert any(o and undergoer in o for _, o in found), found
    assert not any(s and not_doer in s for s, _ in found), found


@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    # without a conjunction of its own the clause before tells the operation the passive ends
    ("Police raided the farmhouse and three men were arrested.", "COERCE", "police", "men"),
    ("Syrian jets struck overnight and five fighters were killed.", "ASSAULT", "syria", "fighter"),
    # joined to the verb of saying after its report: the reported act ends in it, not the saying
    ("Police said officers stormed the building, and four suspects were detained.", "COERCE", "officer",
     "suspect"),
    # its own "by" phrase still names the doer
    ("The minister said troops had withdrawn and that his aide was detained by Turkish police.", "COERCE",
     "police", "aide"),
    # a passive sharing the earlier verb's subject as its patient is undergone by that subject
    ("Jonas Berg fled to Spain but was arrested by Spanish police in June.", "COERCE", "police", "jonas berg"),
])
def test_a_joined_passive_keeps_its_own_sides(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert any(s and doer in s and o and undergoer in o for s, o in found), found


# --- unwritten_sides.acting_head: only an act tells the operation a joined passive ends; a report, a
# loss or a gain does not, and its subject is no doer of the passive

@pytest.mark.parametrize(("text", "etype", "not_doer", "undergoer"), [
    ("Police said the gang robbed the bank, and the manager was injured.", "ASSAULT", "police", "manager"),
    ("Hungary suffered a wave of riots last year, and 40 farmers were killed in clashes near Szeged.",
     "ASSAULT", "hungary", "farmer"),
    ("Mr Varga gained control of the party in 2010, and his rival Peter Kalman was imprisoned for fraud.",
     "COERCE", "varga", "kalman"),
])
def test_a_passive_joined_to_no_act_takes_no_doer_from_it(text, etype, not_doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert any(o and undergoer in o for _, o in found), found
    assert not any(s and not_doer in s for s, _ in found), found


def test_a_passive_joined_to_a_move_of_forces_keeps_their_doing(analyse_text):
    # not only the lexicon's acts end in a joined passive: forces moving in do the detaining
    found = roles(analyse_text("Troops moved into the town and dozens of men were detained."), "COERCE")
    assert any(s and "troop" in s for s, _ in found), found
