"""A stance on a thing a possessive pronoun owns takes the one the pronoun stands for as its other side
(extract/pronoun_owners.py, session 45): never the stance-taker itself, but the actor named before as a
subject or an owner who fits the pronoun; an act done by no one else takes its doer named after "of".
What is done to the owner ("condemned his arrest"), a denial of one's own part and an owner of the other
sex give no such side."""
import pytest


def sides(analyse_text, text, kind):
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == kind]


@pytest.mark.parametrize("text, kind, taker, owner", [
    ("Kenneth Clarke rejoined the cabinet on Monday. Prime Minister John Major welcomed his return.",
     "SUPPORT", "Major", "Clarke"),
    ("Morocco expelled two Spanish diplomats on Friday. The Spanish government condemned its decision.",
     "ACCUSE", "Spanish government", "Morocco"),
    ("Iran applied to join the WTO in 1996. The US blocked its application again.", "REJECT", "United States",
     "Iran"),
    ("Ford cut 500 jobs at its Dagenham plant. The union condemned its decision.", "ACCUSE", "union", "Ford"),
    # neither of two joined takers is "his"
    ("Alastair Campbell rejoined the Labour campaign on Monday. Both Culture Secretary Tessa Jowell and Deputy "
     "Prime Minister John Prescott have welcomed his return.", "SUPPORT", "Tessa Jowell", "Campbell"),
    # an act of the doer's own, its doer after "of"
    ("Senator Bob Graham welcomed the return of Kenneth Clarke.", "SUPPORT", "Graham", "Clarke"),
    ("Tory leader Michael Howard welcomed the arrival of Lynton Crosby.", "SUPPORT", "Howard", "Crosby"),
    # a request for the owner's own act asks the owner
    ("Iraq invaded Kuwait in 1990. The UN demanded its withdrawal.", "REQUEST", "United Nations", "Iraq"),
])
def test_the_pronoun_owning_the_thing_names_the_other_side(analyse_text, text, kind, taker, owner):
    found = sides(analyse_text, text, kind)
    assert any(subj and taker in subj and obj and owner in obj for subj, obj in found), found


@pytest.mark.parametrize("text, kind, other", [
    # the arrest is the police's act, not his
    ("Ahmed Ali was arrested on Sunday. Amnesty International condemned his arrest.", "ACCUSE", "Ahmed Ali"),
    # released by his captors, who are the ones asked
    ("Rebels seized John Ortiz on Friday. Ortiz was held for a week. The government demanded his release.",
     "REQUEST", "Ortiz"),
    # a denial of one's own part
    ("Peter Hain met the inspectors on Monday. Mr Smith denied his role in the affair.", "REJECT", "Hain"),
    # a stance told by a noun, whose "his" is its holder's
    ("Tom Reyes was sacked on Monday. Mr Kemp said he had the support of the board for his changes.", "SUPPORT",
     "Reyes"),
    # a defence of one's own act
    ("Coach Tom Reyes picked the side on Monday. Referee Alan Kemp has defended his performance in the defeat.",
     "SUPPORT", "Reyes"),
    # "his" is not Maria
    ("Maria Lopez unveiled a plan to cut farm subsidies. Senator Tom Hart criticised his proposal.", "ACCUSE",
     "Lopez"),
    # a co-taker is not the owner
    ("Alastair Campbell rejoined the Labour campaign on Monday. Both Culture Secretary Tessa Jowell and Deputy "
     "Prime Minister John Prescott have welcomed his return.", "SUPPORT", "Prescott"),
    # a side acted on is not what "its" goes back to
    ("The council sued the WTO in 1996. The minister later backed its decision.", "SUPPORT", "WTO"),
])
def test_no_owner_where_the_pronoun_is_not_theirs(analyse_text, text, kind, other):
    found = sides(analyse_text, text, kind)
    assert not any(obj and other in obj for _, obj in found), found
