"""A demand that a clause goes on "despite" was made of the one who acts in spite of it
(extract/defied_calls.py). Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "caller", "asked"), [
    ("Despite repeated appeals from the Red Cross, Sudan has not opened the border crossings.",
     "red cross", "sudan"),
    ("The Home Office deported the family despite requests by Amnesty International to review the case.",
     "amnesty international", "home office"),
    ("In spite of demands from Germany, Hungary kept its veto on the sanctions package.", "germany", "hungary"),
    # a passive clause's doer is its agent
    ("The fuel duty will be raised by the Treasury despite appeals from the Automobile Association.",
     "automobile association", "treasury"),
])
def test_a_defied_demand_was_made_of_the_defier(text, caller, asked, analyse_text):
    found = named_sides(analyse_text(text), "REQUEST", lower=True, both=True)
    assert any(caller in s and asked in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    # no one named who asked
    "Despite calls for restraint, Hungary kept its veto on the sanctions package.",
    # a demand not defied: the clause does not go on in spite of it
    "Appeals from the Red Cross were heard in Geneva on Monday while Sudan reopened its border.",
])
def test_no_defied_demand_without_a_caller_or_despite(text, analyse_text):
    found = named_sides(analyse_text(text), "REQUEST", lower=True, both=True)
    assert not any("hungary" in o or "sudan" in o for _, o in found), (text, found)
