"""Every event gets the place the text gives it, and says how it was found: from its clause, its
sentence, its paragraph or the story's dateline. Only places are places."""
from __future__ import annotations

import pytest

from newsgraph.model import LOCATION_METHODS as METHODS


def _places(analysis) -> list[tuple[str, str | None, str | None]]:
    out = []
    for ev in analysis.events:
        entity = analysis.entities.get(ev.location) if ev.location else None
        out.append((ev.type, entity.name if entity else None, ev.location_method))
    return out


@pytest.mark.parametrize(("text", "place", "method"), [
    ("Israeli troops arrested two Palestinian militants near Hebron on Tuesday.", "Hebron", "clause"),
    ("Turkish jets bombed Kurdish militants outside Mosul, killing 12.", "Mosul", "clause"),
    ("Insurgents attacked an Iraqi army convoy 20 km north of Baghdad on Sunday, killing four soldiers.",
     "Baghdad", "clause"),
    ("Gunmen killed three policemen in the village of Kafr Nabl in Idlib province.", "Kafr Nabl", "clause"),
    ("Iraqi officials in Baghdad accused Turkey of violating Iraq's sovereignty.", "Baghdad", "sentence"),
    ("Heavy fighting was reported in Damascus on Monday. Syrian troops shelled rebel positions, killing five "
     "fighters.", "Damascus", "paragraph"),
    ("MOSUL, Iraq (Reuters) - Iraqi troops shelled Islamic State positions on Tuesday, killing 12 militants.",
     "Mosul", "dateline"),
])
def test_the_event_is_placed_from_the_strongest_evidence(analyse_text, text, place, method):
    placed = [(name, how) for _, name, how in _places(analyse_text(text)) if name]
    assert placed, "no event was placed"
    assert placed[0] == (place, method)


def test_a_route_places_the_event_at_one_of_its_ends(analyse_text):
    text = "Taliban fighters ambushed an Afghan army patrol on the road between Kabul and Jalalabad, killing two soldiers."
    placed = {(name, how) for _, name, how in _places(analyse_text(text))}
    assert placed & {("Kabul", "clause"), ("Jalalabad", "clause")}


def test_a_place_in_another_paragraph_is_not_the_events(analyse_text):
    text = "Heavy fighting was reported in Damascus on Monday.\n\nSyrian troops shelled rebel positions, killing five fighters."
    shelling = [p for p in _places(analyse_text(text)) if p[0] == "ASSAULT"]
    assert shelling and (None, None) in {(name, how) for _, name, how in shelling}


def test_an_actors_country_in_a_possessive_is_not_the_place(analyse_text):
    text = "Egypt's army killed five militants, the military spokesman said."
    assert all(name is None for _, name, _ in _places(analyse_text(text)))


def test_places_are_places_and_methods_are_declared(sample_export):
    entities = {e["id"]: e for e in sample_export["entities"]}
    events = sample_export["events"]
    assert any(ev["location"] for ev in events)
    for ev in events:
        if ev["location"] is None:
            assert ev["location_method"] is None
            continue
        assert entities[ev["location"]]["type"] in ("LOCATION", "COUNTRY"), ev
        assert ev["location_method"] in METHODS


@pytest.mark.parametrize(("text", "kind", "place"), [
    # the town struck, raided or left is the act's site, before a wider place of its clause
    ("Russian forces shelled Kharkiv overnight, Ukraine said.", "ASSAULT", "Kharkiv"),
    ("Israeli jets struck Rafah on Tuesday, and rockets hit Donetsk.", "ASSAULT", "Rafah"),
    ("Gunmen attacked Djibo in northern Burkina Faso on Sunday.", "ASSAULT", "Djibo"),
    ("Security forces raided Jenin in the occupied West Bank overnight.", "ASSAULT", "Jenin"),
    ("Troops sealed off Nablus in the West Bank on Friday.", "COERCE", "Nablus"),
])
def test_a_town_an_act_on_the_ground_takes_is_its_place(analyse_text, text, kind, place):
    placed = [(name, how) for typ, name, how in _places(analyse_text(text)) if typ == kind]
    assert placed and placed[0] == (place, "clause")


def test_a_town_named_for_its_government_is_no_site_of_words(analyse_text):
    # "accused Kyiv": the government by metonymy; where the accusing happened is the sentence's place
    text = "Officials in Moscow accused Kyiv of sabotage on Monday."
    placed = [(name, how) for typ, name, how in _places(analyse_text(text)) if typ == "ACCUSE"]
    assert placed and placed[0][0] != "Kyiv"
