"""The fast YAML loader reads every bundled data file as PyYAML's safe loader does, and bad YAML
fails with PyYAML's own error."""
from importlib import resources

import pytest
import yaml

from newsgraph.wordlists import parse_yaml


def _bundled_yaml() -> list:
    root = resources.files("newsgraph").joinpath("data")
    out, todo = [], [root]
    while todo:
        folder = todo.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                todo.append(entry)
            elif entry.name.endswith((".yaml", ".yml")):
                out.append(entry)
    return sorted(out, key=lambda e: str(e))


def test_there_are_bundled_yaml_files():
    assert len(_bundled_yaml()) > 10


@pytest.mark.parametrize("entry", _bundled_yaml(), ids=lambda e: e.name)
def test_every_bundled_file_reads_as_with_the_safe_loader(entry):
    text = entry.read_text(encoding="utf-8")
    fast, safe = parse_yaml(text), yaml.safe_load(text)
    assert fast == safe
    assert repr(fast) == repr(safe)  # the same key order too


@pytest.mark.parametrize("text", ["a: [1, 2\nb: 3\n", "key: value\n\tother: 1\n", "- a\nb: c\n"])
def test_bad_yaml_fails_with_the_safe_loaders_error(text):
    with pytest.raises(yaml.YAMLError) as fast:
        parse_yaml(text)
    with pytest.raises(yaml.YAMLError) as safe:
        yaml.safe_load(text)
    assert str(fast.value) == str(safe.value)


def test_tags_the_safe_loader_refuses_are_refused():
    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object/apply:os.system ['true']\n")


def test_word_lists_keep_on_and_off_as_words():
    """YAML 1.1 reads unquoted on/off/yes/no as booleans: the loader refuses them, so a list says the word."""
    from newsgraph.wordlists import words
    assert "on" in words("adjunct_heads") and "on" in words("metonym_place_prepositions")
    assert "off" in words("place_prepositions")
    assert not {"True", "False"} & (words("place_prepositions") | words("adjunct_heads"))
