"""Reading an article file: bytes -> text, front matter, HTML main text.

The *text as read* (``Article.text``) is what every character offset in the
graph points into: the decoded body (front matter removed, newlines
normalised) or, for an HTML page, the main text extracted from it. Page chrome
is not removed from the text (offsets stay honest); :mod:`kg.nlp.segment`
marks it so that no fact is read from it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.layout import looks_printed, unprint

#: Article files larger than this are refused: a news page is far smaller, and the loader keeps a whole
#: article and its graph in memory (about 100 MB and 3 s per MB of prose). ``read_article(max_bytes=)`` raises it.
MAX_BYTES = 16 * 1024 * 1024
_HTML_TAG = re.compile(r"<(?:html|head|body|p|div|article|section|h[1-6]|br|span|a|ul|ol|li|table|script|style)\b",
                       re.I)
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


@dataclass
class Article:
    """One article as read: its text, metadata and where it came from."""

    text: str
    path: Path | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    is_html: bool = False
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    #: When the reader undid a printed page's layout (see :mod:`kg.layout`): the text as given, and for each
    #: character of ``text`` its offset there (-1: put in by the reader).
    printed: str | None = None
    origin: list[int] | None = None

    @property
    def given(self) -> str:
        """The text as given (before a printed page's layout was undone), which :meth:`quote` quotes."""
        return self.printed if self.printed is not None else self.text

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` stands in :attr:`given`."""
        if self.origin is None:
            return start, end
        found = [p for p in self.origin[start:end] if p >= 0]
        return (min(found), max(found) + 1) if found else (start, end)

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as the source prints it: a sentence of a PDF's text with its line-break hyphens,
        page furniture or other column between, so that it can be found in the file."""
        first, last = self.source_span(start, end)
        return self.given[first:last]

    @property
    def key(self) -> str:
        """A stable name for the article: its URL, else its file name (without folders)."""
        if self.url:
            return self.url
        if self.path is not None:
            return self.path.stem
        return self.sha256[:16]


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode article bytes: BOM-marked UTF-8/16/32, else UTF-8, else cp1252. Binary is refused."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {codec} text at byte {exc.start}") from None
    head = data[:8192]
    if b"\x00" in head or _looks_binary(head):
        raise InputError(f"{name}: not a text file (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"\x7fELF")):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and control / len(head) > 0.05


def parse_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Split YAML front matter from the body. Malformed front matter is read leniently, with a warning."""
    match = _FRONT.match(text)
    if not match:
        return {}, text, []
    raw, body = match.group(1), text[match.end():]
    import yaml

    try:
        meta = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return _loose_meta(raw), body, [f"front matter is not valid YAML{where}; read it line by line"]
    if not isinstance(meta, dict):
        return _loose_meta(raw), body, ["front matter is not a mapping; read it line by line"]
    return {str(k): v for k, v in meta.items()}, body, []


def _loose_meta(raw: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for line in raw.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and " " not in key.strip():
            meta[key.strip()] = value.strip().strip("\"'")
    return meta


def parse_date(value: Any) -> dt.date | None:
    """A date from front matter: a YAML date, or ISO text ('2018-04-17', '2018-04-17T10:00Z')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


#: trafilatura drops any element whose text is just a social network's name ("Facebook", "Google", "LinkedIn"),
#: taking it for a share button; in a list item or a table cell outside a link it is a company, so a mark
#: (removed again from the text) keeps it.
_SOCIAL_NAME = re.compile(r"(?i)<(?:li|td|th|p|span|strong|b|em)(?:\s[^<>]*)?>\s*"
                          r"(?:Facebook|Google|LinkedIn|Twitter|Instagram|WhatsApp|Pinterest|Reddit|Flipboard|Xing|"
                          r"WeChat|Weibo|QQ)(?=\s*<)")
_KEEP = "\u2063"
#: A fact box beside the story ("The pledge, in brief" over the four principles) is part of the article; other
#: asides (related links, sidebars, author boxes, newsletter boxes) are chrome and stay out.
_FACTBOX = re.compile(r"(?is)<aside\b([^>]*\bclass=[\"'][^\"']*\b(?:fact-?box|facts|key-?facts|info-?box|explainer|"
                      r"at-a-glance|in-brief|corrections?|clarifications?|editors?-note)\b[^>]*)>(.*?)</aside\s*>")


_ARTICLE_TAG = re.compile(r"(?i)<(/?)article\b")
_BLOCKQUOTE = re.compile(r"(?is)<blockquote\b.*?</blockquote\s*>")
_AUTHOR_CLASS = re.compile(r"""(?i)(\bclass=["'][^"']*?)\b(?:author|byline)\b([^"']*["'])""")
#: A table cell holding line breaks ("Track 3<br>Security basics"; one speaker per line): trafilatura drops the
#: breaks and runs the lines together, so each becomes "; ".
_CELL_WITH_BREAK = re.compile(r"(?is)<t([dh])\b[^>]*>(?:(?!</?t[dhr]\b).)*?<br\s*/?>(?:(?!</?t[dhr]\b).)*?</t\1\s*>")
_BREAK = re.compile(r"(?i)\s*<br\s*/?>\s*")


def html_to_text(markup: str) -> str:
    """The main text of an HTML page (trafilatura, recall-oriented): its blocks (headings, paragraphs, list
    items as "- ...", table rows as "a   b") separated by blank lines, so that a heading or a deck without a
    full stop does not run into the paragraph after it; line breaks inside a block (``<br>``) are kept."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every odd page as an ERROR
    options: dict[str, Any] = {"favor_recall": True, "include_comments": False, "include_tables": True,
                               "deduplicate": False}
    from lxml import etree

    page = markup
    markup = _FACTBOX.sub(r"<section>\2</section>", markup)  # trafilatura drops every <aside>
    if sum(1 for tag in _ARTICLE_TAG.finditer(markup) if not tag.group(1)) >= 3:  # cards, each an <article>:
        markup = _ARTICLE_TAG.sub(r"<\1div", markup)  # trafilatura would keep one of them
    markup = _CELL_WITH_BREAK.sub(lambda m: _BREAK.sub("; ", m.group(0)), markup)
    markup = _SOCIAL_NAME.sub(lambda m: m.group(0) + _KEEP, markup)  # "<li>Google</li>": a company, not a share link
    markup = _BLOCKQUOTE.sub(lambda m: _AUTHOR_CLASS.sub(r"\1post-by\2", m.group(0)), markup)  # an embedded post's
    # author line ("<p class="author">Ingrid Haugsrud · CEO at X</p>"): trafilatura drops bylines; this is the post's
    markup = _keep_titled_sections(markup)
    try:
        xml = trafilatura.extract(markup, output_format="xml", **options)
    except (etree.XMLSyntaxError, ValueError):  # a page trafilatura cannot render as XML: read it as plain text
        xml = None
    blocks = _xml_blocks(xml) if xml else None
    if len(blocks or "") < _THIN or (len(blocks or "") < 3 * _THIN and len(_COMMENT_CLASS.findall(markup)) >= 4):
        # a discussion thread (next to no text, or a short post over many replies): its posts are the text
        thread = _thread_text(trafilatura, markup, options)
        if thread and len(thread) > 2 * len(blocks or ""):
            blocks = thread
    if blocks:
        return _with_deck(_with_corrections(_with_list_marks(blocks, markup), page), page).replace(_KEEP, "")
    text = trafilatura.extract(markup, include_formatting=False, **options)
    if text:
        return text.replace(_KEEP, "")
    # trafilatura found nothing (a fragment): drop scripts/styles/comments and tags, resolve entities
    stripped = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->", " ", markup)
    stripped = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr)\s*>", "\n", stripped)
    return html.unescape(re.sub(r"<[^>]+>", " ", stripped)).replace(_KEEP, "")


#: Class words trafilatura takes for page furniture that a page's own sections carry too: a podcast's chapter list
#: ("timestamps"), a talk's "slides", an "expandable" or "embed" block.
_AMBIGUOUS_WORDS = "timestamp|slide|expand|embed|rating|attachment|options"
_AMBIGUOUS_CLASS = re.compile(f"(?i){_AMBIGUOUS_WORDS}")
_AMBIGUOUS_CLASS_ATTR = re.compile(rf"(?i)\bclass\s*=\s*[\"'][^\"']*(?:{_AMBIGUOUS_WORDS})")  # the cheap look first
#: A section heading over other stories, links or sign-up boxes: not the page's own text.
_FURNITURE_HEADING = re.compile(r"(?i)\b(?:related|more\s+(?:from|on|stories)|trending|popular|newsletter|subscribe|"
                                r"share|comments?|sponsor|advert|follow\s+us|latest|upcoming|recommended|read\s+next)")


def _keep_titled_sections(markup: str) -> str:
    """``markup`` with the class taken off each section that trafilatura would drop for a furniture-like class word
    though it holds the page's own text: under a heading (its own or the one right before it), forty words or more,
    few of them links ("<section class="timestamps"><h2>Timestamps</h2><ul><li>14:22 Who actually signed? ...")."""
    if not _AMBIGUOUS_CLASS_ATTR.search(markup):
        return markup
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    changed = False
    for element in root.iter("section", "div", "ul", "ol", "p"):
        if not _AMBIGUOUS_CLASS.search(element.get("class") or ""):
            continue
        heading = next(element.iter("h2", "h3", "h4"), None)
        previous = element.getprevious()
        if heading is None and previous is not None and previous.tag in ("h2", "h3", "h4"):
            heading = previous
        words = len(element.text_content().split())
        linked = sum(len(link.text_content().split()) for link in element.iter("a"))
        if heading is None or words < 40 or linked > 0.3 * words \
                or _FURNITURE_HEADING.search(heading.text_content()):
            continue
        element.attrib.pop("class")
        element.attrib.pop("id", None)
        changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else markup


#: Under this many characters of main text a page is read again as a discussion thread.
_THIN = 600
#: An element of a comment thread: "<div class="comment depth-1 op">", "<li class="reply">".
_COMMENT_CLASS = re.compile(r"(?i)\bclass=[\"'][^\"']*\b(?:comment|reply|replies)\b")
_MAIN_REGION = re.compile(r"(?i)<(?:main\b|(?:div|section)\b[^>]*\brole=[\"']main[\"'])")


def _thread_text(trafilatura: Any, markup: str, options: dict[str, Any]) -> str | None:
    """A forum page or a link with its comment thread: trafilatura takes the posts for reader comments and
    finds next to no text (or the sidebar's rules). Read again from the page's main region, posts included."""
    from lxml import etree

    region = _MAIN_REGION.search(markup)
    part = f"<html><body>{markup[region.start():]}" if region else markup
    part = _LIST.sub(lambda m: "".join(f"<p>- {item}</p>" for item in _LIST_ITEM.findall(m.group(2))),
                     part)  # a reply's list, a paragraph an item (trafilatura drops lists in comments)
    try:
        xml = trafilatura.extract(part, output_format="xml", **{**options, "include_comments": True})
    except (etree.XMLSyntaxError, ValueError):
        return None
    text = _xml_blocks(xml, comments=True) if xml else None
    if text is None or "- " not in text:
        return text
    merged: list[str] = []
    for block in text.split("\n\n"):  # a reply's list items, one block each, back into one list
        if merged and block.startswith("- ") and merged[-1].split("\n")[-1].startswith("- "):
            merged[-1] += "\n" + block
        else:
            merged.append(block)
    return "\n\n".join(merged)


#: An editor's note box ("Correction, 14 March: ... is not a signatory"): article text, often set outside the body.
_CORRECTION = re.compile(r"(?is)<(aside|p|section)\b[^>]*\bclass=[\"'][^\"']*\b(?:corrections?|clarifications?|"
                         r"editors?-note)\b[^>]*>(.*?)</\1\s*>")


def _fragment_words(fragment: str) -> str:
    """A piece of markup as the words a reader sees: tags dropped, entities resolved, whitespace folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _with_corrections(text: str, markup: str) -> str:
    """``text`` with the page's correction notes that the extraction left out appended, each as a block."""
    for note in _CORRECTION.finditer(markup) if "orrection" in markup or "larification" in markup \
            or "ditor" in markup else ():
        words = _fragment_words(note.group(2))
        if words and words[:60] not in " ".join(text.split()):
            text = f"{text}\n\n{words}"
    return text


_LIST = re.compile(r"(?is)<(ol|ul)\b[^>]*>(.*?)</\1\s*>")
_LIST_ITEM = re.compile(r"(?is)<li\b[^>]*>(.*?)(?=<li\b|$)")


def _with_list_marks(text: str, markup: str) -> str:
    """``text`` with the list items the extraction ran out as plain paragraphs marked again ("- ", "3. "), so that a
    ranked or bulleted list reads as a list (the extraction keeps most lists, but not every page's)."""
    if "<li" not in markup and "<LI" not in markup:
        return text
    marks: dict[str, str] = {}
    for found in _LIST.finditer(markup):
        if re.search(r"(?i)<(?:ol|ul)\b", found.group(2)):
            continue  # a nested list: left as the extraction read it
        items = [_fragment_words(item) for item in _LIST_ITEM.findall(found.group(2))]
        for number, item in enumerate(items, start=1):
            if item:
                marks[item] = f"{number}. " if found.group(1).lower() == "ol" else "- "
    paragraphs = text.split("\n\n")
    flat = [" ".join(p.split()) for p in paragraphs]
    if sum(p in marks for p in flat) < 2:
        return text
    out = ""
    previous_marked = False
    for paragraph, folded in zip(paragraphs, flat, strict=True):
        marked = folded in marks
        joint = "\n" if marked and previous_marked else "\n\n"  # one list, one paragraph: its items in a row
        out += (joint if out else "") + (marks[folded] + paragraph if marked else paragraph)
        previous_marked = marked
    return out


#: The standfirst under a headline ("<p class="dek">X became one of the newest signatories ..."): article text that
#: the extraction often leaves with the page header.
_DECK = re.compile(r"(?is)<(p|h2|h3)\b[^>]*\bclass=[\"'](?:[^\"']*\s)?(?:dek|deck|standfirst|subhead|subtitle|"
                   r"lede|lead|intro|strapline|entry-summary)(?:\s[^\"']*)?[\"'][^>]*>(.*?)</\1\s*>")
_HEADLINE = re.compile(r"(?i)<h1\b")


def _with_deck(text: str, markup: str) -> str:
    """``text`` opened by the page's standfirst (the first one after the headline) when the extraction left it out."""
    headline = _HEADLINE.search(markup)
    deck = _DECK.search(markup, headline.end() if headline else 0)
    if deck is None:
        return text
    words = _fragment_words(deck.group(2))
    if words and words[:60] not in " ".join(text.split()):
        text = f"{words}\n\n{text}"
    return text


_BLOCK_TAGS = frozenset({"head", "p", "item", "row", "quote", "code"})


def _item_lines(item: Any) -> list[str]:
    """A list item as "- text" lines: an item holding a list of its own ("Four principles:" over four items)
    gives its own words, then one line per inner item, instead of the inner items run together."""
    inner = [child for child in item if child.tag == "list"]
    if not inner:
        text = " ".join("".join(item.itertext()).split())
        return [f"- {text}"] if text else []
    own = [item.text or ""] + ["".join(child.itertext()) + (child.tail or "") for child in item
                                if child.tag != "list"] + [child.tail or "" for child in inner]
    text = " ".join("".join(own).split())
    lines = [f"- {text}"] if text else []
    for nested in inner:
        lines += [line for sub in nested if sub.tag == "item" for line in _item_lines(sub)]
    return lines


def _xml_blocks(xml: str, *, comments: bool = False) -> str | None:
    """The blocks of trafilatura's XML output as text (with ``comments``, its comment section's too), or None
    when it cannot be read."""
    from lxml import etree

    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except (etree.XMLSyntaxError, ValueError):
        return None
    main = root.find("main")
    if main is None:
        return None
    for line_break in root.iter("lb"):  # (the comment section's too)
        line_break.tail = "\n" + (line_break.tail or "")
    out: list[str] = []

    def add(text: str | None, prefix: str = "", *, folded: bool = False) -> None:
        text = (text or "").strip()
        if text:
            out.append(prefix + (text if folded else "\n".join(" ".join(line.split()) for line in text.split("\n"))))

    def walk(element: Any) -> None:
        is_block = element.tag in _BLOCK_TAGS and not (
            element.tag == "quote" and any(child.tag in _BLOCK_TAGS for child in element.iter()
                                           if child is not element))
        if element.tag == "row" and any(sum(child.tag in _BLOCK_TAGS or child.tag == "list" for child in cell) >= 2
                                        for cell in element.iter("cell")):
            for cell in element.iter("cell"):  # a layout table (an agenda): a cell of headings and paragraphs is
                add(cell.text)  # read block by block, not run into one line
                for child in cell:
                    walk(child)
        elif element.tag == "row":
            # cells apart by three spaces (a space-aligned row): the row, whitespace folded, reads as the page does
            add("   ".join(" ".join("".join(cell.itertext()).split()) for cell in element.iter("cell")), folded=True)
        elif element.tag == "list":  # one block of "- item" lines: a list is one paragraph
            add(element.text)
            add("\n".join(line for item in element if item.tag == "item" for line in _item_lines(item)))
        elif is_block:
            add("".join(element.itertext()), "- " if element.tag == "item" else "")
        else:
            add(element.text)
            for child in element:
                walk(child)
        if element not in tops:
            add(element.tail)

    thread = root.find("comments") if comments else None
    tops = [main] if thread is None else [main, thread]
    for top in tops:
        walk(top)
    return "\n\n".join(out) or None


def read_text(text: str, *, path: Path | None = None, name: str | None = None) -> Article:
    """Make an :class:`Article` from already decoded text."""
    label = name or (str(path) if path else "<text>")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.removeprefix("\ufeff")
    meta, body, warnings = parse_front_matter(text)
    is_html = len(_HTML_TAG.findall(body[:200_000])) >= 2
    if is_html:
        body = html_to_text(body)
    printed: str | None = None
    origin: list[int] | None = None
    if not is_html and looks_printed(body):  # a PDF's or a printed page's text: pages, columns, broken words
        traced = unprint(body)
        if traced.text != body and traced.text.strip():  # (not a page of furniture alone: "0\f" is a "0")
            printed, origin, body = body, traced.pos, traced.text
        if not meta.get("title"):
            found = re.search(r"(?is)<title[^>]*>(.*?)</title>", text)
            if found:
                meta["title"] = html.unescape(re.sub(r"\s+", " ", found.group(1))).strip()
    if not body.strip():
        raise InputError(f"{label}: the article has no text")
    article = Article(
        text=body,
        path=path,
        title=_str(meta.get("title")),
        source=_str(meta.get("source")),
        url=_iri_safe(_str(meta.get("url"))),
        date=parse_date(meta.get("date")),
        meta=meta,
        is_html=is_html,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        warnings=warnings,
        printed=printed,
        origin=origin,
    )
    if meta.get("date") is not None and article.date is None:
        article.warnings.append(f"front matter date {meta.get('date')!r} is not an ISO date; ignored")
    return article


def read_article(path: str | Path, *, warn: bool = True, max_bytes: int | None = MAX_BYTES) -> Article:
    """Read an article file (plain text, text with YAML front matter, or an HTML page).

    Files over ``max_bytes`` (default :data:`MAX_BYTES`; ``None``: no limit) are refused.
    """
    from kg.io import read_bytes

    path = Path(path)
    data = read_bytes(path, what="one article", max_bytes=max_bytes)
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    article = read_text(decode(data, str(path)), path=path)
    if warn:
        for message in article.warnings:
            print(f"kg: warning: {path}: {message}", file=sys.stderr)
    return article


#: Characters that may not appear in an IRI (RFC 3987): they are percent-encoded in a front-matter URL.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


def _iri_safe(url: str | None) -> str | None:
    """``url`` with the characters an IRI may not hold percent-encoded (no quote or ``<`` reaches Turtle)."""
    if url is None:
        return None
    return _NOT_IN_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
