"""An agreement's principles: a numbered or bulleted list after a sentence about principles or
commitments, an enumeration ("four commitments: a, b, c and d"), or an infinitive series
("commits to defend ..., to refuse ..., and to act ...")."""

from __future__ import annotations

import re

from kg.nlp import lexicon as lx
from kg.nlp.document import Doc
from kg.nlp.patterns import Cue, anchored
from kg.nlp.segment import Block, Sentence
from kg.nlp.tables import cells as table_cells
from kg.relations.base import DEFAULT_AGREEMENT, Fact, agreement_for, has_any

#: Every principle cue holds one of these (a cheap first look before the pattern).
_CUE_STEMS = ("princip", "commit", "pledg", "promis", "tenet", "pillar", "values", "obligation", "undertaking",
              "things", "will", "sign")
_CUE = re.compile(r"\b(?:principles?|commitments?|pledges?|promis(?:es?|ing|ed)|tenets?|pillars?|values|"
                  r"obligations|undertakings)\b|\bcommit(?:s|ted)?\s+(?:themselves\s+)?to\s*[:?]?$"
                  r"|\bsign(?:s|ed)?\s+up\s+(?:to|for)\s*[:?]?$"
                  r"|\b(?:two|three|four|five|six)\s+things\b|\bthey\s+(?:say\s+they\s+)?will\s*:\s*$", re.I)
_ENUMERATION = Cue(r"\b(?:principles|commitments|pledges|promises|tenets|pillars|planks)\b[^:.;]{0,60}:\s*(.+?)"
                          r"[.;]?$"
                   r"|\b(?:three|four|five|six)\s+(?:things|points|rules|goals|aims|areas|ideas|promises)\b[^:.;]{0,60}:"
                   r"\s*(.+?)[.;]?$"
                   r"|\b(?:principles|commitments|pledges|promises|tenets|pillars)(?:\s+of\s+the\s+\w+)?,?\s+(?:which|that)"
                   r"\s+(?:they|it|the\s+"
                   r"\w+)\s+(?:labell?ed|called|named|dubbed|titled)\s+(.+?)[.;]?$"
                   r"|\b(?:two|three|four|five|six)\s+(?:principles|commitments|pledges|promises|tenets|pillars),?\s+"
                   r"namely\s+(.+?)[.;]?$"
                   r"|\b(?:two|three|four|five|six)\s+(?:principles|commitments|pledges|promises|tenets|pillars),?\s+"
                   r"which\s+(?:[\w-]+\s+){1,3}?(?:summed\s+up|summari[sz]ed|described|put|boiled\s+down)\s+as\s+"
                   r"[\"“](.+?)[,.]?[\"”][.;]?$",  # "four principles, which Oberhuber summed up as "a, b, c and d""
                   re.S)  # "which they labelled a, b"; "four principles, namely a, b, c and d"
#: "The accord's four principles -- a, b, c and d -- were drafted", "four of them – a, b and c –"
_DASHED = Cue(r"\b(?:principles|commitments|pledges|promises|tenets|pillars|planks|"
              r"(?:four|three|five|six)\s+(?:of\s+them|things|points))"
                     r"(?:\s+(?:at|in|of|behind|underpinning)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:heart|core|centre|center|"
                     r"accord|pact|pledge)(?:\s+of\s+(?:the\s+|this\s+)?(?:accord|pact|pledge))?)?"
                     r"\s*(?:--|–|—|\s-(?=\s))\s*([^–—]+?)\s*(?:--|–|—|\s-\s|[.;]?$)"
                     r"|\b(?:principles|commitments|pledges|promises|tenets|pillars|planks)\s*\(([^()]+?)\)")
_INFINITIVES = Cue(r"\b(?:commits?|committing|committed|pledged?|pledges|pledging|promised?|promises|"
                          r"promising|vow(?:s|ed)?|agree[sd]?|undertakes?)\s+(?:(?:its|their|the|all|"
                          r"[a-z]+|\d+)\s+){0,4}?to\s+(.+)$", re.S)  # "committed its 34 founding members to"
_ACCORD_CONTEXT = re.compile(r"\b(?:accord|pact|pledge|agreement|signing|signator(?:y|ies)|signed|members)\b", re.I)
_AGREEMENT_CONTEXT = re.compile(r"\b(?:accord|pact|pledge|principles?|commitments?|charter|declaration)\b", re.I)
_TITLE = re.compile(r"^([A-Z][\w-]*(?:\s+[\w-]+){0,3})\s*[:.–—-]\s+(\S.*)$", re.S)


def extract(doc: Doc) -> list[Fact]:
    """acc:hasPrinciple facts; a fact's value carries number, text and short name."""
    listed = _from_table(doc) or _from_headed_sections(doc, "item") or _from_lists(doc) or _from_ordinals(doc) \
        or _from_titled_quotes(doc) or _from_headed_sections(doc)
    if any(f.subject == DEFAULT_AGREEMENT for f in listed):
        return listed
    # a list of another agreement's goals ("The declaration lists nine goals:") leaves the accord's own to find
    inline = _from_inline_numbers(doc) or _from_inline_ordinals(doc) or _from_counted_semicolons(doc) \
        or _from_colon_clauses(doc)
    if inline:
        return listed + inline
    for pattern in (_ENUMERATION, _DASHED):
        enumerated = _from_sentences(doc, pattern, "principle.enumeration", r",\s*(?:and\s+)?|\s+and\s+")
        if enumerated and any(f.subject == DEFAULT_AGREEMENT for f in enumerated):
            return listed + enumerated
        if enumerated:  # the Paris Call's goals, listed: the accord's own may still be told some other way
            listed = listed + enumerated
            break
    return listed + (_from_counted(doc) or _from_sentences(doc, _INFINITIVES, "principle.infinitives",
                                                          r"(?:,\s*|\s+)and\s+to\s+|,\s*to\s+")
                     or _from_will_list(doc) or _from_gerund_list(doc))


_WILL_LIST = re.compile(r"\b(?i:members|signatories|signers|companies|firms|they)\s+(?:(?:say|said|promise|promised|"
                        r"agree|agreed)\s+(?:that\s+)?(?:they\s+)?)?(?:will|would)\s+(?!not\b|never\b|be\b|have\b)"
                        r"(?=[a-z])(.+?)[.;]?$", re.S)
_VERBS = (r"(?:protect|defend|refuse|never|not|help|empower|give|work|cooperate|co-operate|collaborate|partner|"
          r"share|build|support|assist|shield|guard)\b")
_PROMISE_VERB = re.compile(f"^{_VERBS}")


