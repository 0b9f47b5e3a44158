"""Safe SPARQL over a :class:`~kg.graph.KnowledgeGraph`, whatever store holds it.

Every query goes through :func:`check_query` first: it is parsed by rdflib's
SPARQL parser, and anything that would reach outside the knowledge graph is
refused before a store sees it (``SERVICE``, ``LOAD``, ``FROM``/``FROM NAMED``/
``USING`` naming a graph the knowledge graph does not hold) as are updates
unless ``allow_update``. The prefixes of :data:`kg.namespaces.PREFIXES` are
predeclared on every store, so ``acc:signed`` needs no ``PREFIX`` line.

Where the query runs:

* memory graphs: rdflib's SPARQL engine (pure Python), in a worker thread that
  is interrupted (an asynchronous exception) when the timeout passes;
* ``oxigraph:`` stores: oxigraph's own engine (``pyoxigraph.Store.query``), in a
  worker thread. pyoxigraph has no cancellation: the caller gets
  :class:`~kg.errors.QueryTimeout` on time, rows stop being pulled, and a query
  stuck inside one step of oxigraph's evaluation (e.g. a ``COUNT`` over a huge
  join) goes on in an abandoned daemon thread until that step ends. At most
  :data:`MAX_RUNAWAY` such threads are tolerated, then queries are refused
  until they finish;
* ``sparql:`` endpoints: sent over HTTP with the timeout as socket timeout.

``infer="rdfs"|"owlrl"`` runs the query with rdflib over a copy of the graph
plus the ontology plus its RDFS / OWL-RL closure (computed by owlrl, cached per
graph until the graph changes).
"""

from __future__ import annotations

import csv
import ctypes
import functools
import io
import json
import queue
import re
import threading
import time
import weakref
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from kg.errors import KGError, QueryError, QueryRefused, QueryTimeout, StoreError
from kg.namespaces import ID_BASE, ONTOLOGY_IRI, PREFIXES
from kg.orderby import sort_rows, split_order_by

if TYPE_CHECKING:  # pragma: no cover
    from rdflib import Dataset, Graph

    from kg.graph import KnowledgeGraph

T = TypeVar("T")

INFER_MODES = ("rdfs", "owlrl")
#: Named graphs holding the ontology and the inferred triples in an ``infer`` view.
INFERRED_GRAPH = "urn:x-accord-kg:inferred"
#: Timed-out queries still running in the background before new ones are refused.
MAX_RUNAWAY = 4
#: Formats of :meth:`QueryResult.format`.
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
                 "json-ld": "json-ld", "jsonld": "json-ld", "xml": "xml", "rdfxml": "xml", "json": "json-ld",
                 "table": "turtle"}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_UPDATE_NAMES = {
    "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE",
    "Add": "ADD", "Move": "MOVE", "Copy": "COPY",
}


class UpdateRefused(QueryRefused):
    """An update (INSERT, DELETE, DROP, ...) was sent where only queries are allowed."""


# -- options ---------------------------------------------------------------------------------------
@dataclass
class QueryOptions:
    """How a query runs.

    ``infer``: ``None``, ``"rdfs"`` or ``"owlrl"``; ``timeout``: seconds (``None`` or 0: no
    limit); ``limit``: most rows returned (``None``: all), more set ``truncated``;
    ``allow_update``: run SPARQL updates; ``allow_service``: let ``SERVICE`` reach the network.
    """

    infer: str | None = None
    timeout: float | None = 10.0
    limit: int | None = 10000
    allow_update: bool = False
    allow_service: bool = False

    def __post_init__(self) -> None:
        if self.infer is not None and self.infer not in INFER_MODES:
            raise QueryError(f"infer must be one of {', '.join(INFER_MODES)}, not {self.infer!r}")
        if self.timeout is not None and self.timeout < 0:
            raise QueryError(f"timeout must be positive, not {self.timeout}")
        if self.limit is not None and self.limit < 0:
            raise QueryError(f"limit must be positive, not {self.limit}")


def make_options(options: QueryOptions | None = None, **kw: Any) -> QueryOptions:
    """``options`` updated with keyword overrides (``timeout=1`` etc.); unknown names are an error."""
    known = {f.name for f in fields(QueryOptions)}
    unknown = sorted(set(kw) - known)
    if unknown:
        raise QueryError(f"unknown query option {unknown[0]!r}; use {', '.join(sorted(known))}")
    base = options if options is not None else QueryOptions()
    return replace(base, **kw) if kw else replace(base)


