"""What an extractor produces, and the clause-level helpers the extractors share."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.nlp import lexicon as lx
from kg.nlp.document import Doc
from kg.nlp.linking import Entity, clean_label
from kg.nlp.mentions import AUTHOR_HANDLE, SPEAKER_LABEL, TURN_LABEL, TURN_OPENING, Mention
from kg.nlp.patterns import anchored
from kg.nlp.patterns import has_any as has_any  # re-exported: the relation modules' cheap first look
from kg.nlp.segment import Sentence

#: The agreement facts attach to when the text names no other.
DEFAULT_AGREEMENT = "ACC:CybersecurityTechAccord"


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim read from one sentence: ``subject predicate object``, with where and how it was read."""

    predicate: str  # local name of an acc: property (or "parentOrganization", "quotation")
    subject: str  # entity key
    object: str | None  # entity key (None for records with only a value)
    sentence: Sentence
    rule: str
    confidence: float
    mention: str  # the subject as written in the sentence
    anaphoric: bool = False
    date: str | None = None  # ISO date / year-month the text gives for the claim
    value: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# -- clause helpers --------------------------------------------------------------------------------
_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|who|whose)\s|,\s*that\s|\sthat\s(?=(?:was|is|were|are|has|had|have|"
                       r"will|would|sells|makes|runs|owns)\b)|\b(?:company|business|provider|operator|firm|maker|"
                       r"start-?up|vendor|supplier|developer)(\s+that\s+)(?=(?!its\b|this\b|his\b)[a-z]+s\b)|"
                       rf"\b{lx.COMPANIES_NOUN}(\s+that\s+)"
                       r"(?=(?:have\s+|had\s+)?(?:signed|joined)\b)")  # "software from companies that signed the pact"
# (group 1: "a Boise company[ that ]handles paychecks ...": the clause starts at "that")
_CLAUSE_BREAK = re.compile(r";|:|\bbut\b|\bwhile\b|\bwhereas\b|\bbecause\b|\balthough\b|\bafter\b"
                           r"|\b(?:said|says|announced|announces|added|argued|stated|noted|confirmed|reported|"
                           r"explained|wrote|told\s+\w+)\b(?:\s+[\w-]+){0,4}?\s+that\b"
                           r"|\btold\s+(?:[A-Z][\w-]*\s+){1,3}(?:\d+\s+)?(?=(?:it|they|he|she)\s)"
                           r"|\btold\s+(?:this|the|a)\s+(?:newspaper|paper|publication|site|outlet|magazine|broadcaster|"
                           r"reporter|podcast|newsletter)\s+(?:that\s+)?(?=(?:the\s+(?:company|firm|group)|it|they)\s)"
                           r"|\bas\s+(?!well\b)(?=rival\b|its\b|the\b|[A-Z])")
_GAP_WORD = re.compile(r"^[a-z][\w-]*$|^x-[a-z]+$")
_GAP_STOP = frozenset("""
by of from to in on at for which who that is are was were be been joined signed sign
include includes included said says led with have has had will would said did do does so and
but yet while whereas although though except unlike not joining signing leaving buying becoming
""".split())
_ACCORDISH = re.compile(r"\b(?:accord|pact|pledge|agreement|initiative|coalition|group|charter|declaration|"
                        r"text|document|alliance|effort|commitments?|it|them|on|up|members|signatories|signers|"
                        r"ranks)\b", re.I)


def cached(doc: Doc, key: str, read: Callable[[Doc], list[Fact]]) -> list[Fact]:
    """Run ``read`` once per document (extractors that share a reading ask for it by ``key``)."""
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = read(doc)
    return list(found)  # type: ignore[call-overload]




_FRONTED_PHRASE = re.compile(r"\W*(?:In|At|On|From|After|Before|Across|Outside|Inside|Near|Beyond|Like|Unlike|For|"
                             r"Besides|Elsewhere\s+in)\s+[^,;]{1,40}")
_HEAD_BEFORE = re.compile(r"\b([A-Z][\w&.'’-]*)(?:\s*\([^()]*\))?$")
#: A bracketed aside: "(disclosure: my old employer)".
BRACKETED = re.compile(r"\([^()]{0,200}\)")
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an|its|their|his|her|our|my|your|[A-Z][a-z]+['’]s)\s+|(?=(?:developer|"
                         r"maker|provider|operator|supplier|manufacturer|specialist|vendor|designer|publisher|owner|parent|"
                         r"subsidiary)\s+of\s))"
                         r"([^,;:()]{1,120}?)(?:(?=,)|[.!?]?$)")  # the closing comma may open the next one
#: "the professional network Microsoft bought": the name is the subject of a clause about the other.
_SUBJECT_OF = re.compile(r"\s+(?:bought|acquired|owns|owned|founded|built|created|spun\s+off|sold|runs|ran|"
                         r"(?-i:[a-z]{3,}ed)(?!\s+by\b))\b")  # "the two companies Bossert praised in December"
_VERB_AFTER_NAME = re.compile(r"(?:\s+[A-Z][\w&.'’-]*)*\s+(?:was|is|were|are|has|have|had|will|signed|joined)\b")
_BRACKET_ASIDE = re.compile(r"(?<=\w)\s\([^()]{1,60}\)(?=[\s,;])")
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]{1,80}?\s[–—](?=\s)")
#: "LinkedIn, already owned by Microsoft, and GitHub": the owner in the aside is not an item of the list.
_OWNED_ASIDE = re.compile(r"(?<=\w),\s+(?:(?:already|now|since|then|also|itself)\s+)?(?:owned|acquired|bought|backed|"
                          r"run)\s+by\s+[^,;()]{1,40}?(?=,\s+(?:and|or|as\s+well\s+as)\s)")
_NAME_WORD = re.compile(r"\b[A-Z][\w&.'’-]*")
_MODIFIER_WORD = re.compile(r"-(?:based|headquartered|born|owned|backed|led|made|listed)$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:after|of|from|by|at|with|for|to|in|on|among|than|behind|under|over|like)\s+"
                                 r"(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$")  # "the two halves of the old HP"


#: "..., the maker that inherited the former Alcatel-Lucent labs, is a founding signatory": the name is in a clause.
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\s")


_VERB_NEXT = re.compile(r",\s+(?:is|are|was|were|has|have|had|signed|joined|became|remains)\b")


