"""Dates in text, resolved against the article's date: '15 October 2019', 'April 17', 'Tuesday',
'this week', 'last month', 'in October'. Results are ISO strings: YYYY-MM-DD, YYYY-MM or YYYY."""

from __future__ import annotations

import datetime as dt
import re

from kg.nlp.lexicon import MONTHS, WEEKDAYS

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    rf"(?P<dmy>\b(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?(?:,?\s+(?P<y1>\d{{4}}))?\b)"
    rf"|(?P<mdy>\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>\b(?:in|since|by|from|until|of)\s+(?:early\s+|mid-?|late\s+)?(?P<m3>{_MONTH})(?:\s+(?P<y3>\d{{4}}))?\b)"
    rf"|(?P<iso>\b(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})\b)"
    rf"|(?P<wd>\b(?:on\s+|last\s+|next\s+|this\s+)?(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    rf"|(?P<rel>\b(?P<r>this week|last week|next week|this month|last month|next month|today|yesterday|tomorrow|"
    rf"last year|this year|next year)\b)"
    rf"|(?P<year>\bin\s+(?P<y5>(?:19|20)\d{{2}})\b)",
    re.I,
)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3] if name.lower()[:4] != "sept" else "sept"]


def find_dates(text: str, reference: dt.date | None) -> list[tuple[int, int, str]]:
    """(start, end, iso) of each date expression in ``text`` that can be resolved."""
    out = []
    for m in _DATE.finditer(text):
        iso = _resolve(m, reference)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def _resolve(m: re.Match[str], ref: dt.date | None) -> str | None:
    try:
        if m.group("dmy") or m.group("mdy"):
            day = int(m.group("d1") or m.group("d2"))
            month = _month(m.group("m1") or m.group("m2"))
            year_text = m.group("y1") or m.group("y2")
            year = int(year_text) if year_text else (ref.year if ref else None)
            if year is None:
                return None
            return dt.date(year, month, day).isoformat()
        if m.group("iso"):
            return dt.date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))).isoformat()
        if m.group("my"):
            month = _month(m.group("m3"))
            year = int(m.group("y3")) if m.group("y3") else (ref.year if ref else None)
            return f"{year:04d}-{month:02d}" if year else None
        if m.group("year"):
            return m.group("y5")
        if ref is None:
            return None
        if m.group("wd"):
            target = WEEKDAYS[m.group("w").lower()]
            phrase = m.group("wd").lower()
            delta = (ref.weekday() - target) % 7
            if phrase.startswith("next"):
                return (ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)).isoformat()
            if phrase.startswith("last") and delta == 0:
                delta = 7
            return (ref - dt.timedelta(days=delta)).isoformat()
        rel = m.group("r").lower()
        if rel in ("today", "this week"):
            return ref.isoformat()
        if rel == "yesterday":
            return (ref - dt.timedelta(days=1)).isoformat()
        if rel == "tomorrow":
            return (ref + dt.timedelta(days=1)).isoformat()
        if rel in ("last week", "next week"):
            return (ref + dt.timedelta(days=7 if rel.startswith("next") else -7)).isoformat()
        if rel in ("this month", "last month", "next month"):
            shift = {"this month": 0, "last month": -1, "next month": 1}[rel]
            month_index = ref.year * 12 + ref.month - 1 + shift
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        shift = {"last year": -1, "this year": 0, "next year": 1}[rel]
        return f"{ref.year + shift:04d}"
    except (ValueError, KeyError):
        return None


def first_date(text: str, reference: dt.date | None) -> str | None:
    found = find_dates(text, reference)
    return found[0][2] if found else None