# -- checking --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Analysis:
    """What :func:`check_query` learnt from parsing: the operation and the graphs it names."""

    operation: str  #: select | ask | construct | describe | update
    dataset_iris: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The :class:`QueryResult` kind: select, ask, graph or update."""
        return "graph" if self.operation in ("construct", "describe") else self.operation


def check_query(
    sparql: str, options: QueryOptions | None = None, *, is_local: Callable[[str], bool] | None = None
) -> Analysis:
    """Parse ``sparql`` with rdflib's parser and refuse what must not run.

    Raises :class:`QueryError` (syntax, with line and column), :class:`QueryRefused`
    (``SERVICE``, ``LOAD``, non-local ``FROM``/``FROM NAMED``/``USING``) or
    :class:`UpdateRefused` (an update without ``allow_update``). ``is_local(iri)`` says
    whether a graph IRI is held by the graph queried; without it only IRIs under the
    project's ``id:`` namespace or ``urn:`` count as local.
    """
    opts = options or QueryOptions()
    analysis = _analyse(sparql, opts.allow_update, opts.allow_service)
    local = is_local or _default_local
    for iri in analysis.dataset_iris:
        if not local(iri):
            raise QueryRefused(
                f"graph <{iri}> (FROM/FROM NAMED/USING) is not in this knowledge graph; "
                "remote or file graphs are never loaded"
            )
    return analysis


def _default_local(iri: str) -> bool:
    return iri.startswith(ID_BASE) or iri.startswith("urn:")


#: Queries longer than this (characters) are not kept in the parse cache.
CACHE_QUERIES_UP_TO = 20_000
#: rdflib's SPARQL grammar is a pyparsing grammar, and pyparsing is not thread-safe: the first call of a
#: parse action guesses its arity by retrying on TypeError, and two threads guessing at once leave it wrong
#: for good ("postParse2() missing 1 required positional argument"). One parse at a time, then.
_PARSE_LOCK = threading.Lock()


def _analyse(sparql: str, allow_update: bool, allow_service: bool) -> Analysis:
    """Parse and check ``sparql`` (cached: rdflib's parser takes milliseconds)."""
    if not isinstance(sparql, str) or not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > CACHE_QUERIES_UP_TO:
        return _analyse_uncached(sparql, allow_update, allow_service)
    return _analyse_cached(sparql, allow_update, allow_service)


def _analyse_uncached(sparql: str, allow_update: bool, allow_service: bool) -> Analysis:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        try:
            with _PARSE_LOCK:
                tree = parseQuery(sparql)
        except ParseException as query_error:
            try:
                with _PARSE_LOCK:
                    update = parseUpdate(sparql)
            except ParseException as update_error:
                if _looks_like_update(sparql):
                    raise QueryError(_syntax_message(update_error, update=True)) from None
                raise QueryError(_syntax_message(query_error)) from None
            return _analyse_update(update, allow_update, allow_service)
    except RecursionError:
        raise QueryError("query nested too deeply") from None
    _refuse_service(tree, allow_service)
    _translate(lambda: _translate_query(tree))
    operation = tree[1].name.removesuffix("Query").lower()
    iris = tuple(_clause_iri(d) for d in dict.get(tree[1], "datasetClause") or [])
    return Analysis(operation, iris)


_analyse_cached = functools.lru_cache(maxsize=512)(_analyse_uncached)


def _translate_query(tree: Any) -> None:
    from rdflib.plugins.sparql.algebra import translateQuery

    translateQuery(tree, initNs=PREFIXES)


def _analyse_update(update: Any, allow_update: bool, allow_service: bool) -> Analysis:
    from rdflib.plugins.sparql.algebra import translateUpdate

    names = [_UPDATE_NAMES.get(r.name, r.name) for r in update.request]
    if "LOAD" in names:
        raise QueryRefused("LOAD is refused: it would fetch data from outside the knowledge graph")
    _refuse_service(update, allow_service)
    if not allow_update:
        raise UpdateRefused(
            f"updates are refused ({names[0] if names else 'empty update'}): queries are read-only "
            "unless updates are allowed explicitly"
        )
    _translate(lambda: translateUpdate(update, initNs=PREFIXES))
    iris: list[str] = []
    for request in update.request:
        for clause in dict.get(request, "using") or []:
            iris.append(_clause_iri(clause))
    return Analysis("update", tuple(iris))


def _clause_iri(clause: Any) -> str:
    """The IRI of a FROM / FROM NAMED / USING clause (a CompValue: plain dict access, no defaults)."""
    return str(dict.get(clause, "default") or dict.get(clause, "named"))


def _translate(step: Callable[[], object]) -> None:
    """Run rdflib's algebra translation; its errors (unknown prefix, ...) become QueryError."""
    try:
        step()
    except Exception as exc:
        message = _one_line(str(exc))
        match = re.match(r"Unknown namespace prefix : (\S*)", message)
        if match:
            message = f"unknown prefix {match.group(1)}: (declare it with PREFIX {match.group(1)}: <...>)"
        raise QueryError(message) from None


def _refuse_service(tree: Any, allow_service: bool) -> None:
    if allow_service:
        return
    for node in _walk(tree):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            term = dict.get(node, "term")
            target = f" <{term}>" if term is not None and not hasattr(term, "name") else ""
            raise QueryRefused(f"SERVICE{target} is refused: queries never reach other endpoints")


def _walk(tree: Any) -> Iterator[Any]:
    """Every CompValue in an rdflib parse tree."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(dict.values(node))
        elif isinstance(node, ParseResults | list | tuple):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


_UPDATE_START = re.compile(
    r"^(?:\s|#[^\n]*\n|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>)|(?:BASE\s*<[^>]*>))*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def _looks_like_update(sparql: str) -> bool:
    return _UPDATE_START.match(sparql) is not None


def _syntax_message(error: Any, update: bool = False) -> str:
    message = str(getattr(error, "msg", "") or "")
    rest = str(getattr(error, "pstr", ""))[error.loc:].split()
    found = repr(rest[0][:30]) if rest else "the end of the query"
    if update:
        # rdflib's update grammar backtracks to the start of the failing operation
        return f"line {error.lineno}, column {error.col}: syntax error in the update operation starting at {found}"
    if not message or re.search(r"(Select|Construct|Describe|Ask)Query|Update", message):
        # pyparsing names the outermost rule: say where, not what it wanted
        return f"line {error.lineno}, column {error.col}: syntax error at {found}"
    return f"line {error.lineno}, column {error.col}: {message[:1].lower() + message[1:]}, found {found}"


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


# -- results ---------------------------------------------------------------------------------------
class QueryResult:
    """The answer to a query: rows with named fields, a boolean, or a graph.

    ``kind`` is ``"select"``, ``"ask"``, ``"graph"`` (CONSTRUCT/DESCRIBE; rows are its
    subject/predicate/object triples) or ``"update"``. Row values are plain Python values
    (``str`` for IRIs and strings, ``int``, ``float``, ``Decimal``, ``bool``, dates, ``"_:id"``
    for blank nodes, ``None`` when unbound); :attr:`terms` has the RDF terms.
    """

    def __init__(
        self,
        kind: str,
        vars: Sequence[str] = (),
        raw_rows: Sequence[Sequence[Any]] = (),
        *,
        boolean: bool | None = None,
        graph: Graph | None = None,
        truncated: bool = False,
        to_python: Callable[[Any], Any] | None = None,
        to_rdflib: Callable[[Any], Any] | None = None,
    ) -> None:
        self.kind = kind
        self.vars: list[str] = list(vars)
        self.boolean = boolean
        self.graph = graph
        self.truncated = truncated
        self._raw = raw_rows
        self._to_python = to_python or _rdflib_to_python
        self._to_rdflib = to_rdflib or (lambda term: term)
        self._rows: list[Any] | None = None
        self._terms: list[tuple[Any, ...]] | None = None

    @property
    def rows(self) -> list[Any]:
        """The rows, each a named tuple with one field per variable (``row.name``, ``row[0]``)."""
        if self._rows is None:
            row_type = _row_type(tuple(self.vars))
            convert = self._to_python
            make = row_type._make
            self._rows = [make(map(convert, raw)) for raw in self._raw]
        return self._rows

    @property
    def terms(self) -> list[tuple[Any, ...]]:
        """The rows as rdflib terms (``None`` when unbound)."""
        if self._terms is None:
            convert = self._to_rdflib
            self._terms = [tuple(convert(v) for v in raw) for raw in self._raw]
        return self._terms

    def __iter__(self) -> Iterator[Any]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self._raw)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ask" else len(self._raw) > 0

    def __repr__(self) -> str:
        detail = f"boolean={self.boolean}" if self.kind == "ask" else f"{len(self)} rows"
        return f"<QueryResult {self.kind} {detail}{' truncated' if self.truncated else ''}>"

    # -- output ------------------------------------------------------------------------------------
    def format(self, fmt: str = "table") -> str:
        """Text in ``fmt``: table, csv, tsv, json, xml (SPARQL 1.1 results formats).

        CONSTRUCT/DESCRIBE results take turtle (also for ``table``), nt, json-ld (also
        ``json``), xml (RDF/XML), or csv/tsv of their triples.
        """
        fmt = fmt.lower()
        if self.kind == "graph" and fmt in GRAPH_FORMATS:
            return self._graph().serialize(format=GRAPH_FORMATS[fmt])
        if self.kind == "update":
            return "update done\n"
        writers = {"table": _format_table, "csv": _format_csv, "tsv": _format_tsv, "json": _format_json,
                   "xml": _format_xml}
        if fmt not in writers:
            options = sorted(set(writers) | (set(GRAPH_FORMATS) if self.kind == "graph" else set()))
            raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(options)}")
        return writers[fmt](self)

    def _graph(self) -> Graph:
        if self.graph is None:
            from rdflib import Graph

            self.graph = Graph()
        return self.graph

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (columns named after the variables)."""
        try:
            import pandas
        except ImportError:
            raise KGError("to_dataframe needs pandas: pip install 'accord-kg[pandas]'") from None
        if self.kind == "ask":
            return pandas.DataFrame({"boolean": [self.boolean]})
        return pandas.DataFrame([tuple(r) for r in self.rows], columns=self.vars)


@functools.lru_cache(maxsize=256)
def _row_type(names: tuple[str, ...]) -> Any:
    return namedtuple("Row", names, rename=True)


# -- term conversion -------------------------------------------------------------------------------
def _rdflib_to_python(term: Any) -> Any:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        return str(value) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _bool(text: str) -> bool:
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(text)


#: Fast conversions of oxigraph literals; they agree with rdflib's ``Literal.toPython``.
_FAST_LITERALS: dict[str, Callable[[str], Any]] = {
    _XSD + "string": str,
    _RDF_LANGSTRING: str,
    _XSD + "boolean": _bool,
    _XSD + "double": float,
    _XSD + "float": float,
    **{_XSD + name: int for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte")},
}


def _ox_to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value, without building rdflib terms when possible."""
    if term is None:
        return None
    convert = _OX_CONVERTERS.get(type(term))
    if convert is None:
        _OX_CONVERTERS.update(_ox_converters())
        convert = _OX_CONVERTERS.get(type(term), str)
    return convert(term)


_OX_CONVERTERS: dict[type, Callable[[Any], Any]] = {}


def _ox_converters() -> dict[type, Callable[[Any], Any]]:
    import pyoxigraph

    def literal(term: Any) -> Any:
        fast = _FAST_LITERALS.get(term.datatype.value)
        if fast is not None:
            try:
                return fast(term.value)
            except ValueError:
                return term.value
        return _rdflib_to_python(ox_to_rdflib(term))

    return {
        pyoxigraph.NamedNode: lambda term: term.value,
        pyoxigraph.Literal: literal,
        pyoxigraph.BlankNode: lambda term: f"_:{term.value}",
    }


def ox_to_rdflib(term: Any) -> Any:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD + "string" else Literal(term.value,
                                                                              datatype=URIRef(datatype))
    if kind == "BlankNode":
        return BNode(term.value)
    return Literal(str(term))


def _json_to_rdflib(binding: dict[str, Any] | None) -> Any:
    """A term of SPARQL JSON results as an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    datatype = binding.get("datatype")
    if binding.get("xml:lang"):
        return Literal(value, lang=binding["xml:lang"])
    if datatype and datatype != _XSD + "string":
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


# -- result formats --------------------------------------------------------------------------------
def _term_parts(term: Any) -> tuple[str, str, str | None, str | None]:
    """(type, value, datatype, lang) of an rdflib term; type is uri, literal or bnode."""
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype and str(term.datatype) != _XSD + "string" else None
        return "literal", str(term), datatype if not term.language else None, term.language
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    return "uri", str(term), None, None


def _format_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    bindings = []
    for row in result.terms:
        binding: dict[str, dict[str, str]] = {}
        for var, term in zip(result.vars, row, strict=False):
            if term is None:
                continue
            kind, value, datatype, lang = _term_parts(term)
            cell = {"type": kind, "value": value}
            if lang:
                cell["xml:lang"] = lang
            elif datatype:
                cell["datatype"] = datatype
            binding[var] = cell
        bindings.append(binding)
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                      ensure_ascii=False) + "\n"


def _format_xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "  <head>"]
    if result.kind == "ask":
        out += ["  </head>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out += [f"    <variable name={quoteattr(v)}/>" for v in result.vars]
    out += ["  </head>", "  <results>"]
    for row in result.terms:
        out.append("    <result>")
        for var, term in zip(result.vars, row, strict=False):
            if term is None:
                continue
            kind, value, datatype, lang = _term_parts(term)
            if kind == "literal":
                attrs = f" xml:lang={quoteattr(lang)}" if lang else (
                    f" datatype={quoteattr(datatype)}" if datatype else "")
                inner = f"<literal{attrs}>{xml_escape(value)}</literal>"
            else:
                inner = f"<{kind}>{xml_escape(value)}</{kind}>"
            out.append(f"      <binding name={quoteattr(var)}>{inner}</binding>")
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _format_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["_askResult"], ["true" if result.boolean else "false"]])
        return buffer.getvalue()
    writer.writerow(result.vars)
    for row in result.terms:
        writer.writerow(["" if t is None else _csv_value(t) for t in row])
    return buffer.getvalue()


