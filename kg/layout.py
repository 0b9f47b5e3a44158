"""Plain text laid out for print (or quoted in an email, or marked up in Markdown), read back as running text.

Text extracted from a PDF or a printed page keeps the page's layout: form feeds between pages, running
headers and footers with page numbers, footnotes at the foot of each page, two columns run together line
by line, words broken across lines with a hyphen ("Tele-/fónica"). An email thread quotes earlier
messages behind "> " marks; Markdown wraps words in marks ("**not**", "[text](url)", "~~withdrawn~~"); a draft
carries tracked changes ("{--deleted--}{++inserted++}"); subtitles carry cue numbers and timings.
:func:`unprint` undoes those so that the segmenter sees paragraphs and sentences; text without them comes
back unchanged. Every character of the result keeps the offset it had in the text as given (:class:`Traced`),
so that a fact's sentence can be quoted as the source prints it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

#: A page number alone, or a footer made of one: "7", "- 7 -", "Page 9 of 34", "Page 22".
_PAGE_NUMBER = re.compile(r"\W*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\W*", re.I)
#: A footnote number glued to the word or the stop before it: "... not among them.3 The largest", "Accord,12 which".
_NOTE_MARK = re.compile(r"(?:(?<=[a-z][.,;:”\"’)])|(?<=\b(?:19|20)\d\d[.,;:]))\d{1,2}(?=\s|$)"
                        r"|(?<=[a-z]{3})\d{1,2}(?=[.,;:]?(?:\s|$))")  # "... to the Cybersecurity Tech Accord1."
#: Two columns run together: a gap of five spaces or more between two runs of words.
_GAP = re.compile(r"\S( {5,})(?=\S)")
#: A word broken at the end of a line: "Tele-" / "fónica".
_BROKEN = re.compile(r"(\w+)-\n([ \t]*)([^\W\d_][\w’']*)(\S*)(?:[ \t]+|(?=\n)|$)")
#: Where _BROKEN matches, found from the hyphen: a search that starts with a word scans every word first.
_BROKEN_AT = re.compile(r"(?<=\w)-\n[ \t]*[^\W\d_][\w’']*\S*(?:[ \t]+|(?=\n)|$)")
_TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")


class Traced:
    """A string and, for each of its characters, its offset in the original text (-1: put in by the reader)."""

    __slots__ = ("pos", "text")

    def __init__(self, text: str, pos: list[int] | None = None) -> None:
        self.text = text
        self.pos = pos if pos is not None else [-1] * len(text)

    @classmethod
    def of(cls, text: str) -> Traced:
        return cls(text, list(range(len(text))))

    def __getitem__(self, part: slice) -> Traced:
        return Traced(self.text[part], self.pos[part])

    def __add__(self, other: Traced | str) -> Traced:
        other = other if isinstance(other, Traced) else Traced(other)
        return Traced(self.text + other.text, self.pos + other.pos)

    def __len__(self) -> int:
        return len(self.text)

    def split(self, sep: str) -> list[Traced]:
        out, start = [], 0
        for part in self.text.split(sep):
            out.append(self[start:start + len(part)])
            start += len(part) + len(sep)
        return out

    def join(self, parts: list[Traced]) -> Traced:
        out = Traced("", [])
        for i, part in enumerate(parts):
            out = out + self + part if i else out + part
        return out

    def rstrip(self) -> Traced:
        return self[:len(self.text.rstrip())]

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], Traced]) -> Traced:
        pieces, last = [], 0
        for match in pattern.finditer(self.text):
            pieces += [self[last:match.start()], replace(match)]
            last = match.end()
        return Traced("", []).join([*pieces, self[last:]]) if pieces else self


def looks_printed(text: str) -> bool:
    """Does ``text`` show a printed page's layout (pages, two columns, words broken at line ends), an email's
    quoted replies, Markdown's inline marks or a broadcast transcript's on-screen captions?"""
    return "\f" in text or ("-\n" in text and _BROKEN_AT.search(text) is not None) or (
        "     " in text and _GAP.search(text) is not None) \
        or _quoted(text) or _marked(text) or _captioned(text) or _tracked(text) or _wiki(text) or _commented(text) \
        or _LIGATURE.search(text) is not None or ("┌" in text and "└" in text) or (
            "[" in text and _CHYRON.search(text) is not None)  # (plain look-ups first: most texts hold neither)


#: A broadcast transcript's on-screen caption: "[CHYRON: RHIANNON TALBOT-KEYES | CHIEF EXECUTIVE, GRENMOOR TELECOM]".
_CHYRON = re.compile(r"^\[(?:CHYRON|LOWER[ -]THIRD|SUPER|ON[ -]SCREEN(?:\s+TEXT)?|CAPTION|GRAPHIC|NAME\s+CARD)\s*:\s*"
                     r"([^\]\n|]{3,60}(?:\s\|\s[^\]\n]{2,120})?)\]$", re.M | re.I)
_SMALL_WORDS = frozenset("of for and the at in on de du des la le von van der".split())


def _title_word(word: re.Match[str]) -> str:
    """A capitalised word as a name writes it: "GRENMOOR" -> "Grenmoor", "FOR" -> "for"; short acronyms and
    words with no vowel stay as they are ("CEO", "BT", "KXRV")."""
    text = word.group(0)
    if text.lower() in _SMALL_WORDS and word.start() > 0:
        return text.lower()
    if len(text) <= 3 or not re.search(r"[AEIOUY]", text):
        return text
    return "-".join(part[:1] + part[1:].lower() for part in text.split("-"))


def _unchyron(text: Traced) -> Traced:
    """'[CHYRON: RHIANNON TALBOT-KEYES | CHIEF EXECUTIVE, GRENMOOR TELECOM]' read as a speaker list's line,
    ' Chyron: Rhiannon Talbot-Keyes — Chief Executive, Grenmoor Telecom.' (one character for one, so offsets hold)."""
    def caption(match: re.Match[str]) -> Traced:
        body = match.group(1)
        cased = re.sub(r"[A-Z][A-Z'’.-]*", _title_word, body) if body.upper() == body else body
        cased = cased.replace(" | ", " — ", 1)
        line = " " + match.group(0)[1:match.start(1) - match.start()] + cased + "."
        return Traced(line, text.pos[match.start():match.end()])
    return text.sub(_CHYRON, caption)


#: A subtitle cue's timing line (WebVTT or SRT): "00:00:03.200 --> 00:00:07.100", "00:00:01,000 --> 00:00:04,930".
_CUE_TIMING = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+"
                         r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}.*$", re.M)
#: A caption's voice tag ("<v Halvard Brekke>"), its other tags ("</v>", "<i>", "<c.yellow>"), a sound
#: ("[APPLAUSE]", "(laughter)") and a speaker change in live captions (">> ").
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>\n]+)>")
_CAPTION_TAG = re.compile(r"</?[a-z](?:[.\w-]*)?(?:\s[^>\n]*)?>|<\d{2}:[\d:.]+>")
_SOUND = re.compile(r"^\s*[\[(][A-Za-z][A-Za-z ]{1,30}[\])]\s*$")
_CAPTION_HEADER = re.compile(r"^(?:WEBVTT\b.*|Kind:.*|Language:.*|STYLE|REGION)$")


def _captioned(text: str) -> bool:
    return "-->" in text and len(_CUE_TIMING.findall(text)) >= 3


def _uncaption(text: Traced) -> Traced:
    """Subtitles (WebVTT, SRT) read as a transcript: cue numbers, timings, tags and sounds go; a cue's lines and
    the cues that follow with the same voice run on as one paragraph; a new voice ("<v Halvard Brekke>", ">> ")
    opens a paragraph that starts with its name, as a transcript's turn does ("Halvard Brekke: ...")."""
    lines = text.split("\n")
    timed = {i for i, line in enumerate(lines) if _CUE_TIMING.match(line.text)}
    paragraphs: list[Traced] = []
    current: list[Traced] = []
    speaker = ""
    in_cue = False
    for i, line in enumerate(lines):
        bare = line.text.strip()
        in_cue = (in_cue and bool(bare)) or i in timed
        if i in timed or (i + 1 in timed and bare.isdigit()) or _CAPTION_HEADER.match(bare) or _SOUND.match(bare) \
                or not bare or bare == "NOTE":
            continue
        if not in_cue:  # a NOTE's lines, or what comes before the first cue: each line its own paragraph
            if current:
                paragraphs.append(Traced(" ").join(current))
                current, speaker = [], ""
            paragraphs.append(line.rstrip())
            continue
        voice = _VOICE.search(line.text)
        if voice and voice.group(1).strip() != speaker:
            speaker = voice.group(1).strip()
            if current:
                paragraphs.append(Traced(" ").join(current))
            current = [line[voice.start(1):voice.start(1) + len(speaker)] + Traced(":")]
        elif bare.startswith(">>"):
            if current:
                paragraphs.append(Traced(" ").join(current))
            current = []
            speaker = ""
            line = line[line.text.index(">>") + 2:]
        words = line.sub(_CAPTION_TAG, lambda m: Traced("")).sub(_VOICE, lambda m: Traced(""))
        if words.text.strip():
            start = len(words.text) - len(words.text.lstrip())
            current.append(words[start:].rstrip())
    if current:
        paragraphs.append(Traced(" ").join(current))
    return Traced("\n\n").join(paragraphs)


