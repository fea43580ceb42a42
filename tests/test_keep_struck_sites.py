"""Violence told with no side, a munition striking a site or going off at one (extract/keep.py
munition_at_site): "a rocket hit a residential building", "a car bomb went off outside a mosque". PLOVER
ASSAULT allows a missing target, ACLED codes unknown perpetrators; the event is placed by its paragraph
(the keep gate drops violence with no side and no place). Crafts and products striking things are no attack."""
import pytest

# the place is said before, in the paragraph: the act's own clause names none
BAGHDAD = "Violence flared in Baghdad on Monday. "


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


# a munition or blast as the subject of a verb of motion or impact (verbs.yaml `means_subject`)
@pytest.mark.parametrize("text", [
    BAGHDAD + "A blast ripped through a crowded market.",
    BAGHDAD + "A car bomb tore through a bus station.",
    BAGHDAD + "Mortar shells landed near the airport.",
    BAGHDAD + "Explosions rocked the old city.",
    BAGHDAD + "Several rockets slammed into a residential building.",
    BAGHDAD + "Artillery shells rained down on the southern suburbs.",
])
def test_a_munition_moving_into_a_site_is_an_attack(events_named, text):
    assert (None, None) in _assaults(events_named, text)


@pytest.mark.parametrize("text", [
    BAGHDAD + "A storm tore through the old city.",
    BAGHDAD + "A helicopter landed near the airport.",
    BAGHDAD + "The scandal rocked the government.",
    BAGHDAD + "Prices rained down on traders.",
    BAGHDAD + "A gas explosion ripped through a restaurant.",
    BAGHDAD + "The film exploded at the box office.",
])
def test_a_storm_a_craft_or_an_accident_moving_into_a_site_is_no_attack(events_named, text):
    assert not _assaults(events_named, text)