def _csv_value(term: Any) -> str:
    kind, value, _, _ = _term_parts(term)
    return f"_:{value}" if kind == "bnode" else value


def _format_tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result.terms:
        lines.append("\t".join("" if t is None else _nt_term(t) for t in row))
    return "\n".join(lines) + "\n"


def _nt_term(term: Any) -> str:
    """A term in N-Triples syntax (escaped so it fits on one TSV cell)."""
    kind, value, datatype, lang = _term_parts(term)
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t"))
    if lang:
        return f'"{escaped}"@{lang}'
    return f'"{escaped}"^^<{datatype}>' if datatype else f'"{escaped}"'


_CELL_WIDTH = 80


def _format_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.vars)
    body = [[_short(t) for t in row] for row in result.terms]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in body]
    count = len(body)
    lines.append(f"({count} row{'s' if count != 1 else ''}"
                 + (", truncated: raise the row limit to see more)" if result.truncated else ")"))
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def _prefix_table() -> list[tuple[str, str]]:
    return sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def _short(term: Any) -> str:
    """A compact cell: prefixed names for known namespaces, lexical forms for literals."""
    if term is None:
        return ""
    kind, value, _, lang = _term_parts(term)
    if kind == "uri":
        for namespace, prefix in _prefix_table():
            local = value[len(namespace):]
            if value.startswith(namespace) and re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
                value = f"{prefix}:{local}"
                break
        else:
            value = f"<{value}>"
    elif kind == "bnode":
        value = f"_:{value}"
    elif lang:
        value = f"{value}@{lang}"
    value = " ".join(value.split())
    return value if len(value) <= _CELL_WIDTH else value[: _CELL_WIDTH - 1] + "…"


