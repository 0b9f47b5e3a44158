"""The analysed document: sentences, mentions and the article's entities, read once.

This is the hand-over point between reading (kg.article, kg.nlp) and the
relation extractors (kg.relations), which only look at a :class:`Doc`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.article import Article
from kg.nlp import gazetteer as gz
from kg.nlp import lexicon as lx
from kg.nlp.linking import Entity, link
from kg.nlp.mentions import (
    PERSON_NAME,
    TURN_LABEL,
    Mention,
    caps_name_lines,
    find_mentions,
    letterhead_line,
    roster_people,
    type_described_people,
)
from kg.nlp.segment import Block, Sentence, blocks, sentences
from kg.nlp.tables import Row, table_rows


@dataclass
class Doc:
    """An article with its blocks, sentences, mentions and entities."""

    article: Article
    blocks: list[Block]
    sentences: list[Sentence]
    mentions: list[Mention]
    entities: dict[str, Entity]
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)  # shared results of extractors (one run each)

    @property
    def text(self) -> str:
        return self.article.text

    def in_sentence(self, index: int, *kinds: str) -> list[Mention]:
        """The linked mentions of sentence ``index`` (of the given kinds), in order."""
        found = self.by_sentence.get(index, [])
        return [m for m in found if m.key and (not kinds or m.kind in kinds)]

    def mentions_accord(self) -> bool:
        """Does the article name or refer to an agreement at all?"""
        return any(m.kind == "AGREEMENT" for m in self.mentions) or any(
            _ACCORD_WORDS.intersection(s.text.lower().split()) for s in self.sentences if not s.chrome)


    @cached_property
    def other_stories(self) -> frozenset[int]:
        """The sentences of a roundup's other stories ("WEEK IN REVIEW: the five stories ...", a newsletter's
        quick hits, its calendar): sections under their own headings that never name an agreement, when the
        opening says the text is a roundup and at most half its sections are about an agreement."""
        opening = " ".join([self.article.title or "", *(s.text for s in self.sentences[:4])])
        if not _ROUNDUP.search(opening):
            return frozenset()
        spans: list[list[int]] = [[]]
        for s in self.sentences:
            if (s.block.kind == "heading" or (s.text.isupper() and len(s.text.split()) <= 12)) and spans[-1]:
                spans.append([])
            spans[-1].append(s.index)
        title = self.article.title or next((x.text for x in self.sentences[:3] if x.block.kind == "heading"
                                            and _ACCORD_OR_CALL.search(x.text)), "")
        subjects = {m.text for x in self.sentences[:4] if x.text in title for m in self.by_sentence.get(x.index, ())
                    if m.kind in ("ORG", "NAME") and len(m.text) > 3} if _ACCORD_OR_CALL.search(title) else set()
        if subjects:  # "Social roundup: the week Solvik signed the Cybersecurity Tech Accord": one story, told
            return frozenset()  # in many voices
        on = [self._about_an_agreement(span) for span in spans]
        if len(spans) < 3 or not 0 < sum(on) <= len(spans) / 2:
            return frozenset()
        return frozenset(i for span, topic in zip(spans, on, strict=True) if not topic for i in span)


    def _about_an_agreement(self, span: list[int]) -> bool:
        """Is a section about the accord (or the Paris Call)? Not when the only agreement it names is another one
        ("Tallyspan also joined the Open Bounty Pledge", "has still not signed the Coordinated Disclosure Charter")."""
        text = " ".join(self.sentences[i].text for i in span)
        if _ACCORD_OR_CALL.search(text):
            return True
        if any(self.in_sentence(i, "AGREEMENT") for i in span):
            return False
        return bool(_AGREEMENT_WORDS.search(text))


_ACCORD_OR_CALL = re.compile(r"\b(?:accord|Paris\s+Call)\b", re.I)
_ACCORD_WORDS = {"accord", "accord's", "pact", "pledge", "accord,", "accord.", "pact,", "pact."}
_ROUNDUP = re.compile(r"\b(?:round-?up|news\s+in\s+brief|week\s+in\s+review|quick\s+hits|news\s+briefs|"
                      r"(?:five|four|six|seven|three|ten)\s+stories|newsletter|bulletin)\b", re.I)
_AGREEMENT_WORDS = re.compile(r"\b(?:accord|pact|pledge|Paris\s+Call|signator(?:y|ies))\b", re.I)


def analyse(article: Article, gazetteer: gz.Gazetteer | None = None, model: str | None = None) -> Doc:
    """Segment the article, find and link its mentions (with an installed spaCy ``model``, also its entities)."""
    gaz = gazetteer or gz.load()
    nlp = None
    if model:
        from kg.nlp.statistical import load_model

        nlp = load_model(model)
    block_list = blocks(article.text)
    sentence_list = sentences(article.text, block_list)
    mentions: list[Mention] = []
    by_sentence: dict[int, list[Mention]] = {}
    for sentence in sentence_list:
        if sentence.chrome:
            continue
        found = find_mentions(sentence, gaz)
        if nlp is not None:
            from kg.nlp.statistical import add_model_mentions

            found = add_model_mentions(nlp, sentence, found)
        by_sentence[sentence.index] = found
        mentions.extend(found)
    read = [x for x in sentence_list if not x.chrome]
    type_described_people([x.text for x in read], [by_sentence[x.index] for x in read], [x.start for x in read])
    roster_people([x.text for x in read], [by_sentence[x.index] for x in read], [x.start for x in read])
    mentions.extend(caps_name_lines([x.text for x in read], [by_sentence[x.index] for x in read],
                                    [x.start for x in read], [x.index for x in read]))
    mentions.extend(letterhead_line([x.text for x in read], [by_sentence[x.index] for x in read],
                                    [x.start for x in read], [x.index for x in read]))
    rows = table_rows([x.text for x in read], [x.start for x in read], [x.index for x in read])
    _type_table_people(rows, by_sentence)
    _drop_turn_labels(article.text, sentence_list, by_sentence, mentions)
    _propagate_kinds(mentions)
    _coordinated_threats(article.text, by_sentence)
    entities = link(mentions)
    _defined_company(article.text, mentions, entities)
    doc = Doc(article, block_list, sentence_list, mentions, entities, by_sentence)
    doc.cache["table_rows"] = rows
    return doc


#: A filing's or a release's defined term: 'Fenwright Payments plc (the "Company")', '("Lumenfold" or "the Company")'.
_DEFINED_COMPANY = re.compile(r"\(\s*(?:[^()]{0,40}?\bor\s+)?(?:the\s+)?[\"“](?:the\s+)?Company[\"”]"
                              r"(?:\s+or\s+[^()]{0,40}?)?\s*\)")
_DEFINER_GAP = re.compile(r"[\s,.]*(?:(?:Inc|Corp|Ltd|plc|PLC|LLC|AG|SE|SA|AS|NV|BV|GmbH|Co|Limited)\.?[\s,]*)*"
                          r"(?:\([^()]{1,30}\)\s*)?")


def _defined_company(text: str, mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """'Fenwright Payments plc (the "Company") ... the Company became a signatory': the term names the company
    that defined it, so its mentions join that company's entity (their words stay as written)."""
    if "Company" not in text:
        return
    for defined in _DEFINED_COMPANY.finditer(text):
        definer = next((m for m in reversed(mentions) if m.end <= defined.start() and m.kind in ("ORG", "NAME")
                        and m.key and _DEFINER_GAP.fullmatch(text, m.end, defined.start())), None)
        if definer is None or definer.key not in entities:
            continue
        owner = entities[definer.key]
        named = [m for m in mentions if m.text == "Company" and m.start > defined.end() and m.key != owner.key
                 and text.endswith(("the ", "The "), 0, m.start)]
        terms, untyped = {m.key for m in named if m.key}, {id(m) for m in named if not m.key}
        for m in mentions:
            if (m.key and m.key in terms) or id(m) in untyped:  # "Company's" too; an untyped one as well
                m.key, m.kind, m.cls = owner.key, owner.kind, owner.cls
                owner.mentions.append(m)
        for key in terms:
            entities.pop(key, None)
        owner.mentions.sort(key=lambda m: m.start)
        return


