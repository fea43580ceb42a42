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
