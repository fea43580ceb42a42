"""A stance on a manner or a conduct is about whoever acts in it (extract/stance_owners.py): "criticised
the way the government handled the crisis" accuses the government, "welcomed the efforts of the African
Union" backs the Union. Our own sentences, one for every word of the lists the rule reads."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words

MANNER = {
    "way": ("Labour criticised the way the Conservative government handled the crisis.", "ACCUSE", "Conservative"),
    "manner": ("Amnesty International condemned the manner in which the Nigerian army ran the raids.", "ACCUSE",
               "Nigeria"),
}
CONDUCT = {
    "work": ("The health minister praised the work of Jane Hutt.", "SUPPORT", "Jane Hutt"),
    "efforts": ("Kofi Annan welcomed the efforts of the African Union in Darfur.", "SUPPORT", "African Union"),
    "effort": ("Britain praised the effort of the Kenyan government in the talks.", "SUPPORT", "Kenya"),
    "contribution": ("The UN praised the contribution of Japan to the relief operation.", "SUPPORT", "Japan"),
    "leadership": ("Mr Blair praised the leadership of President Bush after the storm.", "SUPPORT", "Bush"),
    "achievements": ("The Kenyan president praised the achievements of the Chinese government.", "SUPPORT", "Chin"),
    "performance": ("The Tories criticised the performance of the Home Office on asylum.", "ACCUSE", "Home Office"),
    "record": ("The Liberal Democrats criticised the record of the Labour government on crime.", "ACCUSE",
               "Labour"),
}
ATTACKED_MANNER = "David Davis attacked the way Mr Blunkett introduced the new rules."


def _sides(analyse_text, text, kind) -> list[str]:
    analysis = analyse_text(text)
    return [analysis.entities[e.object].name for e in analysis.events if e.type == kind and e.object]


@pytest.mark.parametrize(("text", "kind", "doer"), [*MANNER.values(), *CONDUCT.values()])
def test_a_stance_on_a_doing_is_about_its_doer(text, kind, doer, analyse_text):
    assert any(doer in name for name in _sides(analyse_text, text, kind))


def test_an_attack_on_a_way_of_doing_is_criticism(analyse_text):
    types = {e.type for e in analyse_text(ATTACKED_MANNER).events}
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_the_one_taking_a_stance_is_not_its_own_object(analyse_text):
    assert not _sides(analyse_text, "The Kenyan government praised the work of the Kenyan government.", "SUPPORT")


def test_praise_of_ones_own_people_is_no_stance_between_sides(analyse_text):
    assert not _sides(analyse_text, "The Los Angeles sheriff praised the work of his investigators.", "SUPPORT")


def test_every_word_has_a_sentence():
    assert set(MANNER) == set(words("manner_nouns"))
    assert set(CONDUCT) == set(words("owned_conduct"))
