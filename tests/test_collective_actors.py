"""Unnamed officials, institutions and civil groups act in news ("prosecutors charged", "the court
sentenced", "rights groups accused", "unions called a strike"): each word of the collective
vocabulary (generic_kinds in data/lexicon/words/extract.yaml) that names an actor of its own gives
an event with that collective as its subject, typed by its kind; a country modifier qualifies it;
commentators (analysts, experts, observers) are sources, never actors."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import table, words

# (lemma of the collective's head, event type, a news sentence of our own)
SENTENCES = [
    ("official", "ACCUSE", "Officials accused the contractor of stealing relief funds."),
    ("authority", "COERCE", "Authorities detained four bloggers in the capital."),
    ("prosecutor", "ACCUSE", "Prosecutors charged the former police chief with torture."),
    ("prosecutor", "ACCUSE", "The prosecutor charged the bank manager with embezzlement."),
    ("prosecution", "ACCUSE", "The prosecution accused the general of ordering the massacre."),
    ("investigator", "ACCUSE", "Investigators accused the militia of executing prisoners."),
    ("judge", "SANCTION", "Judges sentenced the rebel commander to life in prison."),
    ("magistrate", "SANCTION", "The magistrates convicted two opposition activists of sedition."),
    ("court", "SANCTION", "The court sentenced the journalist to three years in prison."),
    ("tribunal", "SANCTION", "The tribunal convicted the warlord of war crimes."),
    ("lawmaker", "REJECT", "Lawmakers rejected the government's emergency decree."),
    ("legislator", "ACCUSE", "Legislators accused the army of hiding the death toll."),
    ("mp", "ACCUSE", "MPs criticised the interior minister over the prison deaths."),
    ("senator", "REQUEST", "Senators urged the president to withdraw the troops."),
    ("congressman", "ACCUSE", "Congressmen accused the agency of misleading the public."),
    ("parliamentarian", "ACCUSE", "Parliamentarians condemned the arrest of the opposition leader."),
    ("councillor", "ACCUSE", "Councillors accused the mayor of corruption."),
    ("councilor", "REJECT", "Councilors rejected the mining company's plan."),
    ("regulator", "SANCTION", "The regulator suspended the broadcaster's licence."),
    ("watchdog", "ACCUSE", "The competition watchdog accused the supermarkets of fixing milk prices."),
    ("inspector", "ACCUSE", "Inspectors accused the factory owners of hiding violations."),
    ("auditor", "ACCUSE", "Auditors accused the health ministry of wasting aid money."),
    ("diplomat", "REQUEST", "Diplomats urged the junta to release the detained ministers."),
    ("officer", "COERCE", "Officers arrested the protest leaders outside the courthouse."),
    ("agent", "COERCE", "Federal agents arrested two suspects in the bombing."),
    ("guard", "COERCE", "Prison guards detained the escaped inmates."),
    ("trooper", "COERCE", "State troopers arrested the driver."),
    ("detective", "COERCE", "Detectives arrested a man over the shooting."),
    ("warder", "COERCE", "Warders locked up the prisoners who had rioted."),
    ("union", "PROTEST", "Unions called a general strike against the pay freeze."),
    ("union", "REJECT", "The union rejected the employers' offer."),
    ("campaigner", "ACCUSE", "Campaigners accused the oil company of polluting the delta."),
    ("critic", "ACCUSE", "Critics accused the governor of rigging the tender."),
    ("elder", "REQUEST", "Elders urged the warring clans to end the fighting."),
    ("cleric", "ACCUSE", "Clerics condemned the bombing of the church."),
    ("clergy", "ACCUSE", "The clergy denounced the killings of villagers."),
    ("ngo", "ACCUSE", "NGOs accused the government of blocking food aid."),
    ("local", "ACCUSE", "Locals accused the soldiers of looting shops."),
]

# the words this vocabulary added for officials, institutions and civil groups
KINDS = {typ: set(lemmas) for typ, lemmas in table("generic_kinds").items()}
OFFICIAL_WORDS = KINDS["GOVERNMENT"] - {"mps"}
CIVIL_WORDS = {"union", "campaigner", "critic", "elder", "cleric", "clergy", "ngo", "local"}
POLICE_LIKE = {"officer", "agent", "guard", "trooper", "detective", "warder"}


def subject_of(analysis, typ: str):
    for event in analysis.events:
        if event.type == typ and event.subject:
            return analysis.entities[event.subject]
    return None


@pytest.mark.parametrize(("word", "typ", "text"), SENTENCES, ids=lambda v: v if " " not in v else "")
def test_the_collective_acts(word, typ, text, analyse_text):
    subject = subject_of(analyse_text(text), typ)
    assert subject is not None, f"no {typ} event with a subject in {text!r}"
    kind = next(k for k, lemmas in KINDS.items() if word in lemmas)
    assert subject.key.startswith("GENERIC:") and subject.type == kind, (text, subject)
    assert word in subject.key.split(":")[1].replace(" ", ""), (text, subject.key)


def test_every_added_word_has_a_sentence():
    tested = {w for w, _, _ in SENTENCES}
    assert sorted((OFFICIAL_WORDS | CIVIL_WORDS | POLICE_LIKE) - tested) == []
    assert CIVIL_WORDS <= KINDS["OTHER"] and POLICE_LIKE <= KINDS["MILITARY"]


@pytest.mark.parametrize(("text", "typ", "country"), [
    ("Kenyan prosecutors charged a police commander with murder.", "ACCUSE", "Kenya"),
    ("Zambian lawmakers rejected the loan agreement.", "REJECT", "Zambia"),
    ("Peruvian campaigners accused the mining firm of poisoning the river.", "ACCUSE", "Peru"),
])
def test_a_country_modifier_qualifies_the_collective(text, typ, country, analyse_text):
    subject = subject_of(analyse_text(text), typ)
    assert subject is not None and subject.key.startswith("GENERIC:"), text
    assert f"({country})" in subject.name, subject.name


@pytest.mark.parametrize(("text", "typ", "country"), [
    ("Belarusian agents abducted the blogger in Vilnius.", "ASSAULT", "BLR"),
    ("Georgian officers detained the opposition mayor.", "COERCE", "GEO"),
])
def test_a_country_s_security_agents_act_for_it(text, typ, country, analyse_text):
    # agents and officers are no forces of their own: the country's forces (or the agents of the country) act
    subject = subject_of(analyse_text(text), typ)
    assert subject is not None and subject.country == country, text


@pytest.mark.parametrize("text", [
    "Analysts criticised the central bank's decision.",
    "Experts accused the ministry of underestimating the outbreak.",
    "Observers condemned the violence after the vote.",
])
def test_commentators_are_no_actors(text, analyse_text):
    analysis = analyse_text(text)
    assert all(e.subject is None for e in analysis.events), [(e.type, e.subject) for e in analysis.events]


def test_commentators_are_not_in_the_vocabulary():
    vocabulary = {w for lemmas in KINDS.values() for w in lemmas} | set(words("collective_singulars"))
    assert vocabulary & {"analyst", "expert", "observer", "commentator", "pundit"} == set()


@pytest.mark.parametrize("text", [
    "The telecoms watchdog Ofcom accused the broadcaster of misleading viewers.",
    "The regulator, Ofgem, accused the energy firm of overcharging customers.",
])
def test_a_collective_named_beside_is_no_kind(text, analyse_text):
    # the body's own name follows its description: the description is not a side of its own
    analysis = analyse_text(text)
    assert not [e for e in analysis.events if (e.subject or "").startswith("GENERIC:")], \
        [(e.type, e.subject) for e in analysis.events]


@pytest.mark.parametrize("text, name", [
    ("The telecoms watchdog Ofcom accused the broadcaster of misleading viewers.", "Ofcom"),
    ("The regulator, Ofgem, accused the energy firm of overcharging customers.", "Ofgem"),
])
def test_the_named_body_beside_its_description_acts(text, name, analyse_text):
    analysis = analyse_text(text)
    names = {analysis.entities[e.subject].name for e in analysis.events if e.subject in analysis.entities}
    assert any(name in n for n in names), [(e.type, e.subject) for e in analysis.events]