def _from_will_list(doc: Doc) -> list[Fact]:
    """'Members say they will protect all of their users, refuse to assist state cyberattacks on civilians, help
    customers and developers defend themselves and cooperate with one another': three or more verb phrases
    after 'will', most of them a promise's verbs, in a sentence about the accord."""
    return _promise_series(doc, _WILL_STEMS, _WILL_LIST, rf",\s*(?:and\s+)?|\s+and\s+(?={_VERBS})", _PROMISE_VERB,
                           "principle.will-list", members_open=True)


_WILL_STEMS = (" will ", " would ")


def _promise_series(doc: Doc, stems: tuple[str, ...], pattern: re.Pattern[str], splitter: str,
                    promise: re.Pattern[str], rule: str, members_open: bool = False) -> list[Fact]:
    """The first sentence about the accord with three to six promises after ``pattern`` (all but one of them
    opening with a promise's verb), one principle each."""
    for s in doc.sentences:
        if s.chrome or not has_any(s.text, stems):
            continue
        match = pattern.search(s.text)
        if match is None or not (_ACCORD_CONTEXT.search(s.text) or (members_open and s.text.startswith("Members"))):
            continue
        items = _items(match.group(1), splitter)
        promises = [i for i in items if promise.match(i)]
        if 3 <= len(items) <= 6 and len(promises) >= len(items) - 1 and len(promises) >= 3:
            return [_principle(doc, s, n, item, rule, 0.6) for n, item in enumerate(items, start=1)]
    return []


_GERUND_LIST = re.compile(r"\b(?:commits?|committing|committed|binds?|binding|bound|obliges?|obliged)\s+"
                          r"(?:(?:its|their|the|all|[a-z]+|\d+)\s+){0,3}?to\s+(?=[a-z]+ing\b)(.+?)[.;]?$", re.S)
_GERUND_ITEM = re.compile(r"(?:protect|defend|refus|help|empower|work|cooperat|co-operat|collaborat|partner|shar|"
                          r"build|support|assist|shield|guard|not\s+help|never\s+help|oppos)ing\b")


_GERUND_STEMS = ("commit", "bind", "bound", "oblige")


def _from_gerund_list(doc: Doc) -> list[Fact]:
    """'The accord commits members to protecting all customers, refusing to help governments attack civilians,
    helping developers improve their defences, and working with each other': three or more promises as gerunds."""
    return _promise_series(doc, _GERUND_STEMS, _GERUND_LIST, r",\s*(?:and\s+)?(?=[a-z]+ing\b)|\s+and\s+(?=[a-z]+ing\b)",
                           _GERUND_ITEM, "principle.gerund-list")


_INLINE_MARK = re.compile(r"(?:^|(?<=\s))\((?:[1-9]|i{1,3}|iv|v|vi|[a-f])\)\s+")


def _from_inline_numbers(doc: Doc) -> list[Fact]:
    """'Signatories promise (1) to protect ..., (2) to oppose ..., (3) to help ... and (4) to partner ...'."""
    for s in doc.sentences:
        if s.chrome or s.block.kind == "heading" or s.text.count("(") < 3:
            continue
        marks = list(_INLINE_MARK.finditer(s.text))
        if len(marks) < 3 or not (_CUE.search(s.text, 0, marks[0].start()) or lx.PROMISE_WORDS.search(
                s.text, 0, marks[0].start()) or _ACCORD_CONTEXT.search(s.text, 0, marks[0].start())):
            continue
        bounds = [m.end() for m in marks] + [len(s.text)]
        items = [re.sub(r"(?:[,;]\s*)?(?:\band\s*)?$", "", s.text[a:marks[i + 1].start()
                                                              if i + 1 < len(marks) else b].strip(" .;"))
                 for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]
        return [_principle(doc, s, n, item, "principle.inline-numbers", 0.8) for n, item in enumerate(items, start=1)]
    return []


_FIRST_SECOND = ("first", "second")
_PRINCIPLE_WORDS = re.compile(r"(?i:protect|defen[cs]|attack|offen[cs]|empower|capacit|partner|collective|"
                              r"cooperat|co-operat|collaborat|secur|cyber|customer|user|citizen|government)")
_INLINE_ORDINAL = re.compile(r"(?:^|(?<=[\s,;:]))(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|"
                             r"fifth(?:ly)?|finally|lastly),\s+", re.I)


def _from_inline_ordinals(doc: Doc) -> list[Fact]:
    """'the companies undertake, first, to protect ...; secondly, to oppose ...; thirdly, to help ...; and fourthly,
    to partner ...': ordinals inside one sentence, each clause set off by a semicolon."""
    for s in doc.sentences:
        if s.chrome or s.text.count(";") < 2 or not has_any(s.text, _FIRST_SECOND):
            continue
        marks = [m for m in _INLINE_ORDINAL.finditer(s.text)
                 if m.start() == 0 or s.text[:m.start()].rstrip().endswith((",", ";", ":")) or m.group(0)[:3] == "and"]
        if len(marks) < 3 or not marks[0].group(0).lower().startswith("first") or not (
                _CUE.search(s.text, 0, marks[0].start()) or lx.PROMISE_WORDS.search(s.text, 0, marks[0].start())
                or _ACCORD_CONTEXT.search(s.text, 0, marks[0].start())):
            continue
        items = [s.text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(s.text)]
                 for i, m in enumerate(marks)]
        items = [re.sub(r"^to\s+", "", re.sub(r"[;,]?\s*(?:and\s*)?$", "", item.strip(" .;"))) for item in items]
        return [_principle(doc, s, n, item, "principle.inline-ordinals", 0.8) for n, item in enumerate(items, start=1)]
    return []


_MODAL = re.compile(r"\b(?:will|would|shall|must|promise\s+to|pledge\s+to|commit\s+to|agree\s+to)\s+", re.I)


def _from_counted_semicolons(doc: Doc) -> list[Fact]:
    """'Under the accord's four principles, the companies will protect ...; oppose ...; help ...; and partner ...':
    a stated count, then that many semicolon-separated clauses in the same sentence."""
    for s in doc.sentences:
        if s.chrome or s.text.count(";") < 2 or not _COUNT_WORD.search(s.text):
            continue
        stated = _STATED_COUNT.search(s.text)
        if stated is None:
            continue
        rest = s.text[stated.end():]
        segments = re.split(r";\s*(?:and\s+)?", rest)
        modal = next(reversed(list(_MODAL.finditer(segments[0]))), None) or _COPULA.match(  # the last modal
            segments[0], len(segments[0]) - len(segments[0].lstrip()))  # before the first clause, or "Its four
        # commitments are defending ...; not helping ...; ..."
        if modal is None or len(segments) != _NUMBERS[stated.group(1).lower()] or ":" in segments[0] or (
                _OTHER_TEXT_SUBJECT.match(s.text) and not _ACCORD_CONTEXT.search(s.text)):
            continue  # a colon: the enumeration rules' case; "The draft statement proposes ...": another text's
        items = [segments[0][modal.end():], *segments[1:]]
        return [_principle(doc, s, n, item.strip(" ."), "principle.counted-clauses", 0.8)
                for n, item in enumerate(items, start=1)]
    return []


