"""A title British news capitalises ("the Mayor", "the Chairman") refers back to the one person the
document named with it, as the lower-case one does (resolve/titles.py: titled_descriptions)."""
import pytest


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Leeds mayor Anna Pryce defended the parking charges on Monday. Shopkeepers accused the Mayor of "
     "driving trade away.", "Mayor", "Anna Pryce"),
    ("Koldex chairman Mara Lind defended the bonus scheme. Small shareholders accused the Chairman of ignoring "
     "them.", "Chairman", "Mara Lind"),
])
def test_a_capitalised_title_is_the_person_named_with_it(resolved_entity, text, word, name):
    ent = resolved_entity(text, word, 1 if text.count(word) > 1 else 0)
    assert ent is not None and ent.name == name


@pytest.mark.parametrize(("text", "word"), [
    # two people named with the title: which one is not clear
    ("Leeds mayor Anna Pryce met York mayor Tom Hale on Monday. Shopkeepers accused the Mayor of driving "
     "trade away.", "Mayor"),
    # no one named with it before
    ("Shopkeepers in Leeds accused the Mayor of driving trade away.", "Mayor"),
])
def test_a_capitalised_title_with_no_one_holder_stays_unresolved(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or ent.type != "PERSON"



def test_an_honorific_between_title_and_name_keeps_the_title(resolved_entity):
    text = ("Police Commissioner Sir Ian Rowe spoke on Monday. The Police Federation criticised the commissioner "
            "for failing to back officers.")
    ent = resolved_entity(text, "commissioner")
    assert ent is not None and ent.name == "Ian Rowe"
