"""The one charged with an act the parser hung elsewhere (extract/accused_acts.charged_actor): a
charging participle set off by a comma after a name, hung on the noun before it ("a hearing for Tom
Reid, 40, charged with murder": Reid, not the hearing), and a reduced relative the parser read as a
clause ("the bar where the man charged with her murder worked": the man is charged). The one charged
is the act's alleged doer. Sentences of our own."""
from __future__ import annotations

import pytest


def attacks(analysis) -> list[tuple[str | None, str | None]]:
    """(attacker name, victim name) of the ASSAULT events of the text."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, doer, victim", [
    ("A bail hearing for Tom Reidy, 44, charged with the murder of his cousin Lena Marsh, was held in "
     "Cork on Friday.", "Tom Reidy", "Lena Marsh"),
    ("A court hearing for Dana Pike, 29, accused of the shooting of guard Ali Noor, was delayed.",
     "Dana Pike", "Ali Noor"),
])
def test_a_charged_participle_set_off_after_a_name_tells_of_the_name(analyse_text, text, doer, victim):
    assert (doer, victim) in attacks(analyse_text(text))


@pytest.mark.parametrize("text, victim", [
    ("Mourners walked to the depot where the guard charged with Omar Haddad's murder had worked.", "Omar Haddad"),
    ("Neighbours gathered at the flat where the man charged with the killing of Sara Lind lived.", "Sara Lind"),
])
def test_a_charged_participle_read_as_a_clause_holds_its_subject_to_the_act(analyse_text, text, victim):
    doers = {d for d, v in attacks(analyse_text(text)) if v == victim}
    assert doers and None not in doers


@pytest.mark.parametrize("text, victim", [
    # charged by the subject: the subject is the one who charges, not the one charged
    ("Prosecutors who have charged Ian Fry with the murder of Dan Cole met on Monday.", "Dan Cole"),
    # a participle not set off by a comma after a name hangs on its own noun
    ("The inquiry into the riot charged with finding the killers of Dan Cole reported on Monday.", "Dan Cole"),
])
def test_the_one_who_charges_is_not_made_the_doer(analyse_text, text, victim):
    assert all(d not in ("Prosecutors", "inquiry") for d, v in attacks(analyse_text(text)) if v == victim)
