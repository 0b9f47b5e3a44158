"""Tables in text: rows whose cells are apart by tabs, '|' or three spaces or more, under a header row that says
which column holds a person's name, a title, an organisation or whether it signed ("Name  Title  Organisation
Accord": an attendee sheet pasted from a spreadsheet, a Markdown table of speakers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: What a header cell calls each column this module reads (lower case, the whole cell).
_HEADS = {
    "person": frozenset({"name", "names", "attendee", "attendees", "speaker", "speakers", "participant",
                         "participants", "delegate", "delegates", "person", "contact", "full name", "panelist",
                         "panellist", "member", "representative"}),
    "title": frozenset({"title", "job title", "role", "position", "post", "function", "designation"}),
    "org": frozenset({"organisation", "organization", "company", "affiliation", "employer", "firm", "org",
                      "institution", "agency", "body", "organisation / company", "company / organisation"}),
    "status": frozenset({"accord", "tech accord", "accord?", "signed", "signed?", "signatory", "signatory?",
                         "accord signatory", "accord signatory?", "accord member", "accord status", "signed accord",
                         "signed the accord?", "in the accord?", "on the accord?"}),
}
_SPACED_CELL = re.compile(r"\S+(?:[ ]{1,2}\S+)*")
_GAP = re.compile(r"\S {3,}\S")


@dataclass(frozen=True)
class Row:
    """One row of a table: its sentence, its cells (offsets in the article) and its columns by role."""

    sentence: int
    cells: tuple[tuple[int, int], ...]
    columns: tuple[tuple[str, int], ...]

    def cell(self, role: str) -> tuple[int, int] | None:
        index = dict(self.columns).get(role)
        return self.cells[index] if index is not None and index < len(self.cells) else None


def cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row (empty cells too: columns keep their index), or none."""
    if "\t" in line:
        edges = [-1] + [i for i, c in enumerate(line) if c == "\t"] + [len(line)]
    elif line.count("|") >= 2:
        bars = [i for i, c in enumerate(line) if c == "|"]
        edges = ([-1] if line.lstrip()[:1] != "|" else []) + bars + ([len(line)] if line.rstrip()[-1:] != "|" else [])
    elif _GAP.search(line):
        return [m.span() for m in _SPACED_CELL.finditer(line)]
    else:
        return []
    spans = [(a + 1, b) for a, b in zip(edges, edges[1:], strict=False)]
    return spans if len(spans) >= 2 else []


def _columns(line: str, spans: list[tuple[int, int]]) -> tuple[tuple[str, int], ...]:
    """The roles a header row gives its columns; empty unless it names an organisation's column and a person's or a
    status column."""
    found: dict[str, int] = {}
    for index, (a, b) in enumerate(spans):
        head = line[a:b].strip(" *_:").lower()
        for role, words in _HEADS.items():
            if head in words and role not in found:
                found[role] = index
    return tuple(found.items()) if "org" in found and ("person" in found or "status" in found) else ()


def table_rows(texts: list[str], bases: list[int], indexes: list[int]) -> list[Row]:
    """Every row under a header that names a person's or a status column beside an organisation's, until a line
    that is no row."""
    rows: list[Row] = []
    columns: tuple[tuple[str, int], ...] = ()
    for text, base, index in zip(texts, bases, indexes, strict=True):
        if not columns and "\t" not in text and "|" not in text and "   " not in text:
            continue
        offset = 0
        for line in text.split("\n"):
            spans = cells(line)
            header = _columns(line, spans) if spans else ()
            if header:
                columns = header
            elif spans and columns and len(spans) > max(i for _, i in columns) and not set(
                    line.replace("|", "").strip()) <= set("-: "):
                rows.append(Row(index, tuple((base + offset + a, base + offset + b) for a, b in spans), columns))
            elif not (spans and columns):
                columns = ()  # a line that is no row ends the table ("|---|---|" rules keep it)
            offset += len(line) + 1
    return rows
