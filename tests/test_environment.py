"""The suite itself holds on any machine: quality gates that need ../shared fail under CI
instead of skipping silently."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import require_shared

MISSING = Path("/nonexistent/shared/eval/score.py")


def test_a_missing_gate_fails_under_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI needs the shared material"):
        require_shared(MISSING)


def test_a_missing_gate_skips_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_shared(MISSING)


def test_a_present_gate_runs(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert require_shared(Path(__file__)) is None
