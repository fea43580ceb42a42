"""A person's name with a quoted nickname inside it is one person's name, and the nickname alone
later in the story is that person (src/newsgraph/nicknames.py, resolve/names.py, resolve/surnames.py).
Sentences of our own."""
from __future__ import annotations

import pytest


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(("text", "name"), [
    ("Police said Dario 'Dee' Marsh was shot on Saturday.", "Dario 'Dee' Marsh"),
    ('Mob boss Victor "The Hammer" Lucchese died in prison on Tuesday.', 'Victor "The Hammer" Lucchese'),
    ("Prosecutors charged Samuel \u201cSweet Pea\u201d Carter with fraud.", "Samuel \u201cSweet Pea\u201d Carter"),
    ("Drug lord Miguel \u2018El Gato\u2019 Ramos escaped from prison.", "Miguel \u2018El Gato\u2019 Ramos"),
    ('Anthony "Big Lou" Ferro and Paul "The Nose" Vitale were jailed.', 'Anthony "Big Lou" Ferro'),
])
def test_a_name_with_a_quoted_nickname_is_one_person(nlp, text, name):
    assert ents(nlp, text).get(name) == "PERSON"


@pytest.mark.parametrize(("text", "name"), [
    # neither word is a listed given name nor tagged here; the story names the person elsewhere
    ('Rap mogul Dorian "Slim" Harker has been arrested for violating his parole. Mr Harker denies it.',
     'Dorian "Slim" Harker'),
    ("Memorial for Tavon 'Tee' Marsh, who was fatally wounded by police on Friday, turned ugly. Friends of "
     "Tavon Marsh wept.", "Tavon 'Tee' Marsh"),
])
def test_a_nicknamed_name_the_story_names_as_a_person_elsewhere_is_one_person(nlp, text, name):
    assert ents(nlp, text).get(name) == "PERSON", ents(nlp, text)


def test_the_nicknamed_person_is_the_side_acted_on(events_named):
    found = events_named("Memorial for Tavon 'Tee' Marsh, who was fatally wounded by police on Friday, turned ugly. "
                         "Friends of Tavon Marsh wept.")
    assert any(t == "ASSAULT" and o == "Tavon Marsh" for t, _, o in found), found


def test_two_nicknamed_names_side_by_side_stay_two_people(nlp):
    found = ents(nlp, 'Anthony "Big Lou" Ferro and Paul "The Nose" Vitale were jailed.')
    assert found.get('Anthony "Big Lou" Ferro') == "PERSON" and found.get('Paul "The Nose" Vitale') == "PERSON"


@pytest.mark.parametrize("text", [
    'The film "Jaws" director Steven Spielberg spoke to fans on Friday.',
    'Tom Hale said "Nobody" had called, and Anna Ruiz agreed.',
    "Studio Plans 'Hunger Games' Sequel",
    # a capitalised word elsewhere tagged a person's does not make a quoted title a nickname
    "Studio Plans 'Hunger Games' Sequel. Producer Nina Studio said filming starts in May.",
    'Critics praised the song "Blue Moon" Carla Diaz wrote.',
])
def test_a_quote_that_is_no_nickname_joins_no_name(nlp, text):
    # no entity holds the whole quote with words around it
    assert not any(sum(e.count(q) for q in "'\"\u201c\u201d") >= 2 for e in ents(nlp, text)), ents(nlp, text)


def test_the_nickname_alone_later_is_the_person(resolved_entity):
    text = "Police said Dario 'Dee' Marsh was shot on Saturday. Friends said Dee was unarmed."
    whole = resolved_entity(text, "Dario")
    nick = resolved_entity(text, "Dee", 1)
    assert whole is not None and whole.type == "PERSON" and whole.name == "Dario Marsh"
    assert "Dario 'Dee' Marsh" in whole.aliases
    assert nick is not None and nick.key == whole.key, (whole, nick)


def test_a_nicknamed_name_keys_as_the_name_without_it():
    from newsgraph.resolve.names import nickname, person_key

    assert person_key('Vincent "The Chin" Gigante') == person_key("Vincent Gigante")
    assert person_key("Joaquin \u2018El Chapo\u2019 Guzman") == person_key("Joaquin Guzman")
    assert nickname("Kimani 'Kiki' Gray") == "Kiki"
    assert nickname("Moshe Ya'alon") is None and person_key("Dan O'Neal") != person_key("Dan Neal")
