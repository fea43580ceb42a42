"""The word lists in data/lexicon/words/: one namespace, every list used, each read as declared."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph import wordlists

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsgraph"


def test_every_word_list_is_used_by_the_code_and_every_use_exists():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r"\b(?:words|ordered|table)\(\"([a-z_]+)\"\)", path.read_text(encoding="utf-8")))
    declared = set(wordlists._word_lists())
    assert used == declared, {"unused": declared - used, "missing": used - declared}


def test_lists_read_in_the_shape_asked_for():
    assert wordlists.ordered("months")[:2] == ("january", "february")
    assert wordlists.table("number_words")["dozen"] == 12
    assert "army" in wordlists.words("armed_hints")


def test_an_unknown_list_is_named_in_the_error():
    with pytest.raises(KeyError, match="no_such_list"):
        wordlists.words("no_such_list")


def test_yaml_booleans_stay_words():
    # YAML 1.1 would read a bare true/false/on as a boolean: the lists quote them
    assert {"true", "false"} <= wordlists.words("pleonastic")
