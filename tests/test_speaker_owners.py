"""A reported stance on a thing a pronoun owns is a stance on the speaker who fits the pronoun
(extract/speaker_owners.py, session 44): "Germany said France had turned down its proposal" (REJECT
France -> Germany). A pronoun of the wrong kind for the speaker ("the minister said the court had backed
its decision"), "his own" and a stance with no reporting speaker give no such side."""
import pytest


def sides(analyse_text, text, kind):
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == kind]


@pytest.mark.parametrize("text, kind, doer, owner", [
    ("Germany said France had turned down its proposal for a summit.", "REJECT", "France", "Germany"),
    ("Pakistan said India had rejected its offer of talks.", "REJECT", "India", "Pakistan"),
    ("The union rejected its pay offer, Ford said.", "REJECT", "union", "Ford"),
    ("Mr Smith said Mr Jones had rejected his offer.", "REJECT", "Jones", "Smith"),
    ("The Liberal Democrats said Labour had rejected their proposals for a tax on wealth.", "REJECT", "Labour",
     "Liberal Democrat"),
])
def test_the_pronoun_owning_the_thing_stands_for_the_speaker(analyse_text, text, kind, doer, owner):
    found = sides(analyse_text, text, kind)
    assert any(subj and doer in subj and obj and owner in obj for subj, obj in found), found


@pytest.mark.parametrize("text, kind, speaker", [
    # a person cannot be "its" owner: the court's own decision
    ("The minister said the court had backed its decision.", "SUPPORT", "minister"),
    # no reporting verb: the pronoun is left to coreference
    ("France turned down its proposal for a summit on Monday.", "REJECT", "France"),
])
def test_a_pronoun_that_does_not_fit_a_speaker_names_none(analyse_text, text, kind, speaker):
    found = sides(analyse_text, text, kind)
    assert found and not any(obj and speaker in obj for _, obj in found), found
