"""A plural common noun opening its sentence is no name, however the recogniser tagged it ("Shells
landed near the school"), unless the story writes it capitalised inside a sentence too or the gazetteer
tagged it (src/newsgraph/initial_plurals.py). Hand-built parses and sentences of our own."""
from __future__ import annotations

from handbuilt import build
from newsgraph.initial_plurals import initial_plural

NOUNS = {"shell", "tool", "saint", "million", "company"}


def first_entity(table: str):
    return build(table).ents[0]


def test_a_plural_noun_opening_its_sentence_is_no_name():
    ent = first_entity("""
        Shells  shells  PROPN NNP 1 nsubj ORG
        landed  land    VERB  VBD 1 ROOT
        .       .       PUNCT .   1 punct
    """)
    assert initial_plural(ent, NOUNS)


def test_a_plural_the_story_writes_capitalised_inside_a_sentence_is_a_name():
    # a team: "Saints" inside the second sentence is a name only
    ent = first_entity("""
        Saints  Saints  PROPN NNPS 1 nsubj ORG
        won     win     VERB  VBD  1 ROOT
        .       .       PUNCT .    1 punct
        Fans    fan     NOUN  NNS  4 nsubj
        cheered cheer   VERB  VBD  4 ROOT
        Saints  Saints  PROPN NNPS 4 dobj
        .       .       PUNCT .    4 punct
    """)
    assert not initial_plural(ent, NOUNS)


def test_a_name_that_is_no_plural_of_a_noun_stays():
    # "Ladbrokes": no English noun "ladbroke"; "Shell": no plural
    for word in ("Ladbrokes", "Shell"):
        ent = first_entity(f"""
            {word}  {word}  PROPN NNP 1 nsubj ORG
            rose    rise    VERB  VBD 1 ROOT
            .       .       PUNCT .   1 punct
        """)
        assert not initial_plural(ent, NOUNS), word


def test_the_pipeline_drops_a_plural_noun_opening_its_sentence(nlp):
    doc = nlp("Shells landed near the school on Tuesday. Tools that watch users are sold online.")
    assert not any(e.text in ("Shells", "Tools") for e in doc.ents)