def _quoted(text: str) -> bool:
    return "\n>" in text and len(_QUOTED_LINE.findall(text)) >= 3


def unprint(text: str) -> Traced:
    """``text`` with a printed page's layout undone (pages joined, furniture dropped and footnotes moved to the end,
    columns read one after the other, broken words whole), an email's quote marks and Markdown's inline marks
    removed; unchanged when it shows none of these."""
    traced = Traced.of(text)
    if _captioned(text):
        traced = _uncaption(traced)
    if _quoted(text):
        traced = _unquote(traced)
    if _commented(text):
        traced = _uncomment(traced)
    if "┌" in traced.text and "└" in traced.text:
        traced = _unbox(traced)
    if _CHYRON.search(traced.text):
        traced = _unchyron(traced)
    if _LIGATURE.search(text):  # "Ofﬁcer" in a PDF's text: the letters the ligature joins
        source = traced
        traced = traced.sub(_LIGATURE, lambda m: Traced(_LIGATURES[m.group(0)], [source.pos[m.start()]] * len(
            _LIGATURES[m.group(0)])))
    if _tracked(traced.text):
        traced = _accept_changes(traced)
    if _wiki(traced.text):
        traced = _unwiki(traced)
    if _marked(traced.text):
        traced = _unmark(traced)
    if "\f" in text:
        traced = _join_pages(traced)
        traced = traced.sub(_NOTE_MARK, lambda m: Traced(""))
    if _GAP.search(traced.text):
        traced = Traced("\n\n").join([_split_columns(p) for p in traced.split("\n\n")])
    if "-\n" in traced.text and _BROKEN.search(traced.text):
        traced = _mend_broken_words(traced)
    return traced


