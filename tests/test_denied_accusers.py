"""A denial answers the accusation of its denier told just before (extract/denied_accusers.py): the
accuser is the denial's other side. Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "denier", "accuser"), [
    ("Human Rights Watch accused the Kremlin of torture in Chechnya. The Kremlin denied that its troops "
     "had tortured anyone.", "russia", "human rights watch"),
    ("Greenpeace accused Shell of dumping oil in the North Sea. Shell denies polluting the water.",
     "shell", "greenpeace"),
    ("Prosecutors charged Mr Novak with taking bribes from a builder. Mr Novak denies taking the money.",
     "novak", "prosecutors"),
    # an accusation refused without its maker
    ("Prosecutors charged Ivan Petrov with fraud in May. Mr Petrov has told a court that the fraud charges "
     "against him are false.", "petrov", "prosecutors"),
    ("Human Rights Watch accused the Iranian government of torturing prisoners. Iran dismissed the "
     "allegations as propaganda.", "iran", "human rights watch"),
    # an accusation written after the denial but told as made first
    ("The Kremlin denied that its troops had tortured anyone, after Human Rights Watch accused it of torture "
     "in Chechnya.", "russia", "human rights watch"),
])
def test_a_denial_refuses_the_accuser_told_before(text, denier, accuser, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert any(denier in s and o is not None and accuser in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    # the accusation is of another: the denier answers no one named
    "Amnesty International accused the Egyptian police of beating protesters. The Egyptian government "
    "denied that it had ordered the beatings.",
    # an accusation too far back is not the one answered
    "Greenpeace accused Shell of dumping oil. Oil prices rose on Monday. Traders were calm. "
    "Analysts expect more falls. Shell denies polluting the water.",
    # an accusation that answers the denial is no accusation the denial answers
    "Shell denied dumping oil in the North Sea, and Greenpeace accused it of lying about the spill.",
])
def test_no_accuser_of_the_denier_no_other_side(text, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert not any(o in ("amnesty international", "greenpeace") for _, o in found), (text, found)