def _named_in_clause(body: str) -> bool:
    relative = _RELATIVE_WORD.search(body) if "that " in body or "wh" in body else None
    return bool(relative and _NAME_WORD.search(body, relative.end()))
_COMPLEMENT_BEFORE = re.compile(r"\b(?:though|however|indeed|moreover|course|clear|true|say|says|said)$", re.I)
_AMONG_BEFORE = re.compile(r"\b(?:among|(?:one|two|three|some|several)\s+of)\s+(?:the\s+)?[^,;]*$", re.I)
_LIST_LEAD_NAME = re.compile(r"\b(?:including|such\s+as|like|notably)\s+(?-i:[A-Z])[\w&.'’-]*"
                             r"(?:\s+(?-i:[A-Z])[\w&.'’-]*)*$")
_LIST_GOES_ON = re.compile(r"(?:,\s+(?:and\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*)*"
                           r"(?:,?\s+and\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)*)(?=,)")
_RELATIVE_END = re.compile(r"[;:]|,(?!\d{3}\b)")


@functools.lru_cache(maxsize=256)
def relative_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (sentence offsets) of relative clauses (from ', which' / ' who' to the next comma, semicolon, colon or
    the end) and of descriptive appositions that name no one but through a preposition (", the PC maker,",
    ", the two largest makers of business software after Microsoft itself,")."""
    regions = []
    for match in _RELATIVE.finditer(text) if "wh" in text or "that" in text else ():  # every branch needs one
        if match.group(2) and _AMONG_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "were among the U.S. companies that signed": the clause says who the subject is
        if text.startswith(",", match.start()) and "that" in match.group(0) and _COMPLEMENT_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "It is a matter of record, though, that X has not signed": the claim, not a relative clause
        start = match.start(1) if match.group(1) else match.start(2) if match.group(2) else match.start()
        end = _RELATIVE_END.search(text, match.end())  # "companies that are not security firms: A, B and C": the list
        stop = end.start() if end else len(text)  # is outside; "3,000" ends nothing
        if end is not None and text[end.start()] == "," and _LIST_LEAD_NAME.search(text, match.end(), stop):
            listed = _LIST_GOES_ON.match(text, stop)  # "which launched its own charter with partners including
            stop = listed.end() if listed else stop  # Airbus, Allianz and Daimler, was not": the list is in it
        regions.append((start, stop))
    for match in _APPOSITIVE.finditer(text):
        head = _HEAD_BEFORE.search(text, 0, match.start())  # an apposition follows the name it describes
        if head is None or head.group(1) in lx.TIME_WORDS or head.group(1) in lx.FUNCTION_WORDS \
                or (_FRONTED_PHRASE.fullmatch(text, 0, match.start()) and not text.startswith(",", match.end())):
            continue  # "In Leipzig, the hosting company X has not signed": the subject, after a fronted phrase
        body = match.group(1)
        name = next((n for n in _NAME_WORD.finditer(body) if n.group(0) not in lx.COMMON_ACRONYMS
                     and not _MODIFIER_WORD.search(n.group(0))  # "an Osaka-based maker of ..."
                     and not (n.start() <= 6 and re.match(r"\s+(?-i:[a-z])", body[n.end():]))), None)
        # "a Lagos savings app": a place before a common noun describes; it names no one
        words = body.split()
        modifier = words[-1][:1].islower() and " and " not in body  # "the Bristol managed-security outfit"
        if name is not None and not text.startswith(",", match.end()) and _VERB_AFTER_NAME.match(body, name.end()):
            continue  # "When it was presented, the software group SAP SE was the only ...": the main clause
        if name is None or modifier or _PREPOSITION_BEFORE.search(body[:name.start()]) \
                or _SUBJECT_OF.match(body, name.end()) or (
                    _named_in_clause(body) and _VERB_NEXT.match(text, match.end())):
            regions.append((match.start(), match.end() - (1 if match.group(0).endswith(",") else 0)))
    return tuple(sorted(regions))  # cached (the same sentence is asked many times): immutable


def inside(pos: int, regions: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in regions:
        if start <= pos < end:
            return start, end
    return None


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts."""
    start = 0
    regions: list[tuple[int, int]] | None = None
    for match in _CLAUSE_BREAK.finditer(text, 0, pos):
        if regions is None:
            regions = [*relative_regions(text), *(m.span() for m in BRACKETED.finditer(text))]
        if not inside(match.start(), regions) and not any(match.start() == end for _, end in regions):
            start = match.end()  # "after Microsoft" inside an apposition, or the comma closing it, starts no clause
    return start


def clause_end(text: str, pos: int) -> int:
    match = _CLAUSE_BREAK.search(text, pos)
    return match.start() if match else len(text)


#: "Anna, your company signed": a name spoken to, not spoken of.
_VOCATIVE = re.compile(r",\s+(?:your|you)\b")


def candidates(doc: Doc, sentence: Sentence, initial: bool = False) -> list[Mention]:
    """Names in a sentence that can be the organisations of a relation (not possessives, not modifiers).

    An untyped capitalised word that opens the sentence counts only with ``initial`` (a subject slot)
    and only when the article never writes it in lower case ("Regulators have yet to sign" is not a name).
    """
    out = []
    for m in doc.by_sentence.get(sentence.index, []):
        if m.possessive or m.modifier or _VOCATIVE.match(doc.text, m.end):
            continue
        if _organ(doc, m):
            continue  # "the Board approved Aldmere's application", "the Risk Committee": a company's own organs
        if m.kind == "NAME" and len(m.text) <= 3 and m.text.isupper() and m.text in _people_initials(doc):
            continue  # minutes' "AO said this was not a reason to hold back": Amaka Obi, by her initials
        if m.kind == "ORG" or (m.kind == "NAME" and m.text not in lx.COMMON_INITIAL and (
                not m.initial or (initial and not _common_word(doc, m.text) and not _adverb(doc, m)))):
            out.append(m)
    return out


def _people_initials(doc: Doc) -> frozenset[str]:
    """The initials of the people the text names ("AO" for Amaka Obi), which minutes use for them."""
    found = doc.cache.get("people_initials")
    if found is None:
        initials: set[str] = set()
        for e in doc.entities.values():
            if e.kind == "PERSON":  # "Rafael Ibsen-Morrow": "RI" and "RIM"
                initials.add("".join(w[0] for w in e.label.split() if w[:1].isupper()))
                initials.add("".join(w[0] for w in e.label.replace("-", " ").split() if w[:1].isupper())[:3])
        found = doc.cache["people_initials"] = frozenset(initials)
    return found  # type: ignore[return-value]


