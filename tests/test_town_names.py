"""Towns the recogniser took for a person's or a body's name, or left untagged, read as places where the
story puts them where a place stands and never where only a person does (resolve/town_names.py).
Sentences are our own."""
from __future__ import annotations

import pytest


def _place(resolved_entity, text: str, word: str, nth: int = 0):
    entity = resolved_entity(text, word, nth)
    assert entity is not None, word
    return entity.type, entity.country


@pytest.mark.parametrize(("text", "word", "country"), [
    # Ukraine: objects of shelling, of "near"
    ("Russian artillery shelled Kherson overnight and troops advanced near Avdiivka, Ukraine said.", "Kherson", "UKR"),
    # Gaza and the West Bank: entered, hit
    ("Israeli tanks entered Jenin. Airstrikes hit Khan Younis and Rafah.", "Khan", "PSE"),
    ("Israeli tanks entered Jenin. Airstrikes hit Khan Younis and Rafah.", "Rafah", "PSE"),
    # the Sahel: attacked, "outside"; "withdrew from"
    ("Militants attacked Djibo in Burkina Faso on Sunday, and the army said dozens of soldiers died outside Djibo.",
     "Djibo", "BFA"),
    ("Malian troops withdrew from Kidal after the rebels attacked Timbuktu.", "Kidal", "MLI"),
    # Myanmar: bombed
    ("Resistance forces in Myanmar besieged Taunggyi last week.", "Taunggyi", "MMR"),
    ("Myanmar's junta aircraft bombed Pakokku and Magway on Tuesday.", "Pakokku", "MMR"),
    # Mexico: "in", raided (the recogniser calls it a nationality)
    ("Gunmen attacked a bar in Culiacan, Mexico. The cartel raided Culiacan again in June.", "Culiacan", "MEX"),
    # Syria: recaptured, captured
    ("Syrian government forces recaptured Daraa after a week of clashes.", "Daraa", "SYR"),
    ("Rebels captured Saraqib after heavy fighting in Syria.", "Saraqib", "SYR"),
])
def test_a_town_struck_taken_or_named_after_a_place_preposition_is_a_place(resolved_entity, text, word, country):
    assert _place(resolved_entity, text, word) == ("LOCATION", country)


def test_towns_the_recogniser_left_untagged_are_places_where_they_are_struck(resolved_entity):
    text = "Missiles hit Donetsk and Bakhmut before dawn. Ukraine said two people died."
    assert _place(resolved_entity, text, "Donetsk") == ("LOCATION", "UKR")
    assert _place(resolved_entity, text, "Bakhmut") == ("LOCATION", "UKR")
    assert _place(resolved_entity, "Missiles hit Donetsk and Bakhmut before dawn.", "Donetsk") == ("LOCATION", None)


def test_the_town_of_a_name_is_a_place_with_its_country(resolved_entity):
    assert _place(resolved_entity, "Militants stormed the town of Djibo in Burkina Faso and killed dozens of soldiers.",
                  "Djibo") == ("LOCATION", "BFA")


def test_a_shelled_town_is_a_place_in_the_event(analyse_text):
    analysis = analyse_text("Russian forces shelled Mariupol on Monday.")
    sides = {analysis.entities[k].type for ev in analysis.events if ev.type == "ASSAULT"
             for k in (ev.object, ev.location) if k in analysis.entities and analysis.entities[k].name == "Mariupol"}
    assert sides == {"LOCATION"}, [(ev.type, ev.object, ev.location) for ev in analysis.events]


