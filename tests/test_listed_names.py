"""A listed company's name opening a longer proper name (resolve/listed_names.py): "BT Retail",
"Tesla Energy", "Uber Eats", "Gazprom Neft" and "BP America" are units of the listed company, which
is their parent, not the company itself; "BT said", "Tesla's shares", a title, a role, a date, a
legal form, a common noun or the next sentence after the name keep the listed company. A firm's
regional unit the recogniser cut as a product ("Toyota" + "Motor Europe") is one name too, and a
country ending a firm's name still belongs to it ("Universal Music Germany"). Sentences are our own."""
from __future__ import annotations

import pytest


def entity_named(analysis, text: str):
    """The entity of the mention whose text is `text`."""
    key = next(m.entity for m in analysis.mentions if m.text == text)
    return analysis.entities[key]


def sides(analysis) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject, ""), names.get(e.object, "")) for e in analysis.events}


@pytest.mark.parametrize("text, name, parent", [
    ("BT Retail will cut 2,000 jobs next year.", "BT Retail", "gaz:CO-BT"),
    ("Tesla Energy won a contract to build batteries in Texas.", "Tesla Energy", "gaz:CO-TESLA"),
    ("Uber Eats was fined by the Dutch regulator.", "Uber Eats", "gaz:CO-UBER"),
    ("Gazprom Neft signed a deal with the Iraqi government.", "Gazprom Neft", "gaz:CO-GAZPROM"),
    ("The regulator fined Barclays Capital for misleading its clients.", "Barclays Capital", "gaz:CO-BARCLAYS"),
    ("BP America agreed to pay the fine.", "BP America", "gaz:CO-BP"),
])
def test_a_listed_name_opening_a_longer_name_is_a_unit_of_it(analyse_text, text, name, parent):
    ent = entity_named(analyse_text(text), name)
    assert (ent.name, ent.type, ent.parent) == (name, "ORGANIZATION", parent)


def test_the_unit_not_the_listed_company_is_the_side(analyse_text):
    found = sides(analyse_text("Uber Eats was fined by the Dutch regulator."))
    assert any(t == "SANCTION" and o == "Uber Eats" for t, _, o in found), found
    assert not any("Uber" == s or "Uber" == o for _, s, o in found)


def test_a_place_ending_a_listed_firms_unit_is_no_side(analyse_text):
    analysis = analyse_text("Tesla Germany said it would hire 500 workers.")
    assert entity_named(analysis, "Tesla Germany").parent == "gaz:CO-TESLA"
    assert not any(e.name == "Germany" for e in analysis.entities.values())


@pytest.mark.parametrize("text, mention", [
    ("BT said it would cut 2,000 jobs.", "BT"),
    ("Tesla's shares fell after the report.", "Tesla"),
    ("Uber Monday announced a deal with the drivers' union.", "Uber"),
    ("The union accused Tesla Chief Executive Elon Musk of breaking the law.", "Tesla"),
    ("Nvidia Blackwell chips were banned from export.", "Nvidia"),
    ("Ryanair Holdings said it would buy 100 planes.", "Ryanair"),
    ("The deal was signed by Tesla. Energy prices rose afterwards.", "Tesla"),
    ("The Tesla Board rejected the offer.", "Tesla"),
    ("Investors expect Teva Pharmaceuticals to cut prices.", "Teva"),
    ("The laptop runs on the Nvidia GeForce 8800 chipset, which Nvidia Quadro 4000 owners praised.", "Nvidia"),
])
def test_the_listed_company_alone_stays_itself(analyse_text, text, mention):
    ent = entity_named(analyse_text(text), mention)
    assert ent.reason == "gazetteer" and ent.parent is None, ent


def test_a_headline_keeps_the_listed_company(analyse_text):
    analysis = analyse_text("Tesla Beats Forecasts As Sales Rise")
    assert entity_named(analysis, "Tesla").reason == "gazetteer"