# -- running ---------------------------------------------------------------------------------------
def run_query(
    graph: KnowledgeGraph, sparql: str, *, options: QueryOptions | None = None, **kw: Any
) -> QueryResult:
    """Check and run ``sparql`` on ``graph`` (memory, oxigraph or SPARQL endpoint backed).

    Keyword arguments override fields of ``options`` (see :class:`QueryOptions`).
    Raises :class:`QueryError`, :class:`QueryRefused`, :class:`QueryTimeout` or
    :class:`~kg.errors.StoreError` with one-line messages. Parsing, checking and
    evaluation share the time limit; an update (with ``allow_update``) is checked
    within it but then runs to its end.
    """
    opts = make_options(options, **kw)
    backend = backend_of(graph)

    def job(cancel: threading.Event) -> QueryResult | Analysis:
        try:
            return checked_run(cancel)
        except KGError:
            raise
        except RecursionError:
            raise QueryError("query nested too deeply to evaluate") from None
        except Exception as exc:  # an engine's own error: still one line, never a traceback
            raise QueryError(f"query failed: {type(exc).__name__}: {_one_line(str(exc))[:300]}") from None

    def checked_run(cancel: threading.Event) -> QueryResult | Analysis:
        analysis = _analyse(sparql, opts.allow_update, opts.allow_service)
        if analysis.dataset_iris:
            check_query(sparql, opts, is_local=backend.has_graph)
        if analysis.operation == "update":
            return analysis
        if opts.infer:
            dataset = _inferred_dataset(graph, backend, opts.infer)
            return MemoryBackend(dataset).select(sparql, analysis, opts.limit, cancel)
        return backend.select(sparql, analysis, opts.limit, cancel, timeout=opts.timeout)

    outcome = _call_with_timeout(job, opts.timeout)  # parsing counts toward the time limit too
    if isinstance(outcome, QueryResult):
        return outcome
    # a checked update: not interrupted, so that it is applied whole or (oxigraph) not at all
    backend.update(sparql)
    _forget_inferred(graph)
    return QueryResult("update")


