"""Who attacked: perpetrators named by apposition, participle, copula or title
(resolve/named_doers.py); attacks stated by the firing itself (force.weapon_fired); a named victim's
one attacker for its agentless attacks (responsibility.same_victim_attacker). Sentences written for
these tests."""
import pytest

from newsgraph.evaluation.probes import names_of


def attacks(analysis, gazetteer, word=None):
    """(attacker names, sentence) of the ASSAULT events, of the sentences holding `word` if given."""
    return [(names_of(analysis, e.subject, gazetteer), e.sentence) for e in analysis.events
            if e.type == "ASSAULT" and (word is None or word in e.sentence)]


def attacked_by(analysis, gazetteer, name, word=None) -> bool:
    return any(name in names for names, _ in attacks(analysis, gazetteer, word))


@pytest.mark.parametrize("text, name, word", [
    # the participle names the description it hangs on
    ("The suspect, identified by police as Glen Ashby, walked into the depot and shot a guard.", "glen ashby",
     "depot"),
    # the named person is called the doer, and the story goes on with the description
    ("Rhys Carden, the suspected gunman, was arrested in Cardiff. Police say the gunman shot a taxi driver on "
     "Friday.", "rhys carden", "taxi"),
    ("Murder suspect Noor Vance appeared in court on Monday. Prosecutors say the suspect attacked a nurse "
     "outside the clinic.", "noor vance", "nurse"),
    ("That man, Abel Drury, is the main suspect. Police believe the suspect stabbed two students in Leeds.",
     "abel drury", "students"),
])
def test_the_one_named_as_the_doer_is_the_attacker(text, name, word, analyse_text, gazetteer):
    analysis = analyse_text(text)
    assert attacked_by(analysis, gazetteer, name, word), attacks(analysis, gazetteer)


def test_a_killer_of_another_case_lends_no_name_to_the_suspect(analyse_text, gazetteer):
    text = ("Police say the suspect shot a deputy in Compton on Friday. Lee Marsh is the main suspect. "
            "The deputy's father was killed in 1999; his killer, Otis Brand, is serving a life sentence.")
    analysis = analyse_text(text)
    assert not attacked_by(analysis, gazetteer, "otis brand", "Compton"), attacks(analysis, gazetteer)
    assert attacked_by(analysis, gazetteer, "lee marsh", "Compton"), attacks(analysis, gazetteer)


@pytest.mark.parametrize("text, name", [
    ("Carla Voss opened fire at the depot on Monday morning, police said.", "carla voss"),
    ("The gunman walked into the canteen and began firing a rifle.", "gunman"),
    ("The bomber, who blew himself up at the gate, was 19, officials said.", "bomber"),
    ("One man died after being shot by a gunman outside a bar in Dundee.", "gunman"),
])
def test_an_attack_stated_by_the_firing_itself(text, name, analyse_text, gazetteer):
    analysis = analyse_text(text)
    assert attacked_by(analysis, gazetteer, name), [(e.type, e.trigger) for e in analysis.events]


@pytest.mark.parametrize("text", [
    "The farmer fired his shotgun into the air to scare the crows.",
    "The guard opened fire into the air to scare off the intruders.",
    "The documentary was shot by a crew from Glasgow.",
    "He was afraid he was going to be shot, the sheriff said.",
    "Rooney fired a shot over the bar in the second half.",
])
def test_shots_at_no_one_are_no_attack(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "ASSAULT"]


def test_a_named_victims_agentless_attack_is_by_its_one_attacker(analyse_text, gazetteer):
    text = ("Two officers shot Daniel Okafor outside a shop in Croydon on Saturday. "
            "An autopsy showed that Okafor was shot four times in the back.")
    analysis = analyse_text(text)
    assert attacked_by(analysis, gazetteer, "officers", "autopsy"), attacks(analysis, gazetteer)


def test_a_victim_attacked_by_two_lends_neither(analyse_text, gazetteer):
    text = ("On Friday a man stabbed Tom Pryce in a pub in Hull. Later a woman punched Tom Pryce in the street. "
            "Pryce was attacked again on Sunday.")
    analysis = analyse_text(text)
    assert not [names for names, _ in attacks(analysis, gazetteer, "Sunday") if names], attacks(analysis, gazetteer)


def test_a_past_tense_verb_on_a_root_noun_is_its_act(analyse_text, gazetteer):
    """The parser may read "A man stabbed X in a pub" as a noun phrase ('stabbed' a modifier)."""
    analysis = analyse_text("A drunk man stabbed Tom Pryce in a pub in Hull on Friday.")
    assert attacked_by(analysis, gazetteer, "drunk man"), attacks(analysis, gazetteer)
    analysis = analyse_text("A teenager stabbed in a park in Hull was named by police.")
    assert not attacked_by(analysis, gazetteer, "teenager"), attacks(analysis, gazetteer)


@pytest.mark.parametrize("text, name", [
    ("The Taliban said its fighters attacked a police post in Kunduz.", "taliban"),
    ("Russia said those killed by its forces near Kupiansk were soldiers.", "russia"),
])
def test_forces_a_possessive_pronoun_owns_are_the_owners(text, name, analyse_text, gazetteer):
    """resolve/owned_forces.py: "its fighters" are the group; a state's "its forces" its military."""
    analysis = analyse_text(text)
    assert any(name in " ".join(names) for names, _ in attacks(analysis, gazetteer)), attacks(analysis, gazetteer)

