"""The reference dictionary (``data/reference/entities.yaml``) and a matcher for its names.

The dictionary says what well-known entities are called and what kind of thing
each is; it never says what they did.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.nlp.lexicon import NATIONALITIES

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

#: dictionary section -> (mention kind, ontology class)
_SECTIONS = {
    "agreements": ("AGREEMENT", "Agreement"),
    "companies": ("ORG", "Company"),
    "government_bodies": ("ORG", "GovernmentBody"),
    "news_outlets": ("ORG", "NewsOutlet"),
    "threats": ("THREAT", "Malware"),
    "events": ("EVENT", "Event"),
    "people": ("PERSON", "Person"),
    "places": ("PLACE", "Place"),
}


@dataclass(frozen=True)
class Entry:
    """One known entity: its key (IRI path), kind, ontology class, label and other names."""

    key: str
    kind: str
    cls: str
    label: str
    alt: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: 'Telefónica' -> 'telefonica'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold case and accents for name comparison."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly ``words`` (case-folded; use it with re.I), shaped as a trie:
    the longest word wins where several match, as in an alternation sorted longest first."""
    trie: dict[str, Any] = {}
    for word in {w.lower() if len(w.lower()) == len(w) else w for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        leaves = []
        for char in sorted(k for k in node if k):
            child = node[char]
            if list(child) == [""]:
                leaves.append(re.escape(char))
            else:
                branches.append(re.escape(char) + build(child))
        if leaves:
            branches.append(leaves[0] if len(leaves) == 1 else "[" + "".join(leaves) + "]")
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) if trie else "(?!)"


class Gazetteer:
    """Finds the dictionary's names in text (longest match first, whole words)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.by_key = {e.key: e for e in entries}
        self._by_name: dict[str, Entry] = {}
        names: list[str] = []
        for entry in entries:
            for name in (entry.label, *entry.alt):
                self._by_name.setdefault(fold(name), entry)
                names.append(name)
        # a match must start with a capital or a digit (see ``find``): the case-sensitive look-ahead lets the
        # engine skip every other position before it tries the names (4x faster than filtering after); the
        # names are one trie-shaped pattern, so each position costs one branch per character, not one per name
        self._pattern = re.compile(
            r"(?<![\w@.-])(?=(?-i:[A-Z0-9À-ÖØ-Þ]))" + trie_pattern(names) + r"(?![\w@]|\.\w|-(?-i:[A-Z]))", re.I
        )

    def lookup(self, name: str) -> Entry | None:
        """The entry a name (any case, accents folded) belongs to."""
        return self._by_name.get(fold(name))

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        """(start, end, entry) for each dictionary name in ``text``, written with a capital letter."""
        out = []
        for match in self._pattern.finditer(text.replace("\n", " ") if "\n" in text else text):  # "Brad\nSmith"
            surface = match.group(0)
            entry = self.lookup(surface)
            if entry is None:
                continue
            # other capitalisations only for longer names ("F-secure", "FIREEYE"); "ARM" must be written so
            if surface not in (entry.label, *entry.alt) and (len(surface) <= 3 or (
                    _LOWER_WORD.search(surface) and surface.split()[0] in NATIONALITIES)):
                continue  # "the British telecom company BT": a description, not the name "British Telecom"
            out.append((match.start(), match.end(), entry))
        return out


_LOWER_WORD = re.compile(r"(?:^|\s)(?!(?:of|and|the|de|du|la|le|von|van|der|for|in|on|y|e|et|&)\b)[a-z]")


@functools.lru_cache(maxsize=4)
def load(path: str | None = None) -> Gazetteer:
    """Load (once) the reference dictionary."""
    import yaml

    source = Path(path) if path else RESOURCES / "entities.yaml"
    data: dict[str, list[dict[str, Any]]] = yaml.safe_load(source.read_text(encoding="utf-8"))
    entries: list[Entry] = []
    for section, items in data.items():
        kind, default_cls = _SECTIONS[section]
        for item in items:
            label = str(item["label"])
            cls = str(item.get("type", default_cls))
            key = str(item.get("id") or f"{cls.lower()}/{slug(label)}")
            entries.append(Entry(key, kind, cls, label, tuple(str(a) for a in item.get("alt", ())),
                                 tuple(str(s) for s in item.get("same_as", ()))))
    return Gazetteer(entries)