class Backend:
    """Where a KnowledgeGraph's quads live, and how queries run there."""

    def has_graph(self, iri: str) -> bool:  # pragma: no cover - abstract
        """Whether the named graph ``iri`` exists and is not empty."""
        raise NotImplementedError

    def select(self, sparql: str, analysis: Analysis, limit: int | None, cancel: threading.Event,
               **kw: Any) -> QueryResult:  # pragma: no cover - abstract
        """Run a query (SELECT, ASK, CONSTRUCT, DESCRIBE)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:  # pragma: no cover - abstract
        """Run an (already checked) SPARQL update."""
        raise NotImplementedError

    def quads(self) -> Iterator[tuple[Any, Any, Any, Any]]:  # pragma: no cover - abstract
        """All quads as rdflib terms (graph ``None`` for the default graph)."""
        raise NotImplementedError

    def fingerprint(self) -> int:
        """A number that changes when the content changes (for caches)."""
        value = 0
        count = 0
        for quad in self.quads():
            value ^= hash(quad)
            count += 1
        return hash((value, count))


class MemoryBackend(Backend):
    """An rdflib Dataset queried by rdflib's engine."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def has_graph(self, iri: str) -> bool:
        from rdflib import URIRef

        name = URIRef(iri)
        return any(context.identifier == name for context in self.dataset.graphs()) and any(
            True for _ in self.dataset.graph(name).triples((None, None, None)))

    def select(self, sparql: str, analysis: Analysis, limit: int | None, cancel: threading.Event,
               **kw: Any) -> QueryResult:
        result = self.dataset.query(sparql, initNs=PREFIXES)
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return _graph_result(iter(result.graph or ()), limit, cancel)
        variables = [str(v) for v in result.vars or ()]
        rows: list[tuple[Any, ...]] = []
        truncated = False
        for row in result:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            if cancel.is_set():
                raise _Cancelled
            rows.append(tuple(row))  # type: ignore[arg-type]
        return QueryResult("select", variables, rows, truncated=truncated)

    def update(self, sparql: str) -> None:
        self.dataset.update(sparql, initNs=PREFIXES)

    def quads(self) -> Iterator[tuple[Any, Any, Any, Any]]:
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            yield s, p, o, None if name == DATASET_DEFAULT_GRAPH_ID else name


def _graph_result(triples: Iterator[Any], limit: int | None, cancel: threading.Event,
                  convert: Callable[[Any], Any] | None = None) -> QueryResult:
    from rdflib import Graph

    from kg.graph import bind_prefixes

    out = Graph()
    bind_prefixes(out)
    rows: list[tuple[Any, ...]] = []
    truncated = False
    for triple in triples:
        if cancel.is_set():
            raise _Cancelled
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        terms = tuple(convert(t) for t in triple) if convert else tuple(triple)
        out.add(terms)
        rows.append(terms)
    return QueryResult("graph", ["subject", "predicate", "object"], rows, graph=out, truncated=truncated)


#: A SELECT whose ORDER BY is sorted in Python holds up to this many times the row limit before it lets
#: Oxigraph sort instead (the rows past the limit are read only to find the first ones).
SORT_IN_PYTHON_UP_TO = 10


