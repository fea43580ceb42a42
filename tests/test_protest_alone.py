"""A named body's or person's strike, walkout, boycott or hunger strike is a PROTEST with no target
(PLOVER's strike, hunger and boycott modes); other acts a named firm or person does alone are not."""
import pytest


def _protests(events_named, text):
    return {row[1] for row in events_named(text) if row[0] == "PROTEST"}


@pytest.mark.parametrize("text, protester", [
    ("The Korean Confederation of Trade Unions went on strike over pension reform.",
     "Korean Confederation of Trade Unions"),
    ("The Zimbabwe Congress of Trade Unions called a general strike against the fuel price rise.",
     "Zimbabwe Congress"),   # the recogniser's span
    ("Jailed activist Alaa Abd el-Fattah went on hunger strike in protest at his detention.", "Alaa Abd el-Fattah"),
])
def test_a_named_body_or_person_withdrawing_labour_protests(events_named, text, protester):
    assert any(name.startswith(protester) for name in _protests(events_named, text))


@pytest.mark.parametrize("text", [
    "Samsung demonstrated a folding phone at the trade fair in Barcelona.",
    "The Green Party held a rally in Berlin before the election.",
    "A delivery driver was charged after striking a cyclist in Leeds.",
    "Pedro Sanchez marched into the chamber to cast his vote.",
])
def test_other_acts_of_a_named_firm_or_person_are_no_protest(events_named, text):
    assert not _protests(events_named, text)
