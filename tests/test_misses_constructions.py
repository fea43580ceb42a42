"""Constructions whose events the extraction missed (session 21, misses21): actors kept from acting
(extract/held_back.py), event nouns the parser made their participle's subject ("charges levelled
against X": extract/misread_participles.py), acts done by writing to someone (extract/written_to.py),
a court's ruling that a party's act was unlawful (extract/evaluative.py), and the lexicon entries
"contract", "take action against", "lay charges". Sentences written for newsgraph."""
import pytest

from named_events import event_sides


def sides_of(analyse_text, text, event_type):
    return event_sides(analyse_text(text), event_type)


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Israeli police prevented Palestinian journalists from entering the compound.", "israel", "journalists"),
    ("Opposition supporters were prevented from reaching parliament by riot police.", "police", "supporters"),
])
def test_an_actor_kept_from_acting_is_coerced(analyse_text, text, subject, other):
    sides = sides_of(analyse_text, text, "COERCE")
    assert any(s and subject in s and other in o for s, o in sides if o), (text, sides)


@pytest.mark.parametrize("text", [
    "The rate rise should stop the economy from overheating.",
    "The new rules will prevent that from happening again.",
    "There is nothing in the rules to prevent Lord Taylor from attending the House of Lords.",
    ("Lord Taylor of Warwick was released from prison in July 2003. He has not been seen in the House of Lords"
     " since, although there is nothing in the rules to prevent him from attending."),
])
def test_keeping_a_thing_from_happening_coerces_no_one(analyse_text, text):
    assert not sides_of(analyse_text, text, "COERCE"), text


def test_charges_misread_as_a_clause_accuse_the_one_charged(analyse_text):
    text = "Bribery charges levelled against Governor Rod Blagojevich are politically motivated, his lawyer said."
    sides = sides_of(analyse_text, text, "ACCUSE")
    assert any(o and "blagojevich" in o for _, o in sides), sides


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    ("The Kremlin has written to the Finnish government to protest against the border closure.", "ACCUSE",
     "russian", "finnish"),
    ("The Labour leader wrote to the prime minister demanding an inquiry into the loans.", "REQUEST",
     "labour", "minister"),
    ("The European Commission sent a letter to Microsoft urging it to open its code.", "REQUEST",
     "commission", "microsoft"),
    ("The Bulgarian president telephoned the Russian leader to complain about the gas cuts.", "ACCUSE",
     "bulgaria", "russia"),
])
def test_an_act_done_by_writing_is_done_to_the_one_written_to(analyse_text, text, event_type, subject, other):
    sides = sides_of(analyse_text, text, event_type)
    assert any(s and o and subject in s and other in o for s, o in sides), (text, sides)


def test_the_one_written_to_is_not_made_the_doer(analyse_text):
    sides = sides_of(analyse_text, "The Labour leader wrote to the prime minister demanding an inquiry.", "REQUEST")
    assert not any("minister" in s for s, _ in sides), sides


def test_a_protest_written_is_no_demonstration(analyse_text):
    events = analyse_text("Residents wrote to the council to protest against the new road.").events
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The High Court ruled that Uber's treatment of its drivers was unlawful.", "court", "uber"),
    ("The European Court of Justice ruled that Hungary's asylum law was illegal.", "court", "hungary"),
    ("The European Commission ruled that Microsoft's bundling of its media player was illegal.", "commission",
     "microsoft"),
    ("The tribunal ruled that Gazprom's stake in the venture was too high.", "tribunal", "gazprom"),
])
def test_a_ruling_that_a_partys_act_was_unlawful_accuses_it(analyse_text, text, subject, other):
    sides = sides_of(analyse_text, text, "ACCUSE")
    assert any(s and o and subject in s and other in o for s, o in sides), (text, sides)


@pytest.mark.parametrize("text", [
    "A French court ruled that Google's tax arrangements were legal.",
    "The election commission ruled that the Kenyan vote could go ahead in March.",
    "The judge ruled that Bernard Ebbers was mentally incompetent to testify.",
    "The judge ruled that the sentence was too harsh.",
])
def test_a_ruling_that_an_act_was_lawful_accuses_no_one(analyse_text, text):
    assert not sides_of(analyse_text, text, "ACCUSE"), text


@pytest.mark.parametrize(("text", "event_type", "subject", "other"), [
    ("Siemens signed a contract with Egypt to build three power stations.", "AGREE", "siemens", "egypt"),
    ("Alstom's contract with Egypt is worth two billion dollars.", "AGREE", "alstom", "egypt"),
    ("The Nigerian government took legal action against Shell over the oil spills.", "ACCUSE", "nigerian", "shell"),
    ("Canadian police laid terrorism charges against two Toronto men.", "ACCUSE", "police", "toronto"),
])
def test_lexicon_entries_of_agreements_and_legal_steps(analyse_text, text, event_type, subject, other):
    sides = sides_of(analyse_text, text, event_type)
    assert any(s and o and subject in s and other in o for s, o in sides), (text, sides)


def test_taking_action_with_no_one_against_is_no_accusation(analyse_text):
    assert not sides_of(analyse_text, "The Nigerian government took action on the oil spills.", "ACCUSE")


def test_a_contract_with_no_one_named_is_no_agreement(analyse_text):
    assert not sides_of(analyse_text, "BAE Systems announced a new contract to supply jets.", "AGREE")