class OxigraphBackend(Backend):
    """A pyoxigraph Store queried by oxigraph itself (the union of all graphs is the default)."""

    def __init__(self, store: Any, merged: bool = False, dataset: Dataset | None = None) -> None:
        self.store = store
        self.merged = merged
        self.dataset = dataset

    def has_graph(self, iri: str) -> bool:
        import pyoxigraph

        return bool(self.store.contains_named_graph(pyoxigraph.NamedNode(iri)))

    def select(self, sparql: str, analysis: Analysis, limit: int | None, cancel: threading.Event,
               **kw: Any) -> QueryResult:
        if analysis.operation == "select":  # a final ORDER BY of plain variables: sorted here, faster
            lifted = split_order_by(sparql)
            if lifted is not None:
                sorted_result = self._select_sorted(lifted[0], lifted[1], analysis, limit, cancel)
                if sorted_result is not None:
                    return sorted_result
        return self._run(sparql, analysis, limit, cancel)

    def _query(self, sparql: str, analysis: Analysis) -> Any:
        try:
            union = not self.merged and not analysis.dataset_iris
            return self.store.query(sparql, prefixes=_prefix_strings(), use_default_graph_as_union=union)
        except SyntaxError as exc:
            raise QueryError(f"oxigraph: {_one_line(str(exc))}") from None
        except OSError as exc:
            raise StoreError(f"oxigraph: {_one_line(str(exc))}") from None

    def _rows(self, result: Any, limit: int | None, cancel: threading.Event) -> tuple[list[tuple[Any, ...]], bool]:
        """Up to ``limit`` solutions, and whether there were more."""
        rows: list[tuple[Any, ...]] = []
        try:
            for solution in result:
                if cancel.is_set():
                    raise _Cancelled
                if limit is not None and len(rows) >= limit:
                    return rows, True
                rows.append(tuple(solution))
        except (SyntaxError, OSError) as exc:
            raise QueryError(f"oxigraph: {_one_line(str(exc))}") from None
        return rows, False

    def _select_sorted(self, unordered: str, keys: list[tuple[str, bool]], analysis: Analysis,
                       limit: int | None, cancel: threading.Event) -> QueryResult | None:
        """The query without its ORDER BY, sorted by :func:`kg.orderby.sort_rows` and then cut to ``limit``;
        None when the engine must sort after all (a key not projected, values only SPARQL's operators order,
        or more than :data:`SORT_IN_PYTHON_UP_TO` times ``limit`` rows, which are not all held in memory)."""
        result = self._query(unordered, analysis)
        variables = [v.value for v in result.variables]
        if any(name not in variables for name, _ in keys):
            return None
        cap = None if limit is None else max(limit * SORT_IN_PYTHON_UP_TO, limit + 1)
        rows, more = self._rows(result, cap, cancel)
        if more:
            return None
        ordered = sort_rows(rows, variables, keys)
        if ordered is None:
            return None
        truncated = limit is not None and len(ordered) > limit
        return QueryResult("select", variables, ordered[:limit] if truncated else ordered, truncated=truncated,
                           to_python=_ox_to_python, to_rdflib=ox_to_rdflib)

    def _run(self, sparql: str, analysis: Analysis, limit: int | None, cancel: threading.Event) -> QueryResult:
        import pyoxigraph

        result = self._query(sparql, analysis)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, pyoxigraph.QueryTriples):
            triples = ((t.subject, t.predicate, t.object) for t in result)
            return _graph_result(triples, limit, cancel, ox_to_rdflib)
        variables = [v.value for v in result.variables]
        rows, truncated = self._rows(result, limit, cancel)
        return QueryResult("select", variables, rows, truncated=truncated, to_python=_ox_to_python,
                           to_rdflib=ox_to_rdflib)

    def update(self, sparql: str) -> None:
        if self.merged and self.dataset is not None:
            # rdflib's engine writes through the store plugin, which keeps the merged view
            self.dataset.update(sparql, initNs=PREFIXES, use_store_provided=False)
            return
        try:
            self.store.update(sparql, prefixes=_prefix_strings())
        except (SyntaxError, OSError) as exc:
            raise QueryError(f"oxigraph: {_one_line(str(exc))}") from None

    def quads(self) -> Iterator[tuple[Any, Any, Any, Any]]:
        for row in self.store.query(union_quads_query()):
            yield tuple(ox_to_rdflib(row[v]) for v in ("s", "p", "o", "g"))

    def fingerprint(self) -> int:
        value = 0
        count = 0
        for quad in self.store:
            value ^= hash(str(quad))
            count += 1
        return hash((value, count))


@functools.lru_cache(maxsize=1)
def _prefix_strings() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


