"""The certainty probe files (tests/data/certainty_probes*.yaml) read as probe files, and every probe
states the negation or certainty it is there to check (the probe scorer's attributes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluation.probes import load_probes

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["certainty_probes.yaml", "certainty_probes_after.yaml"])
def test_every_certainty_probe_states_an_attribute(name):
    probes, _ = load_probes(DATA / name)
    assert len(probes) >= 15
    assert all({"certainty", "negated"} & probe.keys() for probe in probes)
