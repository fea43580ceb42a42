"""Violence told with one side or none, its target a building or vehicle (extract/keep.py munition_at_site,
crowd_at_site, site_attacked): a munition that struck a site or went off at one, its perpetrator unknown; a
crowd or person described, not named, who attacked, stormed or stoned one; one told as attacked or raided. PLOVER ASSAULT allows a missing target,
ACLED codes unknown perpetrators. Crafts, products and words of other trades striking things are no attack."""
import pytest

# the place is said before, in the paragraph: the act's own clause names none
BAGHDAD = "Violence flared in Baghdad on Monday. "
LAGOS = "Unrest spread across Lagos on Sunday. "


def _assaults(events_named, text):
    return {row[1:3] for row in events_named(text) if row[0] == "ASSAULT"}


@pytest.mark.parametrize("text", [
    BAGHDAD + "A rocket hit a residential building.",
    BAGHDAD + "A car bomb went off outside a mosque.",
    BAGHDAD + "A grenade was thrown into a crowded cafe.",
])
def test_a_munition_striking_a_site_is_an_attack_by_no_one_named(events_named, text):
    assert (None, None) in _assaults(events_named, text)


@pytest.mark.parametrize("text", [
    BAGHDAD + "The helicopter hit a power line.",
    BAGHDAD + "The new device hit the shelves.",
])
def test_a_craft_or_product_striking_a_thing_is_no_attack(events_named, text):
    assert not _assaults(events_named, text)


@pytest.mark.parametrize("text, doer", [
    (LAGOS + "A mob attacked a church.", "mob"),
    (LAGOS + "Protesters stormed the parliament building.", "Protesters"),
    (LAGOS + "Youths threw stones at the buses.", "Youths"),
])
def test_a_described_crowds_violence_on_a_building_or_vehicle_is_an_attack(events_named, text, doer):
    assert any(subject is not None and doer.lower() in subject.lower() for subject, _ in _assaults(events_named, text))


@pytest.mark.parametrize("text", [
    LAGOS + "Parents attacked the school over its uniform policy.",
    LAGOS + "The singer hit the stage.",
])
def test_words_against_a_body_or_a_performer_arriving_are_no_attack(events_named, text):
    assert not _assaults(events_named, text)


HARARE = "Tension rose in Harare on Wednesday. "


@pytest.mark.parametrize("text", [
    HARARE + "The offices of an opposition newspaper were raided.",
    HARARE + "A church was attacked.",
])
def test_a_building_told_as_attacked_by_no_one_named_is_an_attack(events_named, text):
    assert (None, None) in _assaults(events_named, text)


def test_shops_hit_by_a_season_are_no_attack(events_named):
    assert not _assaults(events_named, HARARE + "High street shops were hit hard over Christmas.")


def test_homes_destroyed_with_no_one_named_are_no_attack(events_named):
    # a fire, flood or quake destroys buildings too
    assert not _assaults(events_named, "Heavy rain fell across Kerala on Tuesday. Dozens of homes were destroyed.")