class RemoteBackend(Backend):
    """A SPARQL 1.1 endpoint (query and update URLs of a :class:`kg.store.StoreSpec`).

    ``merged``: the endpoint's default graph holds the merged view (written by
    :func:`kg.store.save`); otherwise queries ask for the union default graph.
    """

    def __init__(self, endpoint: Any, merged: bool = True) -> None:
        self.endpoint = endpoint
        self.merged = merged

    @property
    def query_url(self) -> str:
        """Where queries go (with ``union-default-graph`` when the merged view is missing)."""
        return str(self.endpoint.query_url if self.merged else self.endpoint.query_url_union)

    def has_graph(self, iri: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")

    def ask(self, sparql: str) -> bool:
        """The answer of an ASK query sent as is."""
        body = self._post(self.endpoint.query_url, sparql, "application/sparql-query",
                          "application/sparql-results+json", 60.0)
        try:
            return bool(json.loads(body).get("boolean"))
        except ValueError:
            raise StoreError(f"{self.endpoint.query_url}: answer is not SPARQL JSON results") from None

    def select(self, sparql: str, analysis: Analysis, limit: int | None, cancel: threading.Event,
               **kw: Any) -> QueryResult:
        timeout = kw.get("timeout")
        url = self.endpoint.query_url if analysis.dataset_iris else self.query_url
        if analysis.kind == "graph":
            from rdflib import Graph

            body = self._post(url, with_prefixes(sparql), "application/sparql-query", "application/n-triples",
                              timeout)
            parsed = Graph()
            parsed.parse(data=body.decode("utf-8"), format="nt")
            return _graph_result(iter(parsed), limit, cancel)
        body = self._post(url, with_prefixes(sparql), "application/sparql-query",
                          "application/sparql-results+json", timeout)
        try:
            data: dict[str, Any] = json.loads(body)
        except ValueError:
            raise StoreError(f"{url}: answer is not SPARQL JSON results") from None
        if "boolean" in data:
            return QueryResult("ask", boolean=bool(data["boolean"]))
        variables = list(data.get("head", {}).get("vars", []))
        bindings = data.get("results", {}).get("bindings", [])
        truncated = limit is not None and len(bindings) > limit
        rows = [tuple(_json_to_rdflib(b.get(v)) for v in variables) for b in bindings[:limit]]
        return QueryResult("select", variables, rows, truncated=truncated)

    def update(self, sparql: str) -> None:
        self._post(self.endpoint.update_url, with_prefixes(sparql), "application/sparql-update", "*/*", 300.0)
        if self.merged:  # triples added to named graphs join the merged view
            self._post(self.endpoint.update_url, MERGE_MISSING, "application/sparql-update", "*/*", 300.0)

    def quads(self) -> Iterator[tuple[Any, Any, Any, Any]]:
        for row in self.select_json(union_quads_query()):
            yield row["s"], row["p"], row["o"], row.get("g")

    def select_json(self, sparql: str, timeout: float | None = 300.0) -> list[dict[str, Any]]:
        """Rows of a SELECT sent as is (no union default graph), as dicts of rdflib terms."""
        body = self._post(self.endpoint.query_url, sparql, "application/sparql-query",
                          "application/sparql-results+json", timeout)
        try:
            bindings = json.loads(body).get("results", {}).get("bindings", [])
        except ValueError:
            raise StoreError(f"{self.endpoint.query_url}: answer is not SPARQL JSON results") from None
        return [{k: _json_to_rdflib(v) for k, v in b.items()} for b in bindings]

    def _post(self, url: str, body: str, content_type: str, accept: str, timeout: float | None) -> bytes:
        return http_request("POST", url, body.encode("utf-8"), {"Content-Type": content_type, "Accept": accept},
                            timeout)


def http_request(method: str, url: str, body: bytes | None, headers: dict[str, str],
                 timeout: float | None) -> bytes:
    """One HTTP request; errors become QueryError (4xx), QueryTimeout or StoreError."""
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout or None) as response:
            data: bytes = response.read()
            return data
    except urllib.error.HTTPError as exc:
        detail = _one_line(exc.read().decode("utf-8", errors="replace"))[:300]
        if 400 <= exc.code < 500:
            raise QueryError(f"{url}: HTTP {exc.code}: {detail or exc.reason}") from None
        raise StoreError(f"{url}: HTTP {exc.code}: {detail or exc.reason}") from None
    except TimeoutError:
        raise QueryTimeout(f"{url}: no answer within {timeout:g} s (timeout)") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise QueryTimeout(f"{url}: no answer within {timeout:g} s (timeout)") from None
        raise StoreError(f"{url}: cannot reach the endpoint: {exc.reason}") from None
    except OSError as exc:
        raise StoreError(f"{url}: {exc}") from None


#: Adds to the default graph (the merged view) the named graphs' triples it lacks.
MERGE_MISSING = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"


def union_quads_query(pattern: str = "?s ?p ?o") -> str:
    """SELECT ?s ?p ?o ?g: named graphs' quads, and default-graph triples held by no named graph."""
    return (f"SELECT * WHERE {{ {{ GRAPH ?g {{ {pattern} }} }} UNION "
            f"{{ {pattern} FILTER NOT EXISTS {{ GRAPH ?h {{ {pattern} }} }} }} }}")


def with_prefixes(sparql: str) -> str:
    """``sparql`` with PREFIX lines for the project prefixes it does not declare itself."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p.lower() not in declared]
    return "\n".join([*lines, sparql])


def backend_of(graph: KnowledgeGraph) -> Backend:
    """The backend holding ``graph``'s quads (memory, oxigraph store or SPARQL endpoint)."""
    dataset = graph.dataset
    store = dataset.store
    endpoint = getattr(store, "kg_endpoint", None)
    if endpoint is not None:
        return RemoteBackend(endpoint, merged=getattr(store, "kg_merged", True))
    if hasattr(store, "_inner") and any(c.__module__.startswith("oxrdflib") for c in type(store).__mro__):
        return OxigraphBackend(store._inner, merged=getattr(store, "kg_merged", False), dataset=dataset)
    return MemoryBackend(dataset)


# -- timeouts --------------------------------------------------------------------------------------
class _Cancelled(BaseException):
    """Raised inside a query worker to stop it (BaseException: rdflib's handlers let it through)."""


_runaway = 0
_runaway_lock = threading.Lock()


def runaway_count() -> int:
    """Timed-out query threads that are still running."""
    with _runaway_lock:
        return _runaway


def _interrupt(worker: _Worker) -> None:
    """Raise :class:`_Cancelled` inside ``worker`` at its next Python bytecode, if it still runs a task.

    A thread is interrupted by its ident, and idents are reused as soon as a thread ends (the server
    starts a thread per request): once the worker has left its loop it is never interrupted again,
    else the exception could hit a new, unrelated thread and drop its connection.
    """
    with worker.state_lock:
        if worker.interruptible and worker.ident is not None:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident),
                                                       ctypes.py_object(_Cancelled))


class _Task:
    """One job for a worker thread, with its outcome."""

    def __init__(self, job: Callable[[threading.Event], Any]) -> None:
        self.job = job
        self.cancel = threading.Event()
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.finished = False
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            try:
                value = self.job(self.cancel)
                with self.lock:
                    self.value, self.finished = value, True
            except _Cancelled:
                pass
            except BaseException as exc:
                with self.lock:
                    self.error, self.finished = exc, True
        except _Cancelled:  # delivered late, after the job ended
            pass
        finally:
            self.done.set()


