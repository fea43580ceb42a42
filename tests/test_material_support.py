"""Backing named as material or counted in money is aid (extract/given_support.material_backing): PLOVER AID
is money, weapons or training given; a stance of backing stays SUPPORT. Sentences of our own."""
from __future__ import annotations

import pytest


def types_of(analysis) -> set[str]:
    return {e.type for e in analysis.events}


@pytest.mark.parametrize("text", [
    "Canada stepped up its military support for the Iraqi army.",
    "Britain increased its financial support for the Afghan army last year.",
    "Japan increased its support for Ghana by $500m.",
])
def test_material_or_counted_backing_is_aid(analyse_text, text):
    found = types_of(analyse_text(text))
    assert "AID" in found and "SUPPORT" not in found, found


@pytest.mark.parametrize("text", [
    "Britain increased its political support for the Afghan government.",
    "Norway welcomed the reforms and declared its support for the Kenyan president.",
])
def test_a_stance_of_backing_stays_support(analyse_text, text):
    found = types_of(analyse_text(text))
    assert "SUPPORT" in found and "AID" not in found, found
