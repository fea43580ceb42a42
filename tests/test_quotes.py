"""quotes.in_quote on a long list of spans (read through an index) agrees with reading them one by one,
whatever their order or overlaps; quoted_stretches pairs the marks in order."""
import random

import spacy

from newsgraph.quotes import in_quote, quoted_stretches


def _doc(words: int):
    return spacy.blank("en")(" ".join(f"w{k}" for k in range(words)))


def test_in_quote_reads_a_long_list_of_spans_as_one_by_one():
    doc = _doc(400)
    rng = random.Random(7)
    ends = len(doc.text)
    # overlapping, unsorted spans (a curly quotation holding a straight one), more than a few
    quotes = [(a, a + rng.randint(1, 60)) for a in (rng.randrange(ends) for _ in range(40))]
    for i in range(len(doc)):
        idx = doc[i].idx
        assert in_quote(doc, i, quotes) == any(a <= idx < b for a, b in quotes)


def test_in_quote_with_few_spans_and_none():
    doc = _doc(10)
    assert in_quote(doc, 2, [(doc[2].idx, doc[3].idx)])
    assert not in_quote(doc, 3, [(doc[2].idx, doc[3].idx)])
    assert not in_quote(doc, 3, [])


def test_quoted_stretches_pair_each_opening_mark_with_the_next_closing_one():
    text = 'He said "we will win" and \u201cthey\u201d laughed "again'
    assert quoted_stretches(text) == [(8, 21), (26, 32)]