class _Worker(threading.Thread):
    """A reusable query thread; one that was interrupted is retired, never reused."""

    def __init__(self) -> None:
        super().__init__(name="kg-query", daemon=True)
        self.tasks: queue.SimpleQueue[_Task] = queue.SimpleQueue()
        self.retired = False
        self.interruptible = True
        self.state_lock = threading.Lock()

    def run(self) -> None:
        try:
            while True:
                task = self.tasks.get()
                task.run()
                if self.retired or not _release(self):
                    return
        except _Cancelled:
            return
        finally:
            self._leave()

    def _leave(self) -> None:
        """Stop being interruptible, and absorb an interruption sent just before."""
        while True:
            try:
                with self.state_lock:
                    self.interruptible = False
                for _ in range(3):  # a pending asynchronous exception is raised at a loop's jump back
                    pass
                return
            except _Cancelled:
                continue


_idle: list[_Worker] = []
_idle_lock = threading.Lock()
MAX_IDLE_WORKERS = 8


def _acquire() -> _Worker:
    with _idle_lock:
        if _idle:
            return _idle.pop()
    worker = _Worker()
    worker.start()
    return worker


def _release(worker: _Worker) -> bool:
    with _idle_lock:
        if len(_idle) >= MAX_IDLE_WORKERS:
            return False
        _idle.append(worker)
        return True


def _call_with_timeout(job: Callable[[threading.Event], T], timeout: float | None) -> T:
    """Run ``job(cancel)`` in a worker thread; past ``timeout`` seconds raise QueryTimeout.

    The worker is asked to stop (``cancel`` is set) and interrupted with an asynchronous
    exception, which stops pure-Python evaluation at once; a worker blocked inside native
    code (oxigraph) stops when that call returns, a reaper thread keeps interrupting it.
    Workers are reused, so a fast query does not pay for a new thread.
    """
    global _runaway
    if runaway_count() >= MAX_RUNAWAY:
        raise QueryTimeout(f"{MAX_RUNAWAY} earlier queries that timed out are still running; try again later")
    if not timeout:
        return job(threading.Event())
    task = _Task(job)
    worker = _acquire()
    started = time.monotonic()
    worker.tasks.put(task)
    if not task.done.wait(timeout):
        with task.lock:
            cancelled = not task.finished
            if cancelled:
                task.cancel.set()
                worker.retired = True
                worker.name = "kg-query-cancelled"
                _interrupt(worker)
        if cancelled:
            if not task.done.wait(0.2):
                with _runaway_lock:
                    _runaway += 1
                threading.Thread(target=_reap, args=(worker,), name="kg-query-reaper", daemon=True).start()
            elapsed = time.monotonic() - started
            raise QueryTimeout(f"query stopped after {elapsed:.1f} s (timeout {timeout:g} s); "
                               "make it more selective or raise the timeout")
        task.done.wait()
    if task.error is not None:
        raise task.error
    value: T = task.value
    return value


def _reap(worker: _Worker) -> None:
    global _runaway
    try:
        while worker.is_alive():
            _interrupt(worker)
            worker.join(0.25)
    finally:
        with _runaway_lock:
            _runaway -= 1


# -- inference -------------------------------------------------------------------------------------
_inferred: weakref.WeakKeyDictionary[Any, dict[str, tuple[int, Any]]] = weakref.WeakKeyDictionary()
_inferred_lock = threading.Lock()


def ontology_paths() -> list[Path]:
    """Where the ontology is looked for: the packaged copy, then the repository's."""
    here = Path(__file__).resolve().parent
    return [here / "resources" / "accord.ttl", here.parent / "ontology" / "accord.ttl"]


@functools.lru_cache(maxsize=4)
def _ontology_graph(path: str, mtime: float) -> Graph:
    from rdflib import Graph

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:
        raise QueryError(f"{path}: cannot read the ontology: {_one_line(str(exc))}") from None
    return graph


def load_ontology() -> Graph:
    """The accord ontology as an rdflib Graph (cached until the file changes)."""
    for path in ontology_paths():
        if path.is_file():
            return _ontology_graph(str(path), path.stat().st_mtime)
    raise QueryError("inference needs the ontology, but neither kg/resources/accord.ttl nor "
                     "ontology/accord.ttl exists")


def _forget_inferred(graph: Any) -> None:
    with _inferred_lock:
        _inferred.pop(graph, None)


def _inferred_dataset(graph: Any, backend: Backend, mode: str) -> Dataset:
    """A memory copy of ``graph`` + ontology + the RDFS / OWL-RL closure, cached per graph."""
    from rdflib import Dataset, Graph, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    ontology = load_ontology()
    fingerprint = hash((backend.fingerprint(), id(ontology)))
    with _inferred_lock:
        cached = _inferred.get(graph, {}).get(mode)
    if cached is not None and cached[0] == fingerprint:
        dataset: Dataset = cached[1]
        return dataset
    import owlrl

    dataset = Dataset(default_union=True)
    closure = Graph()
    for s, p, o, g in backend.quads():
        closure.add((s, p, o))
        Graph(store=dataset.store, identifier=g if g is not None else DATASET_DEFAULT_GRAPH_ID).add((s, p, o))
    original = set(closure)
    ontology_graph = dataset.graph(URIRef(ONTOLOGY_IRI))
    for triple in ontology:
        closure.add(triple)
        ontology_graph.add(triple)
    semantics = owlrl.RDFS_Semantics if mode == "rdfs" else owlrl.OWLRL_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    inferred = dataset.graph(URIRef(INFERRED_GRAPH))
    for triple in closure:
        if triple not in original and triple not in ontology:
            inferred.add(triple)
    with _inferred_lock:
        _inferred.setdefault(graph, {})[mode] = (fingerprint, dataset)
    return dataset
