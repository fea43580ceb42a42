"""The defendant of an act of law: the "against" phrase under what is sought ("a lawsuit for
libel against X"), and a party the verb "sue" names by description ("sued 12 hospitals", "a
local newspaper", "a host of suppliers"), not a definite "the company", which refers back."""
import pytest


def _accused(events_named, text):
    return {row[2] for row in events_named(text) if row[0] == "ACCUSE"}


@pytest.mark.parametrize("text, defendant", [
    ("The actress Kim Novak filed a lawsuit for libel against Paramount Pictures in Los Angeles.", "Paramount"),
    ("Nestle has sued 12 distributors over unpaid invoices.", "distributors"),
    ("Last year Siemens sued a local newspaper over its reporting.", "local newspaper"),
    ("Gazprom is suing a host of suppliers over the pipeline delays.", "suppliers"),
])
def test_the_defendant_of_an_act_of_law(events_named, text, defendant):
    assert any(name and defendant in name for name in _accused(events_named, text))


def test_a_definite_singular_refers_back_and_is_no_new_side(events_named):
    assert not any(name and name.endswith("company") for name in _accused(
        events_named, "Nestle said the regulator had sued the company last year."))
