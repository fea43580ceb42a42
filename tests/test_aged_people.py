"""People told of by their age alone (resolve/aged_people.py): "police arrested a 19-year-old" names
an unnamed person the act is on, as "a gunman" does; an age after "as" or before a noun names no one
new. Sentences are our own."""
import pytest


def sides(analysis, kind):
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == kind]


@pytest.mark.parametrize("text, kind, age", [
    ("Detectives arrested a 16-year-old in Leeds on Friday night.", "COERCE", "16-year-old"),
    ("The police later announced the arrest of a 20-year-old from Hull.", "COERCE", "20-year-old"),
    ("A 14-year-old was stabbed outside a school in Croydon.", "ASSAULT", "14-year-old"),
    ("Prosecutors have charged two 18-year-olds with arson.", "ACCUSE", "18-year-olds"),
])
def test_an_age_alone_names_the_person_acted_on(analyse_text, text, kind, age):
    assert any(obj == age for _, obj in sides(analyse_text(text), kind))


def test_an_age_after_as_names_no_one(analyse_text):
    analysis = analyse_text("He was first jailed as a 17-year-old for burglary.")
    assert not any(e.name.endswith("year-old") for e in analysis.entities.values())
