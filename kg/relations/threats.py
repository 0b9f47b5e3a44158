"""Cyber incidents and malware the article connects to the agreement."""

from __future__ import annotations

import re

from kg.nlp.document import Doc
from kg.nlp.mentions import Mention
from kg.nlp.patterns import has_any
from kg.nlp.segment import Sentence
from kg.relations.base import DEFAULT_AGREEMENT, Fact, agreement_for, named_here

#: "the Transnet ransomware attack", "the Optus breach", "the Colonial Pipeline hack": an incident named by its victim.
_VICTIM_HEAD = re.compile(r"(?:['’]s)?\s+((?:ransomware|cyber|data|wiper|network|malware)\s+)?"
                          r"(attack|breach|hack|cyberattack|cyber-attack|intrusion)\b(?!\s+(?:surface|vector|on|against)\b)")
#: "the July 2021 ransomware attack on Transnet", "a cyberattack on the Port of Nagoya": the victim after the attack.
_ATTACK_ON = re.compile(r"\b(?:the|a|an|last\s+year['’]s|this\s+year['’]s)\s+(?:[A-Z][a-z]+\s+)?(?:(?:19|20)\d\d\s+)?"
                        r"((?:ransomware|wiper|malware|data)\s+attack|cyberattack|cyber-attack|data\s+breach|breach|hack)"
                        r"\s+(?:on|of|at|against)\s+(?:the\s+)?"
                        r"(?:(?:city|town|county|municipality|port|state)\s+of\s+)?$")
_CITY_OF = re.compile(r"\b(?:city|town|county|municipality|port|state)\s+of\s+$")
_UNRELATED = re.compile(r"\b(?:nothing\s+to\s+do\s+with|unrelated\s+to|not\s+related\s+to|no\s+connection\s+"
                        r"(?:to|with))\s+the\s+(?:accord|pact|pledge|Tech\s+Accord)\b", re.I)
_UNRELATED_STEMS = ("nothing to do", "unrelated", "not related", "no connection")
_BEFORE_THE_ACCORD = re.compile(r"\b(?:19\d\d|200\d|201[0-6])\b")
_VICTIM_BEFORE = re.compile(r"\b(?:the|a|an|last\s+year['’]s|this\s+year['’]s|(?:19|20)\d\d)\s+$", re.I)


def extract(doc: Doc) -> list[Fact]:
    """acc:relatedThreat: every threat an article about an agreement names, with its best sentence."""
    if not doc.mentions_accord():
        return []
    best: dict[tuple[str, str], Fact] = {}  # per agreement and threat: the best sentence for each link
    unrelated = {s.block for s in doc.sentences if has_any(s.text, _UNRELATED_STEMS) and _UNRELATED.search(s.text)}
    for s in doc.sentences:
        if s.chrome or s.index in doc.other_stories or s.block in unrelated:  # a roundup's other stories, or a
            continue  # paragraph that says "Nothing to do with the accord, but ...": not the accord's
        threats = [_as_written(doc, m) for m in doc.in_sentence(s.index, "THREAT") if not _background(doc, s, m)]
        threats += _victim_named(doc, s)
        with_accord = bool(doc.in_sentence(s.index, "AGREEMENT")) or "accord" in s.text.lower()
        for m in threats:
            agreement = agreement_for(doc, s) if with_accord else DEFAULT_AGREEMENT
            fact = Fact("relatedThreat", agreement, m.key, s, "threat.cooccurrence" if with_accord else
                        "threat.article", 0.9 if with_accord else 0.6, m.text)
            known = best.get((agreement, m.key))  # "27:30 NotPetya" under the Paris Call's chapter, then "the
            if known is None or (fact.confidence > known.confidence):  # accord's founders kept pointing to
                best[(agreement, m.key)] = fact  # NotPetya": a link to each
    return list(best.values())


#: Last words of a victim's name: "the Colonial Pipeline ransomware attack", "the Sequatchie Memorial Hospital
#: ransomware attack" name the organisation hit, not the malware.
_VICTIM_WORDS = frozenset("Hospital Hospitals Pipeline Health Clinic Port Water Council University Airport Railway "
                          "Executive Service Trust Court Parliament House Utility Utilities Authority Ministry "
                          "Department Agency Bank Group Systems Networks Telecom Logistics".split())


def _background(doc: Doc, s: Sentence, mention: Mention) -> bool:
    """'charged over the 2014 Sony Pictures hack': an incident no dictionary knows, dated before the accord's
    story began, is background, not part of it."""
    if mention.entry is not None:
        return False
    lead = _VICTIM_BEFORE.search(s.text, max(0, mention.start - s.start - 20), mention.start - s.start)
    return bool(lead and _BEFORE_THE_ACCORD.search(lead.group(0)))


def _as_written(doc: Doc, mention: Mention) -> Mention:
    """A threat read from 'the Colonial Pipeline ransomware attack' is the attack on that pipeline: its label says
    so ("Colonial Pipeline ransomware attack"), as a coined malware name ("the LockBit ransomware attack") does not."""
    entity = doc.entities.get(mention.key) if mention.key else None
    if entity is None or entity.entry is not None or len(entity.label.split()) < 2 \
            or entity.label.split()[-1] not in _VICTIM_WORDS:
        return mention
    head = _VICTIM_HEAD.match(doc.text, mention.end)
    if head is not None and not entity.label.endswith(("attack", "breach", "hack")):
        entity.label = " ".join(f"{entity.label} {' '.join(w for w in head.groups() if w)}".split())
    return mention


def _victim_named(doc: Doc, s: Sentence) -> list[Mention]:
    """'the 2021 Transnet ransomware attack', 'the Optus breach': an incident named by the organisation it hit (the
    organisation stays an organisation; the incident is an entity of its own)."""
    if not any(word in s.text for word in (" attack", " breach", " hack", " cyberattack", " cyber-attack")):
        return []
    out = []
    for victim in [m for m in doc.by_sentence.get(s.index, []) if m.kind in ("ORG", "NAME") or (
            m.kind == "PLACE" and _CITY_OF.search(s.text, 0, m.start - s.start))]:  # "the attack on the city of X"
        before = _ATTACK_ON.search(s.text, max(0, victim.start - s.start - 60), victim.start - s.start)
        if before and _BEFORE_THE_ACCORD.search(before.group(0)):
            continue  # "the 2014 Sony Pictures hack": a story from before the accord, told as background
        if before and not victim.possessive and not doc.text.startswith(" of ", victim.end):  # not "Port" of "Port
            # of Nagoya", a name this reading cut short
            entity = doc.entities.get(victim.key) if victim.key else None
            out.append(named_here(doc, s, s.start + before.start(), victim.end,
                                  " ".join(f"{entity.label if entity else victim.text} {before.group(1)}".split()),
                                  "THREAT", "CyberIncident"))
            continue
        if victim.kind != "ORG":
            continue
        head = _VICTIM_HEAD.match(doc.text, victim.end)
        lead = _VICTIM_BEFORE.search(s.text, max(0, victim.start - s.start - 20), victim.start - s.start)
        if head is None or lead is None or _BEFORE_THE_ACCORD.search(lead.group(0)):
            continue
        entity = doc.entities.get(victim.key) if victim.key else None
        name = f"{entity.label if entity else victim.text} {' '.join(w for w in head.groups() if w)}"
        out.append(named_here(doc, s, victim.start, head.end(), " ".join(name.split()), "THREAT", "CyberIncident"))
    return out
