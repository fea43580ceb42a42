"""Constructions, one-participant events, casualties and dates (tests/data/constructions.yaml):
sentences written for newsgraph, each with the events it must (and must not) yield; checked as
the extraction development set is (tests/test_extraction_devset.py)."""
from pathlib import Path

import pytest
import yaml

from test_extraction_devset import test_devset_sentence as check_sentence

CASES = yaml.safe_load((Path(__file__).parent / "data" / "constructions.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_construction_sentence(case, nlp, gazetteer):
    check_sentence(case, nlp, gazetteer)
