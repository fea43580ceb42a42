"""Dates as news writes them: the one parser of absolute dates, shared by document metadata
(publication dates) and event extraction (when something happened)."""
from __future__ import annotations

import re
from datetime import date

from .wordlists import ordered

MONTHS = {m: i for i, m in enumerate(ordered("months"), 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date as written in news pages: ISO, "February 4, 2018", "4 February 2018" (weekday allowed before).
DATE = (rf"(?i:\d{{4}}-\d{{1,2}}-\d{{1,2}}|(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}"
        rf"|{_DAY}\s+{_MONTH},?\s+\d{{4}}))")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_MDY_DATE = re.compile(rf"\b({_MONTH})\s+({_DAY}),?\s+(\d{{4}})\b", re.I)
_DMY_DATE = re.compile(rf"\b({_DAY})\s+({_MONTH}),?\s+(\d{{4}})\b", re.I)


def normalise_date(value: object) -> str | None:
    """A YYYY-MM-DD string from a date in common forms (ISO, "Feb. 4, 2018", "4 February 2018",
    with weekday or time around it), or None when no valid full date is stated."""
    if value is None:
        return None
    s = str(value).strip()[:200]
    found: tuple[int, int, int] | None = None
    if m := _ISO_DATE.search(s):
        found = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _MDY_DATE.search(s)) and (mo := month_number(m.group(1))):
        found = int(m.group(3)), mo, int(re.sub(r"\D", "", m.group(2)))
    elif (m := _DMY_DATE.search(s)) and (mo := month_number(m.group(2))):
        found = int(m.group(3)), mo, int(re.sub(r"\D", "", m.group(1)))
    if found is None:
        return None
    try:
        return date(*found).isoformat()
    except ValueError:
        return None


def month_number(word: str) -> int | None:
    """1-12 for a month name or its abbreviation ("Feb.", "Sept"), else None."""
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    if len(word) >= 3 and any(full.startswith(word) for full in MONTHS if len(full) > 4):
        return MONTHS[word[:3]]
    return None