#: A company's or a body's own organs, named with a capital after 'the': "the Board", "the Committee".
_BODIES_WITHIN = frozenset({"Board", "Committee", "Secretariat", "Panel", "Executive", "Management", "Directors"})


def _adverb(doc: Doc, m: Mention) -> bool:
    """'Separately, Cisco said', 'Leading the intake are ...': an opening -ly word before a comma, or an -ing word
    before an article, is an adverb or a verb, not a name."""
    if " " in m.text:
        return False
    if m.text.endswith("ly") and doc.text[m.end:m.end + 1] == ",":
        return True
    after = doc.text[m.end:m.end + 8]
    return m.text.endswith("ing") and bool(re.match(r"\s+(?:the|a|an|its|their|this|up|off)\b", after))


def _common_word(doc: Doc, word: str) -> bool:
    cache: dict[str, bool] = doc.cache.setdefault("common-words", {})  # type: ignore[assignment]
    if word not in cache:
        cache[word] = " " not in word and _written_lower(doc.text, word.lower())
    return cache[word]


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _written_lower(text: str, word: str) -> bool:
    r"""Does ``text`` hold ``word`` as a word of its own (not "ir@quorvane.example", "quorvane.com")? The same as
    ``(?<![@./-])\bWORD\b(?![@.-]\w)``, without a pattern per word (which would crowd out ``re``'s cache)."""
    if not word or not (_word_char(word[0]) and _word_char(word[-1])):
        return bool(re.search(rf"(?<![@./-])\b{re.escape(word)}\b(?![@.-]\w)", text))
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        before = text[at - 1] if at else ""
        after = text[end:end + 2]
        if not (before and (_word_char(before) or before in "@./-")) \
                and not (after and (_word_char(after[0]) or (after[0] in "@.-" and len(after) > 1
                                                              and _word_char(after[1])))):
            return True
        at = text.find(word, at + 1)
    return False


def groups(sentence: Sentence, mentions: list[Mention], doc: Doc, span: bool = False,
           inside_at: int | None = None) -> list[list[Mention]]:
    """Split names into coordinated groups ("A, B and the German maker C" is one group).

    With ``span`` a "from A and B to C" range counts as one list too."""
    text, base = sentence.text, sentence.start
    masked = list(text)
    for start, end in relative_regions(text):
        if inside_at is not None and start <= inside_at < end:
            continue  # "The signatories, who include Facebook, Cisco and Oracle": the list is the clause's object
        for i in range(start, end):
            masked[i] = " "
    located = {id(m) for m in doc.by_sentence.get(sentence.index, []) if m.kind == "NAME" and " " not in m.text
               and text[max(0, m.start - base - 4):m.start - base] == " of "}  # "Tehuelche Cloud of Neuquén"
    located |= {id(m) for m in doc.by_sentence.get(sentence.index, []) if m.kind == "NAME"
                and _PRODUCT_OF.match(text, m.end - base)}  # "TurboTax maker Intuit": a product names its maker
    for m in doc.by_sentence.get(sentence.index, []):
        if m.possessive or m.modifier or m.kind in ("PLACE",) or m.text in lx.NATIONALITIES or id(m) in located:
            for i in range(m.start - base, m.end - base):
                masked[i] = "x"
    for aside in _DASH_ASIDE.finditer(text):  # "SAP – at the time the only German founder – and ABB"
        for i in range(*aside.span()):
            masked[i] = " "
    asides = [aside.span() for aside in _BRACKET_ASIDE.finditer(text)  # "HP Inc (the PC and printer maker) and HPE"
              if inside_at is None or not aside.start() <= inside_at < aside.end()]  # "(among them A, B and C)"
    asides += [aside.span() for aside in _OWNED_ASIDE.finditer(text) if "owned" in text or " by " in text]
    for a, b in asides:
        for i in range(a, b):
            masked[i] = " "
    for ticker in lx.TICKER.finditer(text):  # "Facebook Inc (FB.O) and Cisco": the ticker is no gap
        for i in range(*ticker.span()):
            masked[i] = " "
    for m in mentions:  # "Tsukimori Denki K.K., ... and Hanamizuki Systems Co., Ltd.": a legal suffix is no gap
        end = m.end - base
        suffix = lx.LEGAL_SUFFIX_AFTER.match(text, end)
        while suffix is not None and suffix.end() > end:
            for i in range(end, suffix.end()):
                masked[i] = " "
            end = suffix.end()
            suffix = lx.LEGAL_SUFFIX_AFTER.match(text, end)
    flat = "".join(masked)
    out: list[list[Mention]] = []
    for m in mentions:
        if id(m) in located:
            continue  # a place, not an item of the list
        if any(a <= m.start - base < b for a, b in asides):
            continue  # "Intuit (maker of TurboTax) and Stripe": a name in the aside is not in the list
        gap = flat[out[-1][-1].end - base:m.start - base] if out else ""
        joined = bool(out) and bool(_JOINER.search(text, out[-1][-1].end - base, m.start - base)
                                    or _OWNER_WORD.fullmatch(text, out[-1][-1].end - base, m.start - base))
        if out and ((joined and _coordinated(gap)) or (span and _RANGE_GAP.fullmatch(gap))):
            # "help the FBI unlock an iPhone": words between two names but nothing joining them is no list
            out[-1].append(m)
        else:
            out.append([m])
    return out


_JOINER = re.compile(r"[,;&/]|\b(?:and|or|nor|plus|as\s+well\s+as|along\s+with|together\s+with|by\s+way\s+of|"
                     r"apart\s+from|such\s+as|including|among\s+them|notably)\b")


_RANGE_GAP = re.compile(r"[\s,]+to\s+(?:the\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}"
                        r"|(?:(?-i:[a-z])[\w-]*\s+){1,3}(?:like|such\s+as|including)\s+)?")
#: ^ "... to the payments startup", "... to security vendors like"
_PRODUCT_OF = re.compile(r"\s+(?:maker|makers|owner|developer|publisher|creator|operator)\s+(?=(?-i:[A-Z]))")
_OWNER_WORD = re.compile(r"\s+(?:parent|owner|unit|subsidiary|affiliate|spin-?off)\s+")  # "Google parent Alphabet"