def test_a_regional_unit_read_as_a_product_joins_its_firms_name(analyse_text):
    found = sides(analyse_text("The union accused Toyota Motor Europe of breaking the deal."))
    assert ("ACCUSE", "union", "Toyota Motor Europe") in found, found


def test_a_country_ending_a_firms_name_still_belongs_to_it(analyse_text):
    analysis = analyse_text("Universal Music Germany sued the streaming service.")
    assert entity_named(analysis, "Universal Music Germany").type == "ORGANIZATION"
    assert not any(e.name == "Germany" for e in analysis.entities.values())


# a platform after "on", "in", "via" in a speech or posting act is the channel, not a side: no
# event takes it as subject or object (no rule needed: these guard against one)
@pytest.mark.parametrize("text, platform", [
    ("The minister said on Twitter that the army had killed three militants.", "Twitter"),
    ("The senator criticised the governor on Twitter.", "Twitter"),
    ("The opposition leader accused the government of fraud in a post on Facebook.", "Facebook"),
    ("The president wrote on Facebook that he would meet the Chinese leader.", "Facebook"),
    ("The group posted a video on YouTube threatening to attack the embassy.", "YouTube"),
    ("Hamas said in a statement on Telegram that it rejected the proposal.", "Telegram"),
    ("The general said in a WhatsApp message that the army would withdraw.", "WhatsApp"),
    ("The prime minister thanked the volunteers on Instagram.", "Instagram"),
])
def test_a_platform_in_a_speech_or_posting_act_is_the_channel(analyse_text, text, platform):
    found = sides(analyse_text(text))
    assert not any(platform in (s, o) for _, s, o in found), found


def test_a_platform_acted_on_is_a_side(analyse_text):
    assert ("SANCTION", "regulator", "Facebook") in sides(analyse_text("The regulator fined Facebook for breaking privacy rules."))


# the mirror case: a given name before a listed company's name that is also a surname
@pytest.mark.parametrize("text, name", [
    ("Sebastien Sainsbury resigned from the board on Monday.", "Sebastien Sainsbury"),
    ("Nikola Tesla was born in 1856 and died in New York.", "Nikola Tesla"),
    ("Henry Philips sold his shares last year.", "Henry Philips"),
])
def test_a_given_name_before_a_listed_company_name_makes_a_person(analyse_text, text, name):
    ent = entity_named(analyse_text(text), name)
    assert (ent.name, ent.type) == (name, "PERSON")


def test_the_person_with_a_company_surname_keeps_his_event(analyse_text):
    found = sides(analyse_text("Edsel Michelin resigned from the board of the tyre maker on Monday."))
    assert ("RETREAT", "Edsel Michelin", "") in found, found


def test_the_company_named_elsewhere_in_the_story_stays_the_company(analyse_text):
    analysis = analyse_text("Henry Philips sold his shares last year. Philips cut 5,000 jobs in March.")
    assert entity_named(analysis, "Henry Philips").type == "PERSON"
    assert entity_named(analysis, "Philips").key == "gaz:CO-PHILIPS"


@pytest.mark.parametrize("text, name, key", [
    ("Sainsbury's said sales fell in the quarter.", "Sainsbury", "gaz:CO-SAINSBURYS"),
    ("Tesla cut its prices in China.", "Tesla", "gaz:CO-TESLA"),
    ("Axel Springer bought a news website in Germany.", "Axel Springer", "gaz:CO-AXELSPRINGER"),
    ("The chairman of J Sainsbury resigned.", "J Sainsbury", "gaz:CO-SAINSBURYS"),
])
def test_the_company_alone_or_its_full_listed_name_stays_the_company(analyse_text, text, name, key):
    assert entity_named(analyse_text(text), name).key == key


@pytest.mark.parametrize("text", ["The charges were denied by Kowalski", "He met Sarkozy"])
def test_a_text_ending_in_a_one_word_person_is_analysed(analyse_text, text):
    # a one-word person at the very end has no word after it for a listed company's name to take
    name = text.rsplit(" ", 1)[1]
    assert entity_named(analyse_text(text), name).type == "PERSON"
