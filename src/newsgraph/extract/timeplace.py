"""Where and when an event happened: the place as an entity, the date resolved against the
publication date where it is relative ("last week", "two days after", "Monday")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import DATE, month_number, normalise_date
from ..doctext import span_ents
from ..wordlists import ordered, table
from .place import location_for, place_for  # noqa: F401  (the place part lives in place.py)

WEEKDAYS = ordered("weekdays")
NUMBERS = table("time_numbers")


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_date(text: str, published: date | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD date for a date expression, or None."""
    t = text.lower().strip()
    full = re.search(DATE, text)
    if full:                       # "February 4, 2018", "4 Feb. 2018", "2018-02-04"
        return normalise_date(full.group(0))
    m = re.search(r"\b([a-z]+)\.?,? (\d{4})\b", t)
    if m and month_number(m.group(1)):
        return f"{int(m.group(2)):04d}-{month_number(m.group(1)):02d}"
    m = re.fullmatch(r"(?:in |since |during |the )?((?:19|20)\d{2})", t)
    if m:
        return m.group(1)
    if published is None:
        return None
    for word in re.findall(r"[a-z]{3,}", t):
        i = month_number(word)
        if i:                      # "in August": the last August up to the publication date
            year = published.year if i <= published.month else published.year - 1
            return f"{year:04d}-{i:02d}"
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", t):
            back = (published.weekday() - i) % 7
            return (published - timedelta(days=back)).isoformat()
    if "yesterday" in t:
        return (published - timedelta(days=1)).isoformat()
    if re.search(r"\btoday\b|\bthis morning\b|\btonight\b", t):
        return published.isoformat()
    if "last week" in t:
        d = published - timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}"
    if "last month" in t:
        d = published.replace(day=1) - timedelta(days=1)
        return f"{d.year:04d}-{d.month:02d}"
    if "last year" in t:
        return f"{published.year - 1:04d}"
    if "this year" in t:
        return f"{published.year:04d}"
    m = re.search(r"\b(\d+|" + "|".join(NUMBERS) + r") (day|week|month|year)s? ago\b", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return (published - timedelta(days=n)).isoformat()
        if unit == "week":
            d = published - timedelta(weeks=n)
            return f"{d.year:04d}-{d.month:02d}"
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{published.year - n:04d}"
    return None


def date_for(cand, doc) -> str | None:
    """The date of the DATE entity attached to the event's clause, resolved."""
    published = parse_published(doc.user_data.get("published"))
    heads = {cand.trigger.i}
    if cand.anchor is not None:
        heads.add(cand.anchor.i)
    for ent in span_ents(cand.trigger.sent):
        if ent.label_ != "DATE":
            continue
        root = ent.root
        # attached directly, or through a preposition, to the trigger or its verb
        attach = root.head.head if root.head.dep_ == "prep" else root.head
        if root.head.i in heads or attach.i in heads or (root.dep_ == "npadvmod" and root.head.i in heads):
            value = resolve_date(ent.text, published)
            if value:
                return value
    return None
