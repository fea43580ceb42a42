"""A possessive on the second of two joined nouns belongs to the first ("the prime minister and his
chancellor"), or to the owner of the first ("his ex-wife and his mother"); an unnamed person first
leaves it open (resolve/conjoined_owners.py). Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def owners(nlp, gazetteer, text: str, word: str) -> list[str]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text.lower() == word]


def test_an_unnamed_office_holder_owns_the_next_noun(nlp, gazetteer):
    text = ("Opposition leader Mark Dunleavy spoke first in the debate. His party has accused the prime "
            "minister and his chancellor of squabbling like schoolboys.")
    assert "Mark Dunleavy" not in owners(nlp, gazetteer, text, "his")[1:]


def test_a_named_person_owns_the_next_noun(nlp, gazetteer):
    text = ("Anna Colby, who chairs the committee, said on Monday that the inquiry would question "
            "Governor Tom Reeve and his aides next month.")
    assert owners(nlp, gazetteer, text, "his") == ["Tom Reeve"]


def test_two_owned_nouns_share_the_owner(nlp, gazetteer):
    text = ("Police say Mark Dunn argued with a neighbour, Paul Carver, on Sunday. "
            "Later Dunn attacked his former wife and his mother at their home.")
    assert owners(nlp, gazetteer, text, "his") == ["Mark Dunn", "Mark Dunn"]


def test_a_body_owns_the_next_noun(nlp, gazetteer):
    text = ("Talks between the Tarvia government and Orvia Bank stalled on Monday. Ministers later discussed "
            "trade with Vexa Motors and its lenders.")
    assert owners(nlp, gazetteer, text, "its") == ["Vexa Motors"]


def test_a_noun_put_beside_a_name_is_the_name(nlp, gazetteer):
    text = ("Anna Colby spoke to the families in the shelter. Tom Reeve, 20, a student, and his brother "
            "fled their home in the north of the city.")
    assert owners(nlp, gazetteer, text, "his") == ["Tom Reeve"]