#: Four lines in a row that open with '#' (a data file's comment header; Markdown's headings stand apart).
_COMMENT_RUN = re.compile(r"^#(?:[ \t].*)?\n#(?:[ \t].*)?\n#(?:[ \t].*)?\n#(?:[ \t]|$)", re.M)
_COMMENT_MARK = re.compile(r"#[ \t]?")


_BOX_SIDES = re.compile(r"[│┃║┌┐└┘─━═╔╗╚╝]")


def _unbox(text: Traced) -> Traced:
    """A sidebar drawn in a box beside the text ('... under the leader-   ┌──────┐' / '... since?   │ THE FOUR
    COMMITMENTS │'), as a PDF's layout extraction keeps it: the box's lines are taken out of the lines they share with
    the text and put, without the frame, after the line that closes the box."""
    out: list[Traced] = []
    box: list[Traced] = []
    pending: list[Traced] = []  # a closed box's lines, put in at the end of the paragraph beside its bottom
    column: int | None = None
    for line in text.split("\n"):
        if pending and not line.text.strip():
            out.extend([line, *pending])
            pending = []
        corner = line.text.find("┌") if column is None else -1
        if corner > 0:
            column = corner
        if column is None or len(line.text) <= column or line.text[column] not in "│┃║┌└":
            out.append(line)
            continue
        out.append(line[:column].rstrip())
        box.append(line[column:].sub(_BOX_SIDES, lambda m: Traced(" ")).rstrip())
        if line.text[column] == "└":
            pending = [*[b for b in box if b.text.strip()], Traced("")]
            box, column = [], None
    return Traced("\n").join(out + box + ([Traced(""), *pending] if pending else []))


