"""Names the recogniser runs across a spaced dash, surnames after a title of address that it
reads as a people or a place, and a person's name cut before its generation ("Jr")
(src/newsgraph/name_dashes.py, src/newsgraph/titled_names.py). Sentences of our own."""
from __future__ import annotations

import pytest


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def names(analyse_text, text: str) -> dict[str, str]:
    return {e.name: e.type for e in analyse_text(text).entities.values()}


# --- a spaced dash ends a name ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ('The new party, Fidelis - Latin for "faithful" - will stand in every seat, Tom Hale said.', "Fidelis"),
    ("I get on well with Marco Bellini - he has always backed me.", "Marco Bellini"),
    ("The band's best song is by Tom Verity - now a solo star.", "Tom Verity"),
    ("Fans cheered Lena Kovac - out of the team since June - as she returned.", "Lena Kovac"),
    ("Kenji Mori - the club's captain - scored twice.", "Kenji Mori"),
    ("He said Anna Ruiz - - a friend of the minister - had lied.", "Anna Ruiz"),
])
def test_a_name_ends_before_a_spaced_dash(nlp, text, name):
    found = ents(nlp, text)
    assert not any(" -" in e or "- " in e for e in found)
    assert name in found


@pytest.mark.parametrize("name", ["Al-Qaeda", "Bosnia-Herzegovina", "Rolls-Royce", "Ann Lewis-Carter"])
def test_a_hyphen_written_close_stays_in_the_name(nlp, name):
    text = f"Officials said {name} had been named in the report on Monday."
    assert any(name in e for e in ents(nlp, text))


def test_a_gloss_is_no_part_of_the_body_the_resolver_keeps(analyse_text):
    found = names(analyse_text, 'Fidelis - Latin for "faithful" - will stand in every seat.')
    assert not any("Latin" in n for n in found)


# --- a title of address makes a surname -----------------------------------------------------------

@pytest.mark.parametrize(("text", "surname"), [
    ("Mr German told reporters the budget was fair.", "German"),
    ("Dr Holland denied the claims.", "Holland"),
    ("Dr French accused the ministry of hiding the report.", "French"),
])
def test_a_people_word_after_a_title_is_a_surname(nlp, text, surname):
    assert any(e.endswith(surname) and label == "PERSON" for e, label in ents(nlp, text).items())


def test_a_title_makes_a_person_of_the_people_word_after_it_and_nothing_else():
    from handbuilt import build
    from newsgraph.titled_names import surnames_after_titles
    # the titles' component alone: "German" becomes a person's; "Hale Jr" is left to the generations' component
    doc = build("""
        Mr        Mr        PROPN NNP 1 compound
        German    German    PROPN NNP 2 nsubj    NORP
        thanked   thank     VERB  VBD 2 ROOT
        Tom       Tom       PROPN NNP 4 compound PERSON
        Hale      Hale      PROPN NNP 5 compound +
        Jr        Jr        PROPN NNP 2 dobj
        .         .         PUNCT .   2 punct
    """)
    assert [(e.text, e.label_) for e in surnames_after_titles(doc).ents] == [("German", "PERSON"),
                                                                             ("Tom Hale", "PERSON")]


def test_the_name_mends_run_as_components_in_order(nlp):
    # one job each: nicknames, then titles of address, then generations (which may extend a titled surname)
    names = [n for n in nlp.pipe_names if n in ("newsgraph_nicknames", "newsgraph_titled_names",
                                                 "newsgraph_generation_names")]
    assert names == ["newsgraph_nicknames", "newsgraph_titled_names", "newsgraph_generation_names"]
    start = nlp.pipe_names.index("newsgraph_nicknames")
    assert nlp.pipe_names[start:start + 3] == names


def test_the_titled_surname_is_the_person_named_before(analyse_text):
    found = names(analyse_text, "Alan German leads the party in the assembly. "
                                "Mr German said the tax rise was unfair.")
    assert found.get("Alan German") == "PERSON"
    assert "Germany" not in found


@pytest.mark.parametrize("text", ["DR Congo accused Rwanda of sending troops.",
                                  "German troops attacked the town.",
                                  "The French minister met Irish officials."])
def test_a_people_or_place_without_a_title_stays(nlp, text):
    assert "PERSON" not in ents(nlp, text).values()


# --- a namesake kept apart makes no person of the next word ------------------------------------

def test_a_refused_namesake_leaves_no_refusal_for_the_next_name(nlp):
    from newsgraph.resolve.names import person_key
    from newsgraph.resolve.surnames import NameMemory

    doc = nlp("Mara Quist was found dead. Quist was convicted of the murder of Mara Quist at Fenwicks.")
    memory = NameMemory(doc)
    memory.remember("Mara Quist", "PERSON:" + person_key("Mara Quist"), "PERSON", doc[0:2])
    short = next(t.i for t in doc if t.text == "Quist" and t.i > 2)
    assert memory.person("Quist", None, doc[short:short + 1]) is None and memory.refused
    shop = next(t.i for t in doc if t.text == "Fenwicks")
    assert memory.person("Fenwicks", None, doc[shop:shop + 1]) is None
    assert not memory.refused    # a word no namesake has is no person kept apart from one


# --- a generation after a surname is part of one person's name ------------------------------------

def test_a_name_and_its_generation_are_one_entity():
    from handbuilt import build
    from newsgraph.titled_names import whole_generation_names
    # "Bruce L" tagged alone, "Castor" untagged, "Jr" tagged alone: one person
    doc = build("""
        Attorney  Attorney  PROPN NNP 3 compound
        Bruce     Bruce     PROPN NNP 3 compound PERSON
        L         L         PROPN NNP 3 compound +
        Castor    Castor    PROPN NNP 4 compound
        Jr        Jr        PROPN NNP 5 nsubj PERSON
        spoke     speak     VERB  VBD 5 ROOT
        .         .         PUNCT .   5 punct
    """)
    assert [(e.text, e.label_) for e in whole_generation_names(doc).ents] == [("Bruce L Castor Jr", "PERSON")]


@pytest.mark.parametrize(("text", "full", "short"), [
    ("District Attorney Bruce L Castor Jr, who led the case, said the file was closed. Castor said no charges "
     "would follow.", "Castor", "Castor"),
    ("Texas inmate Arvin Joseph Dollmar Jr. escaped on Monday. Dollmar was serving a life sentence.", "Dollmar",
     "Dollmar"),
])
def test_a_surname_goes_to_the_full_name_with_a_generation(resolved_entity, text, full, short):
    whole = resolved_entity(text, full, 0)
    alone = resolved_entity(text, short, 1)
    assert whole is not None and whole.type == "PERSON" and whole.name.split()[-1].rstrip(".") == "Jr", whole
    assert alone is not None and alone.key == whole.key, (whole, alone)


def test_a_calling_before_the_tagged_name_stays_out_of_it():
    from handbuilt import build
    from newsgraph.titled_names import whole_generation_names
    # "Drummer" opens the sentence, capitalised, before the person the recogniser tagged without "Jr"
    doc = build("""
        Drummer   drummer   PROPN NNP 3 compound
        Larry     Larry     PROPN NNP 2 compound PERSON
        Kettel    Kettel    PROPN NNP 3 compound +
        Jr        Jr        PROPN NNP 4 nsubj
        agreed    agree     VERB  VBD 4 ROOT
        .         .         PUNCT .   4 punct
    """)
    assert [(e.text, e.label_) for e in whole_generation_names(doc).ents] == [("Larry Kettel Jr", "PERSON")]