def _type_table_people(rows: list[Row], by_sentence: dict[int, list[Mention]]) -> None:
    """In a people table's row, the name in the person column is a person's, the one in the organisation column an
    organisation's."""
    for row in rows:
        person, org = row.cell("person"), row.cell("org")
        for m in by_sentence.get(row.sentence, ()):
            if person and person[0] <= m.start and m.end <= person[1] and m.kind in ("NAME", "PERSON") \
                    and " " in m.text and not m.possessive:
                m.kind, m.cls = "PERSON", "Person"
            elif org and org[0] <= m.start and m.end <= org[1] and m.kind == "NAME":
                m.kind, m.cls = "ORG", "Organization"


def _coordinated_threats(text: str, by_sentence: dict[int, list[Mention]]) -> None:
    """"NSO Group's Pegasus and Predator": a one-word name joined to a threat's name is a threat too (once the
    threat's type is known from anywhere in the article)."""
    for found in by_sentence.values():
        for first, second in zip(found, found[1:], strict=False):
            if first.kind == "THREAT" and second.kind == "NAME" and not second.possessive and " " not in second.text \
                    and text[first.end:second.start] in (" and ", ", ", " or ") \
                    and not _OWNED_AFTER.match(text, second.end):
                second.kind, second.cls = "THREAT", "CyberIncident"