@pytest.mark.parametrize(("text", "word"), [
    ("Jackson told the court that the officers struck Jackson twice.", "Jackson"),
    ("Michael Jackson arrived late. Fans surrounded Jackson outside the hotel.", "Jackson"),
    ("Mr Lincoln was injured. Protesters attacked Lincoln near his car.", "Lincoln"),
    ("Lincoln, 52, was injured when a car hit Lincoln near his home.", "Lincoln"),
    ("Officers hit Austin with a baton. Austin said he would sue.", "Austin"),
    ("Dr Chester treated the wounded. Gunmen attacked Chester in his clinic.", "Chester"),
    ("Chester said he was robbed. Thieves attacked Chester outside the club.", "Chester"),
    ("Marion said she was robbed. Thieves attacked Marion outside the club.", "Marion"),
    ("Marion Cotillard arrived in Cannes. Fans surrounded Marion at the festival.", "Marion"),
])
def test_a_town_s_name_the_story_uses_as_a_person_s_stays_a_person(resolved_entity, text, word):
    entity = resolved_entity(text, word, -1)
    assert entity is not None and entity.type == "PERSON", entity


@pytest.mark.parametrize(("text", "word"), [
    ("Florence said she was hit. Rioters attacked Florence outside her house.", "Florence"),
    ("Paris Hilton said she was robbed. Thieves struck Paris Hilton outside the club.", "Paris"),
    ("Charlotte Church said she had been attacked. Thieves hit Charlotte Church outside the club.", "Charlotte"),
    ("Victoria said she was robbed. Thieves attacked Victoria outside the club.", "Victoria"),
    ("Santiago said he was robbed. Thieves attacked Santiago outside the club.", "Santiago"),
    ("Orlando Bloom said he was robbed. Thieves attacked Orlando Bloom outside the club.", "Orlando"),
])
def test_a_person_named_like_a_town_is_never_made_a_place(resolved_entity, text, word):
    # the recogniser may call these a body's; what matters here is that the town rule leaves them alone
    entity = resolved_entity(text, word, -1)
    assert entity is None or entity.type != "LOCATION", entity


def test_a_name_struck_but_told_of_with_a_body_part_is_no_place(resolved_entity):
    entity = resolved_entity("Rioters hit Marion near the market. Marion's arm was broken.", "Marion", 0)
    assert entity is None or entity.type != "LOCATION", entity


def _gazetteer(*places):
    from newsgraph.geo.gazetteer import PLACE, Gazetteer

    gaz = Gazetteer()
    gaz.iso3 = {"UA": "UKR", "PS": "PSE", "EG": "EGY", "US": "USA", "TN": "TUN"}
    for name, country2, population, *feature in places:
        row = gaz.add(name, 0.0, 0.0, feature=feature[0] if feature else PLACE, country2=country2,
                      population=population)
        if feature and feature[0] == "capital":
            gaz.feature[row] = PLACE
            gaz.capitals.add(row)
    gaz.freeze()
    return gaz


def test_the_town_table_keeps_towns_above_the_threshold_and_capitals():
    from newsgraph.resolve.town_names import TOWN_PEOPLE, town_places

    table = town_places(_gazetteer(("Bakhmut", "UA", TOWN_PEOPLE + 1), ("Smallville", "US", TOWN_PEOPLE - 1),
                                   ("Tinycap", "PS", 900, "capital")))
    assert table["bakhmut"] == [TOWN_PEOPLE + 1, "UKR"]
    assert "smallville" not in table
    assert table["tinycap"] == [900, "PSE"]


def test_a_town_known_by_another_town_s_alternate_name_is_no_town():
    from newsgraph.geo.gazetteer import PLACE, Gazetteer
    from newsgraph.resolve.town_names import town_places

    gaz = Gazetteer()
    gaz.iso3 = {"US": "USA"}
    gaz.add("Topeka", 0.0, 0.0, feature=PLACE, country2="US", population=125_000, aliases=("Google",))
    gaz.freeze()
    assert "google" not in town_places(gaz) and "topeka" in town_places(gaz)


def test_a_town_with_a_namesake_close_in_size_abroad_has_no_country():
    from newsgraph.resolve.town_names import town_places

    table = town_places(_gazetteer(("Rafah", "PS", 126_000), ("Rafah", "EG", 44_000),
                                   ("Twinton", "US", 100_000), ("Twinton", "UA", 80_000)))
    assert table["rafah"] == [126_000, "PSE"]    # twice any namesake abroad
    assert table["twinton"] == [100_000, ""]


