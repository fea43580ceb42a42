"""A claim denied in a clause trailing the sentence that tells it (extract/trailing_denials.py), and a
claim said to have no merit or basis (extract/statements.py): PLOVER REJECT of whoever made the claim.
Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "denier", "claimant"), [
    # a relative clause on the claim named
    ("Greenpeace accused Shell of dumping oil in the North Sea, a charge which Shell denies.",
     "shell", "greenpeace"),
    # a relative clause on the whole clause before
    ("The European Commission says Poland broke the rules on state aid, which the Polish government denies.",
     "polish", "european commission"),
    # a participle with its agent
    ("Human Rights Watch says Egyptian police tortured the detainees, a claim rejected by the Egyptian "
     "government.", "egypt", "human rights watch"),
    # a relative clause with no relative pronoun
    ("Amnesty International has suggested that Nigerian soldiers burned the village, something the Nigerian "
     "army denies.", "niger", "amnesty international"),
])
def test_a_trailing_denial_refuses_the_claimant(text, denier, claimant, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert any(denier in s and o is not None and claimant in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    # the claims' own clause, not one trailing the sentence
    "The claims which the Polish government denies were first made by the European Commission in March.",
    # "which" that denies something to someone, not a claim denied
    "Greenpeace says the storm hit the rig in May, which denied Shell a month of output.",
])
def test_no_trailing_denial(text, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert not any(o is not None and ("european commission" in o or "greenpeace" in o) for _, o in found), \
        (text, found)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Kenyan government said the claims had no merit.", "kenya"),
    ("Airbus said the allegations were without foundation.", "airbus"),
])
def test_a_claim_said_to_have_no_merit_is_refused(text, speaker, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True)
    assert any(speaker in s for s, _ in found), (text, found)


def test_a_thing_of_no_merit_that_is_no_claim_is_not_refused(analyse_text):
    found = named_sides(analyse_text("Airbus said the new seats had no merit for short flights."), "REJECT",
                        lower=True)
    assert not found


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    ("Greenpeace accused Shell of dumping oil. Shell, which denies the charges, says it will fight the case.",
     "shell", "greenpeace"),
    ("Prosecutors charged Ivan Petrov with fraud in May. Mr Petrov, who has denied taking bribes, will go on "
     "trial in June.", "petrov", "prosecutors"),
])
def test_a_denier_named_before_its_who_clause(text, denier, accuser, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert any(denier in s and accuser in o for s, o in found), (text, found)


def test_a_who_clause_denier_is_the_noun_it_hangs_on(analyse_text):
    found = named_sides(analyse_text("Mr Novak, who denies the charges, met Mr Petrov on Monday."), "REJECT",
                        lower=True)
    assert any(s is not None and "novak" in s for s, _ in found), found
    assert not any(s is not None and "petrov" in s for s, _ in found), found


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    ("Greenpeace accused Shell of dumping oil in the North Sea. Shell said it had done nothing wrong.",
     "shell", "greenpeace"),
    ("Prosecutors charged Ivan Petrov with fraud in May. Mr Petrov says he is innocent.", "petrov", "prosecutors"),
    ("The European Commission accused Apple of abusing its market power. Apple insisted it had committed no "
     "wrongdoing.", "apple", "european commission"),
])
def test_innocence_claimed_refuses_the_accuser(text, denier, accuser, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert any(denier in s and accuser in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    # no accusation told: no one refused
    "Shell said it had done nothing wrong.",
    # another held not innocent is no denial
    "Greenpeace accused Shell of dumping oil. BP said Shell was not innocent.",
])
def test_no_innocence_claimed_no_refusal(text, analyse_text):
    assert not named_sides(analyse_text(text), "REJECT", lower=True, both=True), text
