"""Parent and subsidiary organisations: "Google-parent Alphabet", "LinkedIn, which Microsoft
bought in 2016", "X, a subsidiary of Y"."""

from __future__ import annotations

import re

from kg.nlp.document import Doc
from kg.relations.base import Fact

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
