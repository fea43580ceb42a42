"""Shared fixtures. The sample corpus is ingested once per test session."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "newsgraph" / "data" / "sample"
SHARED = ROOT.parent / "shared"


def require_shared(path: Path) -> None:
    """Skip a test that needs ../shared when it is not there, except under CI (CI set), where
    a quality gate that cannot run must fail, not pass silently."""
    if path.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{path} is missing: CI needs the shared material beside the repository")
    pytest.skip(f"{path} not beside the repository")


@pytest.fixture(autouse=True)
def no_newsgraph_settings(monkeypatch):
    """Settings from the developer's shell (NEWSGRAPH_*) must not change what a test sees; a
    test that wants one sets it itself. Subprocesses inherit the cleaned environment."""
    for name in list(os.environ):
        if name.startswith("NEWSGRAPH_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def gazetteer():
    from newsgraph.resolve.gazetteer import load_gazetteer
    return load_gazetteer()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A store holding the five sample articles (do not write to it)."""
    from newsgraph.pipeline import ingest
    from newsgraph.store import Store
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with Store(path) as store:
        ingest([str(SAMPLE)], store, workers=1)
    return path


@pytest.fixture(scope="session")
def sample_export(sample_db) -> dict:
    from newsgraph.export import build_export
    from newsgraph.store import Store
    with Store(sample_db, readonly=True) as store:
        return json.loads(json.dumps(build_export(store)))


@pytest.fixture()
def analyse_text(nlp, gazetteer):
    """Run resolution and extraction on a text: returns the Analysis."""
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    def run(text: str):
        return analyse(Document(source="test", text=text), nlp(text), gazetteer)
    return run


@pytest.fixture()
def analyse_without(analyse_text, monkeypatch):
    """Analyse a text with attributes of modules replaced for that analysis only, each patch a
    (module, name, value): what the extractor makes without a rule, so that a test shows the rule
    is what drops it."""
    def run(text: str, *patches):
        with monkeypatch.context() as m:
            for module, name, value in patches:
                m.setattr(module, name, value)
            return analyse_text(text)
    return run


@pytest.fixture(scope="session")
def events_named(nlp, gazetteer):
    """The events of a text as a set of (type, subject name, object name, *fields) rows; a side that
    is not an entity of the analysis stays as its key (None for no side)."""
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    def run(text: str, *fields: str) -> set[tuple]:
        analysis = analyse(Document(source="test", text=text), nlp(text), gazetteer)

        def name(key):
            return analysis.entities[key].name if key in analysis.entities else key
        return {(e.type, name(e.subject), name(e.object), *(getattr(e, f) for f in fields)) for e in analysis.events}
    return run


@pytest.fixture(scope="session")
def resolved_entity(nlp, gazetteer):
    """The entity that resolution gives the `nth` token written `word` (any case with
    `folded=True`), or None."""
    from newsgraph.resolve.document import resolve_document

    def run(text: str, word: str, nth: int = 0, folded: bool = False):
        doc = nlp(text)
        res = resolve_document(doc, gazetteer)
        tok = [t for t in doc if (t.lower_ if folded else t.text) == word][nth]
        key = res.entity_at(tok.i)
        return res.entities[key] if key else None
    return run


@pytest.fixture(scope="session")
def resolved_name(resolved_entity):
    """The name of the entity a word resolves to (any case; the last one written so by default), or None."""
    def run(text: str, word: str, nth: int = -1):
        entity = resolved_entity(text, word, nth, folded=True)
        return entity.name if entity else None
    return run
