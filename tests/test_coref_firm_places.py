"""A place modifying a firm, bank, club, party or group ("Swiss cement firm Valcrest", "the UK's
biggest bank") says where the body is: a later "it"/"its" is the body's (or its apposed name's), never
the place's (resolve/clause_subjects.py phrase_key, places_a_body). A country, or a body that acts for
one ("the French government"), keeps its pronouns. Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def pronoun_names(nlp, gazetteer, text: str, word: str) -> list[str]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text.lower() == word]


def test_it_after_a_named_foreign_firm_is_the_firm(nlp, gazetteer):
    text = "Swiss cement firm Holcim has bid $800m (£429m) for three rivals in the region.\n\nIt plans to close two plants."
    assert pronoun_names(nlp, gazetteer, text, "it") == ["Holcim"]


def test_its_of_a_placed_firm_with_its_name_apposed(nlp, gazetteer):
    text = "The Tokyo-based electronics firm Sanwei said its profits rose."
    assert pronoun_names(nlp, gazetteer, text, "its") == ["Sanwei"]


def test_it_after_a_bank_named_between_commas(nlp, gazetteer):
    text = "A French bank, Credon, said it would cut 500 jobs."
    assert pronoun_names(nlp, gazetteer, text, "it") == ["Credon"]


def test_the_owner_of_a_bank_description_is_no_antecedent(nlp, gazetteer):
    text = ("Barclays, the UK's third-biggest bank, has seen annual profits climb, boosted by business "
            "at its investment arm.")
    assert "United Kingdom" not in pronoun_names(nlp, gazetteer, text, "its")


def test_a_country_keeps_its_pronouns(nlp, gazetteer):
    text = "Japan cut its interest rates on Monday. It also raised taxes."
    assert pronoun_names(nlp, gazetteer, text, "its") == ["Japan"]
    assert pronoun_names(nlp, gazetteer, text, "it") == ["Japan"]


def test_a_government_an_adjective_places_keeps_it(nlp, gazetteer):
    text = "The French government said it would ban the sale of the drug."
    assert pronoun_names(nlp, gazetteer, text, "it") == ["French government"]


def test_a_warship_an_adjective_places_stays_its_navy(nlp, gazetteer):
    # a navy's ship is its navy's, as its warships are (resolve.yaml sectors: navy), not a firm of the country
    text = "The Indian warship was patrolling the coast when it rushed to rescue a merchant vessel."
    assert pronoun_names(nlp, gazetteer, text, "it") == ["Indian navy"]