#: A list item's apposition before the next item: "BT Group plc, the former state telephone monopoly, and by ABB".
_APPOSITION_GAP = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+\s*,\s*(?:and\s+(?:by\s+)?)?")


_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish)")


_OF_PLACE_GAP = re.compile(r"\b(?:of|from|in)\s+(?:the\s+)?x+\b")
_MASKED_GAP = re.compile(r"\bx+(?:-[a-z]+)?(?:['’]s)?")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_AND_LIKE = re.compile(r"\bas well as\b|\balong with\b|\btogether with\b|\bby way of\b|\bnor\b|&|,?\s*\bapart from\b")
_COMMAS_SPACES = re.compile(r"[,\s]+")


def _coordinated(gap: str) -> bool:
    if _APPOSITION_GAP.fullmatch(gap) and gap.rstrip().endswith(("and", "by")):
        return True
    gap = _OF_PLACE_GAP.sub("", gap)  # "Telefónica of Spain", "X of the United Kingdom"
    gap = _MASKED_GAP.sub("", gap)
    gap = _EMPTY_BRACKETS.sub(" ", gap)  # "Veldmark Software (Netherlands), Orvieto Sistemi (Italy) and ..."
    gap = gap.replace(")", " ")  # "(among them A, B and C) as well as vendors such as D": the list goes on
    gap = _AND_LIKE.sub(" and ", gap)  # "A, B and C, apart from cybersecurity majors D and E"
    words = [w.lower() if w in lx.NATIONALITIES or all(p in lx.NATIONALITIES for p in w.split("-"))
             or _DEMONYM_WORD.fullmatch(w) or w in lx.COMMON_ACRONYMS else w  # "the Swiss-Swedish engineering
             # group", "the Valencian firm", "Indian IT services company"
             for w in _COMMAS_SPACES.sub(" ", gap).strip().split()]
    if words[:1] == ["and"] or words[:1] == ["or"] or words[:1] == ["plus"]:
        words = words[1:]
        if words[:1] == ["by"]:  # "joined by VMware ... and by Juniper Networks"
            words = words[1:]
    elif words == ["by"] and "," in gap:  # "endorsed by A and B, by C and D, and by E"
        words = []
    if words[:1] == ["the"]:
        words = words[1:]
    nested = " ".join(words[-2:]) in ("such as", "among them") or words[-1:] in (["including"], ["notably"])
    if nested and len(words) <= 10:  # "..., and smaller firms such as C": a nested list goes on
        return all(_GAP_WORD.match(w) for w in words)
    if len(words) > 5 or ("," in gap.strip().strip(",") and len(words) > 4):
        return False
    return all(_GAP_WORD.match(w) and w not in _GAP_STOP for w in words)


def group_before(sentence: Sentence, pos: int, doc: Doc, start: int | None = None) -> list[Mention]:
    """The coordinated group of candidate names nearest before sentence offset ``pos`` in its clause."""
    text, base = sentence.text, sentence.start
    lo = clause_start(text, pos) if start is None else start
    regions = relative_regions(text)
    found = [m for m in candidates(doc, sentence, initial=True)
             if lo <= m.start - base and m.end - base <= pos and not inside(m.start - base, regions)]
    parts = groups(sentence, found, doc)
    return parts[-1] if parts else []


_NO_GAP = re.compile(r"(?<=\s)" + lx.SUFFIX_POSSESSIVE + "|" + lx.TICKER.pattern)


def group_after(sentence: Sentence, pos: int, doc: Doc, max_gap: int = 60) -> list[Mention]:
    """The coordinated group of candidate names starting soon after sentence offset ``pos``."""
    base = sentence.start
    regions = relative_regions(sentence.text)
    own = inside(pos, regions)  # a cue inside a relative clause may take its object there: "which X organized"
    found = [m for m in candidates(doc, sentence) if m.start - base >= pos
             and inside(m.start - base, regions) in (None, own)]
    if not found or found[0].start - base - pos > max_gap:
        return []
    first_gap = sentence.text[pos:found[0].start - base]
    for m in doc.by_sentence.get(sentence.index, []):  # "are Alphabet Inc.'s Google, ...": the owner is no gap
        if m.possessive and pos <= m.start - base and m.end - base <= found[0].start - base:
            a, b = m.start - base - pos, m.end - base - pos
            first_gap = first_gap[:a] + " " * (b - a) + first_gap[b:]
    first_gap = _NO_GAP.sub(lambda g: " " * len(g.group()), first_gap)  # "Corp's (9984.T) British chip designer"
    if re.search(r"[.;]|\b(?:by|from|of|to|with|at|in)\s*$", first_gap) and not re.search(
            r"\b(?:such as|including|like|include[sd]?|are|were|welcomed|added|adding|from)\b[\s:]*$", first_gap):
        return []
    parts = groups(sentence, found, doc, span=bool(re.search(r"\bfrom\s+$", sentence.text[:pos])), inside_at=pos)
    return parts[0] if parts else []


def antecedent(sentence: Sentence, region_start: int, doc: Doc) -> Mention | None:
    """The name a relative clause starting at ``region_start`` hangs on."""
    before = [m for m in candidates(doc, sentence) if m.end - sentence.start <= region_start]
    if before and sentence.text.startswith(", who ", region_start):  # "X, our neighbours across the Douro, who
        regions = relative_regions(sentence.text)  # joined": X, not the place inside the apposition
        outside = [m for m in before if not any(a <= m.start - sentence.start < b <= region_start for a, b in regions)]
        return (outside or before)[-1]
    return before[-1] if before else None


_N_OTHERS = re.compile(r"\s*(?:\d+|[a-z]+(?:-[a-z]+)?)\s+other\s+(?:tech(?:nology)?\s+)?"
                       r"(?:companies|firms|signatories)\b")


_N_IN_PLEDGING = re.compile(r"\s+(?:(?:more\s+than|over|nearly|almost|some|about|roughly)\s+)?"
                            r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:companies|firms)\s+in\s+(?:promising|pledging|vowing|"
                            r"committing|signing|agreeing|forming|launching|backing)\b")
_OTHERS_OWN = re.compile(r"\s*(?!Accord)(?-i:[A-Z][\w&-]*)['’]s\s+(?:[\w-]+\s+){0,2}?(?:pledge|charter|call|"
                         r"declaration|initiative|agreement|pact|principles)\b")


