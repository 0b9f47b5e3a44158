"""Blocks and sentences, with page chrome marked.

An article's text is cut into *blocks* (paragraphs, list items, headings) and
blocks into *sentences*; every piece keeps its character offsets into the
text as read. Page furniture -- trending and related headlines, bylines, photo
captions and credits, share bars, newsletter prompts, advertisements, job
listings, "About the company" boilerplate and media contacts -- is marked as
chrome: it stays in the text, but no fact is read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.nlp.patterns import Guarded

# -- chrome: lines that are page furniture, judged on the line alone ---------------------------------
_CHROME_LINE = re.compile(
    r"""^\s*(?:
        (?:trending(?:\ now|\ stories)?|related(?:\ (?:coverage|stories|articles|reading|news|content|links))?|
           read\ more|see\ also|more\ from|recommended|most\ popular|also\ read|
           you\ might\ also\ like|
           editor'?s\ picks?|top\ stories|latest|watch|listen|most\ (?:read|viewed|shared|popular))\s*[:|]
      | \[?\s*(?:advertisement|sponsored(?:\ content)?|ad)\s*\]?\s*$
      | (?-i:By\ [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3})\s*(?:[,|]|$)
      | (?:posted|written|published)\ by\ (?-i:[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3})\s*(?:[,|]|$)
      | (?-i:(?:[Bb]y\ )?[A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){1,3})\s*[,|]\s*(?:[\w-]+\ ){0,3}
        (?:editor|correspondent|reporter|writer|columnist|journalist|contributor)\s*$
      | (?-i:[A-Z][\w'’-]+(?:\ [A-Z][\w'’-]+){1,3})\ (?:writes|reports)\ (?:about|on)\ [^.]{1,80}\.
        (?:\s+[^.]{0,80}\.)?\s*$
      | (?:share|share\ this(?:\ article|\ story)?|tweet|email|print)\s*[:|]
      | (?:job\ listings|find\ more\ jobs|jobs?\ (?:board|listings))\b
      | [\[(]?(?:photo|image|credit|illustration|caption|foto)s?\s*[:(]
      | [^|:]{2,30}:(?:\s*[^|\s]+(?:\ [^|\s]+){3,}\s*(?:\||$)){3,}
      | \#{3,}\s*$
      | (?:comments?|replies|responses)\s*(?:\(\d+\)|:)?\s*$
      | (?:media|press)\ (?:contacts?|enquiries|inquiries)\s*:?\s*$
      | (?:contact|email|tel|phone)\s*:
      | (?:https?://|www\.)\S+\s*$
      | \S+@\S+\.\w+\s*$
      | (?:this\ (?:press\ )?release\ contains\ forward-looking|forward-looking\ statements)
      | (?:copyright|©|\(c\)\ )\s*\d{4}
      | (?:last\ )?(?:updated|modified|edited)\s*:?\s*(?:on\ )?\d{1,2}\ [A-Z][a-z]+\ \d{4}\s*(?:$|[·•|])
      | (?:[A-Z][a-z]+\ \d{1,2},\ \d{4}|\d{1,2}\ [A-Z][a-z]+\ \d{4})\s*$
    )""",
    re.X | re.I,
)
_CREDIT_TAIL = re.compile(
    r"\((?=[^()]*\b(?:photo|image|picture|credit|illustration|screenshot|getty|reuters|ap|afp|file)\b)"
    r"[^()]{0,80}\)\s*$",
    re.I,
)
_NEWSLETTER = Guarded(re.compile(r"\b(?:subscribe|sign\ up|signup)\b.{0,80}\b(?:newsletters?|updates|alerts|"
                                 r"digest)\b", re.I | re.X))
_SHARE_BAR = Guarded(re.compile(r"\b(?:Twitter|Facebook|LinkedIn|Email|WhatsApp|Reddit)\b(?:\s*[|·,/]\s*\b"
                                r"(?:Twitter|Facebook|LinkedIn|Email|WhatsApp|Reddit|Print)\b){2,}"))
#: Markdown's heading and emphasis marks around a line: "**Media contact:**".
_MARKDOWN_EMPHASIS = re.compile(r"^[#*_\s]+|[*_\s]+$")
_MARKED_ENDS = re.compile(r"[#*_\s]")  # its cheap first look, on a line's first and last characters
#: A heading that opens trailing boilerplate: everything after it is chrome ("About Nokia", "About the author",
#: "Media contacts"; not "About this episode" or "About the roundtable", a section of the article itself).
_BOILERPLATE_START = re.compile(r"^\s*(?:about\s+(?!(?:the|this|our)\s+(?:(?!(?:authors?|writers?|contributors?|"
                                r"reporters?|publishers?|site|website|newsletter|sponsors?|company|firm|organi[sz]ation)"
                                r"\b)(?-i:[a-z])|(?:event|panel|speakers?|session|webinar|discussion|series|programme|"
                                r"program|study|report|track|summit|conference|workshop|day|agenda|survey|episode|show|"
                                r"roundtable|file|dataset|data|document|tracker|export|list|table|sheet|paper|"
                                r"brief|memo|page|guide|faq|index|edition|issue|briefing|notes?|analysis|piece)\b))"
                                r"[A-Z0-9][^.!?]{0,60}|media\s+contacts?|press\s+contacts?|"
                                r"notes?\s+to\s+editors?|\#{3,}|\d+\s+(?:comments?|replies|responses)|"
                                r"(?:comments?|replies|responses)\s*\(\d+\)|leave\s+a\s+(?:comment|reply)|"
                                r"join\s+the\s+(?:discussion|conversation))\s*:?\s*$", re.I)  # a comments section too

#: A correction or clarification note: part of the article wherever it stands.
_CORRECTION = re.compile(r"\W*(?:this\s+(?:story|article|version)\s+(?:corrects|has\s+been\s+(?:corrected|updated))|"
                         r"corrects\b|correction\s*:|clarification\s*:)", re.I)
#: A heading over other stories' headlines: it and the headline lines under it are chrome.
_CHROME_HEADING = re.compile(r"^\s*(?:related(?:\s+(?:coverage|stories|articles|reading|news|content|links))?|"
                             r"more\s+(?:on\s+(?:this|the)\s+(?:topic|story|subject)|from\s+[\w ]{1,30}|stories|news)|"
                             r"read\s+(?:more|next|also)|you\s+(?:might|may)\s+also\s+like|trending(?:\s+now)?|"
                             r"most\s+(?:read|popular|viewed|shared)|recommended(?:\s+for\s+you)?|"
                             r"editor['’]?s\s+picks?|also\s+read|see\s+also|top\s+stories|latest\s+news)\s*:?\s*$",
                             re.I)
#: Items of a site's menu bar ("Home · Blog · Careers"): a line of short items with one of these is chrome.
_NAV_WORDS = frozenset({
    "home", "blog", "careers", "jobs", "news", "about", "about us", "contact", "contact us", "subscribe", "login",
    "log in", "sign in", "menu", "search", "status", "status page", "press", "events", "products", "solutions",
    "support", "newsletter", "newsletters", "podcasts", "opinion", "business", "technology", "world", "sport",
    "video", "investors", "pricing", "docs", "documentation"})
_ABOUT_ACCORD = re.compile(r"^\s*about\s+the\s+(?:(?:cybersecurity\s+)?tech\s+)?(?:accord|pact|pledge)\s*:?\s*$", re.I)
_LIST_ITEM = re.compile(r"^(\s*)(?:\(?(\d{1,2})[.)]\s+|(\d)\ufe0f?\u20e3\s*|([*•▪◦·‣–—✓✔✗✘❌-])\s+|([①-⑳])\s*"
                        r"|\(?([a-h])\)\s+(?=[A-Z])|(\d{1,2}\.\d{1,2})\.?\s+(?=[A-Z][a-z]+(?:\s+[a-z]+){0,3}[.:]\s))"
                        r"(?=\S)")
# ^ also "a) Stronger defence - ..." and a paper's "3.1 Stronger defense. We will ..." (a short title, then text)
#: ^ "1. ", "(2) ", "3️⃣ " (a keycap emoji, as social posts number things), "- ", "④"
_CELL_ROW = re.compile(r"\S {3,}\S.* {3,}\S")  # three cells or more, three spaces apart (an HTML table row as read)
_LAST_ENTRY = re.compile(r";\s*and\s*$")
_OPEN_END = re.compile(r"(?:\b(?:by|of|to|and|or|the|a|an|in|for|with|from|at|on)|,)\s*$")
_TERMINAL = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_ENDS_MIDPHRASE = re.compile(r"(?:\b[a-z][a-z'’-]*|,)\s*$")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, list item or heading: ``text[start:end]``."""

    start: int
    end: int
    kind: str  # "text" | "item" | "heading" | "chrome"
    paragraph: int  # blocks of one paragraph (or one list) share this number
    marker: str | None = None  # list number or bullet


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]`` of the article as read."""

    index: int
    start: int
    end: int
    text: str
    block: Block
    #: page furniture, not prose (its block's kind): an attribute, since every reader asks it of every sentence
    chrome: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "chrome", self.block.kind == "chrome")


_CRUMB = re.compile(r"\s[>›»]\s")


def is_chrome_line(line: str) -> bool:
    """Page furniture, judged on one line of text."""
    stripped = line.strip()
    if not stripped:
        return False
    if _CHROME_LINE.match(stripped) or _SHARE_BAR.search(stripped):
        return True
    if _CREDIT_TAIL.search(stripped) and len(stripped) < 300:
        return True
    crumbs = _CRUMB.split(stripped) if len(stripped) < 160 and (" > " in stripped or " › " in stripped
                                                                 or " » " in stripped) else []
    if len(crumbs) >= 3 and all(len(part.split()) <= 6 for part in crumbs):
        return True  # "Harcastle Trust Center > Policies > Frequently asked questions": a breadcrumb trail
    if ("·" in stripped or "•" in stripped or "|" in stripped) and len(stripped) < 200:
        items = [i.strip(" *_").lower() for i in re.split(r"\s[·•|]\s", stripped)]
        if len(items) >= 3 and all(len(i) <= 30 for i in items) and any(i in _NAV_WORDS for i in items):
            return True  # "Sølvfjord Engineering · Blog · Careers · Status page": a site's menu
    return len(stripped) < 300 and bool(_NEWSLETTER.search(stripped))


def blocks(text: str) -> list[Block]:
    """Cut ``text`` into blocks. Hard-wrapped lines of one paragraph are joined into one block."""
    out: list[Block] = []
    paragraph = 0
    in_boilerplate = False
    in_related = False
    current: list[int] | None = None  # [start, end, kind-index]
    kinds = ("text", "item", "heading", "chrome")
    marker: str | None = None
    pos = 0
    prev_blank = True

    def close() -> None:
        nonlocal current, marker
        if current is not None:
            out.append(Block(current[0], current[1], kinds[current[2]], paragraph, marker))
        current, marker = None, None

    width = wrap_width(text)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            close()
            if not prev_blank:
                paragraph += 1
            prev_blank = True
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + len(line.rstrip())
        bare = _MARKDOWN_EMPHASIS.sub("", stripped) if _MARKED_ENDS.search(stripped[:1] + stripped[-1:]) \
            else stripped  # "**Media contact:**": the words, not the emphasis
        if _CHROME_HEADING.match(stripped):  # "RELATED COVERAGE", then a list of other stories' headlines
            in_related = True
            close()
            out.append(Block(s, e, "chrome", paragraph))
            prev_blank = False
            continue
        if _CORRECTION.match(stripped):
            in_related = False  # "(This story corrects paragraph 4 ...)": the article's own text, after the chrome
        if in_related and (_LIST_ITEM.match(line) or not _TERMINAL.search(stripped)) and len(stripped) < 200:
            close()
            out.append(Block(s, e, "chrome", paragraph))
            prev_blank = False
            continue
        in_related = False
        about_accord = bool(_ABOUT_ACCORD.match(stripped))  # "About the Cybersecurity Tech Accord": the subject
        if about_accord:
            in_boilerplate = False
        boilerplate = _BOILERPLATE_START.match(stripped) or (bare != stripped and _BOILERPLATE_START.match(bare))
        if not about_accord and (in_boilerplate or is_chrome_line(stripped) or boilerplate):
            if boilerplate and not (_COMMENT_COUNT.fullmatch(stripped) and start < len(text) // 4):
                in_boilerplate = True  # (a "48 comments" counter by the byline is one line, not the comments)
            close()
            out.append(Block(s, e, "chrome", paragraph))
            prev_blank = False
            continue
        item = _LIST_ITEM.match(line)
        if item and stripped[:1] in "–—" and current is not None and current[2] == 0 and not prev_blank \
                and not _TERMINAL.search(text, max(current[0], current[1] - 3), current[1]):
            current[1] = e  # "... the Swiss hosting firm Talvera AG\n– have not yet signed": a dash the line
            continue  # wrapped before, not a list's marker
        if item:
            if current is not None and current[2] == 0:
                close()
                paragraph += 1
            close()
            marker = item.group(2) or item.group(3) or item.group(4) or item.group(6) or item.group(7) or str(
                ord(item.group(5)) - ord("①") + 1)  # "③" is item 3; "c)" keeps its letter, "3.1" its number
            current = [start + item.end(), e, 1]
            prev_blank = False
            continue
        indented_run = lead >= 2 and current is not None and current[2] == 0 and stripped[:1].isupper() and (
            text[current[0] - 2:current[0]] == "  ") and (not _OPEN_END.search(  # "  Vantablue (Canada) — telecoms"
                text, current[0], current[1]) or _LAST_ENTRY.search(text, current[0], current[1])) and not _hangs(
            text, current[0], current[1], lead)  # under "  Greyhallow ...", but not "... signed last week by\n
        # Microsoft" or a hanging indent's next line; "...; and" then the last entry
        if indented_run:  # indented lines, one per item, are items of one paragraph, not a hard-wrapped one
            close()
            current = [s, e, 0]
        elif current is not None and ((current[2] == 1 and _under_item(text, current[0], lead, stripped)) or (
                current[2] == 0 and (_joins(text[current[0]:current[1]], stripped, width) or _hangs(
                    text, current[0], current[1], lead)))):
            current[1] = e
        else:
            if current is not None and not prev_blank:
                close()
                paragraph += 1  # a new line that does not continue the last one opens a paragraph
            close()
            current = [s, e, 0]
        prev_blank = False
    close()
    return _choices(text, _author_notes(text, [_as_heading(text, b) for b in out]))


def _hangs(text: str, start: int, end: int, lead: int) -> bool:
    """Does a line indented ``lead`` spaces go on the indented entry at ``start``, as a hanging indent does ('  Nandi
    Telecom (Nairobi), a mobile operator serving' / '   East Africa;')?"""
    indent = start - (text.rfind("\n", 0, start) + 1)
    return 2 <= indent < lead and not _TERMINAL.search(text, max(start, end - 3), end)


_CHOICE = re.compile(r"\s*\(?([A-Ha-h])[).]\s+\S")
_TRUE_OR_FALSE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?true\s+or\s+false\s*[:?,]", re.I)


def _choices(text: str, out: list[Block]) -> list[Block]:
    """'Which of these was NOT among the founders?' / 'A) Nokia' / 'B) Apple' / 'C) Stripe': a multiple-choice
    question's options (three or more, lettered A, B, C ... in order, after the question) state nothing, and nor
    does a quiz's 'True or false: Amazon was one of the founders.' They are kept as chrome."""
    i = 0
    while i < len(out):
        j, letter = i, "a"
        while j < len(out) and (choice := _CHOICE.match(text, out[j].start, out[j].end)) \
                and choice.group(1).lower() == letter:
            j, letter = j + 1, chr(ord(letter) + 1)
        if j - i >= 3 and i and text[out[i - 1].start:out[i - 1].end].rstrip().endswith("?"):
            out[i:j] = [Block(b.start, b.end, "chrome", b.paragraph, b.marker) for b in out[i:j]]
            i = j
            continue
        if _TRUE_OR_FALSE.match(text, out[i].start, out[i].end):
            out[i] = Block(out[i].start, out[i].end, "chrome", out[i].paragraph, out[i].marker)
        i += 1
    return out


_BYLINE_NAME = re.compile(r"\W*(?:by|written\s+by|posted\s+by)\s+(?-i:([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}))",
                          re.I)
_NOTE_VERB = re.compile(r"\s+(?:is|was|has\s+been|teaches|writes|leads|directs|heads)\s")


def _author_notes(text: str, out: list[Block]) -> list[Block]:
    """'Marisol Etxeberria-Quant is a senior fellow at ...' closing an article that opened 'By Marisol
    Etxeberria-Quant': the note about the author is page chrome too."""
    authors = [m.group(1) for b in out if b.kind == "chrome" and (m := _BYLINE_NAME.match(text, b.start, b.end))]
    if not authors:
        return out
    texts = [i for i, b in enumerate(out) if b.kind == "text"]
    for i in texts[-2:]:
        body = text[out[i].start:out[i].end].lstrip("*_—–- ")
        if any(body.startswith(a) and _NOTE_VERB.match(body, len(a)) for a in authors):
            out[i] = Block(out[i].start, out[i].end, "chrome", out[i].paragraph, out[i].marker)
    return out


#: A chat export's message line: "[09:19] marcus.bello: ...", "[2019-05-15 09:19] ...", "09:19 <marcus> ...".
_CHAT_LINE = re.compile(r"\[(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp][Mm])?\]|\d{1,2}:\d\d\s+<")


_COMMENT_COUNT = re.compile(r"\d+\s+(?:comments?|replies|responses)", re.I)


def _under_item(text: str, item_start: int, lead: int, line: str) -> bool:
    """Is a line indented as far as the text of the list item above it (its wrapped words, or a note under it:
    '  * Stronger defence. We will ...' / '    Our action: ...') part of that item? Not an arrow's note."""
    column = item_start - text.rfind("\n", 0, item_start) - 1
    return 2 <= column <= lead and not line.startswith(("->", "→", "=>")) and not _SUB_ITEM.match(line)


_SUB_ITEM = re.compile(r"\(?(?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})[.)]\s")  # "   a) Stronger defence: ...": an item of its own


def wrap_width(text: str) -> int | None:
    """The width text hard-wrapped at a fixed column was wrapped at (an email, a mailing-list archive, a
    terminal's output), or None for text whose lines are paragraphs: most lines run close to one width."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not 50 <= width <= 100 or lengths[-1] > width + 40:
        return None
    full = sum(1 for n in lengths if width - 15 <= n <= width + 5)
    return width if full >= 0.4 * len(lengths) else None


def _joins(previous: str, line: str, width: int | None = None) -> bool:
    """Does ``line`` continue the paragraph ``previous`` (a hard wrap) rather than start a new block?"""
    if _CHAT_LINE.match(line):
        return False  # "[09:19] marcus.bello: that's a template": each message of a chat export is its own
    last_line = previous.rsplit("\n", 1)[-1]
    if last_line.count(" | ") >= 2:
        return False  # "[3] Edge & Core | Thu 17 Jun | reach 410K | neutral": a clipping's header, then its text
    last = last_line.strip()
    if last.endswith(" ago") and _POSTED_AGO.search(last):
        return False  # "[–] halbrook  96 points  5 hours ago": a comment's header line, then the comment
    if width is not None and len(last) >= width - 20 and len(last_line.rstrip()) + 1 + len(line.split()[0]) > width \
            and not _TERMINAL.search(previous):
        return True  # the line ended because the next word did not fit: "... the whole thing and Brad" / "Smith,"
    if _TERMINAL.search(previous):
        return False
    if len(last) < 70 and last[:1].isupper() and last.split()[0] == line.split()[0]:
        return False  # "Sen. Thad Brunell (R-Okla.), subcommittee chairman / Sen. Maren Kessling ...": a list's lines
    if line[:1].islower() or _ENDS_MIDPHRASE.search(previous):
        return True
    lines = previous.split("\n")  # "... HP Inc, Hewlett" / "Packard Enterprise, Oracle": a name the wrap cut, inside a
    return len(lines) >= 2 and bool(_NAME_CUT.search(lines[-1]) and _NAME_GOES_ON.match(line)) and all(
        len(x.strip()) >= 40 for x in lines)  # paragraph of full-width lines


_POSTED_AGO = re.compile(r"\b(?:\d+|an?)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])"
                         r"\s+ago$")
_NAME_CUT = re.compile(r"[a-z,]\s+[A-Z][a-z]+$")
_NAME_GOES_ON = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*[,;:]?(?:\s|$)")


def _as_heading(text: str, block: Block) -> Block:
    if block.kind != "text":
        return block
    body = text[block.start:block.end]
    if not _TERMINAL.search(body) and len(body) < 160 and not _LAST_ENTRY.search(body):  # (not "...; and")
        return Block(block.start, block.end, "heading", block.paragraph, block.marker)
    return block


# -- sentences ---------------------------------------------------------------------------------------
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen",
    "rep", "gen", "lt", "col", "capt", "mt", "ft", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "approx",
    "dept", "est", "fig", "al", "plc", "bros", "ave", "pvt", "pte", "pty", "sdn", "bhd", "s.a", "n.v", "b.v",
    "k.k", "s.p.a", "s.r.l", "s.a.s", "coun", "cllr", "hon", "sgt", "supt", "insp", "ing", "smt", "conf", "univ",
}
_LETTER_NAMED = re.compile(r"\b(?:Series|Plan|Class|Type|Round|Phase|Grade|Option|Category|Tier|Part|Section|"
                           r"Vitamin|Group|Wave)\s$", re.I)
_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?:\[\d{1,3}\])*(?:(?<=[a-z][.!?])\d{1,2})?(?=\s+["'“‘(\[]?[A-Z0-9])""")
_CHAT_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Za-z0-9])""")
# (a footnote number or reference mark glued to the full stop ends the sentence too: "... collective action.2 Read
# the ...", "... civilians online.[1] It was signed ...")
_NEW_SENTENCE_AFTER_SUFFIX = re.compile(r"\s+(?:The|It|Its|This|That|These|They|He|She|We|In|On|But|And|A|An)\b"
                                        r"|\s+[A-Z][a-z]+\s+(?:is|was|are|were|has|had)\s+(?!been\s+named\b)[a-z]")
# ("HP Inc. Europe is represented by ...": a capitalised word and a verb open the next sentence)


def sentences(text: str, block_list: list[Block] | None = None) -> list[Sentence]:
    """All sentences of ``text``, block by block, in order."""
    out: list[Sentence] = []
    for block in block_list if block_list is not None else blocks(text):
        body = text[block.start:block.end]
        cut = block.start
        if "   " in body and "\n" not in body and len(body) < 300 and _CELL_ROW.search(body):
            _append(out, text, cut, block.end, block)  # "Microsoft   Redmond, Wash.   Software   Yes": one table row
            continue
        if (',"' in body or "\n" in body) and len(body) < 3000 and CSV_LINE.match(body) and all(
                CSV_LINE.match(line) for line in body.split("\n")):
            for line in body.split("\n"):  # 'Avast,signed,2018-04-17,"Founding signatory. Prague"': a CSV
                quoted = line.find(',"') + 1  # export's row: its cells one sentence, its quoted notes prose
                _append(out, text, cut, cut + (quoted or len(line)), block)
                if quoted:
                    _split(out, text, cut + quoted, cut + len(line), block, _SENTENCE_END)
                cut += len(line) + 1
            continue
        if "\t" in body and len(body) < 5000 and all("\t" in line for line in body.split("\n")):
            for line in body.split("\n"):  # "Janek Wolski<TAB>Threat Intelligence Manager<TAB>Bitdefender<TAB>Y":
                _append(out, text, cut, cut + len(line), block)  # a spreadsheet's row is one sentence
                cut += len(line) + 1
            continue
        chat = (body[:1] == "[" or body[:1].isdigit()) and _CHAT_LINE.match(body) is not None
        _split(out, text, block.start, block.end, block, _CHAT_END if chat else _SENTENCE_END)  # (a chat message's
        # sentences may open in lower case: "is Tallow in? you lot talk ...")
    return out


def _split(out: list[Sentence], text: str, start: int, end: int, block: Block, ends: re.Pattern[str]) -> None:
    """The sentences of ``text[start:end]``, appended to ``out``."""
    body = text[start:end]
    cut = start
    for match in ends.finditer(body):
        if _is_abbreviation(body, match.start(), match.end()):
            continue
        _append(out, text, cut, start + match.end(), block)
        cut = start + match.end()
    _append(out, text, cut, end, block)


#: The start of a CSV row: a first cell, then commas with no space after them ("Marrowby Software,declined,,").
CSV_LINE = re.compile(r'[^,"\n]{1,80},(?! )[^,\n]*,')
_NUMBER_ONLY = re.compile(r"[\s\-•*|]*\d{1,2}")  # (or a table row's "| 1. Stronger defense: ...")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_COUNTRY_INITIALS = frozenset({"u.s", "u.k", "u.n", "e.u", "u.a.e", "p.r.c", "r.o.k", "d.c"})


def _is_abbreviation(body: str, dot: int, after: int) -> bool:
    if body[dot] != ".":
        return False
    if body.startswith("....", dot) and body[dot - 1:dot] == " " and "\n" not in body[dot:after]:
        return True  # a dot leader ("Dana Whitcombe ........... Chief Information Security Officer"): a column
    if dot <= 6 and _NUMBER_ONLY.fullmatch(body, 0, dot):
        return True  # "1. Stronger defense" in a list item the page numbered itself: a number, not a sentence
    word = _WORD_BEFORE_DOT.search(body, max(0, dot - 40), dot)  # the word the dot ends (not the whole prefix)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if word.group(1) in ("Ing", "Mag", "Dipl", "Ing.Dr"):  # "Managing director Ing. Theresia Brandstötter"
        return True
    if len(token) == 1 and word.group(1).isupper():  # an initial: "J. Smith"; not "a $38 million Series B."
        return not _LETTER_NAMED.search(body, max(0, dot - 12), dot - 1)
    if _INITIALS.fullmatch(word.group(1)) and token not in _COUNTRY_INITIALS:
        return True  # "A.P. Moller-Maersk", "J.P. Morgan": initials of a name (but "in the U.S. The ..." ends one)
    if token in {"inc", "corp", "co", "ltd", "plc"}:
        return not _NEW_SENTENCE_AFTER_SUFFIX.match(body, after)
    if token == "no":  # "No. 3", but "saying no. Kestrova Data's counsel ..." ends a sentence
        return body[after:].lstrip()[:1].isdigit()
    return token in _ABBREVIATIONS


#: A run of text with no sentence end longer than this is cut at spaces (relation rules are not linear in it).
MAX_SENTENCE = 1_000


def _append(out: list[Sentence], text: str, start: int, end: int, block: Block) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:
            cut = start + MAX_SENTENCE
        _append(out, text, start, cut, block)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], block))
