"""Violence told by a set phrase of gunfire ("opened fire", "gunned down", "shot dead"), done to a person
named by an object pronoun ("shot him"), or a beating with a thing only blows are dealt with: events,
with their attacker. Sentences written for these tests."""
import pytest

from named_events import folded_sides
from newsgraph.resolve.names import fold


def attacked_by(found, attacker: str) -> bool:
    return any(any(fold(attacker) in n for n in subj) for subj, _ in found)


@pytest.mark.parametrize("text, attacker", [
    # an object pronoun of a verb of bodily harm is someone harmed
    ("Witnesses said Marco Ruiz drew a knife and stabbed him in the neck.", "ruiz"),
    ("Investigators say Helen Marsh drove to the farmhouse and shot them both.", "marsh"),
    ("Police said Tariq Aziz strangled her after an argument.", "aziz"),
    # a beating with a weapon or a blunt thing is a blow, not a win
    ("Prosecutors said Pavel Novak beat him with a baseball bat outside a bar.", "novak"),
])
def test_a_named_attacker_of_a_person_named_by_a_pronoun_is_kept(text, attacker, analyse_text, gazetteer):
    assert attacked_by(folded_sides(analyse_text(text), gazetteer, "ASSAULT"), attacker)


@pytest.mark.parametrize("text", [
    "Hezbollah fighters opened fire on an Israeli patrol near the border.",
    "A prison guard was gunned down outside his home in Culiacan on Monday.",
    "A taxi driver was shot dead in Kingston, police said.",
])
def test_set_phrases_of_gunfire_are_attacks(text, analyse_text, gazetteer):
    assert folded_sides(analyse_text(text), gazetteer, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Spain beat Italy with a late goal from the substitute.",
    "The chef beat the eggs with a fork and added the flour.",
    "The manager fired him after a string of defeats.",
    "The bank lent it to them at five percent.",
])
def test_wins_firings_and_cooking_are_no_attacks(text, analyse_text, gazetteer):
    assert not folded_sides(analyse_text(text), gazetteer, "ASSAULT")


def test_an_arrest_of_a_pronoun_is_not_made_by_the_pronoun_rule(analyse_text):
    # "arrested him" may be anyone's act; its pronoun is no victim of harm
    events = analyse_text("He chased the man down the street and arrested him.").events
    assert not any(e.type == "ASSAULT" for e in events)


def test_the_victims_are_never_made_the_shooters(analyse_text, gazetteer):
    # the parser may join "shot" to the clause whose subject is the victims
    found = folded_sides(analyse_text("Police say she walked into the office where the two victims worked and shot "
                                  "them."), gazetteer, "ASSAULT")
    assert not any(any("victim" in n for n in subj) for subj, _ in found), found