_ONE_OF_THE_PLEDGES = re.compile(r"\s+one\s+of\s+the\s+(?:[\w'’-]+\s+){0,5}?(?:pledges|accords|pacts)\b")


def accordish_object(text: str, pos: int) -> bool:
    """After a verb like 'signed': is the object the accord (or absent), not 'a deal with X'?"""
    rest = text[pos:pos + 80]
    if text.endswith("ing", 0, pos) and re.match(r"\s+(?:is|was)\s+(?:no|hardly\s+a|not\s+a|little)\s+surprise", rest):
        return True  # "Avast and Bitdefender signing is no surprise": a gerund, its subject before it
    if re.match(r"\s*(?:[,.;:!?)—–]|--|$|on\b|in\b|at\b|last\b|this\b|today\b|yesterday\b|too\b|as well\b|"
                r"earlier\b|since\b|so\b|and\b|but\b|up\b|onto\b|on to\b|alongside\b|over the\b|during\b|"
                r"either\b|yet\b|(?:a\s+few|several|\w+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|ago)\b|"
                r"(?:shortly|soon|just)\s+(?:after|before)\b|to\s+(?:that|this|the\s+same)\s+(?:list|roster)\b|"
                r"as\s+part\s+of\b|as\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:member|signatory|founder|founding|subsidiary|company|"
                r"firm|unit|business)|one\s+of|(?:founding\s+)?(?:members|founders|signatories))\b|the\s+same\s+(?:day|week|month|year|"
                r"page|document|text|pledge)\b|that\s+(?:day|week|month|year)\b|to\s+mark\b|"
                r"the\s+(?:following|next)\s+(?:day|week|month|year|spring|summer|autumn|winter)\b|"
                r"\w+ly\s*(?:[,.;:!?)]|$)|"
                r"as\s+(?!(?:CEO|CTO|CFO|CISO|COO|President|Chair\w*|Director|Chief|Head)\b)(?-i:[A-Z])[\w&.'’-]*"
                r"(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}(?=\s+and\b|\s*[,.;)]|$))", rest):  # "signed as Facebook, now Meta"
        return True
    if _OTHERS_OWN.match(rest):
        return False  # "signed CISA's pledge": another body's
    if _N_OTHERS.match(rest) or _N_IN_PLEDGING.match(text, pos):  # "Microsoft and Facebook joined 32 other companies
        return True  # in forming the accord"; "BT and Arm joined more than 30 global technology companies in promising"
    if _ONE_OF_THE_PLEDGES.match(rest):
        return True  # "has quietly joined one of the technology industry's best-known security pledges"
    head = re.match(r"\s*(?:to\s+|onto\s+)?(?:\S+(?:\s+|$)){0,4}", rest)
    return bool(head and (_ACCORDISH.search(head.group(0)) or "Accord" in head.group(0) or "Call" in head.group(0)))


def named_here(doc: Doc, s: Sentence, start: int, end: int, name: str, kind: str = "EVENT", cls: str = "Event", *,
               text: str | None = None) -> Mention:
    """A mention (document offsets ``start``-``end``) of an entity no dictionary knows, named ``name`` by the rule
    that read it ("Tech Accord annual members' forum in Lisbon", "Transnet ransomware attack"); the entity is made
    on first sight, keyed by its kind's path and its name. The mention reads ``text`` (default: the span's)."""
    from kg.nlp.gazetteer import slug

    key = f"{_KIND_PATH[kind]}/{slug(name)}"
    entity = doc.entities.get(key)
    if entity is None:
        entity = doc.entities[key] = Entity(key, kind, cls, name)
    mention = Mention(start, end, doc.text[start:end] if text is None else text, kind, s.index, cls=cls, key=key)
    entity.names.add(name)
    entity.mentions.append(mention)
    return mention


_KIND_PATH = {"EVENT": "event", "THREAT": "threat"}


def ensure_entity(doc: Doc, mention: Mention, kind: str = "ORG", cls: str = "Company") -> str:
    """The entity key of a mention, creating an organisation for a name only this slot types."""
    if mention.key:
        return mention.key
    from kg.nlp.gazetteer import slug

    label = clean_label(mention.text)
    key = f"organization/{slug(label)}"
    entity = doc.entities.get(key)
    if entity is None:
        entity = doc.entities[key] = Entity(key, kind, cls, label)
    entity.names.add(label)
    for other in doc.mentions:  # the same untyped name elsewhere in the article names the same organisation
        if other is mention or (other.kind == "NAME" and not other.key and not other.possessive
                                and clean_label(other.text) == label):
            other.key, other.kind, other.cls = key, kind, cls
            entity.mentions.append(other)
    return key


PROPOSED_AGREEMENTS = {"agreement/digital-geneva-convention"}  # proposed treaties: nobody signs them yet
_ACCORD_WORD = anchored(r"\baccord\b", min_branches=1)
_GROUP_NOUN = re.compile(r"\s+(?:members|signatories|companies|firms)\b")
_GROUP_OF = re.compile(r"\b(?:many|several|some|most|other|numerous|fellow)\s+(?:\w+\s+)?(?:members|signatories)"
                       r"\s+of\s+(?:the\s+)?(?:tech\s+)?$", re.I)  # "as did many members of the accord"
#: "The call is not binding.": a sentence that points back at another agreement by its common noun.
_THE_OTHER_AGREEMENT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:declaration|call|charter)\b")
#: Words for an agreement that is not the accord: "the declaration", "the call".
_OTHER_AGREEMENT_WORD = re.compile(r"\b(?:declaration|call|charter|convention|treaty)\b")
_SIGNING_WORD = re.compile(r"\b(?:signed|signatories|signatory|signers)\b", re.I)
#: A fronted comparison is not the sentence's topic: "Unlike the accord, the Paris Call is open to governments".
_FRONTED_COMPARISON = re.compile(r"^\W*(?:unlike|like|as\s+with|compared\s+(?:with|to)|in\s+contrast\s+to|besides|"
                                 r"beyond)\b[^,;]{0,60},", re.I)


#: A fronted adverbial before a sentence's subject: "On Tuesday, ", "For most of 2017, ", "In March " (regex text).
FRONTED_ADVERBIAL = r"(?:(?:On|In|For|At|By|Last|This|Since|Through|During|Earlier|Later|Back|Then|Now|Today)\b" \
                    r"[^,;.]{0,60}?(?:,\s*|\s+))"
