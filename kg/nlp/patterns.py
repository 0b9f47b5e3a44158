r"""Case-insensitive cue patterns that look at a lower-cased copy of the text first.

Python's ``re`` loses its fast literal scanning under ``re.IGNORECASE``: a large alternation of
cue phrases costs two to four times more than the same pattern run case-sensitively over
lower-cased text. Most sentences hold no cue, so :class:`Cue` runs a lower-case *twin* of the
pattern over ``text.lower()`` and only runs the real pattern (with its case-sensitive parts such
as ``(?-i:[A-Z])``) where the twin found something. The twin matches wherever the real pattern
does (it is the same pattern with its letters lower-cased and its case-sensitive groups relaxed),
so the answers are the real pattern's, only sooner.

Use it for cue phrases (mostly lower-case words). A pattern whose case-sensitive part is what
keeps it from backtracking (``(?-i:[A-Z][\w-]*)\s+){1,5}?`` before a head noun) gets a twin
that tries every lower-cased word instead, and is slower: keep such patterns as plain ``re``. And keep
``^`` out of the branches of a large alternation: one anchored branch made a 30-branch cue 5x slower.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_NEGATED_UPPER_CLASS = re.compile(r"\[\^[^\]]*[A-Z]")


def lower_twin(pattern: str) -> str | None:
    """The pattern for lower-cased text, or None when one cannot be made safely.

    Unescaped letters are lower-cased (``Accord`` -> ``accord``, ``[A-Z]`` -> ``[a-z]``) and
    case-sensitive groups ``(?-i:...)`` become plain groups. A negated class with capitals
    (``[^A-Z]``) would then exclude letters the real pattern allows, so such patterns get no twin.
    """
    if _NEGATED_UPPER_CLASS.search(pattern) or "\\N{" in pattern:
        return None
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(char.lower())
        i += 1
    return "".join(out).replace("(?-i:", "(?:")


@functools.lru_cache(maxsize=4096)
def lower(text: str) -> str:
    """``text.lower()``, cached: every cue and stem check asks for the same sentence's lower case."""
    return text.lower()


class Cue:
    """A case-insensitive pattern with a lower-case twin as a cheap first look.

    Offers the ``re.Pattern`` methods the extractors use (``search``, ``finditer``, ``match``,
    ``pattern``); matches are always the real pattern's, on the text given.
    """

    __slots__ = ("_twin", "pattern", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        twin = lower_twin(pattern)
        self._twin = re.compile(twin, flags & ~re.IGNORECASE) if twin is not None else None

    def _possible(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if self._twin is None:
            return True
        low = lower(text)
        if len(low) != len(text):  # a few characters lower-case to two ('İ'): offsets would drift
            return True
        return self._twin.search(low, pos, len(low) if endpos is None else endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not self._possible(text, pos, endpos):
            return None
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if not self._possible(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.match(text, pos, len(text) if endpos is None else endpos)

    def __repr__(self) -> str:
        return f"Cue({self.pattern[:40]!r}...)"


class AnchoredCue(Cue):
    """A :class:`Cue` built from branches, each with the words one of which it cannot match without.

    The real pattern is the union of the branches (matches are the same as one big alternation). The
    cheap first look runs only the twins of the branches one of whose anchor words is in the lower-cased
    text: a 25-branch cue costs a few substring tests on most sentences instead of 25 branch attempts
    at every position.
    """

    __slots__ = ("_parts",)

    def __init__(self, branches: list[tuple[tuple[str, ...], str]], flags: int = 0) -> None:
        super().__init__("|".join(f"(?:{branch})" for _, branch in branches), flags)
        self._parts: list[tuple[tuple[str, ...], re.Pattern[str] | None]] = []
        for anchors, branch in branches:
            twin = lower_twin(branch)
            self._parts.append((anchors, re.compile(twin, flags & ~re.IGNORECASE) if twin is not None else None))

    def _possible(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        low = lower(text)
        if len(low) != len(text):
            return True
        end = len(low) if endpos is None else endpos
        contains = low.__contains__
        for anchors, twin in self._parts:
            if any(map(contains, anchors)) and (twin is None or twin.search(low, pos, end)):
                return True
        return False
