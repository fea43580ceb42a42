"""A source put after what it reports ("..., the Financial Times reported.") is not the topic a
later "it" continues (resolve/coref.py). Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def its(nlp, gazetteer, text: str) -> list[str]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text in ("It", "it")]


def test_a_trailing_newspaper_is_not_it(nlp, gazetteer):
    assert "Financial Times" not in its(nlp, gazetteer, "A delegation of Asian carmakers visited the ministry in "
                                                        "May, the Financial Times reported. It was led by Kenji Sato.")


def test_it_goes_past_the_trailing_source_to_the_story_subject(nlp, gazetteer):
    assert its(nlp, gazetteer, "Toyota will cut 300 jobs in Derby, the BBC reported on Monday. It said the plant "
                               "would close in June.") == ["Toyota"]



def test_a_trailing_source_that_is_the_subject_itself_stays_it(nlp, gazetteer):
    assert its(nlp, gazetteer, "Nissan will close its plant in Sunderland, the company said on Monday. It "
                               "blamed the strong pound.") == ["Nissan"]