_SEPARATE_AGREEMENT = re.compile(r"\b(?:a|another|the\s+other)\s+(?:separate|different|second|rival|parallel|"
                                 r"distinct)\s+(?:agreement|pact|pledge|compact|declaration)\b", re.I)


def agreement_for(doc: Doc, sentence: Sentence) -> str:
    """The agreement a sentence's claims are about.

    One the sentence names outside a relative clause (the word "accord" means the Tech Accord); else the one
    last named in
    the same paragraph; else the Tech Accord. So in a story about the Paris Call, "the call" and
    "the declaration" stay with the Paris Call.
    """
    memo: dict[int, str] = doc.cache.setdefault("agreement_for", {})  # type: ignore[assignment]
    known = memo.get(sentence.index)
    if known is None or sentence is not doc.sentences[sentence.index]:
        known = _agreement_for(doc, sentence)
        if sentence is doc.sentences[sentence.index]:
            memo[sentence.index] = known
    return known


_ITS_MEMBERS = re.compile(r"\W*(?:Its|Their)\s+(?:members|signatories|founders|signers)\b")
_CONTRAST_TAIL = re.compile(r"(?:\s[–—]\s*|,\s*)(?:even\s+if|even\s+though|although|though)\s"
                            r"|\s[–—]\s*(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?(?:launched|created|"
                            r"founded|set\s+up|started|backed|unveiled)\s+(?:its|their)\s+own\b")  # "Siemens was not on
# the list — it had launched its own Charter of Trust": that charter is not the list's


def _agreement_for(doc: Doc, sentence: Sentence) -> str:
    regions = relative_regions(sentence.text)  # "X, which presented its own Charter of Trust, has not signed"
    contrast = _CONTRAST_TAIL.search(sentence.text)  # "... have not joined it – even if Google did add its name to
    tail = contrast.start() if contrast else len(sentence.text)  # the Paris Call": a concession's agreement
    named = [m.key for m in doc.in_sentence(sentence.index, "AGREEMENT") if m.key not in PROPOSED_AGREEMENTS
             and not inside(m.start - sentence.start, regions) and m.start - sentence.start < tail]
    separate = _SEPARATE_AGREEMENT.search(sentence.text) if not named and (
        "agree" in sentence.text or "pact" in sentence.text or "pledge" in sentence.text) else None
    if separate and not named and not _ACCORD_WORD.search(sentence.text):
        # "a separate agreement signed at the Munich Security Conference, in which about 20 companies, including
        # Google and Amazon, committed to ...": another text, named by no name
        key = "agreement/unnamed-" + str(sentence.index)
        if key not in doc.entities:
            label = re.sub(r"^(?:a|another|the)\s+", "", separate.group(0).strip(), flags=re.I)
            doc.entities[key] = Entity(key, "AGREEMENT", "Agreement", label)
        return key
    if DEFAULT_AGREEMENT in named or (_ACCORD_WORD.search(sentence.text) and not (
            named and all(_GROUP_NOUN.match(sentence.text, m.end()) or _GROUP_OF.search(sentence.text, 0, m.start())
                          for m in _ACCORD_WORD.finditer(sentence.text)))):
        return DEFAULT_AGREEMENT  # but "Google added its name to the Paris Call, alongside many accord members"
    if named:
        return named[0]
    if any(not inside(m.start(), regions) for m in _OTHER_AGREEMENT_WORD.finditer(sentence.text, 0, tail)):
        # "The declaration sets out nine principles" (not "Neither X, which backed that charter, appears on the list")
        for index in range(sentence.index - 1, -1, -1):
            earlier = [m.key for m in doc.in_sentence(index, "AGREEMENT") if m.key not in PROPOSED_AGREEMENTS]
            if earlier:
                return earlier[-1]
            if _ACCORD_WORD.search(doc.sentences[index].text):
                break
    following = doc.sentences[sentence.index + 1] if sentence.block.kind == "heading" and sentence.index + 1 < len(
        doc.sentences) else None
    if following is not None and following.block.kind != "heading":  # "Plot twist: Google is on the list" over
        ahead = [m.key for m in doc.in_sentence(following.index, "AGREEMENT")  # "Google has signed the Paris Call."
                 if m.key not in PROPOSED_AGREEMENTS]
        if ahead and DEFAULT_AGREEMENT not in ahead and not _ACCORD_WORD.search(following.text):
            return ahead[0]  # a heading is about what its section goes on to say
    for index in range(sentence.index - 1, -1, -1):
        previous = doc.sentences[index]
        if previous.block.paragraph != sentence.block.paragraph:
            break
        asides = relative_regions(previous.text)  # "Siemens, which launched its own Charter of Trust, was not among
        earlier = [m.key for m in doc.in_sentence(index, "AGREEMENT") if m.key not in PROPOSED_AGREEMENTS  # them.
                   and not inside(m.start - previous.start, asides)]  # Nor was Deutsche Telekom": the accord's
        if earlier or _ACCORD_WORD.search(previous.text):
            topic = _FRONTED_COMPARISON.sub("", previous.text, count=1)
            if earlier and _ITS_MEMBERS.match(topic) and index and (
                    _ACCORD_WORD.search(doc.sentences[index - 1].text) or DEFAULT_AGREEMENT in {
                        m.key for m in doc.in_sentence(index - 1, "AGREEMENT")}):
                return DEFAULT_AGREEMENT  # "The accord has also done things. Its members were among the first
                # supporters of the Paris Call. Last month members agreed ...": the accord's members still
            return DEFAULT_AGREEMENT if not earlier or _ACCORD_WORD.search(topic) else earlier[-1]
    # a new paragraph that names no agreement goes on with the one the paragraph before ended on, if that was
    # close: "... launched the Paris Call. He unveiled the text at ...\n\nAll 28 EU members signed."
    others = other_agreement_sentences(doc)
    if not others or not any(index in others for index in range(sentence.index - 20, sentence.index)):
        return DEFAULT_AGREEMENT
    seen = 0
    for index in range(sentence.index - 1, -1, -1):
        previous = doc.sentences[index]
        if previous.chrome or previous.block.kind == "item":
            continue  # a list under a lead-in belongs to the lead-in ("... lists nine goals:")
        seen += 1
        if previous.block.kind == "heading" or seen > 6:
            break  # a new section: back to the article's subject
        asides = relative_regions(previous.text)
        earlier = [m.key for m in doc.in_sentence(index, "AGREEMENT") if m.key not in PROPOSED_AGREEMENTS
                   and not inside(m.start - previous.start, asides)]
        if _ACCORD_WORD.search(previous.text) or DEFAULT_AGREEMENT in earlier:
            break
        if not earlier and _THE_OTHER_AGREEMENT.search(previous.text):  # "The call is not binding."
            referred = agreement_for(doc, previous)
            if referred != DEFAULT_AGREEMENT:
                return referred
            break
        if earlier:  # only when that paragraph is about the other agreement alone
            paragraph = [o for o in doc.sentences[max(0, index - 8):index]
                         if o.block.paragraph == previous.block.paragraph]
            if any(_ACCORD_WORD.search(o.text) or DEFAULT_AGREEMENT in [m.key for m in
                                                                        doc.in_sentence(o.index, "AGREEMENT")]
                   or (_SIGNING_WORD.search(o.text) and not doc.in_sentence(o.index, "AGREEMENT"))
                   for o in paragraph):
                break  # "Not everyone signed. Siemens is not among the signatories. It launched the Charter ..."
            return earlier[-1]
    return DEFAULT_AGREEMENT


