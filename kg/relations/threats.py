"""Cyber incidents and malware the article connects to the agreement."""

from __future__ import annotations

from kg.nlp.document import Doc
from kg.relations.base import DEFAULT_AGREEMENT, Fact, agreement_for


def extract(doc: Doc) -> list[Fact]:
    """acc:relatedThreat: every threat an article about an agreement names, with its best sentence."""
    if not doc.mentions_accord():
        return []
    best: dict[str, Fact] = {}
    for s in doc.sentences:
        if s.chrome:
            continue
        threats = doc.in_sentence(s.index, "THREAT")
        with_accord = bool(doc.in_sentence(s.index, "AGREEMENT")) or "accord" in s.text.lower()
        for m in threats:
            agreement = agreement_for(doc, s) if with_accord else DEFAULT_AGREEMENT
            fact = Fact("relatedThreat", agreement, m.key, s, "threat.cooccurrence" if with_accord else
                        "threat.article", 0.9 if with_accord else 0.6, m.text)
            known = best.get(m.key)
            if known is None or (fact.confidence > known.confidence):
                best[m.key] = fact
    return list(best.values())
