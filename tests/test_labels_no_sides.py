"""A verb of naming with two objects ("branded the marchers 'Tory stooges'"): the first is whom the
label is put on, the second the label, whose party or state is no side (extract/verbal.py
direct_object). Sentences are our own."""
import pytest


def accused(analysis):
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == "ACCUSE"]


@pytest.mark.parametrize("text, label_side", [
    ('The mayor branded the marchers "Tory stooges" on Monday.', "Conservative Party"),
    ("Opposition leaders labelled the strikers Labour stooges.", "Labour Party"),
])
def test_the_party_of_a_label_is_no_side(analyse_text, text, label_side):
    assert not any(obj == label_side for _, obj in accused(analyse_text(text)))


@pytest.mark.parametrize("text, side", [
    ("Fatah branded Ismail Haniyeh a traitor on Sunday.", "Ismail Haniyeh"),
    ("The Kremlin labelled Alexei Navalny a foreign agent.", "Alexei Navalny"),
])
def test_the_one_labelled_is_the_side(analyse_text, text, side):
    assert any(obj == side for _, obj in accused(analyse_text(text)))
