"""A refusal of a thing is a refusal of its maker (extract/refused_owners.py, session 22): the bidder
named on a bid, the side pressing named on the pressure, the one a permission is refused to, the
caller whose calls are withstood; a thing of nobody named leaves no other side, and a negated
acceptance said outright ("will not agree to") is a refusal."""
import pytest


def rejects(analyse_text, text):
    analysis = analyse_text(text)
    return [(analysis.entities[ev.subject].name if ev.subject else None,
             analysis.entities[ev.object].name if ev.object else None)
            for ev in analysis.events if ev.type == "REJECT" and not ev.negated]


@pytest.mark.parametrize("text, refused", [
    ("Unilever rebuffed a takeover approach from Kraft Heinz.", "Kraft"),
    ("Barclays resisted pressure from the Treasury to cut bonuses.", "Treasury"),
    ("The Taliban rejected the offer of talks from the Afghan government.", "Afghan"),
    ("Birmingham City Council refused planning permission to Tesco.", "Tesco"),
    ("Egypt's interior ministry refused permission for a march organised by the Muslim Brotherhood.", "Muslim Brotherhood"),
    ("Ken Livingstone refused to apologise for his remarks, despite calls from Tony Blair.", "Blair"),
    ("Germany will not agree to the Greek government's demands.", "Greek"),
])
def test_the_maker_of_what_is_refused_is_the_side_refused(analyse_text, text, refused):
    assert any(obj and refused in obj for _, obj in rejects(analyse_text, text)), rejects(analyse_text, text)


@pytest.mark.parametrize("text", [
    "Germany did not reject the offer from France.",
    "Iran has not ruled out talks with the United States.",
])
def test_refusals_denied_are_no_refusal(analyse_text, text):
    assert rejects(analyse_text, text) == []


def test_a_thing_made_by_nobody_named_leaves_no_other_side(analyse_text):
    assert all(obj is None for _, obj in rejects(analyse_text, "The Kremlin dismissed the claims as nonsense."))


@pytest.mark.parametrize("text, refused", [
    ("Greece held firm against demands from Germany.", "Germany"),
    ("Gordon Brown has stood firm against calls from the Liberal Democrats.", "Liberal Democrats"),
    ("Iran remained defiant in the face of American pressure.", "United States"),
])
def test_a_firm_stand_against_a_side_or_its_demands_refuses_it(analyse_text, text, refused):
    assert any(obj and refused in obj for _, obj in rejects(analyse_text, text)), rejects(analyse_text, text)


@pytest.mark.parametrize("text", [
    "The pound held firm against the dollar.",
    "The Irish government stood firm.",
    "Greece did not stand firm against demands from Germany.",
])
def test_a_firm_stand_against_nobody_is_no_refusal(analyse_text, text):
    assert rejects(analyse_text, text) == []
