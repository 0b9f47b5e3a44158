r"""Case-insensitive cue patterns that look at a lower-cased copy of the text first.

Python's ``re`` loses its fast literal scanning under ``re.IGNORECASE``: a large alternation of
cue phrases costs two to four times more than the same pattern run case-sensitively over
lower-cased text. Most sentences hold no cue, so :class:`Cue` runs a lower-case *twin* of the
pattern over ``text.lower()`` and only runs the real pattern (with its case-sensitive parts such
as ``(?-i:[A-Z])``) where the twin found something, from the twin's first match on. The twin matches
wherever the real pattern does (it is the same pattern with its letters lower-cased and its
case-sensitive groups relaxed), so the answers are the real pattern's, only sooner.

Use it for cue phrases (mostly lower-case words). A pattern whose case-sensitive part is what
keeps it from backtracking (``(?-i:[A-Z][\w-]*)\s+){1,5}?`` before a head noun) gets a twin
that tries every lower-cased word instead, and is slower: keep such patterns as plain ``re``. And keep
``^`` out of the branches of a large alternation: one anchored branch made a 30-branch cue 5x slower.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from kg.nlp.gazetteer import trie_pattern

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


def has_any(text: str, stems: tuple[str, ...]) -> bool:
    """A cheap first look: does the lower-cased text contain one of ``stems`` (plain substrings)?

    Every stem list ever asked about joins one trie-shaped pattern; a sentence is scanned with it once, and
    the answer for each list is a set test against the stems found there (a dozen lists are asked about per
    sentence). Lists are kept per tuple object: they are module or code constants."""
    entry = _STEM_SETS.get(id(stems))
    if entry is None or entry[0] is not stems:
        entry = _STEM_SETS[id(stems)] = (stems, frozenset(stem.lower() for stem in stems if stem))
        if not entry[1] <= _STEMS.registered:
            _STEMS.register(entry[1])
    last = _LAST
    if last[0] is not text:  # dozens of lists are asked about one sentence in a row: one lookup for them all
        last[0], last[1] = text, _STEMS.present(lower(text))
    return not last[1].isdisjoint(entry[1])


def stem_set(stems: tuple[str, ...]) -> frozenset[str]:
    """``stems`` lower-cased and registered: test many lists on one text with ``stems_in`` (set tests, no calls)."""
    entry = _STEM_SETS.get(id(stems))
    if entry is None or entry[0] is not stems:
        entry = _STEM_SETS[id(stems)] = (stems, frozenset(stem.lower() for stem in stems if stem))
        if not entry[1] <= _STEMS.registered:
            _STEMS.register(entry[1])
    return entry[1]


def stems_in(text: str) -> frozenset[str]:
    """The registered stems the lower-cased text contains (valid for stem sets registered before the call)."""
    last = _LAST
    if last[0] is not text:
        last[0], last[1] = text, _STEMS.present(lower(text))
    return last[1]


_LAST: list[Any] = [None, frozenset()]  # the text has_any was last asked about, and the stems it holds


class _StemIndex:
    """All stems asked about so far, and which of them a lower-cased text contains.

    Stem lists are registered as the rules first ask about them, a few dozen while the first article is read.
    Rebuilding the one large pattern for each costs 15 ms, so stems registered after it was built go into a
    small second pattern (scanned too) until registrations stop; then the two become one again."""

    _QUIET = 1000  # texts scanned with no new stems, after which the second pattern is merged into the first

    def __init__(self) -> None:
        self.registered: frozenset[str] = frozenset()
        self._base: frozenset[str] = frozenset()  # the stems the main pattern holds
        self._pattern: re.Pattern[str] = re.compile("(?!)")
        self._recent: re.Pattern[str] | None = None  # the stems registered since, if any
        self._prefixes: dict[str, frozenset[str]] = {}
        self._quiet = 0
        self.present = functools.lru_cache(maxsize=4096)(self._present)

    def register(self, stems: frozenset[str]) -> None:
        self.registered = self.registered | stems
        recent = self.registered - self._base
        if not self._base or len(recent) > 300:
            self._merge()
        else:
            self._recent = _scanner(recent)
        # the longest stem starting at each position, then every stem it begins with (its prefixes)
        self._prefixes = {stem: frozenset(stem[:k] for k in range(1, len(stem) + 1) if stem[:k] in self.registered)
                          for stem in self.registered}
        self._quiet = 0
        self.present = functools.lru_cache(maxsize=4096)(self._present)
        _LAST[0] = None  # what has_any remembers was found with fewer stems

    def _merge(self) -> None:
        self._base, self._pattern, self._recent = self.registered, _scanner(self.registered), None

    def _present(self, low: str) -> frozenset[str]:
        found: set[str] = set()
        for match in self._pattern.finditer(low):
            found |= self._prefixes[match.group(1)]
        if self._recent is not None:  # every stem at a position is a prefix of the longest one of its pattern
            for match in self._recent.finditer(low):
                found |= self._prefixes[match.group(1)]
            self._quiet += 1
            if self._quiet > self._QUIET:
                self._merge()  # (the answers cached so far stay right: the stems are the same)
        return frozenset(found)


def _scanner(stems: frozenset[str]) -> re.Pattern[str]:
    """A pattern whose matches, one at each position, are the longest of ``stems`` starting there."""
    return re.compile(f"(?=({trie_pattern(sorted(stems))}))")


_STEMS = _StemIndex()
_STEM_SETS: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


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

    def _plan(self, text: str, pos: int, end: int) -> tuple[re.Pattern[str] | None, int]:
        """The pattern to run and where its first match can start at the earliest (None: no match)."""
        if self._twin is None:
            return self.regex, pos
        low = lower(text)
        if len(low) != len(text):  # a few characters lower-case to two ('İ'): offsets would drift
            return self.regex, pos
        first = self._twin.search(low, pos, end)  # the twin matches wherever the pattern does: no match of the
        return (self.regex, first.start()) if first is not None else (None, pos)  # pattern starts before its first

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        regex, start = self._plan(text, pos, end)
        return regex.search(text, start, end) if regex is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        regex, start = self._plan(text, pos, end)
        return regex.finditer(text, start, end) if regex is not None else iter(())

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.match(text, pos, len(text) if endpos is None else endpos)

    def __repr__(self) -> str:
        return f"Cue({self.pattern[:40]!r}...)"


class Guarded:
    """A pattern asked of text the stem index has not scanned (a page line, a window cut from a sentence), with a
    first look of its own: the words one of which every match holds (:func:`required_words`), searched for in the
    lower-cased text by one case-sensitive pattern. The answers are the pattern's; the words cannot drift from it."""

    __slots__ = ("_words", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        words = required_words(regex.pattern, regex.flags)
        if not words:
            raise ValueError(f"no word every match of {regex.pattern[:40]!r}... holds: nothing to look for first")
        self.regex, self.pattern = regex, regex.pattern
        self._words = re.compile(trie_pattern(sorted(words)))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self._words.search(text[pos:end].lower()) is None:
            return None
        return self.regex.search(text, pos, end)


_PENDING_ANCHORS: list[frozenset[str]] = []  # anchors of the cues made so far, registered together on first use


class AnchoredCue(Cue):
    """A :class:`Cue` built from branches, each with the words one of which it cannot match without.

    The real pattern is the union of the branches (matches are the same as one big alternation). The
    cheap first look asks the stem index (see :func:`has_any`: one scan per sentence, shared by every
    cue and stem list) which anchor words the lower-cased text holds, and runs only the twins of the
    branches those words allow (and of the branches with no anchor): a 76-branch cue costs a set
    lookup and a few short searches instead of one long alternation tried at every position. Where
    twins match, the real pattern run is the union of those branches only (compiled once per set of
    branches): the others cannot match there, and the cues have no groups whose numbers would shift.
    An anchor list written by hand must hold a word of every match of its branch, or the branch is
    never run where no other branch's anchor is in the text (test_patterns checks this sentence by
    sentence on the regression articles).
    """

    __slots__ = ("_anchors", "_branches", "_by_stem", "_flags", "_free", "_parts", "_registered", "_unions")

    def __init__(self, branches: list[tuple[tuple[str, ...], str]], flags: int = 0) -> None:
        super().__init__("|".join(f"(?:{branch})" for _, branch in branches), flags)
        self._parts: list[re.Pattern[str] | None] = []
        self._branches = [branch for _, branch in branches]
        self._flags = flags
        self._unions: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_stem: dict[str, list[int]] = {}
        free: list[int] = []
        for index, (anchors, branch) in enumerate(branches):
            twin = lower_twin(branch)
            self._parts.append(re.compile(twin, flags & ~re.IGNORECASE) if twin is not None else None)
            for anchor in {a.lower() for a in anchors if a}:
                self._by_stem.setdefault(anchor, []).append(index)
            if not any(anchors):
                free.append(index)
        self._free = tuple(free)
        self._anchors = frozenset(self._by_stem)
        self._registered = False
        _PENDING_ANCHORS.append(self._anchors)

    def _plan(self, text: str, pos: int, end: int) -> tuple[re.Pattern[str] | None, int]:
        low = lower(text)
        if len(low) != len(text):
            return self.regex, pos
        if not self._registered:  # the first cue used registers every cue's anchors: one trie rebuild, not one
            if not self._anchors <= _STEMS.registered:  # per cue, and none at import
                _STEMS.register(self._anchors.union(*_PENDING_ANCHORS))
                _PENDING_ANCHORS.clear()
            self._registered = True
        present = _STEMS.present(low) & self._anchors
        if not present and not self._free:
            return None, pos
        live: list[int] = []
        start = end
        for index in sorted({index for stem in present for index in self._by_stem[stem]}.union(self._free)):
            twin = self._parts[index]
            found = twin.search(low, pos, end) if twin is not None else None
            if twin is None or found is not None:
                live.append(index)
                start = min(start, found.start() if found is not None else pos)
        if not live:
            return None, pos
        return self._union(tuple(live)), start

    def _union(self, live: tuple[int, ...]) -> re.Pattern[str]:
        """The pattern made of the branches that can match here, in their order: where the others cannot match,
        it finds what the whole alternation finds (the cues have no groups whose numbers could shift)."""
        if self.regex.groups or len(live) == len(self._branches):
            return self.regex
        regex = self._unions.get(live)
        if regex is None:
            if len(self._unions) >= 512:  # a bound, never reached on real text: a few branches fire at a time
                return self.regex
            regex = self._unions[live] = re.compile("|".join(f"(?:{self._branches[i]})" for i in live),
                                                    self._flags | re.IGNORECASE)
        return regex


def anchored(pattern: str, flags: int = 0, *, min_branches: int = 4) -> Cue:
    """A :class:`Cue` for a large alternation whose branches' anchor words are worked out from the pattern.

    Each top-level branch gets the literal words one of which every match of it contains (see
    :func:`required_words`); a branch with none is always tried. The matches are the pattern's own.
    A pattern asked of whole sentences only (whose stems the index has scanned already) is worth
    anchoring with fewer branches (``min_branches=1``): its first look is then a set test.
    """
    branches = split_alternatives(pattern)
    if len(branches) < min_branches:
        return Cue(pattern, flags)
    return AnchoredCue([(required_words(branch, flags), branch) for branch in branches], flags)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level branches of ``pattern`` (split at each ``|`` outside groups and classes)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern.startswith("^]", i + 1) or pattern.startswith("]", i + 1):
                i += 2 if pattern[i + 1] == "]" else 3  # "[]...]" and "[^]...]": the first ']' is a member
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` (case-insensitive) contains, or () when
    none can be told: the longest literal run the pattern cannot do without, or the runs of each branch of a
    group it cannot do without."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]

        found = _required(parser.parse(pattern, flags | re.IGNORECASE))
    except (re.error, TypeError, ValueError, IndexError, AttributeError):  # unreadable: no anchors, always tried
        return ()
    return tuple(sorted(found)) if found else ()


def _extend(run: set[str], chars: tuple[str, ...]) -> None:
    """Every spelling in ``run`` followed by each of ``chars``."""
    grown = {spelling + char for spelling in run for char in chars}
    run.clear()
    run.update(grown)


def _starts(items: object) -> set[str] | None:
    """The literal spellings one of which every match of ``items`` starts with, or None."""
    from re import _constants as c  # type: ignore[attr-defined]

    run: set[str] = {""}
    for op, arg in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            _extend(run, (chr(arg),))
        elif op is c.IN and len(arg) <= 3 and all(kind is c.LITERAL for kind, _ in arg):
            _extend(run, tuple(chr(code) for _, code in arg))
        else:
            inner = _starts(arg[3]) if op is c.SUBPATTERN else None
            if op is c.BRANCH:
                alternatives = [_starts(alt) for alt in arg[1]]
                inner = set().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
            if inner:
                _extend(run, tuple(inner))
            break
        if len(run) > 8:
            return None
    return run if run != {""} and len(run) <= 8 else None


def _required(items: object) -> set[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[set[str]] = []
    run: set[str] = {""}  # the literal run so far, one string per way a small class ("n[’']t") spells it

    def close() -> None:
        if run != {""}:
            options.append({spelling.lower() for spelling in run})
        run.clear()
        run.add("")

    for op, arg in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            _extend(run, (chr(arg),))
            continue
        if op is c.IN and len(arg) <= 3 and all(kind is c.LITERAL for kind, _ in arg) \
                and len(run) * len(arg) <= 8:
            _extend(run, tuple(chr(code) for _, code in arg))
            continue
        if op in (c.SUBPATTERN, c.BRANCH) and run != {""}:  # "n(?:ot|[’']t)": the parser's shared prefix, put back
            starts = _starts([(op, arg)])
            if starts and len(run) * len(starts) <= 8:
                _extend(run, tuple(starts))
        close()
        if op is c.SUBPATTERN:
            inner = _required(arg[3])
        elif op is c.BRANCH:
            alternatives = [_required(alt) for alt in arg[1]]
            inner = set().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2])
        else:
            inner = None
        if inner:
            options.append(inner)
    close()
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None
