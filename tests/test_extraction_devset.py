"""The extraction development set (tests/data/devset.yaml): sentences written for newsgraph,
not taken from the seed articles, each with the events it must yield."""
from pathlib import Path

import pytest
import yaml

from newsgraph.resolve.names import fold

CASES = yaml.safe_load((Path(__file__).parent / "data" / "devset.yaml").read_text(encoding="utf-8"))


def names_of(analysis, key):
    ent = analysis.entities.get(key)
    if ent is None:
        return set()
    return {fold(n) for n in {ent.name, *ent.aliases}}


SYMMETRIC = {"CONSULT", "COOPERATE"}   # either side may be the subject, as in the seed scorer


def matches(analysis, ev, want) -> bool:
    if ev.type in SYMMETRIC and ("subject" in want or "object" in want):
        swapped = {**want, "subject": want.get("object"), "object": want.get("subject")}
        swapped = {k: v for k, v in swapped.items() if v is not None or k in want}
        if _matches(analysis, ev, swapped):
            return True
    return _matches(analysis, ev, want)


def _matches(analysis, ev, want) -> bool:
    if ev.type != want["type"]:
        return False
    for role in ("subject", "object", "location"):
        if role not in want:
            continue
        got = getattr(ev, role)
        if want[role] is None:
            if got is not None and role != "subject":
                return False
            continue
        wanted = want[role] if isinstance(want[role], list) else [want[role]]
        if not any(fold(w) in names_of(analysis, got) for w in wanted):
            return False
    if "certainty" in want and ev.certainty != want["certainty"]:
        return False
    if "negated" in want and ev.negated != want["negated"]:
        return False
    if "source" in want:
        text = fold(ev.source.text) if ev.source else ""
        names = names_of(analysis, ev.source.entity) if ev.source and ev.source.entity else set()
        if fold(want["source"]) not in text and not any(fold(want["source"]) in n for n in names):
            return False
    if "date" in want and ev.date != want["date"]:
        return False
    for k, v in (want.get("quantities") or {}).items():
        if ev.quantities.get(k) != v:
            return False
    return True


def test_devset_is_large_enough():
    assert len(CASES) >= 40
    assert all(case["text"].strip() and isinstance(case["events"], list) for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_devset_sentence(case, nlp, gazetteer):
    from newsgraph.extract import analyse
    from newsgraph.model import Document

    text = case["text"]
    published = str(case["published"]) if case.get("published") else None
    document = Document(source="devset", text=text, published=published)
    analysis = analyse(document, nlp(text), gazetteer)
    got = [f"{e.type}({names_of(analysis, e.subject) or '-'} -> {names_of(analysis, e.object) or '-'}, "
           f"{e.certainty}, neg={e.negated}, src={e.source.text if e.source else None}, loc={e.location}, "
           f"date={e.date}, q={e.quantities})" for e in analysis.events]
    for want in case["events"]:
        assert any(matches(analysis, ev, want) for ev in analysis.events), f"missing {want}; got {got}"
    for unwanted in case.get("forbid", []):
        assert not any(matches(analysis, ev, unwanted) for ev in analysis.events), f"unwanted {unwanted}; got {got}"
    if "max_events" in case:
        assert len(analysis.events) <= case["max_events"], f"too many events: {got}"
