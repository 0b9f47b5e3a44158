"""Linking: which entity each mention names, within one article.

Known names link to their dictionary entry. A name no dictionary knows links to
the longest name of the same kind it is a short form of ("Obrisca" ->
"Obrisca Networks", "Aldous" -> "Lenka Aldous"); otherwise it starts an entity
of its own, labelled with its name minus any legal suffix.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kg.nlp import lexicon as lx
from kg.nlp.gazetteer import Entry, fold, slug
from kg.nlp.mentions import Mention

_PATH = {"ORG": "organization", "PERSON": "person", "PLACE": "place", "EVENT": "event", "THREAT": "threat",
         "AGREEMENT": "agreement"}
_DEFAULT_CLASS = {"ORG": "Company", "PERSON": "Person", "PLACE": "Place", "EVENT": "Event",
                  "THREAT": "CyberIncident", "AGREEMENT": "Agreement"}


@dataclass
class Entity:
    """An entity of one article: key (IRI path), kind, class, label, other names, its mentions."""

    key: str
    kind: str
    cls: str
    label: str
    entry: Entry | None = None
    names: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


def clean_label(name: str) -> str:
    """A name as a label: no legal suffix, no possessive, single spaces."""
    name = " ".join(name.split())
    name = lx.LEGAL_SUFFIX.sub("", name).strip(" ,")
    return name.removesuffix("'s").removesuffix("’s").strip() or name


def link(mentions: list[Mention]) -> dict[str, Entity]:
    """Give every typed mention an entity key; return the article's entities by key."""
    entities: dict[str, Entity] = {}

    def add(mention: Mention, key: str, kind: str, cls: str, label: str, entry: Entry | None = None) -> None:
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key, kind, cls, label, entry)
        elif entry is None and len(label) > len(entity.label) and kind != "PERSON":
            entity.label = label
        mention.key, mention.kind = key, kind
        entity.names.add(clean_label(mention.text))
        entity.mentions.append(mention)

    # 1. dictionary names
    for m in mentions:
        if m.entry is not None:
            add(m, m.entry.key, m.entry.kind, m.entry.cls, m.entry.label, m.entry)
    # 2a. an untyped full name whose surname is read elsewhere as a person's ("Ottilie Vance's desk" ... "Vance, 46,")
    surnames = {fold(m.text) for m in mentions if m.surname_cue}
    for m in mentions:
        if surnames and m.kind == "NAME" and m.entry is None and len(m.text.split()) >= 2 \
                and fold(clean_label(m.text).split()[-1]) in surnames:
            m.kind, m.cls = "PERSON", "Person"
    # 2. full names no dictionary knows (typed by context), longest first so that short forms find them
    typed = sorted((m for m in mentions if m.entry is None and m.kind != "NAME"), key=lambda m: -len(m.text))
    for m in typed:
        label = clean_label(m.text)
        target = _short_form_of(label, m.kind, entities) or _first_name_of(label, entities) or _event_tail(label,
                                                                                                          entities)
        if target is not None:
            add(m, target.key, target.kind, target.cls, target.label)
            continue
        key = f"{_PATH[m.kind]}/{slug(label)}"
        add(m, key, m.kind, m.cls or _DEFAULT_CLASS[m.kind], label)
    # 3. untyped names that are short forms of a typed entity ("Tarnwick's", "Smith", "Marrowfly")
    for m in mentions:
        if m.kind == "NAME" and not m.key:
            label = clean_label(m.text)
            target = _short_form_of(label, None, entities) or _first_name_of(label, entities)
            if target is not None:
                add(m, target.key, target.kind, target.cls, target.label)
    return entities


@functools.lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    """The capitals of a name's words, without its small words ("Federation of Technology and Communications
    Workers": FTCW)."""
    words = [w for w in name.split() if w not in lx.FUNCTION_WORDS and w.lower() not in ("of", "and", "for", "the")]
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) >= 2 else ""


def _first_name_of(label: str, entities: dict[str, Entity]) -> Entity | None:
    """The one person whose full name opens with ``label`` ("Tomasz argues" after "Tomasz Wróbel"): podcasts and
    interviews call their guests by first name."""
    words = _words(label)
    if len(words) != 1:
        return None
    found = [e for e in entities.values() if e.kind == "PERSON" and len(_words(e.label)) >= 2
             and _words(e.label)[0] == words[0]]
    return found[0] if len(found) == 1 else None


def _event_tail(label: str, entities: dict[str, Entity]) -> Entity | None:
    """The event whose name ends with ``label``'s two or more words ("Cyber Day" after "Tri-Cities Cyber Day")."""
    words = _words(label)
    if len(words) < 2:
        return None
    return next((e for e in entities.values() if e.kind == "EVENT" and len(_words(e.label)) > len(words)
                 and _words(e.label)[-len(words):] == words), None)


_AGREEMENT_HEADS = frozenset({"call", "charter", "accord", "convention", "declaration", "pact", "pledge"})


@functools.lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name (cached: every mention is compared with every entity's names)."""
    return tuple(fold(name).split())


def _inside_surname(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'De la Vega' after 'María José de la Vega Ortúzar': the words, any case, inside the name after its first word."""
    low, whole = [w.lower() for w in words], [w.lower() for w in full[1:]]
    return len(low) >= 2 and any(whole[i:i + len(low)] == low for i in range(len(whole) - len(low) + 1))


def _short_form_of(label: str, kind: str | None, entities: dict[str, Entity]) -> Entity | None:
    """The entity whose name ``label`` equals or abbreviates (first words of an organisation, last name of a person)."""
    words = _words(label)
    if not words:
        return None
    best: Entity | None = None
    acronym = label if 2 <= len(label) <= 6 and label.isalpha() and label.isupper() else None
    for entity in entities.values():
        if kind is not None and entity.kind != kind:
            continue
        if acronym and entity.kind in ("ORG", "AGREEMENT") and entity.entry is None \
                and _initials(entity.label) == acronym:
            return entity  # "FTCW" after "the Federation of Technology and Communications Workers"
        for name in {entity.label, *entity.names}:
            full = _words(name)
            if full == words:
                return entity
            if len(words) < len(full) and (
                (entity.kind in ("ORG", "EVENT") and full[:len(words)] == words)
                or (entity.kind == "PERSON" and len(words) == 1 and full[-1] == words[0])
                or (entity.kind == "PERSON" and _inside_surname(words, full))  # "De la Vega" of "María José de la Vega"
                or (entity.kind == "AGREEMENT" and len(words) == 1 and words[0] in _AGREEMENT_HEADS
                    and words[0] in full)  # "the Call" after "the Paris Call"
            ) and (best is None or len(entity.label) > len(best.label)):
                best = entity
    return best
