"""Who led, initiated, organised or convened an agreement."""

from __future__ import annotations

import re

from kg.nlp.document import Doc
from kg.relations.base import (
    Fact,
    agreement_for,
    antecedent,
    clause_start,
    ensure_entity,
    group_after,
    group_before,
    inside,
    relative_regions,
)

_VERBS = r"(?:led|leads|leading|organi[sz]ed|organi[sz]es|convened|convenes|initiated|initiates|spearheaded|" \
         r"spearheads|championed|champions|brokered|headed|heads|coordinated|drove|driven|instigated)"
_THING = r"(?:initiative|accord|pact|pledge|agreement|group|effort|coalition|alliance|companies|firms|" \
         r"signatories|push|charge|talks|drive|founders|members|organizations|organisations|partners|campaign)"
PASSIVE = re.compile(rf"\b{_VERBS}\s+by\s+", re.I)
ACTIVE = re.compile(rf"\b{_VERBS}\s+(?:the\s+|this\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,3}}?{_THING}\b", re.I)
IDEA = re.compile(r"\b(?:idea|brainchild|initiative|creation|project)\s+of\s+|['’]s\s+(?:idea|brainchild)\b", re.I)
_CONTEXT = re.compile(rf"\b{_THING}\b|\bit\b", re.I)


def extract(doc: Doc) -> list[Fact]:
    """acc:led facts (cached: the signatory extractor reuses them)."""
    cached = doc.cache.get("leaders")
    if cached is None:
        cached = doc.cache["leaders"] = _read(doc)
    return list(cached)  # type: ignore[call-overload]


def _read(doc: Doc) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    for s in doc.sentences:
        if s.chrome:
            continue
        text = s.text
        regions = relative_regions(text)
        agreement = agreement_for(doc, s)
        for cue in PASSIVE.finditer(text):
            # "a group of companies led by X": the thing led stands before the cue
            if not _CONTEXT.search(text[clause_start(text, cue.start()):cue.start()]) and not re.search(
                    r"\b(?:accord|pact|pledge|initiative)\b", text[:cue.start()], re.I):
                continue
            for m in group_after(s, cue.end(), doc, max_gap=25)[:1]:
                out.append(Fact("led", ensure_entity(doc, m), agreement, s, "leader.passive", 0.9, m.text))
        for cue in ACTIVE.finditer(text):
            region = inside(cue.start(), regions)
            subjects = ([antecedent(s, region[0], doc)] if region else group_before(s, cue.start(), doc)[-1:])
            for head in subjects:
                if head is not None:
                    out.append(Fact("led", ensure_entity(doc, head), agreement, s, "leader.active", 0.9, head.text))
        for cue in IDEA.finditer(text):
            if not re.search(r"\b(?:accord|pact|pledge|initiative|agreement)\b", text, re.I):
                continue
            owners = [m for m in doc.in_sentence(s.index, "ORG")
                      if (m.possessive and 0 <= cue.start() - (m.end - s.start) <= 3)
                      or (m.start - s.start >= cue.end() and m.start - s.start - cue.end() < 5)]
            for m in owners[:1]:
                out.append(Fact("led", m.key, agreement, s, "leader.idea", 0.8, m.text))
    unique = []
    for fact in out:
        if (fact.subject, fact.object) not in seen:
            seen.add((fact.subject, fact.object))  # type: ignore[arg-type]
            unique.append(fact)
    return unique