def test_a_town_named_after_a_larger_province_of_another_country_is_no_town():
    from newsgraph.geo.gazetteer import ADMIN1
    from newsgraph.resolve.town_names import town_places

    table = town_places(_gazetteer(("Statesville", "TN", 50_000), ("Statesville", "US", 9_000_000, ADMIN1),
                                   ("Oblastopol", "UA", 900_000), ("Oblastopol", "UA", 2_500_000, ADMIN1)))
    assert "statesville" not in table     # "Florida": the American state, not the Colombian town
    assert table["oblastopol"] == [900_000, "UKR"]   # "Kharkiv": the city of the province named after it


def test_a_town_named_after_a_country_larger_than_it_is_no_town():
    from newsgraph.geo.gazetteer import COUNTRY
    from newsgraph.resolve.town_names import town_places

    table = town_places(_gazetteer(("Tunisland", "TN", 50_000), ("Tunisland", "US", 9_000_000, COUNTRY)))
    assert "tunisland" not in table


@pytest.mark.parametrize(("text", "word"), [
    ("Time Warner owns 8% of Halifax. Tim Crawford, an economist at Halifax, the country's biggest mortgage lender, "
     "said prices rose.", "Halifax"),
    ("The striker scored twice in the Premiership win at Blackburn on Saturday. The goalkeeper saved a penalty "
     "and the league leaders won the match.", "Blackburn"),
    ("Blanchett won a Bafta in 1999 for her leading role in Elizabeth.", "Elizabeth"),
])
def test_a_body_a_club_and_a_work_named_after_a_town_are_no_place(resolved_entity, text, word):
    entity = resolved_entity(text, word, -1)
    assert entity is None or entity.type != "LOCATION", entity


def test_a_town_whose_namesake_abroad_disagrees_with_the_story_s_places_has_no_country(resolved_entity):
    text = ("A supermarket in Surrey was destroyed by fire on Friday. Fire engines fought the blaze at the store in "
            "Banstead, and police closed roads near Surrey.")
    surrey = resolved_entity(text, "Surrey", 0)
    assert surrey is not None and (surrey.type, surrey.country) == ("LOCATION", None)
    assert resolved_entity("Firefighters in Canada fought a blaze at a warehouse in Surrey overnight.",
                           "Surrey").country == "CAN"


def test_a_mistaken_town_sets_no_story_country(events_named):
    # GeoNames has no English counties: Surrey's namesake is a Canadian city
    found = events_named("A supermarket in Surrey was destroyed by fire. Police are appealing for witnesses.")
    assert not any(s == "Canadian police" for _, s, _ in found), found


def test_a_film_or_music_story_s_town_named_works_stay_as_tagged(resolved_entity):
    text = ("The film won three awards. In the movie, the hero gives the cure to the actress in Batman, and the "
            "director said the cast and the soundtrack made the film a box office hit.")
    entity = resolved_entity(text, "Batman", -1)
    assert entity is None or entity.type != "LOCATION", entity


def test_a_leader_s_name_before_administration_is_never_made_a_town(resolved_entity):
    text = "The rule was made by the Bush administration. Critics protested near Bush at the ranch."
    entity = resolved_entity(text, "Bush", -1)
    assert entity is None or entity.type != "LOCATION", entity


def test_a_name_the_resolving_gazetteer_knows_is_its_actor_not_a_town(nlp, tmp_path):
    # the gazetteer a document is resolved with decides, user files included: a name it knows is no town
    from newsgraph.resolve.gazetteer import load_gazetteer
    from newsgraph.resolve.town_names import town_names

    path = tmp_path / "people.yaml"
    path.write_text("- {id: SALOU_DJIBO, name: Salou Djibo, type: PERSON, country: NER, aliases: [Djibo]}\n",
                    encoding="utf-8")
    text = "Soldiers entered Djibo on Sunday, the army of Burkina Faso said."
    assert town_names(nlp(text), load_gazetteer()) == {"Djibo": "BFA"}
    assert "Djibo" not in town_names(nlp(text), load_gazetteer((str(path),)))
