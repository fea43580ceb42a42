"""A title whose country phrase resolved to an office ("South African president Thabo Mbeki": the office
of South Africa's head of state) gives the holder LEADERSHIP of the state, not of the office
(extract/relations.office_state); the office stays the actor elsewhere ("the prime minister")."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("South African president Thabo Mbeki opened the new parliament in Cape Town.", "Thabo Mbeki", "South Africa"),
    ("The treaty was signed but Turkish premier Recep Erdogan had to accept its terms.", "Recep Tayyip Erdogan",
     "Turkey"),
    ("French President Jacques Chirac flew to Algiers on Friday.", "Jacques Chirac", "France"),
])
def test_a_national_title_leads_the_state(analyse_text, text, holder, state):
    sides = named_sides(analyse_text(text), "LEADERSHIP")
    assert (holder, state) in sides
    assert not any(o and o.lower().startswith(("president of", "prime minister of")) for _, o in sides)


def test_an_untitled_office_stays_an_actor(analyse_text):
    """No name, no relation: "the prime minister" acting is the office (or its holder), untouched."""
    found = analyse_text("Opposition leaders called on the prime minister to resign.")
    assert not named_sides(found, "LEADERSHIP", both=True) - {("Opposition", None)}
    assert any(e.type == "REQUEST" and e.object for e in found.events)
