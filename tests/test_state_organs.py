"""Unnamed collectives of a state's organs of law ("prosecutors", "the court", "lawmakers") with no
place in the phrase belong to the story's country, one per country (resolve/state_organs.py)."""
import pytest


def key_of(resolved_entity, text: str, word: str) -> str | None:
    ent = resolved_entity(text, word)
    return ent.key if ent is not None else None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kenyan traders closed their stalls in Nairobi over a new levy. Kenya's finance ministry defended the levy. "
     "Prosecutors charged two customs clerks with fraud.", "Prosecutors", "GENERIC:prosecutor:gaz:KEN"),
    ("Ghana's cocoa farmers say prices are too low. Farmers in Kumasi and Accra burned sacks of beans. "
     "The court ordered the board to pay them.", "court", "GENERIC:court:gaz:GHA"),
    ("Peruvian farmers blocked roads near Lima on Tuesday. Peru's mining law is under review. "
     "Lawmakers rejected the new tax on Wednesday.", "Lawmakers", "GENERIC:lawmaker:gaz:PER"),
])
def test_an_organ_goes_to_the_story_country(resolved_entity, text, word, expected):
    assert key_of(resolved_entity, text, word) == expected


def test_the_name_says_the_country(resolved_entity):
    text = ("Kenyan traders closed their stalls in Nairobi over a new levy. Kenya's finance ministry defended the "
            "levy. Prosecutors charged two customs clerks with fraud.")
    assert resolved_entity(text, "Prosecutors").name == "prosecutors (Kenya)"


@pytest.mark.parametrize(("text", "word"), [
    # no country in the story: the kind stays as it was
    ("A man was arrested outside a bank on Monday. Prosecutors charged him with fraud.", "Prosecutors"),
    # two countries compete
    ("Indian and Pakistani fishermen are held on both sides. India and Pakistan trade charges. "
     "The court freed six of them.", "court"),
])
def test_an_organ_with_no_clear_country_stays_placeless(resolved_entity, text, word):
    assert key_of(resolved_entity, text, word).endswith(":")


def test_a_place_in_the_phrase_keeps_its_own(resolved_entity):
    text = ("Kenyan traders closed their stalls in Nairobi over a new levy. Kenya's finance ministry defended the "
            "levy. Prosecutors in Uganda charged two customs clerks with fraud.")
    assert "KEN" not in key_of(resolved_entity, text, "Prosecutors")


def test_two_stories_of_one_country_share_the_organ_and_two_countries_do_not(resolved_entity):
    kenya = ("Kenyan traders closed their stalls in Nairobi. Kenya's finance ministry defended the levy. "
             "Prosecutors charged two customs clerks.")
    kenya_again = ("Kenya's health ministry ordered an audit. Nurses in Mombasa and Nairobi went on strike. "
                   "Prosecutors charged a hospital director.")
    ghana = ("Ghana's cocoa farmers say prices are too low. Farmers in Kumasi and Accra burned sacks of beans. "
             "Prosecutors charged two board members.")
    keys = [key_of(resolved_entity, t, "Prosecutors") for t in (kenya, kenya_again, ghana)]
    assert keys[0] == keys[1] != keys[2]


@pytest.mark.parametrize(("text", "word"), [
    ("Serbian nationalists marched in Belgrade. Serbia's president condemned the march. "
     "The international court ruled against the general.", "court"),
    ("Serbian nationalists marched in Belgrade. Serbia's president condemned the march. "
     "The war crimes tribunal sentenced the general to life.", "tribunal"),
])
def test_an_organ_of_no_state_is_not_the_story_countrys(resolved_entity, text, word):
    assert "SRB" not in key_of(resolved_entity, text, word)


def test_another_state_in_the_sentence_leaves_it_placeless(resolved_entity):
    text = ("Greek workers marched through Athens again. Greece's unions called a strike. "
            "The German chancellor told lawmakers in Berlin to back the loan.")
    assert "GRC" not in key_of(resolved_entity, text, "lawmakers")


def test_a_sport_storys_court_is_no_states(resolved_entity):
    text = ("The Kenyan forward scored 30 points as Nairobi beat Mombasa in the basketball final. The coach "
            "praised his team after the match, the league's third title of the season for the club. "
            "The court was stormed by fans after the game.")
    ent = resolved_entity(text, "court")
    assert ent is None or "KEN" not in ent.key