_PROMISE_CLAUSE = re.compile(r"\s*(?:and\s+)?(?:we|they|members|signatories|companies)\s+(?:will|would|shall|must)\s+",
                             re.I)


def _from_colon_clauses(doc: Doc) -> list[Fact]:
    """'Read the principles yourself; there are four of them. Paraphrased, they are: we will defend everyone; we
    will not help governments attack innocent people; ...; and we will work together': after a sentence about
    the principles, a colon and that many promises apart by semicolons."""
    for s in doc.sentences:
        if s.chrome or s.text.count(";") < 2 or ":" not in s.text or not s.index:
            continue
        previous = doc.sentences[s.index - 1].text
        if not (_CUE.search(previous) or _CUE.search(s.text[:s.text.index(":")])):
            continue
        segments = [p for p in re.split(r";\s*", s.text[s.text.index(":") + 1:]) if p.strip()]
        if len(segments) < 3 or not all(_PROMISE_CLAUSE.match(p) for p in segments):
            continue
        stated = _COUNT_WORD.search(previous + " " + s.text)
        if stated and _NUMBERS.get(stated.group(0).strip().lower(), len(segments)) != len(segments):
            continue
        return [_principle(doc, s, n, re.sub(r"^\s*and\s+", "", p).strip(" ."), "principle.colon-clauses", 0.75)
                for n, p in enumerate(segments, start=1)]
    return []


_COUNT_STEMS = ("two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ", "ten ")
_COUNT_WORD = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s")


_ASKED_ABOUT_SIGNING = re.compile(r"\b(?:sign|signed|signing|join|joined|promise|promised|commit|committed|"
                                  r"pledge|pledged|agree|agreed)\b[^?]*\?\s*$", re.I)
_ASK_OF = anchored(r"\bask(?:s)?\s+of\s+(?:you|members|signatories|them|companies)\b.*\?\s*$", min_branches=1)
_WHAT_DO = re.compile(r"\bwhat\s+(?:will|would|do|does|did)\s+(?:they|it|the\s+\w+)\s+(?:and\s+(?:won['’]t|"
                      r"wouldn['’]t|don['’]t|not)\s+(?:they|it)\s+)?(?:do|promise|commit\s+to)\b[^?]*\?\s*$", re.I)
_OF_SIGNERS = re.compile(rf"of\s+{lx.SIGNERS}(?:\s+it)?", re.I)
_AND_CLAUSE = re.compile(r"^(?:and|but)\s+(?:they|these|those|it|each)\s+[^,;:]*$", re.I)


def _from_counted(doc: Doc) -> list[Fact]:
    """'What they promise: four things, in plain English. Defend every customer. Never help a government attack
    anyone. Help users protect themselves. Work together.': a stated count, then that many short sentences."""
    for s in doc.sentences:
        stated = _STATED_COUNT.search(s.text) if has_any(s.text, _COUNT_STEMS) and _COUNT_WORD.search(
            s.text) else None
        asked = doc.sentences[s.index - 1].text if s.index else ""  # "What did you sign up to?" "Four things."
        asked = asked if not _ASK_OF.search(asked) else f"sign {asked}"  # "What does it ask of you?"
        if stated is not None and _WHAT_DO.search(asked) and any(
                _ACCORD_CONTEXT.search(o.text) or "Accord" in o.text for o in doc.sentences[max(0, s.index - 5):
                                                                                          s.index - 1]):
            asked = f"sign {asked}"  # "... 34 companies sign the accord. And what will they and won't they do?"
        if s.chrome or stated is None or not (lx.PROMISE_WORDS.search(s.text) or _ACCORD_CONTEXT.search(s.text)
                                              or _ASKED_ABOUT_SIGNING.search(asked) or lx.ASKS_OF.search(s.text)):
            continue
        count = _NUMBERS[stated.group(1).lower()]
        quoted = _quoted_headings(doc, s, count)
        if quoted:
            return quoted
        rest = s.text[stated.end():].strip(" .:,")
        known = _KNOWN_AS.match(rest)
        if known:  # "Its four commitments, known in the group's own shorthand as A, B, C and D, are voluntary"
            named = rest[known.end():]
            close = _NAMES_CLOSE.search(named)
            rest = named[:close.start()] if close else named
        inline = _inline_items(rest, count, named=known is not None)
        if inline:  # "Its four principles were stronger defense (protect ...), no offense (...), ... and ..."
            facts = [_principle(doc, s, n, c, "principle.counted", 0.7) for n, c in enumerate(inline, start=1)]
            for fact, item in zip(facts, inline, strict=True):
                fact.value["name"] = fact.value["name"] or item.split("(")[0].strip()
            return facts
        if _OF_SIGNERS.fullmatch(rest):
            rest = ""  # "asks four things of those who sign it."
        clause = _AND_CLAUSE.match(rest)  # "Four things, and they are simpler than people assume."
        if ":" in rest or (clause is None and ("," in rest or len(rest.split()) > 4)):
            continue  # the list follows in the same sentence: the enumeration rules' case
        after = doc.sentences[s.index + 1] if s.index + 1 < len(doc.sentences) else None
        clauses = [c.strip(" .") for c in re.split(r";\s*(?:and\s+)?", after.text)] if after is not None else []
        commas = [c.strip(" .") for c in re.split(r",\s*(?:and\s+)?|\s+and\s+", after.text)] if after else []
        if len(clauses) != count and len(commas) == count and all(len(c.split()) <= 4 for c in commas):
            clauses = commas  # "A: Four things. Stronger defense, no offense, capacity building, collective action."
        if after is not None and len(clauses) == count and after.block.paragraph == s.block.paragraph \
                and not doc.in_sentence(after.index, "AGREEMENT"):  # "Two pledges, one goal?" / "The Charter of
            # Trust and the Tech Accord": the pledges themselves, not promises
            return [_principle(doc, after, n, c, "principle.counted", 0.7) for n, c in enumerate(clauses, start=1)]
        following = doc.sentences[s.index + 1:s.index + 1 + count]
        if len(following) == count and all(
                f.block.paragraph == s.block.paragraph and not f.chrome and len(f.text.split()) <= 25
                and not doc.in_sentence(f.index, "ORG", "PERSON") for f in following):
            return [_principle(doc, f, n, f.text, "principle.counted", 0.7) for n, f in enumerate(following, start=1)]
    return []


_COPULA = re.compile(r"(?:are|were|being|namely|read|i\.e\.,?|that\s+is,|viz\.?)\s+"
                     r"(?!(?:not|simple|short|easy|clear|vague|broad|\w+ly)\b)", re.I)  # "four commitments, i.e. A"