def _commented(text: str) -> bool:
    return "\n#" in text and _COMMENT_RUN.search(text) is not None


#: Typographic ligatures a PDF's text keeps ("ﬁrst", "Ofﬁcer"), and the letters they stand for.
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[ﬀﬁﬂﬃﬄﬅﬆ]")


def _uncomment(text: Traced) -> Traced:
    """A comment header ('# The accord was announced on 17 April 2018 by 34' / '# technology companies.') read as
    text: each run of four or more '#' lines loses its marks, and a bare '#' line is a paragraph break."""
    lines = text.split("\n")
    marked = [bool(line.text.startswith("#") and (len(line.text) == 1 or line.text[1] in " \t")) for line in lines]
    out: list[Traced] = []
    for i, line in enumerate(lines):
        run = marked[i] and sum(marked[max(0, i - 3):i + 4]) >= 4 and any(
            all(marked[j:j + 4]) for j in range(max(0, i - 3), i + 1))
        out.append(line[_COMMENT_MARK.match(line.text).end():] if run else line)  # type: ignore[union-attr]
    return Traced("\n").join(out)


#: An email's quoted line: "> text", "> > text", ">> text" (the marks, and the space after them).
_QUOTED_LINE = re.compile(r"^[ \t]*>", re.M)
_QUOTE_MARKS = re.compile(r"[ \t]*>(?:[ \t]?>)*[ \t]?")


def _unquote(text: Traced) -> Traced:
    """An email's quoted replies ('> > I don't think Facebook is on it') read as paragraphs: the quote marks go, and
    where the depth of quoting changes a paragraph ends (one message's text does not run into another's)."""
    out: list[Traced] = []
    depth = 0
    for line in text.split("\n"):
        marks = _QUOTE_MARKS.match(line.text)
        now = marks.group(0).count(">") if marks else 0
        if now != depth and out and out[-1].text.strip():
            out.append(Traced(""))
        out.append(line[marks.end():] if marks else line)
        depth = now
    return Traced("\n").join(out)


#: Markdown's inline marks: struck-out text ("~~One row may be wrong.~~"), an image, a link ("[Keep a
#: Changelog](https://...)"), bold or italic words ("has **not** signed", "*support*").
_STRUCK = re.compile(r"~~(?=\S)[^~\n]+?~~")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^()\s]+\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/|\.|#|mailto:)[^()\s]*\)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*)(?=[^\s*])([^\n*]+?)(?<=[^\s*])\1(?![\w*])")


#: CriticMarkup's tracked changes: "{--deleted--}", "{++inserted++}", "{~~old~>new~~}", "{>>comment<<}",
#: "{==highlighted==}"; what was deleted or replaced and reviewers' comments are not the document's text.
_CRITIC = re.compile(r"\{--.*?--\}|\{>>.*?<<\}|\{\+\+(.*?)\+\+\}|\{~~.*?~>(.*?)~~\}|\{==(.*?)==\}", re.S)


def _tracked(text: str) -> bool:
    return ("{--" in text or "{++" in text or "{~~" in text or "{>>" in text) and _CRITIC.search(text) is not None


