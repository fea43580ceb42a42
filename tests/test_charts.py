"""Timelines as charts: stacked bars per month by quad class, gaps kept as empty months, months
holding report-dated claims marked, undated claims counted aside."""
from __future__ import annotations

from newsgraph.charts import CLASSES, monthly_chart
from newsgraph.query import monthly

ROWS = [  # (month, type, claims, of which dated by their report)
    ("2018-01", "ASSAULT", 4, 1), ("2018-01", "AGREE", 2, 0), ("2018-03", "ACCUSE", 1, 0),
    ("2018-03", "AFFILIATION", 5, 0), (None, "AID", 3, 0),
]


def test_months_from_counts_sum_quad_classes_and_report_dates():
    periods = {p["period"]: p for p in monthly(ROWS)}
    assert periods["2018-01"]["events"] == 6 and periods["2018-01"]["reported"] == 1
    assert periods["2018-01"]["material_conflict"] == 4 and periods["2018-01"]["verbal_cooperation"] == 2
    assert periods["undated"]["events"] == 3
    assert list(periods)[-1] == "undated"


def test_bars_stack_by_class_with_empty_months_kept():
    chart = monthly_chart(monthly(ROWS))
    assert chart["months"] == 3                               # January to March, February empty
    january = [b for b in chart["bars"] if b["title"].startswith("2018-01")]
    assert {b["cls"] for b in january} == {"material_conflict", "verbal_cooperation"}
    assert not any(b["title"].startswith("2018-02") for b in chart["bars"])
    # the tallest month fills the plot; heights are proportional to the claims
    assert round(sum(b["h"] for b in january), 1) == chart["base"] - chart["top"]
    conflict = next(b for b in january if b["cls"] == "material_conflict")
    assert abs(conflict["h"] / sum(b["h"] for b in january) - 4 / 6) < 0.01
    # bars stack: each starts where the one below ends
    ordered = sorted(january, key=lambda b: -b["y"])
    assert abs(ordered[0]["y"] + ordered[0]["h"] - chart["base"]) < 0.2
    assert abs(ordered[1]["y"] + ordered[1]["h"] - ordered[0]["y"]) < 0.2


def test_relations_are_not_bars_and_report_dates_are_marked():
    chart = monthly_chart(monthly(ROWS))
    assert all(b["cls"] in CLASSES for b in chart["bars"]) and "standing" not in CLASSES
    assert [m["title"].split(":")[0] for m in chart["marks"]] == ["2018-01"]
    assert chart["undated"] == 3


def test_no_month_no_chart():
    assert monthly_chart(monthly([(None, "AID", 2, 0)])) is None
    assert monthly_chart([]) is None
