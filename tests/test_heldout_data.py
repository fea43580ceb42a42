"""The held-out test data (tests/data/probes_heldout.yaml, probes_heldout2.yaml, summaries_heldout.yaml) is
well formed and covers what it claims. Only the files' shape is checked here: their scores are
measured, never asserted, so that nobody tunes on them."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

from newsgraph.evaluation.probes import load_probes
from newsgraph.model import CERTAINTIES, EVENT_TYPES, PLOVER_TYPES

DATA = Path(__file__).parent / "data"
PROBES, NEGATIVES = load_probes(DATA / "probes_heldout.yaml")
PROBES2, NEGATIVES2 = load_probes(DATA / "probes_heldout2.yaml")
MODES = {"ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "RETREAT", "REQUEST",   # types with modes
         "ACCUSE", "REJECT", "CONSULT"}
SUMMARIES = yaml.safe_load((DATA / "summaries_heldout.yaml").read_text(encoding="utf-8"))["summaries"]
NAMES_OR_NULL = (str, list, type(None))


def test_heldout_probes_cover_every_type_and_its_relations():
    counts = Counter(p["type"] for p in PROBES)
    assert set(counts) <= set(EVENT_TYPES)
    assert all(counts[t] >= 12 for t in PLOVER_TYPES), counts
    assert counts["AFFILIATION"] >= 6 and counts["LEADERSHIP"] >= 6, counts
    assert len(PROBES) >= 220 and len(NEGATIVES) >= 30


@pytest.mark.parametrize("probes", [PROBES, PROBES2], ids=["heldout", "heldout2"])
def test_heldout_probe_fields_are_valid(probes):
    for probe in probes:
        assert set(probe) <= {"type", "mode", "text", "subject", "object", "certainty", "negated", "killed"}, probe
        assert isinstance(probe.get("subject"), NAMES_OR_NULL) and isinstance(probe.get("object"), NAMES_OR_NULL)
        assert probe.get("certainty", "asserted") in CERTAINTIES, probe
        assert isinstance(probe.get("negated", False), bool), probe
        assert isinstance(probe.get("killed", 0), int) and probe.get("killed", 0) >= 0, probe


def test_heldout_negatives_have_text():
    assert all(n.get("domain") and n.get("text", "").strip() for n in NEGATIVES)
    assert len(NEGATIVES2) >= 30 and all(n.get("text", "").strip() for n in NEGATIVES2)


def test_second_heldout_set_covers_every_type_and_mode_twice():
    # written per PLOVER type and mode (shared/contract/plover.md): two sentences each at least
    modes = Counter((p["type"], p.get("mode")) for p in PROBES2)
    assert {p["type"] for p in PROBES2} >= set(PLOVER_TYPES)
    assert all(n >= 2 for n in modes.values()), modes
    assert all(len({m for t, m in modes if t == kind}) >= 2 for kind in MODES), modes


def test_heldout_sentences_are_new():
    texts = [p["text"] for p in PROBES + NEGATIVES + PROBES2 + NEGATIVES2]
    assert len(texts) == len(set(texts)), "a held-out sentence is listed twice"
    tuning, tuning_negatives = load_probes(DATA / "probes.yaml")
    assert not set(texts) & {p["text"] for p in tuning + tuning_negatives}


def _types(entry) -> list:
    return entry["type"] if isinstance(entry["type"], list) else [entry["type"]]


def test_heldout_summaries_have_the_documented_fields():
    assert len(SUMMARIES) == 100
    assert len({s["id"] for s in SUMMARIES}) == 100
    for summary in SUMMARIES:
        assert set(summary) == {"id", "text", "type", "attacker", "target", "fatalities"}, summary["id"]
        assert summary["text"].startswith("On ") and summary["text"].endswith("."), summary["id"]
        assert _types(summary) and all(t in PLOVER_TYPES for t in _types(summary)), summary["id"]
        assert all(isinstance(n, str) and n for n in summary["attacker"] + summary["target"]), summary["id"]
        fatalities = summary["fatalities"]
        assert fatalities is None or (isinstance(fatalities, int) and fatalities >= 0), summary["id"]


@pytest.mark.parametrize("kind, least", [("ASSAULT", 60), ("PROTEST", 15), ("COERCE", 5)])
def test_heldout_summaries_span_the_conflict_types(kind, least):
    assert sum(kind in _types(s) for s in SUMMARIES) >= least