_TOP_LEVEL_BREAK = re.compile(r",\s*(?:and\s+)?|\s+and\s+|[()]")


def _inline_items(rest: str, count: int, *, named: bool = False) -> list[str]:
    """The ``count`` items of 'were A (gloss), B, C and D' (or, ``named``, of 'A, B, C and D' after "known as"):
    split at commas and 'and' outside brackets; each item a short name, with its gloss."""
    lead = re.match("", rest) if named else _COPULA.match(rest)
    if lead is None:
        return []
    items: list[str] = []
    depth, start, body = 0, lead.end(), rest
    for match in _TOP_LEVEL_BREAK.finditer(body, lead.end()):
        mark = match.group()
        depth += 1 if mark == "(" else -1 if mark == ")" else 0
        if mark not in "()" and depth == 0:
            items.append(body[start:match.start()].strip())
            start = match.end()
    items.append(_FOOTNOTE_MARK.sub("", body[start:].strip(" .;")).strip(" ."))  # "collective action.2"
    bare = [re.sub(r"\([^()]*\)", "", item).split() for item in items]
    if len(items) != count or any(not 1 <= len(words) <= 5 for words in bare):
        return []
    return items


_QUOTED_HEADING = re.compile(r"[\"“]([A-Za-z][\w-]*(?:\s+[\w-]+){0,3})[\"”]")
_HEADING_LEAD = re.compile(r"^(?:(?:under|with|in|as|by|for)\s+)?[\s,]*(?:(?:is|are)\s+)?", re.I)
_CLAUSE_BREAK = re.compile(r"(?:,\s+(?:while|whereas|and)|;)\s+")


def _quoted_headings(doc: Doc, s: Sentence, count: int) -> list[Fact]:
    """'The four principles are set out under short headings. Under "stronger defence", the companies promise
    to ... "No offence" commits them not to ... "Capacity building" is ..., while "collective action" is ...':
    after a stated count, exactly that many short quoted headings in the rest of the paragraph."""
    found: list[tuple[Sentence, str, str]] = []
    for f in doc.sentences[s.index + 1:s.index + 1 + count + 1]:
        if f.block.paragraph != s.block.paragraph or f.chrome:
            break
        quotes = list(_QUOTED_HEADING.finditer(f.text))
        for i, quote in enumerate(quotes):
            start = 0 if i == 0 else _last_break(f.text, quotes[i - 1].end(), quote.start())
            end = len(f.text) if i + 1 == len(quotes) else _last_break(f.text, quote.end(), quotes[i + 1].start())
            if start < 0 or end < 0:
                return []
            clause = f"{f.text[start:quote.start()]} {f.text[quote.end():end]}"
            clause = _CLAUSE_BREAK.sub("", clause, count=1) if i else clause
            found.append((f, quote.group(1), _HEADING_LEAD.sub("", clause.strip())))
    if len(found) != count or len({name.lower() for _, name, _ in found}) != count:
        return []
    out = []
    for number, (f, name, clause) in enumerate(found, start=1):
        fact = _principle(doc, f, number, f"{name[:1].upper()}{name[1:]}: {clause.strip()}", "principle.quoted", 0.7)
        fact.value["name"] = name
        out.append(fact)
    return out


def _last_break(text: str, lo: int, hi: int) -> int:
    """Where the clause holding the quote at ``hi`` starts: the last clause break between ``lo`` and ``hi``."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, hi)]
    return breaks[-1] if breaks else -1


_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=[\w.!?])\*(?![\w*])")


#: A list's own mark written into an item's text: "a) ", "(b) ", "9.2.1 " (a lettered or section-numbered item).
_ITEM_MARK = r"(?:\(?[a-h][.)]|\d{1,2}(?:\.\d{1,2}){1,3}\.?)\s+"
_LETTER_MARK = re.compile(f"^{_ITEM_MARK}")


#: A table's column of the accord's commitments: "| Accord commitment | How we implement it | Status |".
_COMMITMENT_COLUMN = re.compile(r"\b(?:commitments?|principles?|pledges?|pillars?)\b", re.I)
_ROW_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]?\s+")


def _from_table(doc: Doc) -> list[Fact]:
    """'| Accord commitment | How we implement it |' over '| 1. Stronger defense: protect all users ... | ... |':
    the rows of the commitments' column, in order (a table about the accord, with two to six rows)."""
    for s in doc.sentences:
        if "|" not in s.text or s.text.count("|") < 3 or "\n" in s.text:
            continue
        spans = table_cells(s.text)
        column = next((i for i, (a, b) in enumerate(spans) if _COMMITMENT_COLUMN.search(s.text[a:b])
                       and len(s.text[a:b].split()) <= 4), None)
        if column is None or not _ACCORD_CONTEXT.search(" ".join(x.text for x in doc.sentences[max(0, s.index - 3):
                                                                                               s.index + 1])):
            continue
        rows: list[tuple[Sentence, str]] = []
        for row in doc.sentences[s.index + 1:s.index + 12]:
            if "|" not in row.text:
                break
            cells = table_cells(row.text)
            if column >= len(cells):
                break
            cell = row.text[cells[column][0]:cells[column][1]].strip(" |")
            if not cell.strip("-: "):
                continue  # the header's rule, "|-----|-----|"
            rows.append((row, _ROW_NUMBER.sub("", cell, count=1)))
        if 2 <= len(rows) <= 6 and all(len(text.split()) >= 2 for _, text in rows):
            return [_principle(doc, row, n, text, "principle.table", 0.8) for n, (row, text) in enumerate(rows, 1)]
    return []


def _principle(doc: Doc, s: Sentence, number: int, text: str, rule: str, confidence: float,
               agreement: str | None = None) -> Fact:
    agreement = agreement or agreement_for(doc, s)
    text = " ".join(_EMPHASIS.sub("", text).split()).strip()  # "**Stronger defense.** Protect ..." (Markdown)
    text = _LETTER_MARK.sub("", text, count=1)  # "a) Stronger defence: ...": the list's mark is not the text
    title = _TITLE.match(text)
    name = title.group(1) if title and len(title.group(1).split()) <= 4 else None
    base = agreement.split("/")[-1].split(":")[-1]
    return Fact("hasPrinciple", agreement, f"principle/{_slug(base)}-{number}", s, rule, confidence, text[:60],
                value={"number": number, "text": text, "name": name})


def _slug(text: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", text).lower()


_MEMBERS_LEAD = re.compile(r"\b(?:signatories|signatory|members|companies|firms|organi[sz]ations|newcomers|joiners|"
                           r"additions)\b|\bwho(?:['’]s|\s+is|\s+are)\s+in\b|\bwho\s+(?:signed|joined)\b", re.I)
#: "Stronger defense: ...", "STRONGER DEFENCE — Signatories will ..."
_TITLED = re.compile(rf"^(?:[^\w\s\"“'‘(\[]{{1,3}}\s*|{_ITEM_MARK})?"
                     r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})(:|\s+[–—]|\s+--)\s+\S")