def _accept_changes(text: Traced) -> Traced:
    """A draft with tracked changes read as it stands once they are accepted: deletions and comments gone,
    insertions and replacements kept."""
    def kept(m: re.Match[str]) -> Traced:
        group = next((g for g in (1, 2, 3) if m.group(g) is not None), None)
        return text[m.start(group):m.end(group)] if group else Traced("")
    return text.sub(_CRITIC, kept)


#: MediaWiki source: struck text ("<s>Amazon is on it</s>"), templates ("{{Talk header}}"), links ("[[User:X|X]]",
#: "[[Paris Call]]"), bold and italic quote marks, "== Heading ==" lines and ":" reply indents.
_WIKI_STRUCK = re.compile(r"<(s|del|strike)>.*?</\1>", re.S)
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]\n]*\|)?([^|\]\n]*)\]\]")
_WIKI_QUOTES = re.compile(r"'{2,3}(?=\S)(.+?)(?<=\S)'{2,3}")
_WIKI_HEADING = re.compile(r"^(={2,5})\s*(.+?)\s*\1[ \t]*$", re.M)
_WIKI_INDENT = re.compile(r"^[:*#]+[ \t]*", re.M)


def _wiki(text: str) -> bool:
    return text.count("[[") >= 3 and (text.count("{{") >= 1 or _WIKI_HEADING.search(text) is not None)


def _unwiki(text: Traced) -> Traced:
    """MediaWiki source read as the page shows it, struck text withdrawn (a talk page's retracted claim)."""
    for pattern, group in ((_WIKI_STRUCK, 0), (_WIKI_TEMPLATE, 0), (_WIKI_LINK, 1), (_WIKI_QUOTES, 1),
                           (_WIKI_HEADING, 2), (_WIKI_INDENT, 0)):
        text = _keep_group(text, pattern, group)
    return text


def _keep_group(text: Traced, pattern: re.Pattern[str], group: int) -> Traced:
    """``text`` with each match of ``pattern`` replaced by its ``group`` (0: by nothing)."""
    return text.sub(pattern, lambda m: text[m.start(group):m.end(group)] if group else Traced(""))


def _marked(text: str) -> bool:
    return ("**" in text or "~~" in text or "](" in text) and bool(
        _EMPHASIS.search(text) or _STRUCK.search(text) or _LINK.search(text))


def _unmark(text: Traced) -> Traced:
    """Markdown read as the words it shows: struck-out text and images gone (struck text is withdrawn), a link's
    text without its address, bold and italic words without their marks."""
    text = text.sub(_STRUCK, lambda m: Traced(""))
    text = text.sub(_IMAGE, lambda m: Traced(""))
    linked = text
    text = linked.sub(_LINK, lambda m: linked[m.start(1):m.end(1)])
    marked = text
    return marked.sub(_EMPHASIS, lambda m: marked[m.start(2):m.end(2)])


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _join_pages(text: Traced) -> Traced:
    """The pages run on: the running header and footer each page repeats (and bare page numbers) dropped, each
    page's footnotes moved to the end, a sentence cut by the page break joined again."""
    pages = [page.split("\n") for page in text.split("\f")]
    edges: Counter[str] = Counter()
    for lines in pages:
        body = [line.text for line in lines if line.text.strip()]
        edges.update({_furniture_key(line) for line in body[:2] + body[-2:]})  # once a page
    seen: set[str] = set()

    def furniture(line: str) -> bool:
        """A page number, or a line that stands at the edge of two pages or more (a running title: after its first
        time, which may be the title itself)."""
        stripped = line.strip()
        if not stripped or len(stripped) >= 120:
            return False
        key = _furniture_key(line)
        first = key not in seen
        seen.add(key)
        return _PAGE_NUMBER.fullmatch(stripped) is not None or (edges[key] >= 2 and ("#" in key or not first))

    out: list[Traced] = []
    notes: list[Traced] = []
    newline = Traced("\n")
    for lines in pages:
        lines = [line for line in lines if not furniture(line.text)]
        while lines and not lines[-1].text.strip():
            lines.pop()
        cut = _footnotes_start([line.text for line in lines])
        notes += [line for line in lines[cut:] if line.text.strip() and not _RULE.fullmatch(line.text)]
        lines = lines[:cut]
        while lines and not lines[0].text.strip():
            lines.pop(0)
        while lines and not lines[-1].text.strip():
            lines.pop()
        if not lines:
            continue
        page = newline.join(lines)
        last = out[-1].text.rsplit("\n", 1)[-1] if out else ""
        if last and not _TERMINAL.search(last) and len(last.strip()) >= 30:
            out[-1] = out[-1] + newline + page  # a sentence the page break cut: one paragraph again
        else:
            out.append(page)
    return Traced("\n\n").join(out + notes)


