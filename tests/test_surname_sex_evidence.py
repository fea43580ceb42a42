"""Two people of one surname told apart by what the text says of each mention: a possessive or
reflexive pronoun bound to the name as its clause's subject, a partner the name owns, the full name
written beside a short one in the same sentence (resolve/surnames.py), and the sex that evidence
gives to person pronouns (resolve/coref.py). Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def resolved(nlp, gazetteer, text: str) -> list[tuple[str, str]]:
    """(mention text, entity name) in text order."""
    res = resolve_document(nlp(text), gazetteer)
    return [(m.text.strip(" ,."), res.entities[m.entity].name) for m in sorted(res.mentions, key=lambda m: m.start)]


def names_of(found: list[tuple[str, str]], text: str) -> list[str]:
    return [name for said, name in found if said == text]


def test_a_bound_pronoun_of_the_other_sex_keeps_a_surname_from_the_woman_named_first(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Police began searching when Dana Kovac vanished from her flat in Leeds. "
                                     "Kovac was later charged with strangling his wife.")
    assert names_of(found, "Kovac") and "Dana Kovac" not in names_of(found, "Kovac"), found


def test_the_full_name_in_the_same_sentence_is_someone_else(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Mira Stone was last seen leaving her office in March. Stone was "
                                     "convicted on Friday of the murder of Mira Stone.")
    assert names_of(found, "Stone") != ["Mira Stone"], found


def test_the_person_a_surname_alone_names_keeps_it(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Police began searching when Dana Kovac vanished from her flat in Leeds. "
                                     "Kovac was later charged with strangling his wife. Kovac will be sentenced "
                                     "next month.")
    assert len(set(names_of(found, "Kovac"))) == 1 and "Dana Kovac" not in names_of(found, "Kovac"), found


def test_a_pronoun_of_one_sex_skips_the_namesake_the_text_gives_the_other(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Officers named the victim as Ellen Brandt, mother of the suspect. Martin "
                                     "Brandt was arrested at his home on Tuesday. Brandt was held overnight. He "
                                     "has been charged with murder.")
    assert names_of(found, "He") == ["Martin Brandt"], found


def test_the_owner_of_a_wife_is_not_the_titled_woman(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Senator Paul Wexley's wife, Anne, will campaign in the north. Mrs Wexley "
                                     "will visit ten towns. Mr Wexley will stay in the capital. Mrs Wexley gave "
                                     "her first speech in May. In an interview she said she often teased her "
                                     "husband.")
    assert "Paul Wexley" not in names_of(found, "Mrs Wexley"), found
    assert "Paul Wexley" not in names_of(found, "she"), found


def test_a_pronoun_in_a_clause_of_its_own_is_no_evidence(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Peter Olsen is accused of poisoning his sister, Karen Olsen, at a farm in "
                                     "Iowa. Olsen said her lawyer had lied. Prosecutors say Olsen bought the "
                                     "poison a week before.")
    assert set(names_of(found, "Olsen")) == {"Peter Olsen"}, found


def test_a_short_name_after_the_full_one_in_its_sentence_refers_back_to_it(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Carl Benning was jailed for life on Monday. \"Carl Benning has not won,\" said "
                                     "the sister of a guard Benning shot.")
    assert set(names_of(found, "Benning")) == {"Carl Benning"}, found