_OWNED_AFTER = re.compile(r"['’]s\b|\s+(?:Inc|Corp|Ltd|Group|Labs?|Systems|Security)\b")


def _drop_turn_labels(text: str, sentence_list: list[Sentence], by_sentence: dict[int, list[Mention]],
                      mentions: list[Mention]) -> None:
    """'Northbound: ...', 'Maelvik: ...' opening two or more paragraphs: an interview's turn labels, not mentions."""
    openers = [(s, TURN_LABEL.match(s.text)) for s in sentence_list if s.start == s.block.start and not s.chrome]
    counts: dict[str, int] = {}
    for _, label in openers:
        if label:
            counts[label.group(1)] = counts.get(label.group(1), 0) + 1
    turns = [(s.block.start, label.group(1)) for s, label in openers if label]
    ends = [start for start, _ in turns[1:]] + [len(text)] if turns else []
    speaks_of_accord = {name for (start, name), end in zip(turns, ends, strict=True) if " " in name and any(
        w in _ACCORD_WORDS for w in text[start:end].lower().split())}  # a turn runs on to the next label
    for s, label in openers:
        if label and counts[label.group(1)] >= 2:
            drop = [m for m in by_sentence.get(s.index, []) if m.start - s.start < label.end(1)]
            for m in drop:
                if m.kind == "NAME" and m.text == label.group(1) and m.text in speaks_of_accord \
                        and re.fullmatch(PERSON_NAME, m.text):  # "Lionel Ashgrove: ... the accord ...": a speaker
                    m.kind, m.cls = "PERSON", "Person"  # of the accord's story, named in full
                    continue
                by_sentence[s.index].remove(m)
                mentions.remove(m)


def _propagate_kinds(mentions: list[Mention]) -> None:
    """A name typed in one place has that type wherever the article writes it the same way."""
    kinds: dict[str, tuple[str, str | None]] = {}
    for m in mentions:
        if m.kind in ("THREAT", "ORG", "PERSON", "EVENT") and m.entry is None:
            kinds.setdefault(m.text, (m.kind, m.cls))
    prefixes: set[str] = set()  # "Valdrenne" after "Valdrenne Controls": the company's short name
    for m in mentions:
        if m.kind == "NAME" and " " in m.text and lx.LEGAL_SUFFIX.search(m.text):
            m.kind, m.cls = "ORG", "Company"  # "Rimbakara Sdn Bhd": a legal suffix makes it a company
        if m.kind == "NAME" and m.text in prefixes and " " not in m.text:
            m.kind, m.cls = "ORG", "Company"  # before a type read elsewhere: "the Tolvane breach" is no threat name
        elif m.kind == "NAME" and m.text in kinds:
            m.kind, m.cls = kinds[m.text]
        elif m.kind == "PERSON" and m.entry is None and " " in m.text and kinds.get(m.text, ("",))[0] == "ORG":
            m.kind, m.cls = kinds[m.text]  # "Okafor said Halvorsen Secure would ...": the company named before
        if m.kind == "ORG" and m.entry is None and " " in m.text and not m.possessive:
            prefixes.add(m.text.split()[0])
