"""Read graph files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) safely.

Every failure is an :class:`~kg.errors.InputError` with a one-line message,
``FILE:LINE:COL: message`` when the position is known. Hostile input is refused
before rdflib sees it:

* RDF/XML: a document type declaration that declares entities or points to an
  external DTD is rejected (no XXE, no "billion laughs"); nothing is fetched.
* JSON-LD: remote contexts (``"@context": "http://..."``, ``@import``) are
  rejected instead of being fetched from the network or the disk.
* Missing, unreadable, empty, binary or non-UTF-8 files are rejected (UTF-16/32
  with a byte-order mark is read).

Quad formats (``.trig``, ``.nq``) keep their named graphs; triple formats go
into the default graph, which queries see as part of the union.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kg.errors import InputError
from kg.graph import FORMATS, KnowledgeGraph

#: Input formats by file extension (the output table plus a few read-only aliases).
INPUT_FORMATS: dict[str, str] = {**FORMATS, ".n3": "n3", ".ntriples": "nt", ".nquads": "nquads"}

#: Bytes looked at to tell a binary file from a text file.
_SNIFF = 8192
#: Byte-order marks of the UTF-16/32 encodings read besides UTF-8 (UTF-32 first: its LE BOM starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class _Refused(Exception):
    """Raised from inside the XML pre-scan to stop at a forbidden construct."""


def parse_file(path: Path, format: str | None = None) -> KnowledgeGraph:
    """Read the RDF file ``path`` into a memory :class:`KnowledgeGraph`.

    The format follows the extension unless ``format`` (an rdflib format name) is given.
    Raises :class:`InputError` with a one-line message on any problem.
    """
    path = Path(path)
    fmt = format or _format_for(path)
    data = _read_bytes(path)
    text = _decode(path, data)
    if fmt == "xml":
        _prescan_xml(path, data)
    elif fmt == "json-ld":
        _prescan_jsonld(path, text)
    return _parse_text(path, text, fmt)


def _format_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in INPUT_FORMATS:
        known = ", ".join(sorted(INPUT_FORMATS))
        raise InputError(f"{path}: unknown graph format {suffix or '(no extension)'!r}; use one of {known}")
    return INPUT_FORMATS[suffix]


def _read_bytes(path: Path) -> bytes:
    from kg.io import read_bytes

    data = read_bytes(path, what="a graph file")
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return data


def _decode(path: Path, data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):  # UTF-16/32 marked by a BOM: read it, though RDF files should be UTF-8
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: not {codec.upper()} text (byte {exc.start}) despite its BOM") from None
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{path}: binary data, not an RDF text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position(data, exc.start)
        raise InputError(f"{path}:{line}:{col}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
    return text.removeprefix("\ufeff")


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    col = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, col


# -- hostile input ---------------------------------------------------------------------------------
def _prescan_xml(path: Path, data: bytes) -> None:
    """Refuse entity declarations and external DTDs; report XML syntax errors with a position."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(name: str, system_id: str | None, public_id: str | None, internal: int) -> None:
        if system_id or public_id:
            raise _Refused("XML DOCTYPE with an external DTD is not allowed")

    def entity(*_args: Any) -> None:
        raise _Refused("XML entity declarations are not allowed (no DOCTYPE ENTITY)")

    def external(*_args: Any) -> int:
        raise _Refused("XML external entities are not allowed")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        line, col = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        raise InputError(f"{path}:{line}:{col}: {exc}") from None
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, str(exc)) if exc.code else str(exc)
        raise InputError(f"{path}:{exc.lineno}:{exc.offset + 1}: {message}") from None


def _prescan_jsonld(path: Path, text: str) -> None:
    """Parse the JSON (with positions on error) and refuse remote contexts."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply") from None
    remote = _remote_context(document)
    if remote is not None:
        raise InputError(f"{path}: remote JSON-LD context {remote!r} is not fetched; inline the context")


def _remote_context(node: Any) -> str | None:
    """The first remote context reference (a string ``@context`` or ``@import``) in a JSON tree."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "@import" and isinstance(value, str):
                    return value
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            return ctx
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return None


# -- parsing ---------------------------------------------------------------------------------------
def _parse_text(path: Path, text: str, fmt: str) -> KnowledgeGraph:
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    try:
        dataset.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except InputError:
        raise
    except RecursionError:
        raise InputError(f"{path}: structure nested too deeply") from None
    except Exception as exc:
        raise InputError(_error_message(path, text, fmt, exc)) from None
    return KnowledgeGraph(dataset)


def _error_message(path: Path, text: str, fmt: str, exc: Exception) -> str:
    """``FILE:LINE:COL: message`` for a parser exception, as precise as the parser allows."""
    from rdflib.plugins.parsers.notation3 import BadSyntax

    if isinstance(exc, BadSyntax):
        data: bytes = getattr(exc, "_str", b"")
        offset: int = getattr(exc, "_i", 0)
        why = getattr(exc, "_why", str(exc))
        if isinstance(data, bytes) and data:
            line, col = _position(data, offset)
            return f"{path}:{line}:{col}: {why}"
        return f"{path}: {why}"
    if isinstance(exc, json.JSONDecodeError):
        return f"{path}:{exc.lineno}:{exc.colno}: {exc.msg}"
    lineno = getattr(exc, "getLineNumber", None)
    if callable(lineno):  # xml.sax.SAXParseException
        return f"{path}:{lineno()}:{exc.getColumnNumber() + 1}: {exc.getMessage()}"  # type: ignore[attr-defined]
    if fmt in {"nt", "nquads"}:
        located = _locate_with_oxigraph(text, fmt)
        if located:
            return f"{path}:{located}"
    return f"{path}: {_one_line(str(exc)) or type(exc).__name__}"


def _locate_with_oxigraph(text: str, fmt: str) -> str | None:
    """Ask pyoxigraph's line-based parser where the error is: ``LINE:COL: message`` or None."""
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        return None
    rdf_format = pyoxigraph.RdfFormat.N_QUADS if fmt == "nquads" else pyoxigraph.RdfFormat.N_TRIPLES
    try:
        for _ in pyoxigraph.parse(text.encode("utf-8"), rdf_format):
            pass
    except SyntaxError as exc:
        message = re.sub(r"^Parser error at line \d+ (?:column \d+|between columns \d+ and \d+): ", "", exc.msg)
        return f"{exc.lineno}:{exc.offset}: {_one_line(message)}"
    except Exception:
        return None
    return None


def _one_line(message: str) -> str:
    return " ".join(message.split())
