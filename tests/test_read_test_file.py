"""Every scorer reads its YAML test file the same way (evaluation.read_test_file): a file that does
not parse, or holds no list of entries, is one ValueError naming the file and what is wrong."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.article_sets import load_annotated
from newsgraph.evaluation.coref import load_items
from newsgraph.evaluation.probes import load_probes
from newsgraph.evaluation.summaries import load_summaries

LOADERS = [   # (loader, what it calls the file, the list it expects)
    (load_probes, "probe", "a 'probes' list"),
    (load_summaries, "summary", "a 'summaries' list"),
    (load_items, "coreference", "an 'articles' list"),
    (lambda path: load_annotated(path, "attacks"), "annotation", "an 'articles' list"),
]


@pytest.mark.parametrize(("load", "what", "wanted"), LOADERS)
def test_an_unreadable_file_says_what_file_it_could_not_read(tmp_path, load, what, wanted):
    path = tmp_path / "broken.yaml"
    path.write_text("entries: [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match=f"cannot read {what} file") as err:
        load(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)
    with pytest.raises(ValueError, match=f"cannot read {what} file"):
        load(tmp_path / "missing.yaml")


@pytest.mark.parametrize(("load", "what", "wanted"), LOADERS)
def test_a_file_without_its_list_says_what_list_it_wanted(tmp_path, load, what, wanted):
    path = tmp_path / "list.yaml"
    for content in ("- just a list\n", "other: []\n", "articles: {}\nprobes: {}\nsummaries: {}\n"):
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ValueError, match=f"expected a mapping with {wanted}"):
            load(path)
