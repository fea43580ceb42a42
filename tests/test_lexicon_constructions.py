"""Constructions of the trigger lexicon (tests/data/lexicon_constructions.yaml): phrasal verbs
with the noun they govern, reversals ("lifted the curfew"), control verbs ("told X to"), intentions
to cooperate and travellers' talks; checked as the extraction development set is."""
from pathlib import Path

import pytest
import yaml

from test_extraction_devset import test_devset_sentence as check_sentence

CASES = yaml.safe_load((Path(__file__).parent / "data" / "lexicon_constructions.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_lexicon_construction_sentence(case, nlp, gazetteer):
    check_sentence(case, nlp, gazetteer)


def test_a_reversal_group_names_known_types(tmp_path):
    from newsgraph.extract.lexicon import _reversals

    with pytest.raises(ValueError, match="reversals: lifting"):
        _reversals({"lifting": {"verbs": ["lift"], "types": {"COERCE": "UNDO"}}})
    assert _reversals({"lifting": {"verbs": ["lift"], "types": {"COERCE": "CONCEDE"}}}) == {"lift": {"COERCE": "CONCEDE"}}