def other_agreement_sentences(doc: Doc) -> set[int]:
    """The sentences that name an agreement other than the accord (worked out once per article)."""
    found = doc.cache.get("other_agreement_sentences")
    if found is None:
        found = doc.cache["other_agreement_sentences"] = {
            m.sentence for m in doc.mentions if m.kind == "AGREEMENT" and m.key != DEFAULT_AGREEMENT}
    return found  # type: ignore[return-value]


FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)


def speaker_org(doc: Doc, sentence: Sentence, affiliations: dict[str, str]) -> Mention | None:
    """In a transcript, 'we' is the organisation of the speaker whose label opens the paragraph (or whose name
    stands alone on the line above the turn)."""
    if not FIRST_PERSON.search(sentence.text):
        return None
    block = doc.text[sentence.block.start:sentence.block.end]
    label = SPEAKER_LABEL.match(block) or TURN_LABEL.match(block)
    if label is None:
        named = _speaker_line_before(doc, sentence)  # a call transcript's "Rafael Okonjo" on its own line, then the
        org_key = affiliations.get(named.key or "") if named is not None else None  # turn
        org = doc.entities.get(org_key) if org_key else None
        return org.mentions[0] if org is not None and org.mentions else None
    spoken = " ".join(label.group(1).lower().split())
    for key, org_key in affiliations.items():
        person = doc.entities.get(key)
        org = doc.entities.get(org_key)
        if person and org and org.mentions and " ".join(person.label.lower().split()).endswith(spoken):
            return org.mentions[0]
    return None


def speaker_line(doc: Doc, index: int) -> Mention | None:
    """The person whose name stands alone on line ``index`` (a transcript's "Rafael Okonjo", "Marcus Thorlby
    (CEO)" over a turn), or None."""
    here = doc.sentences[index]
    people = doc.in_sentence(index, "PERSON") if here.block.kind == "heading" else []
    if len(people) == 1 and people[0].start == here.start and _TITLE_IN_BRACKETS.fullmatch(
            here.text, people[0].end - here.start):
        return people[0]
    return None


_TITLE_IN_BRACKETS = re.compile(r"\s*(?:\([^()\n]{1,60}\))?\s*")


def _speaker_line_before(doc: Doc, sentence: Sentence) -> Mention | None:
    """The speaker whose own line opens the turn ``sentence`` is in (the nearest within a few sentences)."""
    return next((named for index in range(sentence.index - 1, max(-1, sentence.index - 8), -1)
                 if (named := speaker_line(doc, index)) is not None), None)


#: "The accord was Microsoft's initiative": a possessive after 'was' names what the sentence is about.
_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|from|with|at|in|to|for|against|than|like|under|behind)\s+(?:the\s+)?$")
#: "X's board approved it" is about X: a possessive after a copula or a passive's "by" ("approved by X's board").
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+(?:\w+\s+)?$|\b(?:was|were)\s+[a-z]+ed\s+by\s+$")
QUOTATION = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")


def _quoted_speaker_org(doc: Doc, sentence: Sentence, pos: int, affiliations: dict[str, str]) -> Mention | None:
    """'"We signed the accord last year," Jane Roe, Norvale's chief executive, said': 'we' inside a quotation is
    the organisation of the person the sentence quotes."""
    spans = [m.span() for m in QUOTATION.finditer(sentence.text)]
    if not any(a <= pos < b and FIRST_PERSON.search(sentence.text, a, pos) for a, b in spans):
        return None
    for m in doc.in_sentence(sentence.index, "PERSON"):
        if m.key in affiliations and not any(a <= m.start - sentence.start < b for a, b in spans):
            entity = doc.entities.get(affiliations[m.key])
            if entity and entity.mentions:
                return entity.mentions[0]
    outside = QUOTATION.sub(" ", sentence.text)
    if _PRONOUN_SAID.search(outside) and not doc.in_sentence(sentence.index, "PERSON"):
        # '... Its managing director, Jorg Ambrecht-Solari, said ... "We're not part of the accord," he said.'
        for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
            people = [m for m in doc.in_sentence(index, "PERSON") if m.key in affiliations]
            if people:
                entity = doc.entities.get(affiliations[people[-1].key])
                return entity.mentions[0] if entity and entity.mentions else None
    return None


_PRONOUN_SAID = re.compile(r"\b(?:(?:he|she)\s+(?:said|says|added|told)|(?:said|says|added)\s+(?:he|she))\b")


def quoted_speaker_org(doc: Doc, sentence: Sentence, pos: int) -> Mention | None:
    """The organisation 'we' at ``pos`` stands for: the speaker's, in a transcript or a quotation."""
    affiliations: dict[str, str] = doc.cache.get("affiliations", {})  # type: ignore[assignment]
    return speaker_org(doc, sentence, affiliations) or _quoted_speaker_org(doc, sentence, pos, affiliations)


def _subject_name(m: Mention, sentence: Sentence, doc: Doc) -> bool:
    """An untyped name of two to four words that opens a sentence of running text (after a dateline, if any):
    the subject 'it' points to."""
    label = TURN_OPENING.match(sentence.text)  # "Q117 Dr Rupa Mistry: Pell-Marrow Devices employs ...": the
    after = sentence.start + (label.end() if label else 0)  # name after a speaker's label opens the sentence
    opens = m.initial or m.start == after or not any(o.kind != "PLACE" and o.start < m.start
                                                     for o in doc.by_sentence.get(m.sentence, []))
    return m.kind == "NAME" and opens and 2 <= len(m.text.split()) <= 4 and "  " not in m.text \
        and sentence.block.kind == "text" and not _organ(doc, m)


