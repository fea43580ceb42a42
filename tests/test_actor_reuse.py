"""Extraction may name an actor that resolution already made for another phrase of the same
document ("police" in two sentences): the new mention points to that actor instead of failing
the whole document (34 bench articles failed so before)."""
import json

import pytest

from conftest import SHARED
from newsgraph.model import Document

ARTICLES = ("bbc-politics-105", "ecbplus-18_1ecb", "bbc-tech-365")


@pytest.fixture(scope="module")
def articles():
    found = {}
    with open(SHARED / "bench" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in ARTICLES:
                found[record["id"]] = record["text"]
    assert set(found) == set(ARTICLES)
    return found


@pytest.mark.parametrize("article", ARTICLES)
def test_a_generic_actor_named_again_by_extraction_is_reused(article, articles, nlp, gazetteer):
    from newsgraph.extract import analyse
    text = articles[article]
    analysis = analyse(Document(source=article, text=text), nlp(text), gazetteer)
    generic = {k for k in analysis.entities if k.startswith("GENERIC:")}
    assert generic, "the article's unnamed collectives (police, residents) are actors"
    keys = {m.entity for m in analysis.mentions}
    assert generic <= keys | {e.subject for e in analysis.events} | {e.object for e in analysis.events}
