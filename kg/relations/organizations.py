"""Parent and subsidiary organisations: "Google-parent Alphabet", "LinkedIn, which Microsoft
bought in 2016", "X, a subsidiary of Y"."""

from __future__ import annotations

import re

from kg.nlp.document import Doc
from kg.nlp.mentions import Mention
from kg.nlp.segment import Sentence
from kg.relations.base import Fact, ensure_entity, has_any

_PARENT_OF = re.compile(r"-(?:parent|owner)\s+$")
_BOUGHT = re.compile(r",\s*which\s+$")
_BOUGHT_VERB = re.compile(r"^\s+(?:bought|acquired|owns|purchased|took\s+over)\b")
_SUBSIDIARY = re.compile(r"^,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit|division|arm)\s+of\s+$")


def extract(doc: Doc) -> list[Fact]:
    """schema:parentOrganization facts: subject is the child, object the parent."""
    out = []
    for s in doc.sentences:
        if s.chrome:
            continue
        orgs = [m for m in doc.by_sentence.get(s.index, []) if m.kind == "ORG" and m.key]
        for a, b in zip(orgs, orgs[1:], strict=False):
            gap = s.text[a.end - s.start:b.start - s.start]
            after_b = s.text[b.end - s.start:]
            if a.modifier and _PARENT_OF.match(s.text[a.end - s.start:b.start - s.start] + " "):
                out.append(Fact("parentOrganization", a.key, b.key, s, "org.parent-modifier", 0.85, a.text))
            elif _BOUGHT.search(gap) and _BOUGHT_VERB.match(after_b):
                out.append(Fact("parentOrganization", a.key, b.key, s, "org.acquired", 0.85, a.text))
            elif _SUBSIDIARY.match(gap):
                out.append(Fact("parentOrganization", a.key, b.key, s, "org.subsidiary", 0.85, a.text))
    return out


# -- renames -----------------------------------------------------------------------------------------
#: The words before a new name: "renamed itself NortonLifeLock", "changed its name to", "will from this week
#: operate as", "would now be called", "became".
_RENAMED_TO = re.compile(r"\b(?:(?:was\s+|has\s+been\s+|been\s+)?(?:renamed|rebranded)(?:\s+itself)?(?:\s+(?:as|to))?"
                         r"|changed\s+(?:its|their)\s+name\s+to|(?:now\s+)?(?:trades|operates|trading|operating)\s+as"
                         r"|(?:will|would|is\s+to)\s+(?:now\s+|henceforth\s+|from\s+(?:this|next)\s+\w+\s+)?"
                         r"(?:operate|trade|be\s+known|be\s+called|go\s+by|be\s+renamed)(?:\s+as)?"
                         r"|became)\s+$")
#: Between an old name and its new one: "Facebook, now Meta,", "Facebook (now Meta)", "FireEye, now called Mandiant".
_NOW_CALLED = re.compile(r"\s*(?:,|\()\s*now\s+(?:called\s+|known\s+as\s+|named\s+|renamed\s+)?$")
#: After a new name, its old one: "Gen Digital, formerly NortonLifeLock", "Meta (formerly Facebook)".
_FORMERLY = re.compile(r"\s*(?:,|\()\s*(?:formerly|previously|once)(?:\s+(?:known\s+as|called|named))?\s+$")
_APPOSITION = re.compile(r",[^,;]{1,120},\s*")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:has|have|had|which|that|then|later|since|subsequently|officially|formally|itself|"
                          r"eventually|finally|also|in\s+\d{4}|last\s+\w+)\s*,?\s*)*")
_MERGED = re.compile(r"\b(?:combined|merged|enlarged)\s+(?:company|group|firm|business)\b", re.I)


def renames(doc: Doc) -> list[Fact]:
    """Renames the text tells ("X renamed itself Y", "Y, formerly X", "X (now Y)"): subject the old name, object
    the new; the same organisation under a new name, which keeps what the old name signed."""
    out = []
    for s in doc.sentences:
        if s.chrome or not has_any(s.text, _RENAME_STEMS):
            continue
        named = [m for m in doc.by_sentence.get(s.index, []) if m.kind in ("ORG", "NAME") and not m.modifier]
        for i, new in enumerate(named):
            if new.possessive:
                continue
            start, before = new.start - s.start, s.text[:new.start - s.start]
            old = None
            verb = _RENAMED_TO.search(before) if i else None
            if verb and not _MERGED.search(before):
                old = _subject(doc, s, named[:i], verb.start())
            elif i and _NOW_CALLED.fullmatch(s.text, named[i - 1].end - s.start, start):
                old = named[i - 1]
            if old is not None and old.key != new.key:
                out.append(_renamed(doc, s, old, new, "org.renamed"))
            if i + 1 < len(named) and named[i + 1].key != new.key and _FORMERLY.fullmatch(
                    s.text, new.end - s.start, named[i + 1].start - s.start):
                out.append(_renamed(doc, s, named[i + 1], new, "org.formerly"))
    return out


#: Every rename pattern holds one of these (a cheap first look shared with the other stem lists).
_RENAME_STEMS = ("renamed", "rebranded", " name ", " as ", "called", "became", "now", "formerly", "previously",
                 "once")


def _subject(doc: Doc, s: Sentence, before: list[Mention], pos: int) -> Mention | None:
    """The organisation a rename verb at ``pos`` is told of: the last one before it, with nothing between but an
    apposition or small words ("Sentrik Labs, the ... company bought by Halvorsen Group in February, will ...")."""
    orgs = [m for m in before if m.kind == "ORG" and not m.possessive]
    for m in orgs:  # the clause's subject first: an apposition after it may name other organisations
        gap = s.text[m.end - s.start:pos]
        if _SUBJECT_GAP.fullmatch(_APPOSITION.sub(" ", gap, count=1)):
            return m
    return None


def _renamed(doc: Doc, s: Sentence, old: Mention, new: Mention, rule: str) -> Fact:
    return Fact("renamed", ensure_entity(doc, old), ensure_entity(doc, new), s, rule, 0.8, new.text)
