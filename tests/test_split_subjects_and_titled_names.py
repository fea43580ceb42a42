"""Sides read whole where the parser or the recogniser cut a phrase (session 52, objects52). Sentences written
for newsgraph.

- a body's or place's name the parser split off as a subject of its own before the title and name of the next
  subject of the same verb ("Leeds United striker Mark Vane was arrested" read with "United" and "Vane" both
  passive subjects) is joined back as its compound (extract/split_subjects.py): the club is no one arrested;
- a name tagged with the preposition or participle that opens its sentence ("Following Varga's conviction")
  loses the opener (resolve/missed_names.without_opener);
- a person's name right after a description that titles it ("give US tycoon Peter Marsh access") is the side,
  not the description placed by its state (described_sides.titled_name); a name after a comma and an age that
  the parser made an object of a verb above the description ("in the death of his wife, 31-year-old Anna,") is
  the bracketed name."""
import pytest
from spacy.tokens import Doc, Span

from named_events import named_sides
from newsgraph.extract import described_sides
from newsgraph.extract.split_subjects import rejoin_split_subjects
from newsgraph.resolve.missed_names import without_opener


def _doc(nlp, words, heads, deps, pos, ents=(), tags=None):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_subject_split_off_the_next_subjects_phrase_is_joined_to_it(nlp):
    words = ["Leeds", "United", "striker", "Mark", "Vane", "was", "arrested", "."]
    heads = [1, 6, 4, 4, 6, 6, 6, 6]
    deps = ["compound", "nsubjpass", "compound", "compound", "nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos, ents=[(0, 2, "ORG"), (3, 5, "PERSON")])
    rejoin_split_subjects(doc)
    assert [c.text for c in doc[6].children if c.dep_ == "nsubjpass"] == ["Vane"]
    assert doc[1].head.i == 4 and doc[1].dep_ == "compound"


def test_only_a_body_before_a_titled_person_is_joined(nlp):
    # two runs of common nouns the parser read as subjects are left as it read them
    words = ["Health", "officials", "staff", "were", "told", "."]
    heads = [1, 4, 4, 4, 4, 4]
    deps = ["compound", "nsubjpass", "nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["PROPN", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos)
    rejoin_split_subjects(doc)
    assert [c.text for c in doc[4].children if c.dep_ == "nsubjpass"] == ["officials", "staff"]


def test_subjects_apart_stay_apart(nlp):
    # "Smith, the mayor, was ...": a comma between keeps each as the parser read it
    words = ["Smith", ",", "Jones", "were", "arrested", "."]
    heads = [4, 4, 4, 4, 4, 4]
    deps = ["nsubjpass", "punct", "nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos)
    rejoin_split_subjects(doc)
    assert [c.text for c in doc[4].children if c.dep_ == "nsubjpass"] == ["Smith", "Jones"]


def test_the_player_not_his_club_is_arrested(analyse_text):
    found = named_sides(analyse_text("Leeds United striker Mark Vane was arrested on Sunday after a fight outside a bar."),
                        "COERCE")
    assert any(o == "Mark Vane" for _, o in found) and not any(o == "Leeds United" for _, o in found), found


@pytest.mark.parametrize(("opener", "dep"), [("Following", "prep"), ("Despite", "prep"), ("After", "prep")])
def test_the_opening_preposition_is_no_part_of_a_name(nlp, opener, dep):
    words = [opener, "Varga", "'s", "conviction", ",", "police", "said", "."]
    heads = [6, 3, 1, 0, 6, 6, 6, 6]
    deps = [dep, "poss", "case", "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["ADP", "PROPN", "PART", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    tags = ["IN", "NNP", "POS", "NN", ",", "NNS", "VBD", "."]
    doc = _doc(nlp, words, heads, deps, pos, ents=[(0, 3, "PERSON")], tags=tags)
    assert without_opener(doc, doc.ents[0]).text == "Varga 's"


def test_a_name_holding_such_a_word_stays_whole(nlp):
    # "Under Armour said": the word is part of the firm's name, not a preposition the parser read
    words = ["Under", "Armour", "said", "it", "sued", "."]
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _doc(nlp, words, heads, deps, pos, ents=[(0, 2, "ORG")])
    assert without_opener(doc, doc.ents[0]).text == "Under Armour"


def test_the_titled_person_is_the_side(analyse_text, analyse_without):
    text = "Manchester City's board agreed to give US tycoon Peter Marsh access to its accounts."
    assert ("Manchester City", "Peter Marsh") in named_sides(analyse_text(text), "AGREE")
    without = named_sides(analyse_without(text, (described_sides, "titled_name", lambda tok, res: None)), "AGREE")
    assert ("Manchester City", "Peter Marsh") not in without, without


def test_a_bracketed_name_after_an_age_that_the_parser_hung_higher(analyse_text):
    text = "A jury convicted Tom Hale of murder in the death of his wife, 31-year-old Anna, last year."
    found = named_sides(analyse_text(text), "ASSAULT")
    assert ("Tom Hale", "Anna") in found and not any(o == "his wife" for _, o in found), found