#: "Stronger defense. Signatories will protect ...": a list whose markup the page extraction lost
_STOPPED = re.compile(r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\.\s+[A-Z][^.!?:]{20,}[.!?][\"”]?$")


#: The keys of a fact box about an agreement ("Convener: Microsoft", "Members: 150+ companies").
_FACT_BOX_LABELS = frozenset({"convener", "convenor", "members", "membership", "founded", "launched", "enforcement",
                              "commitments", "principles", "headquarters", "website", "secretariat", "signatories",
                              "type", "status", "scope", "focus", "date", "location", "url", "led by", "founders",
                              "members today", "binding", "legally binding"})


def _marker_class(block: Block) -> str:
    """'digit', 'letter' or 'bullet': a numbered list nested in a bulleted one is a list of its own."""
    marker = block.marker or ""
    return "digit" if marker.isdigit() else "letter" if marker.isalpha() else "bullet"


def _item_like(doc: Doc, block: Block) -> str | None:
    """'item' for a list item, 'titled' for a paragraph that opens with a short title and a colon."""
    if block.kind == "item":
        return "item"
    titled = _TITLED.match(doc.text[block.start:block.end]) if block.kind == "text" else None
    if titled and not (titled.group(1).isupper() and titled.group(2) == ":"):  # "EKWUEME: ...": a speaker
        return "titled"
    if block.kind == "text" and _STOPPED.match(doc.text[block.start:block.end]):
        return "stopped"
    return None


_COUNTED_PARTS = re.compile(r"\b(two|three|four|five|six)\s+(?:[\w-]+\s+)?(?:sentences|points|lines|parts|items|"
                            r"things(?=\s+of\s+(?:a|each|every|its)\s+(?:signatory|member|signer)))\b",
                            re.I)
_SUMMARY_HEADING = re.compile(r"^\W*(?:tl;?dr|summary|in\s+brief|key\s+points|highlights|at\s+a\s+glance|"
                              r"the\s+short\s+version)\W*$", re.I)
_PRINCIPLE_NOUN = re.compile(r"\b(?:principles?|commitments?|pledges|promises|tenets?|pillars?)\b", re.I)


def _bare_org(doc: Doc, block: Block) -> bool:
    """A list item that is one organisation's name and nothing else, or that opens with a person's name and a
    comma ("Okwudili Banjoko-Reyes, chief trust officer, Marrowgate Software"): a list of names, not of promises."""
    body = doc.text[block.start:block.end].strip(" .;,*")
    return any((m.kind == "ORG" and m.start <= block.start + 2 and len(m.text) >= len(body) - 2) or (
        m.kind == "PERSON" and m.start <= block.start + 5 and doc.text.startswith(",", m.end))
        for m in doc.mentions if block.start <= m.start < block.end)


_COUNT_LABEL = re.compile(r"\W*(?:the\s+|its\s+)?(?:two|three|four|five|six|\d)\s+(?:principles|commitments|pledges|"
                          r"promises|pillars|tenets)\s*:?\s*$", re.I)


def _opens_with_org(doc: Doc, block: Block) -> bool:
    first = next((s for s in doc.sentences if s.block == block), None)
    if first is None:
        return False
    opening = first.start + len(first.text) - len(first.text.lstrip("-•*–— \t"))
    return any(m.kind == "ORG" and m.start == opening for m in doc.by_sentence.get(first.index, []))


#: A labelled note on its own line under a list item: "    Our action: free courses for ...".
_ITEM_NOTE = re.compile(r"\n[ \t]*[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s")
#: Between two items of a loose list (a blank line apart): nothing but the next item's marker.
_LOOSE_GAP = re.compile(r"\s*(?:[-*•+▪◦]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)])?\s*")


def _from_lists(doc: Doc) -> list[Fact]:
    """The principles of the list run that best fits: a stated count equal to its length, then a lead-in
    naming principles; a summary box ('TL;DR') is not the list."""
    best: dict[str, tuple[int, list[Fact]]] = {}
    runs: list[list[Block]] = []
    for block in doc.blocks:
        kind = _item_like(doc, block)
        last = runs[-1][-1] if runs else None
        if kind and last is not None and _item_like(doc, last) == kind and (
                kind != "item" or last.paragraph == block.paragraph or (  # (a page's lists are marked up)
                    not doc.article.is_html and last.marker and block.marker and _LOOSE_GAP.fullmatch(
                        doc.text, last.end, block.start))) and _marker_class(block) == _marker_class(
                last) and not _COUNT_LABEL.match(
                doc.text, block.start, block.end) and not _COUNT_LABEL.match(doc.text, last.start, last.end):
            runs[-1].append(block)
        else:  # "Launched / 17 April 2018 / ... / The four commitments / Stronger defense: ...": a label opens a run
            runs.append([block])
    for index, run in enumerate(runs):
        if _item_like(doc, run[0]) is None or len(run) < 2 or all(_bare_org(doc, b) for b in run):
            continue  # "- Google / - Apple / - Amazon": a list of companies
        if all(lx.LEGAL_DEFINED.match(doc.text[b.start:b.end].lstrip(" -*•\t")) for b in run):
            continue  # "- Section I prohibits ... / - Section II requires ...": an order's provisions
        if 2 * sum(_opens_with_org(doc, b) for b in run) > len(run):
            continue  # "- Cisco – signed at launch. / - Dell – signed.": a vendor line card, not principles
        labels = [doc.text[b.start:b.end].split(":", 1)[0] for b in run if ":" in doc.text[b.start:b.end][:60]]
        if len(labels) >= 2 and 2 * sum(label.strip().lower() in _FACT_BOX_LABELS for label in labels) >= len(run):
            continue  # "Convener: X / Members: 41 companies / Commitments: ...": a fact box, not the principles
        if len(labels) == len(run) and (len(set(labels)) < len(labels) or any(
                doc.text[b.start:b.end].rstrip().endswith("?") for b in run)):
            continue  # "Infosec Ledger: ... / Farrow-Okafor: ... / Infosec Ledger: ...": an interview's turns
        lead_in = [b for r in runs[max(0, index - 2):index] for b in r if b.kind != "chrome"][-2:]
        lead_text = " ".join(doc.text[b.start:b.end] for b in lead_in)
        counted = _COUNTED_PARTS.search(lead_text)  # "The accord itself is short. Its core fits into four sentences:"
        if not any(_CUE.search(doc.text[b.start:b.end]) for b in lead_in) and not (
                counted and _NUMBERS[counted.group(1).lower()] == len(run) and _ACCORD_CONTEXT.search(lead_text)):
            continue
        lead_sentence = [s for s in doc.sentences if lead_in and s.block == lead_in[-1]][-1:]
        lead_words = lead_sentence[0].text if lead_sentence else ""
        if lead_sentence and _MEMBERS_LEAD.search(lead_words) \
                and not lx.PROMISE_WORDS.search(lead_words) and not lx.ASKS_OF.search(lead_words) \
                and not re.search(r"\b(?:will|to|they)\s*[:?]?\s*$", lead_sentence[0].text, re.I):  # "they will:"
            continue  # "The new signatories are:": a list of members, not of principles
        if any(b.kind == "heading" and _SUMMARY_HEADING.match(doc.text[b.start:b.end]) for b in lead_in[-1:]):
            continue  # "## TL;DR" over three bullets: a summary of the post
        agreement = agreement_for(doc, lead_sentence[0]) if lead_sentence else None  # "The declaration lists:"
        lead_text = " ".join(doc.text[b.start:b.end] for b in lead_in)
        stated = _STATED_COUNT.search(lead_text)
        score = 2 if stated and _NUMBERS[stated.group(1).lower()] == len(run) else int(
            bool(_PRINCIPLE_NOUN.search(lead_text)))
        if score < 2 and len(labels) == len(run) and all(len(label.split()) <= 3 for label in labels) \
                and 2 * sum(bool(_PRINCIPLE_WORDS.search(label)) for label in labels) >= len(labels):
            score = 2  # "Stronger defense: protect all users ..." under a heading: each item a short title, then
            # its text (a box of two notes above it, "WHAT IS IT?", merely mentions principles)
        if score < 2 and _item_like(doc, run[0]) == "stopped":
            continue  # short paragraphs that open with a short sentence: a list only where the count says so
        if not score and not any(_PRINCIPLE_WORDS.search(doc.text[b.start:b.end]) for b in run):
            continue  # "A reader asks whether a VPN is worth it" under "(ours did, we promise)": not principles
        facts: list[Fact] = []
        for number, block in enumerate(run, start=1):
            if block.marker and block.marker.isdigit():
                number = int(block.marker)
            first = next((s for s in doc.sentences if s.block == block), None)
            if first is not None:
                body = doc.text[block.start:block.end]
                note = _ITEM_NOTE.search(body)  # "Stronger defence. We will ..." / "    Our action: ...": the
                facts.append(_principle(doc, first, number, body[:note.start()] if note else body,  # note is not
                                        "principle.list", 0.9, agreement))  # the principle's words
        if facts and (facts[0].subject not in best or score > best[facts[0].subject][0]):
            best[facts[0].subject] = (score, facts)
    return [f for _, facts in best.values() for f in facts]


_ORDINAL = re.compile(r"^(?:(?:And\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Firstly|Secondly|"
                      r"Thirdly|Fourthly|Fifthly|Next|Finally|Lastly),?\s+"
                      r"|(?:One|Two|Three|Four|Five|Six|Seven)\s*[:.)–—-]\s+|\(\d\)\s*|\d\)\s+"
                      r"|(?:And\s+)?(?:One|Two|Three|Four|Five|Six|Seven|(?<=And\s)(?:one|two|three|four|five|six|"
                      r"seven)),\s+(?=[a-z]+(?:\s+[a-z]+){0,2}\s*:)"  # spoken: "One, stronger defense: ..."
                      r"|The\s+(?:first|second|third|fourth|fifth|sixth|last|final)"  # "The first is stronger defense:"
                      r"(?:\s+(?:principle|commitment|promise|pledge|pillar|one))?(?:,\s+which\s+[^,]{1,80},)?"
                      r"(?:\s+is\s+|,\s+))", re.I)  # "The second, which drew the most attention, is no offense"


_PROPOSAL_QUESTION = re.compile(r"\b(?:would|should|could|might|must)\b[^?]*\?\s*$", re.I)
_RANKS = {"first": 1, "firstly": 1, "one": 1, "second": 2, "secondly": 2, "two": 2, "third": 3, "thirdly": 3,
          "three": 3, "fourth": 4, "fourthly": 4, "four": 4, "fifth": 5, "fifthly": 5, "five": 5, "sixth": 6, "six": 6}
_ORDINAL_RANK = re.compile(r"\W*(?:and\s+)?(?:the\s+)?(first|second|third|fourth|fifth|sixth|firstly|secondly|"
                           r"thirdly|fourthly|fifthly|one|two|three|four|five|six)\b", re.I)
_SECTION_TITLE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?((?-i:[A-Z])[a-z-]+(?:\s+[a-z-]+){0,3})\s*[.:]?\s*$")
_QUOTED_WE_WILL = re.compile(r"\s*[\"“]((?:We|we)\s+will\s+[^\"”]{10,200}?)[.,]?[\"”]")


_TITLE_DASH_QUOTE = re.compile(r"\W*((?-i:[A-Z])[a-z-]+(?:\s+[a-z-]+){0,3})\s*[-–—:]\s*[\"“]((?:We|we)\s+will\s+"
                               r"[^\"”]{10,200}?)[.,]?[\"”]")


def _from_titled_quotes(doc: Doc) -> list[Fact]:
    """Section titles over the principle's own words: '2.1 Stronger defense.' then '"We will protect all ..."'."""
    found: list[tuple[Sentence, str]] = []
    sentences = [s for s in doc.sentences if not s.chrome]
    for title, body in zip(sentences, [*sentences[1:], None], strict=False):  # the last has no body after it
        inline = _TITLE_DASH_QUOTE.match(title.text) if "will" in title.text else None
        if inline:  # 'Stronger defense - "We will protect all of our users and customers everywhere."'
            found.append((title, f"{inline.group(1)}: {inline.group(2)}"))
            continue
        named = _SECTION_TITLE.match(title.text) if len(title.text) < 60 and body is not None and (
            "will" in body.text) else None
        quoted = _QUOTED_WE_WILL.match(body.text) if named and body is not None else None
        if named and quoted and body is not None:
            found.append((body, f"{named.group(1)}: {quoted.group(1)}"))
    if not 3 <= len(found) <= 6:
        return []
    return [_principle(doc, s, n, text, "principle.titled-quote", 0.8) for n, (s, text) in enumerate(found, start=1)]


#: What a text counts when it counts the principles: "four principles", "four things".
_COUNTED = r"(?:principles|commitments|pledges|promises|tenets|pillars|things|points|rules|goals|aims|areas|ideas)"
#: A caption's count: "Our four commitments", "The four Tech Accord principles".
_CAPTION_COUNT = re.compile(rf"\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){{0,3}}?{_COUNTED}\b",
                            re.I)


def _from_headed_sections(doc: Doc, kind: str = "heading") -> list[Fact]:
    """'Our four commitments' over short headings, each with its sentence: 'Stronger defense' / 'We protect every
    customer, everywhere.' / 'No offense' / 'We will not help any government ...'. With ``kind`` "item", the
    same shape as list items, as a glossary's definition list reads: '- The four principles' / '- Stronger
    defense' / '- Signatories will protect ...' (under a count, or under a 'Commitments' heading: every pair)."""
    sentences = [s for s in doc.sentences if not s.chrome]
    for i, lead in enumerate(sentences):
        stated = _CAPTION_COUNT.search(lead.text) if lead.block.kind == kind and len(lead.text) < 60 else None
        count = _NUMBERS[stated.group(1).lower()] if stated else 0
        if not count and kind == "item" and lead.block.kind in ("heading", "item") and len(lead.text) < 40 \
                and _PRINCIPLE_NOUN.search(lead.text):
            count = 8  # "Commitments" over the pairs: as many as there are
        if not count:
            continue
        pairs = []
        for title, body in zip(sentences[i + 1:i + 1 + 2 * count:2], sentences[i + 2:i + 2 + 2 * count:2],
                               strict=False):
            if not (title.block.kind == kind and _SECTION_TITLE.match(title.text) and body.block.kind != "heading"
                    and (kind == "heading" or (body.block.kind == kind and body.text.rstrip().endswith(".")
                                               and body.block != title.block and len(body.text.split()) > 4))):
                break
            pairs.append((title, body))
        if (stated and len(pairs) == count) or (not stated and len(pairs) >= 3):
            return [_principle(doc, body, n, f"{_SECTION_TITLE.match(title.text).group(1)}. {body.text}",  # type: ignore[union-attr]
                               "principle.headed", 0.75) for n, (title, body) in enumerate(pairs, start=1)]
    return []


def _from_ordinals(doc: Doc) -> list[Fact]:
    """'... rests on four principles. First, they promise to ... Second, ... Third, ... Fourth, ...'"""
    run: list[Sentence] = []
    cue_seen = False
    previous_cue = False
    for s in doc.sentences:
        if s.chrome:
            continue
        if _ORDINAL.match(s.text) and (run or (cue_seen and s.text.lower().startswith(
                ("first", "one", "(1)", "1)", "the first")))):
            rank = _ORDINAL_RANK.match(s.text)
            if run and rank and _RANKS[rank.group(1).lower()] <= len(run):
                break  # "Fourth, collective action ... The second is the one journalists ask about": a comment
            run.append(s)
            continue
        if len(run) >= 2:
            break
        run = []
        # the cue may stand one sentence earlier: "... four principles. Namely, members commit as follows."
        here = has_any(s.text, _CUE_STEMS) and bool(_CUE.search(s.text))
        if here and s.index and _PROPOSAL_QUESTION.search(doc.sentences[s.index - 1].text):
            here = False  # "What would give the accord teeth? Three things. First, ...": the writer's proposals
        cue_seen, previous_cue = here or previous_cue, here
    if len(run) < 2:
        return []
    return [_principle(doc, s, n, _ORDINAL.sub("", s.text), "principle.ordinal", 0.8)
            for n, s in enumerate(run, start=1)]


#: "The four commitments have not changed: a, b, c and d": a verb that still introduces the list.
_UNCHANGED = re.compile(r"\b(?:ha(?:ve|s)\s+not\s+changed|remain(?:s|ed)?(?:\s+the\s+same|\s+unchanged)?|"
                        r"(?:are|were|is|was)\s+(?:unchanged|still|the\s+same)"
                        r"|(?<!\bwhat\s)(?<!\bwho\s)(?:are|were))\s*:")  # "the principles they signed up to are:"
_CLAUSE_VERB = re.compile(r"\b(?:carry|carries|carried|is|was|were|has|have|had|say|says|said|mean|means|matter|"
                          r"matters|weigh|weighs)\b")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\.?\d{1,2}$")
_KNOWN_AS = re.compile(r"(?:known\s+(?:[\w'’-]+\s+){0,6}?as|namely|which\s+(?:[\w'’-]+\s+){0,3}?(?:shorthand|call|"
                       r"describe|summari[sz]e|label)s?\s+as|which\s+(?:[\w'’-]+\s+){0,3}?call|"
                       r"(?:[a-z][\w\s-]{0,40},\s+)?speak\s+of)\s+")  # "which its
# members shorthand as a, b, c and d"; "Its four principles, formulated in general terms, speak of a, b, c and d"
_NAMES_CLOSE = re.compile(r",\s+(?:are|were|is|was|which|all)\b")
_STATED_COUNT = re.compile(rf"\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?{_COUNTED}\b", re.I)


#: A piece of a split enumeration that goes on the item before it ("action with one another, with researchers").
_CONTINUATION = re.compile(r"(?:with|for|of|in|on|against|from|by|at|into|across|wherever|whoever|including)\b",
                           re.I)
#: "..., commitments most of them already keep": an apposition about the list, not an item.
_RESUMPTIVE = re.compile(r",\s+(?:commitments|promises|pledges|principles|goals|aims)\b.*$", re.S)


def _items(body: str, splitter: str) -> list[str]:
    items: list[str] = []
    for piece in re.split(splitter, _RESUMPTIVE.sub("", _CONCESSIVE_TAIL.sub("", body))):
        piece = piece.strip(" ,.;")
        if not piece:
            continue
        if items and _CONTINUATION.match(piece):
            items[-1] = f"{items[-1]}, {piece}"
        else:
            items.append(piece)
    return items


def _merged(body: str, items: list[str], wanted: int) -> list[str]:
    """``items`` (pieces of ``body``, in order) joined back into ``wanted`` items as ``body`` writes them: first a
    piece inside an open bracket goes on the one before it, then the shortest piece (after the first) does."""
    spans: list[list[int]] = []
    pos = 0
    for item in items:
        start = end = -1
        for part in item.split(", "):  # a piece _items joined back ("action with one another, with researchers")
            found = body.find(part, pos)
            if found < 0:
                return items
            start = found if start < 0 else start
            end = pos = found + len(part)
        spans.append([start, end])

    def text(span: list[int]) -> str:
        return body[span[0]:span[1]]

    balanced: list[list[int]] = []
    for span in spans:  # "stronger defense (protect all users and customers, everywhere, ...)": one item
        if balanced and text(balanced[-1]).count("(") > text(balanced[-1]).count(")"):
            balanced[-1][1] = span[1]
        else:
            balanced.append(span)
    while len(balanced) > wanted:
        shortest = min(range(1, len(balanced)), key=lambda i: (len(text(balanced[i]).split()), -i))
        balanced[shortest - 1][1] = balanced.pop(shortest)[1]
    return [text(span) for span in balanced]


#: "... and to stay out of government hacking, though analysts said ...": the writer's aside, not an item.
_CONCESSIVE_TAIL = re.compile(r",\s+(?:though|although|while|whereas|even\s+as|but)\s+[^,;]*?\b(?:said|say|says|"
                              r"noted|argued|warned|added)\b.*$", re.S)
_OPEN_QUOTE = re.compile(r"(?:^|\s)[\"“]")
_CLOSE_QUOTE = re.compile(r",?[\"”]")
_SENTENCE_STEMS = ("principle", "commitment", "pledg", "promis", "tenet", "pillar", "plank", "thing", "point", "rule",
                   "goal", "aim", "area", "idea", "commit", "vow", "agree", "undertak", " of them")


_OTHER_TEXT_SUBJECT = re.compile(r"\W*(?:the|its|their|a)\s+(?:draft\s+|proposed\s+|new\s+|national\s+)?(?:statement|"
                                 r"declaration|charter|call|convention|treaty|strategy|bill|law|proposal|paper|"
                                 r"consultation|code|framework|resolution)\b", re.I)


_GOVERNMENT_SUBJECT = re.compile(r"\b(?:government|ministry|minister|parliament|cabinet|administration|strategy|"
                                 r"regulator|agency)\b", re.I)


_SOME_OF_THEM = re.compile(r"\b(two|three)\s+of\s+(?:the|its|their|the\s+accord['’]s)\s+(?:[\w-]+\s+)?(?:principles|"
                           r"commitments|pledges|promises)\b", re.I)
_ORDINALS = r"(?:first|second|third|fourth|last)"
_ORDINAL_SUBSET = re.compile(rf"\b(?:the\s+)?{_ORDINALS}(?:,\s+{_ORDINALS})*,?\s+(?:and|&)\s+{_ORDINALS}\s+"
                             r"(?:commitments|principles|pledges|promises|pillars)\b", re.I)
#: "urging governments to", "has asked states to", "calls on countries to" just before a promise verb.
_URGED_TO = re.compile(r"\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|"
                       r"push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){1,3}?to\s+$", re.I)
_QUOTED_ITEM = re.compile(r"[\"“]([^\"“”]{8,200}?)[\"”]")


def _from_sentences(doc: Doc, pattern: Cue, rule: str, splitter: str) -> list[Fact]:
    for s in doc.sentences:
        if s.chrome or s.block.kind == "heading":  # "Three pledges, one problem: how A, B and C compare"
            continue
        if not has_any(s.text, _SENTENCE_STEMS):  # every enumeration and infinitive cue holds one of these
            continue
        match = pattern.search(s.text)
        if not match or not (_ACCORD_CONTEXT.search(s.text) or rule == "principle.enumeration" or (
                s.index and _ACCORD_CONTEXT.search(doc.sentences[s.index - 1].text)
                and not _GOVERNMENT_SUBJECT.search(s.text, 0, match.start()))):  # "Those companies pledged"
            continue  # (not "Valdoria's government published a strategy, promising to ...")
        if rule == "principle.infinitives" and match.group(0).lower().startswith("agree") \
                and not _AGREEMENT_CONTEXT.search(s.text):
            continue  # "Members agreed to share indicators openly, to ...": what a meeting agreed, not the pledge
        if _ORDINAL_SUBSET.search(s.text, max(0, match.start() - 60), match.start() + 60):
            continue  # "the third and fourth commitments - training, sharing, ...": some of them, in other words
        if rule == "principle.infinitives" and _URGED_TO.search(s.text, 0, match.start()):
            continue  # "urging governments to agree to a Digital Geneva Convention": what others are asked to do
        if _OTHER_TEXT_SUBJECT.match(s.text) and not _ACCORD_CONTEXT.search(s.text):
            continue  # "The draft statement proposes three commitments: ...": another text's
        body_group = next((i for i, group in enumerate(match.groups(), start=1) if group), None)
        lead_end = match.start(body_group) if body_group else match.end()
        if rule == "principle.enumeration" and _CLAUSE_VERB.search(s.text, match.start(), lead_end) \
                and not _UNCHANGED.search(s.text, match.start(), lead_end):
            continue  # "public promises carry weight of their own: a company that signs ...": not a list
        body = next((group for group in match.groups() if group), "")  # the one alternative that matched
        if _OPEN_QUOTE.search(s.text, 0, match.start()):  # '"Our four principles are: a, b and c," she said.'
            body = _CLOSE_QUOTE.split(body, maxsplit=1)[0]
        if ";" in body:  # "to protect ...; to refuse ...; and to work ...": commas are inside items
            splitter = r";\s*(?:and\s+)?"
        items = _items(body, splitter)
        stated = _STATED_COUNT.search(s.text[:match.start() + 40])
        quoted = _QUOTED_ITEM.findall(body)
        counted = (_SOME_OF_THEM.search(s.text[:match.start() + 60]) or stated) if quoted else None
        if counted and len(quoted) == _NUMBERS[counted.group(1).lower()] >= 2:  # "restated two of the accord's
            items = quoted  # commitments: that members will "protect ..." and will "not help ...": the quoted ones
        elif stated and len(items) > _NUMBERS[stated.group(1).lower()]:  # "four principles": 'and' inside an item
            wanted = _NUMBERS[stated.group(1).lower()]
            by_comma = _items(body, r",\s*(?:and\s+)?")
            by_infinitive = [i.strip() for i in re.split(r",\s*(?:and\s+)?(?=to\s)", body) if i.strip(" ,.;")]
            if len(by_comma) == wanted:
                items = by_comma
            elif len(by_infinitive) == wanted:  # "to protect ..., to help users, customers and developers ..."
                items = [i.strip(" ,.;") for i in by_infinitive]
            elif wanted >= 2:  # "capacity building to empower developers, customers and users, and collective
                items = _merged(body, items, wanted)  # action with ...": the
                # shortest pieces go back on the item before them until the stated number is left
        elif not stated and re.match(r"\s*to\s", body):  # "principles — to protect all customers, to refuse to
            by_infinitive = [i.strip(" ,.;") for i in re.split(r",\s*(?:and\s+)?(?=to\s)", body) if i.strip(" ,.;")]
            if 2 <= len(by_infinitive) < len(items):  # help governments attack civilians and enterprises, ...": 'and'
                items = by_infinitive  # inside an item
        if rule == "principle.infinitives" and len(items) == 1:  # "commit to stronger defense, no offense,
            named = _items(body, r",\s*(?:and\s+)?|\s+and\s+")  # capacity building and collective action": short
            if len(named) >= 3 and all(len(i.split()) <= 3 and not _PROMISE_VERB.match(i) for i in named):
                items = named
        if len(items) >= 2:
            return [_principle(doc, s, n, item, rule, 0.75) for n, item in enumerate(items, start=1)]
    return []
