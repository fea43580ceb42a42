"""Timelines as charts: events per month by quad class as the geometry of a stacked bar chart,
which the explorer draws as inline SVG (server-side: no script, no library, readable offline and
printable). The table beside it stays, for screen readers and for copying numbers.

Claims the text does not date sit at their report's (document's) date; a month holding such
claims is marked, with their number in its tooltip, so a reader does not take a report date for
an event date.
"""
from __future__ import annotations

from .model import QUAD_CLASSES

CLASSES = tuple(c for c in QUAD_CLASSES if c != "standing")   # relations hold, they do not happen
WIDTH, HEIGHT = 640, 180
LEFT, BOTTOM, TOP = 32, 28, 8
MAX_MONTHS = 120              # ten years; a longer span shows its last ten


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def monthly_chart(timeline: list[dict]) -> dict | None:
    """Bars, axis ticks and legend for the months of `timeline` (query.monthly records); None
    when no event has a month."""
    rows = {t["period"]: t for t in timeline if len(t["period"]) == 7 and t["period"][4] == "-"}
    if not rows:
        return None
    months = _months(min(rows), max(rows))[-MAX_MONTHS:]
    peak = max(sum(rows.get(m, {}).get(c, 0) for c in CLASSES) for m in months) or 1
    plot_w, plot_h = WIDTH - LEFT - 4, HEIGHT - BOTTOM - TOP
    step = plot_w / len(months)
    bar_w = min(step * 0.8, 40.0)
    bars, marks, ticks = [], [], []
    for i, month in enumerate(months):
        row = rows.get(month, {})
        x, y = LEFT + i * step, TOP + plot_h
        for cls in CLASSES:
            n = row.get(cls, 0)
            if n:
                h = plot_h * n / peak
                y -= h
                bars.append({"x": round(x + (step - bar_w) / 2, 1), "y": round(y, 1), "w": round(bar_w, 1),
                             "h": round(h, 1), "cls": cls, "title": f"{month}: {n} {cls.replace('_', ' ')}"})
        if row.get("reported"):
            marks.append({"x": round(x + step / 2, 1), "y": TOP + plot_h + 6,
                          "title": f"{month}: {row['reported']} of {row['events']} at their report's date"})
        if i == 0 or i == len(months) - 1 or (len(months) > 12 and month.endswith("-01")) or len(months) <= 12:
            ticks.append({"x": round(x + step / 2, 1), "label": month})
    undated = sum(t["events"] for t in timeline if t["period"] not in rows)
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "marks": marks, "ticks": ticks[:24],
            "peak": peak, "top": TOP, "base": TOP + plot_h, "left": LEFT, "classes": CLASSES,
            "undated": undated, "months": len(months)}
