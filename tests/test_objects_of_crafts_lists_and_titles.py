"""Objects named past the first word the parse offers (extract/crafts.py, targets.crew_of,
verbal.verbal_events): the people on a craft an act hits or seizes, and a later conjunct of people
when the first names no actor. Sentences written for these tests."""
import pytest

from newsgraph.evaluation.probes import names_of
from newsgraph.extract.crafts import plural
from newsgraph.resolve.names import fold


def objects(analysis, gazetteer, types=("ASSAULT", "COERCE")):
    return [names_of(analysis, e.object, gazetteer) for e in analysis.events if e.type in types]


def named(wanted: str, found: list[set[str]]) -> bool:
    return any(fold(wanted) in name for names in found for name in names)


@pytest.mark.parametrize("text, target", [
    # the people a craft carries
    ("A Spanish frigate intercepted two skiffs with nine Somali pirates off Puntland.", "pirates"),
    ("Rebels attacked a truck carrying three aid workers near Goma.", "aid workers"),
    # the crew its name says
    ("The Kenyan navy said it had sunk a pirate \"supply vessel\" near Lamu.", "pirates"),
    ("A Turkish patrol boat fired on a smuggler boat in the Aegean.", "smugglers"),
    # the people of a post or camp named by their kind, and the site of the attack a harm is told in
    ("Sudanese aircraft bombed a refugee camp near Kadugli.", "refugees"),
    ("Gunmen attacked a civilian convoy near Beni.", "civilians"),
    ("Four soldiers were killed in an assault against a police checkpoint near Gao.", "police"),
    ("Gendarmes raided a migrant camp near Dunkirk.", "migrants"),
])
def test_an_act_on_a_craft_falls_on_its_people(text, target, analyse_text, gazetteer):
    found = objects(analyse_text(text), gazetteer)
    assert named(target, found), found


@pytest.mark.parametrize("text", [
    # a vehicle of no one named stays no target (a civil ship is its own: tests/test_vessels.py)
    "A drone strike hit a minibus near Gondar.",
])
def test_a_craft_of_no_one_named_stays_no_target(text, analyse_text, gazetteer):
    analysis = analyse_text(text)
    assert all(e.object is None for e in analysis.events if e.type == "ASSAULT"), \
        [names_of(analysis, e.object, gazetteer) for e in analysis.events]


def test_a_later_conjunct_of_people_is_the_object_when_the_first_names_no_actor(analyse_text, gazetteer):
    found = objects(analyse_text("A car bomb in Mosul killed a police officer and a shopkeeper."), gazetteer)
    assert named("shopkeeper", found), found


def test_things_listed_after_a_site_are_no_object(analyse_text, gazetteer):
    # only people listed after people: the station's holder stays the target, not the banks
    found = objects(analyse_text("Youths attacked a police station, shops and banks in Athens."), gazetteer)
    assert named("police", found) and not named("banks", found), found


@pytest.mark.parametrize("noun, plural_form", [("pirate", "pirates"), ("militiaman", "militiamen"),
                                               ("militia", "militias"), ("smuggler", "smugglers")])
def test_a_kind_is_named_in_the_plural(noun, plural_form):
    assert plural(noun) == plural_form


SPORT = ("Nadal beat Federer in the final of the tournament. The match was a triumph, his coach said, and the "
         "fans cheered the champion. The league said the tournament would go on. {} Players and fans cheered "
         "after the match.")


def relations(analysis, gazetteer):
    return [(e.type, names_of(analysis, e.object, gazetteer)) for e in analysis.events
            if e.type in ("AFFILIATION", "LEADERSHIP")]


@pytest.mark.parametrize("title", [
    "Spanish tennis chief Miguel Diaz praised the serve.",
    "Later, Ghana FA spokesman Kwame Mensah welcomed the result.",
])
def test_a_field_title_in_sport_news_is_no_tie_to_the_state(title, analyse_text, gazetteer):
    found = relations(analyse_text(SPORT.format(title)), gazetteer)
    # the state itself, not a body named after it ("Ghana FA" is the football association's own name)
    assert not any(names & {"spain", "ghana"} for _, names in found), found


@pytest.mark.parametrize("title, body", [
    # a government portfolio, and a title outside sport news, keep the state
    ("Spanish sports minister Pilar Alegria praised the serve.", "spain"),
])
def test_a_portfolio_keeps_the_state_in_sport_news(title, body, analyse_text, gazetteer):
    found = relations(analyse_text(SPORT.format(title)), gazetteer)
    assert any(named(body, [names]) for _, names in found), found


def test_a_field_title_outside_sport_news_keeps_the_state(analyse_text, gazetteer):
    found = relations(analyse_text("Spanish tennis chief Miguel Diaz met the minister in Madrid."), gazetteer)
    assert any(named("spain", [names]) for _, names in found), found


@pytest.mark.parametrize("text, firm", [
    ("A gunman opened fire at a Tesco supermarket in Leeds, wounding two shoppers.", "tesco"),
    ("The device exploded at the Lloyds Banking Group offices before dawn.", "lloyds"),
])
def test_a_firm_where_violence_happened_is_no_target(text, firm, analyse_text, gazetteer):
    found = objects(analyse_text(text), gazetteer, types=("ASSAULT",))
    assert not named(firm, found), found