_RULE = re.compile(r"\s*[_\-—]{5,}\s*")


def _footnotes_start(lines: list[str]) -> int:
    """Where a page's footnotes begin: its last paragraphs, each opening with a note number ("31 Microsoft, ...")
    or with the rule drawn above the notes; len(lines) when there are none."""
    cut = i = len(lines)
    while i > 0:
        j = i
        while j > 0 and lines[j - 1].strip():
            j -= 1  # lines[j:i]: the last paragraph not yet taken
        if j == i or not _NOTE_START.match(lines[j].strip()):
            break
        cut, i = j, j
        while i > 0 and not lines[i - 1].strip():
            i -= 1
    return cut


_NOTE_START = re.compile(r"\d{1,3}\s+[A-Z\"“]|[_\-—]{5,}\s*$")


def _split_columns(paragraph: Traced) -> Traced:
    """A paragraph whose lines hold two columns of prose side by side, read as the left column, then the right."""
    lines = paragraph.split("\n")
    starts: Counter[int] = Counter()
    for line in lines:
        gaps = list(_GAP.finditer(line.text))
        if len(gaps) == 1:
            starts[gaps[0].end(1)] += 1
    if not starts:
        return paragraph
    column, count = starts.most_common(1)[0]
    near = sum(n for start, n in starts.items() if abs(start - column) <= 2)
    if count < 3 or near < len(lines) // 2:
        return paragraph
    left: list[Traced] = []
    right: list[Traced] = []
    for line in lines:
        gap = next((g for g in _GAP.finditer(line.text) if abs(g.end(1) - column) <= 2), None)
        if gap is None:
            left.append(line.rstrip())
            continue
        left.append(line[:gap.start(1)].rstrip())
        right.append(line[gap.end(1):].rstrip())
    if sorted(len(x) for x in left)[len(left) // 2] < 25 or sorted(len(x) for x in right)[len(right) // 2] < 25:
        return paragraph  # short cells: a table laid out with spaces, not two columns of prose
    return Traced("\n").join(left + right)


def _mend_broken_words(text: Traced) -> Traced:
    """'Tele-' / 'fónica' -> 'Telefónica' (moved up to the line it began on): the hyphen a line break put in a word
    goes, unless the text writes the word with that hyphen elsewhere ('state-' / 'sponsored') or both parts are
    capitalised ('Gethin-' / 'Price')."""
    low = text.text.lower()

    def mend(match: re.Match[str]) -> Traced:
        head, tail = match.span(1), (match.start(3), match.end(4))  # the word's two parts (and what sticks to it)
        hyphenated = f"{match.group(1)}-{match.group(3)}".lower() in low or (
            match.group(3)[:1].isupper() and match.group(1)[:1].isupper())  # "Gethin-" / "Price": a double name
        word = text[head[0]:head[1] + 1] if hyphenated else text[head[0]:head[1]]
        word = word + text[tail[0]:tail[1]]
        line_ends = match.end() == len(low) or low[match.end()] == "\n"
        return word if line_ends else word + "\n" + text[match.start(2):match.end(2)]

    return text.sub(_BROKEN, mend)
