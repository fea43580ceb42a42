import pytest


@pytest.mark.parametrize("text", [
    "IDF Maj.-Gen. Yoav Mordechai told the news site that the tunnel was used for smuggling.",
    "Lt. Col. Jonathan Conricus said the strike hit a weapons depot.",
    "Gen. Mark Milley met his Israeli counterpart in Tel Aviv.",
])
def test_titles_do_not_split_sentences(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_sentences_still_split_at_full_stops(nlp):
    doc = nlp("Hamas fired rockets at Israel. Israel struck targets in Gaza.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(("text", "first"), [
    # a dateline on its own line is not the subject of the next sentence
    ("03 / 14 / 11 09:15 AM ET\nA prison guard was stabbed by an inmate on Monday.", "03 / 14 / 11 09:15 AM ET"),
    # a headline without a full stop
    ("Two Dead in Bank Blast\nA bomb exploded at a bank in Woodburn on Friday, killing two officers.",
     "Two Dead in Bank Blast"),
    # a quotation closing one paragraph stays with it, not with the next paragraph's sentence
    ('The union said: "We will not give in."\n\nOn Wednesday the ministry rejected the demand.',
     'The union said: "We will not give in."'),
])
def test_a_new_line_begins_a_new_sentence(nlp, text, first):
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == first
    assert len(sentences) == 2


def test_wrapped_text_keeps_its_sentences_across_line_ends(nlp):
    text = ("The minister said on Monday that the\ngovernment would not resign over the\naffair and that "
            "Parliament would\nhear the case.\nThe opposition called for an inquiry.")
    sentences = [s.text for s in nlp(text).sents]
    assert len(sentences) == 2
    assert sentences[0].startswith("The minister") and "hear the case." in sentences[0]


def test_a_line_going_on_in_lower_case_continues_its_sentence(nlp):
    text = "Police said the man (a former employee)\nsurrendered after an hour.\nNobody was hurt."
    assert [s.text.strip() for s in nlp(text).sents][0] == \
        "Police said the man (a former employee)\nsurrendered after an hour."