def _organ(doc: Doc, m: Mention) -> bool:
    """'the Board', 'the Risk Committee': a company's own organ, named with capitals, not an organisation."""
    return m.kind == "NAME" and m.text.split()[-1] in _BODIES_WITHIN and doc.text[max(0, m.start - 4):m.start] in (
        "the ", "The ", "the\n")


def _opens(text: str, pos: int) -> bool:
    """Whether ``pos`` is where the sentence's words start, after a transcript label ("HOST, BYLINE: ") if any."""
    label = SPEAKER_LABEL.match(text)
    return text[label.end() if label else 0:pos].strip() == ""


_IN_THE_BEFORE = re.compile(r"\b(?:in|near|across|around|outside)\s+the\s+$")


def letterhead(doc: Doc) -> Mention | None:
    """The company whose paper the document is on: its name in capitals with its legal form as one of the first
    lines ("VANTORRA NETWORKS, INC." over a filing); 'we' and 'our' outside quotations are that company."""
    for sentence in doc.sentences[:2]:
        if sentence.text.isupper() and len(sentence.text) <= 60:
            named = doc.in_sentence(sentence.index, "ORG")
            if len(named) == 1 and named[0].key:
                return named[0]
    return None


def post_author(doc: Doc, sentence: Sentence, pos: int) -> Mention | None:
    """The author of the social post that holds sentence offset ``pos``: the nearest author line above it."""
    for index in range(sentence.index, max(-1, sentence.index - 8), -1):
        here = doc.sentences[index]
        for m in reversed(doc.in_sentence(index, "PERSON")):
            if (index < sentence.index or m.start - here.start < pos) and not here.text[
                    here.text.rfind("\n", 0, m.start - here.start) + 1:m.start - here.start].strip(" \t└↳>") \
                    and AUTHOR_HANDLE.match(here.text, m.end - here.start):
                return m
    return None


INDEFINITE_OPENS = re.compile(r"\s*(?:an?|another|one)\s+(?-i:[A-Za-z])")  # a clause whose subject no name gives


def resolve_org_anaphor(doc: Doc, sentence: Sentence, pos: int, *, first_person: bool = False) -> Mention | None:
    """'it' / 'the company' at ``pos``: the speaker's organisation, the sentence's subject, or the last subject;
    'we' (``first_person``) outside a quotation, on a company's letterhead: that company."""
    affiliations: dict[str, str] = doc.cache.get("affiliations", {})  # type: ignore[assignment]
    speaker = quoted_speaker_org(doc, sentence, pos)
    if speaker is not None:  # "ORTIZ BENAVENTE: ... We were proud to be among the first signatories."
        return speaker
    writer = letterhead(doc) if first_person else None
    if writer is not None:  # "VANTORRA NETWORKS, INC. ... In September 2018, we became a signatory"
        return writer
    author = post_author(doc, sentence, pos) if first_person else None
    if author is not None:  # "Tove Rasmussen @toverasmussen · 2h / CISO, Grunnfjell Kraft / We joined in 2021": the
        entity = doc.entities.get(affiliations.get(author.key, ""))  # author's organisation, or no one's
        return entity.mentions[0] if entity is not None and entity.mentions else None
    for m in doc.in_sentence(sentence.index, "PERSON"):
        if m.start - sentence.start < pos and m.key in affiliations:
            org_key = affiliations[m.key]
            entity = doc.entities.get(org_key)
            if entity and entity.mentions:
                return entity.mentions[0]
    own = [m for m in candidates(doc, sentence, initial=True) if m.start - sentence.start < pos
           and m.cls != "NewsOutlet" and (m.key or _subject_name(m, sentence, doc))  # "Bridger Logic said that it"
           and not _IN_THE_BEFORE.search(sentence.text, max(0, m.start - sentence.start - 12),
                                         m.start - sentence.start)]  # "a flat in the West End": a place
    semi = sentence.text.rfind(";", 0, pos) if own else -1
    if semi != -1 and INDEFINITE_OPENS.match(sentence.text, semi + 1) and all(
            m.start - sentence.start < semi for m in own):
        return None  # "Microsoft defended the accord; an Ottawa contractor explained why it has stayed out": its own
    if own:
        if not own[0].key:
            ensure_entity(doc, own[0])
        return own[0]
    opening = next((m for m in doc.by_sentence.get(sentence.index, []) if m.possessive and m.kind == "ORG" and m.key
                    and m.start - sentence.start < pos and _opens(sentence.text, m.start - sentence.start)), None)
    if opening is not None:  # "Ostreline's case stands out for another reason: the company is a member of ..."
        return opening
    for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        previous = [m for m in doc.by_sentence.get(index, []) if not m.possessive and not m.modifier and (
            (m.kind == "ORG" and m.key) or _subject_name(m, doc.sentences[index], doc))] or [
            m for m in doc.by_sentence.get(index, []) if m.possessive and m.kind == "ORG" and m.key
            and (_COPULA_BEFORE.search(doc.sentences[index].text, 0, m.start - doc.sentences[index].start)
                 or _opens(doc.sentences[index].text, m.start - doc.sentences[index].start)
                 or (len(doc.in_sentence(index, "ORG")) == 1 and not _AFTER_PREPOSITION.search(
                     doc.sentences[index].text, max(0, m.start - doc.sentences[index].start - 20),
                     m.start - doc.sentences[index].start)))]
        # "the one Nubárica's team cares about. Its CISO"; not "launched under Microsoft's leadership. Founder X"
        # "Ketterlund's reasons were different. Its CTO, X,"; "HOST, BYLINE: Stelmarch Software's office sits ..."
        if len(previous) > 1:  # "..., by 34 companies led by Microsoft, Skellbrook was ... It declined.": the
            previous = [m for m in previous if not _AFTER_PREPOSITION.search(  # antecedent is a subject or object,
                doc.sentences[index].text, 0, m.start - doc.sentences[index].start)] or previous  # not "by X"
        if previous:
            if not previous[0].key:  # "Bridger Logic is one of the smallest members. ... the firm's CEO"
                ensure_entity(doc, previous[0])
            return previous[0]
    return None
