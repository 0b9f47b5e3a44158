"""Where a knowledge graph lives: a file, memory, an on-disk oxigraph store, or a SPARQL endpoint.

Store specs (``kg.load``, ``kg.store.save``, the command line's ``--store``):

``memory``
    an empty in-memory graph.
``PATH``
    a graph file (``.ttl .trig .nt .nq .jsonld .rdf``), read by :func:`kg.rdf.parse.parse_file`.
``oxigraph:DIR``
    an on-disk pyoxigraph (RocksDB) store. The KnowledgeGraph's ``dataset`` is an
    rdflib :class:`~rdflib.Dataset` over the ``oxrdflib`` store plugin; queries are
    run by oxigraph itself. A store is opened once per process (RocksDB locks it):
    :func:`close` releases it.
``sparql:URL``
    a SPARQL 1.1 endpoint with Update and the Graph Store Protocol. ``URL`` is the
    server's base (Oxigraph: ``URL/query``, ``URL/update``, ``URL/store``), or its query
    URL ending in ``/query`` or ``/sparql`` (the others beside it), optionally followed
    by ``;update=URL`` and ``;store=URL``. Queries ask for the union of all graphs as
    the default graph (Oxigraph's ``union-default-graph`` parameter).

:func:`save` replaces each named graph of the target with the graph's own (one
transaction per named graph on oxigraph, one ``PUT`` per graph on an endpoint), so
saving the same articles twice changes nothing.

The merged view. In an oxigraph store or endpoint written by :func:`save`, the
default graph holds every triple of every named graph once (plus triples saved
to the default graph itself), kept up to date in the same transaction as each
named graph. Queries run on that default graph: oxigraph 0.5's "union default
graph" counts a triple once per graph that holds it (oxigraph issue #1919, fixed
after 0.5), while the merged view is a set, as SPARQL and rdflib have it. Stores
not written this way are queried with the union default graph instead. The
rdflib view (``graph.dataset``) hides the copy: its default graph shows only the
triples that are in no named graph, as a memory graph does. Updates run with
``allow_update`` keep the merged view on oxigraph stores (rdflib's engine writes
through the store plugin); on ``sparql:`` endpoints they add new named-graph
triples to it, but a triple deleted from its last named graph stays in the merged
view until that graph is saved again.
"""

from __future__ import annotations

import functools
import os
import re
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KGError, StoreError

if TYPE_CHECKING:  # pragma: no cover

    from kg.graph import KnowledgeGraph

KINDS = ("memory", "file", "oxigraph", "sparql")


@dataclass(frozen=True)
class StoreSpec:
    """A parsed store spec: ``kind`` is memory, file, oxigraph or sparql."""

    kind: str
    location: str = ""
    query_url: str = ""
    update_url: str = ""
    store_url: str = ""

    @property
    def query_url_union(self) -> str:
        """The query URL asking for the union of all graphs as the default graph."""
        return self.query_url + ("&" if "?" in self.query_url else "?") + "union-default-graph"

    def __str__(self) -> str:
        return "memory" if self.kind == "memory" else (
            self.location if self.kind == "file" else f"{self.kind}:{self.location}")


def parse_spec(spec: str | os.PathLike[str]) -> StoreSpec:
    """Parse ``memory``, a file path, ``oxigraph:DIR`` or ``sparql:URL`` (see the module doc)."""
    if isinstance(spec, os.PathLike):
        return StoreSpec("file", os.fspath(spec))
    text = str(spec).strip()
    if not text:
        raise StoreError("empty store spec; use memory, a file path, oxigraph:DIR or sparql:URL")
    if text == "memory":
        return StoreSpec("memory")
    if text.startswith("oxigraph:"):
        folder = text.removeprefix("oxigraph:")
        if not folder:
            raise StoreError("oxigraph: needs a folder, e.g. oxigraph:out/store")
        return StoreSpec("oxigraph", str(Path(folder).expanduser()))
    if text.startswith("sparql:"):
        return _parse_sparql(text.removeprefix("sparql:"))
    match = re.match(r"^([A-Za-z][\w+.-]+):", text)
    if match and not Path(text).exists():
        raise StoreError(f"unknown store kind {match.group(1)!r}; use memory, a file path, "
                         "oxigraph:DIR or sparql:URL")
    return StoreSpec("file", text)


def _parse_sparql(text: str) -> StoreSpec:
    url, *extras = text.split(";")
    options: dict[str, str] = {}
    for extra in extras:
        key, sep, value = extra.partition("=")
        if not sep or key not in ("update", "store"):
            raise StoreError(f"sparql:{text}: unknown option {extra!r}; use ;update=URL or ;store=URL")
        options[key] = _check_url(value, text)
    url = _check_url(url, text)
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    if path.endswith(("/query", "/sparql")):
        query_url = url
        base = urllib.parse.urlunsplit(parts._replace(path=path.rsplit("/", 1)[0], query="", fragment=""))
    else:
        base = urllib.parse.urlunsplit(parts._replace(path=path, query="", fragment=""))
        query_url = base + "/query"
    return StoreSpec("sparql", url, query_url, options.get("update", base + "/update"),
                     options.get("store", base + "/store"))


def _check_url(url: str, spec: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"sparql:{spec}: {url!r} is not an http(s) URL")
    return url


# -- loading ---------------------------------------------------------------------------------------
def load(path_or_store: Any) -> KnowledgeGraph:
    """Open a graph file or a store spec as a :class:`~kg.graph.KnowledgeGraph`."""
    from kg.graph import KnowledgeGraph

    if isinstance(path_or_store, KnowledgeGraph):
        return path_or_store
    spec = path_or_store if isinstance(path_or_store, StoreSpec) else parse_spec(path_or_store)
    if spec.kind == "memory":
        return KnowledgeGraph()
    if spec.kind == "oxigraph":
        return _wrap_oxigraph(open_oxigraph(spec.location, create=False))
    if spec.kind == "sparql":
        return _open_endpoint(spec)
    path = Path(spec.location)
    if path.is_dir():
        hint = f"; to open the on-disk store use oxigraph:{path}" if _is_oxigraph_dir(path) else ""
        raise InputError(f"{path}: is a folder, not a graph file{hint}")
    from kg.rdf.parse import parse_file

    return parse_file(path)


_open_stores: dict[str, Any] = {}
_open_lock = threading.Lock()


def _is_oxigraph_dir(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def open_oxigraph(folder: str | os.PathLike[str], *, create: bool) -> Any:
    """The process's pyoxigraph Store for ``folder`` (opened once, kept open until :func:`close`)."""
    path = Path(folder).expanduser().resolve()
    key = str(path)
    with _open_lock:
        if key in _open_stores:
            return _open_stores[key]
        if path.exists() and not path.is_dir():
            raise StoreError(f"{folder}: is a file, not an oxigraph store folder")
        if not _is_oxigraph_dir(path):
            if not create:
                raise StoreError(f"{folder}: no oxigraph store there (save a graph to oxigraph:{folder} first)")
            if path.is_dir() and any(path.iterdir()):
                raise StoreError(f"{folder}: folder is not empty and holds no oxigraph store")
        import pyoxigraph

        try:
            store = pyoxigraph.Store(str(path))
        except OSError as exc:
            message = " ".join(str(exc).split())
            if "lock" in message.lower():
                raise StoreError(f"{folder}: store is in use by another process") from None
            raise StoreError(f"{folder}: cannot open the oxigraph store: {message}") from None
        _open_stores[key] = store
        return store


def close(target: str | os.PathLike[str]) -> None:
    """Release an oxigraph store opened by this process (graphs using it must not be used after)."""
    spec = parse_spec(target) if not isinstance(target, os.PathLike) else StoreSpec("oxigraph", str(target))
    if spec.kind != "oxigraph":
        return
    key = str(Path(spec.location).expanduser().resolve())
    with _open_lock:
        store = _open_stores.pop(key, None)
    if store is not None:
        store.flush()
        del store


#: ASK whether some named-graph triple is missing from the default graph (the merged view).
UNMERGED_ASK = "ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
MERGE_UPDATE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _wrap_oxigraph(store: Any) -> KnowledgeGraph:
    from rdflib import Dataset

    from kg.graph import KnowledgeGraph

    merged = not bool(store.query(UNMERGED_ASK))
    rdflib_store = _oxigraph_store_class()(store=store)
    rdflib_store.kg_merged = merged
    return KnowledgeGraph(Dataset(store=rdflib_store, default_union=True))


@functools.lru_cache(maxsize=1)
def _oxigraph_store_class() -> type:
    """oxrdflib's OxigraphStore, keeping the merged view in the default graph.

    Adding a triple to a named graph adds it to the default graph too; removing it
    from its last named graph removes it from the default graph. Reading the union
    or the default graph skips the copies, so rdflib sees what a memory Dataset shows.
    """
    import pyoxigraph as ox
    from oxrdflib import OxigraphStore
    from oxrdflib._converter import to_ox
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.sparql import ox_to_rdflib as to_rdflib

    def named(context: Any) -> bool:
        identifier = getattr(context, "identifier", context)
        return context is not None and identifier != DATASET_DEFAULT_GRAPH_ID

    class AccordOxigraphStore(OxigraphStore):
        kg_merged = True
        _inner: Any  # the pyoxigraph Store (typed loosely: its stubs reject rdflib-style None patterns)

        def _in_named_graph(self, s: Any, p: Any, o: Any) -> bool:
            return any(not isinstance(q.graph_name, ox.DefaultGraph)
                       for q in self._inner.quads_for_pattern(s, p, o, None))

        def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
            super().add(triple, context, quoted)
            if named(context) and self.kg_merged:
                self._inner.add(to_ox(triple, None))

        def addN(self, quads: Any) -> None:
            for s, p, o, g in quads:
                self.add((s, p, o), g)

        def remove(self, triple: Any, context: Any = None) -> None:
            if context is None or not self.kg_merged:
                super().remove(triple, context)  # from every graph, the merged view included
                return
            pattern = [to_ox(t) if t is not None else None for t in triple]
            if not named(context):  # the default graph alone: not the copies of named graphs' triples
                for quad in list(self._inner.quads_for_pattern(*pattern, ox.DefaultGraph())):
                    if not self._in_named_graph(quad.subject, quad.predicate, quad.object):
                        self._inner.remove(quad)
                return
            for quad in list(self._inner.quads_for_pattern(*pattern, to_ox(context))):
                self._inner.remove(quad)
                if not self._in_named_graph(quad.subject, quad.predicate, quad.object):
                    self._inner.remove(ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph()))

        def __len__(self, context: Any = None) -> int:
            if context is None or named(context) or not self.kg_merged:
                return int(super().__len__(context))
            return sum(1 for _ in self.triples((None, None, None), context))

        def remove_graph(self, graph: Any) -> None:
            if named(graph) and self.kg_merged:
                self.remove((None, None, None), graph)
            super().remove_graph(graph)

        def triples(self, pattern: Any, context: Any = None) -> Any:
            ox_pattern = [to_ox(t) if t is not None else None for t in pattern]
            if named(context):
                return self._named_triples(ox_pattern, context)
            return self._union_triples(ox_pattern, context is None, context)

        def _named_triples(self, ox_pattern: Any, context: Any) -> Any:
            for quad in self._inner.quads_for_pattern(*ox_pattern, to_ox(context)):
                yield (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)), iter([context])

        def _union_triples(self, ox_pattern: Any, union: bool, context: Any) -> Any:
            from rdflib import Graph

            graph_name = None if union else ox.DefaultGraph()
            for quad in self._inner.quads_for_pattern(*ox_pattern, graph_name):
                triple = (to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object))
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    if self._in_named_graph(quad.subject, quad.predicate, quad.object):
                        continue  # a copy of a named graph's triple (the merged view)
                    graph = context if context is not None else Graph(store=self,
                                                                      identifier=DATASET_DEFAULT_GRAPH_ID)
                    yield triple, iter([graph])
                else:
                    yield triple, iter([Graph(store=self, identifier=to_rdflib(quad.graph_name))])

        def query(self, query: Any, initNs: Any, initBindings: Any, queryGraph: Any,
                  **kwargs: Any) -> Any:
            if queryGraph == "__UNION__" and self.kg_merged:
                queryGraph = DATASET_DEFAULT_GRAPH_ID  # the merged view
            return super().query(query, initNs, initBindings, queryGraph, **kwargs)

    return AccordOxigraphStore


def _open_endpoint(spec: StoreSpec) -> KnowledgeGraph:
    from rdflib import Dataset
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    from kg.graph import KnowledgeGraph
    from kg.sparql import QueryError, RemoteBackend

    try:
        merged = not RemoteBackend(spec).ask(UNMERGED_ASK)
    except QueryError as exc:
        raise StoreError(f"sparql:{spec.location}: the endpoint refused a test query: {exc}") from None
    except KGError as exc:
        raise StoreError(f"sparql:{spec.location}: {exc}") from None
    store = _endpoint_store_class(SPARQLUpdateStore)(
        query_endpoint=spec.query_url, update_endpoint=spec.update_url, method="POST",
        returnFormat="json", autocommit=True, context_aware=True)
    store.kg_endpoint = spec
    store.kg_merged = merged
    return KnowledgeGraph(Dataset(store=store, default_union=True))


@functools.lru_cache(maxsize=1)
def _endpoint_store_class(base: type) -> type:
    """rdflib's SPARQLUpdateStore, answering ``triples`` with each triple's graph.

    rdflib's store yields ``None`` as the graphs of a triple, which breaks
    ``Dataset.quads``; this one asks the endpoint for the graph names, and skips the
    default graph's copies of named graphs' triples (the merged view).
    """
    from rdflib import Graph, Variable
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.sparql import RemoteBackend, union_quads_query

    class EndpointStore(base):
        kg_endpoint: StoreSpec
        kg_merged = True

        def triples(self, spo: Any, context: Any = None) -> Any:
            if self._is_contextual(context):
                for triple, _ in super().triples(spo, context):
                    yield triple, iter([context])
                return
            terms = [t if t is not None else Variable(n) for t, n in zip(spo, "spo", strict=True)]
            if any(type(t).__name__ == "BNode" for t in terms):
                return  # blank nodes cannot be matched on an endpoint
            pattern = " ".join(self.node_to_sparql(t) for t in terms)
            for row in RemoteBackend(self.kg_endpoint).select_json(union_quads_query(pattern)):
                name = row.get("g")
                if context is not None and name is not None:
                    continue  # the default graph alone
                triple = tuple(row.get(n, t) for n, t in zip("spo", terms, strict=True))
                yield triple, iter([Graph(store=self, identifier=name or DATASET_DEFAULT_GRAPH_ID)])

    return EndpointStore


# -- saving ----------------------------------------------------------------------------------------
def save(graph: KnowledgeGraph, target: str | os.PathLike[str]) -> None:
    """Write ``graph`` to a file (atomically) or into a store, replacing each of its named graphs.

    A store's other named graphs are kept. The default graph of the target is replaced
    only when ``graph`` has triples in its own default graph.
    """
    spec = parse_spec(target)
    if spec.kind == "memory":
        raise StoreError("cannot save to memory; give a file path, oxigraph:DIR or sparql:URL")
    if spec.kind == "file":
        graph.serialize(spec.location)
        return
    parts = _graph_parts(graph)
    if spec.kind == "oxigraph":
        store = open_oxigraph(spec.location, create=True)
        if getattr(graph.dataset.store, "_store", None) is store:
            return  # the graph already lives in this store
        import pyoxigraph as ox

        if not any(store.contains_named_graph(ox.NamedNode(str(name))) for name in graph.graph_names()):
            _bulk_load(store, graph)  # only new graphs: one bulk load of them and their merged view
            return
        if store.query(UNMERGED_ASK):
            store.update(MERGE_UPDATE)
        for name, triples in parts:
            update = replace_graph_update(name, triples.serialize(format="nt"))
            try:
                store.update(update)
            except (SyntaxError, OSError) as exc:
                raise StoreError(f"{spec}: cannot write graph {name or 'default'}: "
                                 f"{' '.join(str(exc).split())}") from None
        store.flush()
        store.optimize()  # compact after the batch: later queries read fewer, denser files
        return
    from kg.sparql import RemoteBackend

    remote = RemoteBackend(spec)
    if remote.ask(UNMERGED_ASK):
        remote.update(MERGE_UPDATE)
    for name, triples in parts:
        remote.update(replace_graph_update(name, triples.serialize(format="nt")))


def _bulk_load(store: Any, graph: KnowledgeGraph) -> None:
    """Load every named graph of ``graph`` and the merged view (the store's default graph) into an empty store."""
    import pyoxigraph as ox
    from oxrdflib._converter import to_ox

    def quads() -> Any:
        from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

        merged: set[tuple[Any, Any, Any]] = set()
        names: dict[Any, Any] = {}
        for triple_s, triple_p, triple_o, context in graph.dataset.quads((None, None, None, None)):  # one pass
            terms: list[Any] = [to_ox(t) for t in (triple_s, triple_p, triple_o)]
            s, p, o = terms
            merged.add((s, p, o))
            name = getattr(context, "identifier", context)
            if name is None or name == DATASET_DEFAULT_GRAPH_ID:
                continue
            if name not in names:
                names[name] = ox.NamedNode(str(name))
            yield ox.Quad(s, p, o, names[name])
        for s, p, o in merged:
            yield ox.Quad(s, p, o, ox.DefaultGraph())

    try:
        store.bulk_extend(quads())
        store.flush()
        store.optimize()  # compact the bulk-loaded files: queries on the store run 1.3-1.6x faster
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot load the graph into the store: {' '.join(str(exc).split())}") from None


def _graph_parts(graph: KnowledgeGraph) -> Any:
    """(graph IRI or None for the default graph, rdflib Graph) for each non-empty part of ``graph``."""
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    store = graph.dataset.store
    default = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
    if any(True for _ in default.triples((None, None, None))):
        yield None, default
    for name in graph.graph_names():
        yield str(name), Graph(store=store, identifier=name)


def replace_graph_update(name: str | None, ntriples: str) -> str:
    """One SPARQL update (one transaction) replacing graph ``name`` by ``ntriples``.

    It keeps the merged view in the default graph: the old graph's triples that no
    other named graph holds leave it, the new ones join it. ``name=None`` adds the
    triples to the default graph.
    """
    if name is None:
        return f"INSERT DATA {{\n{ntriples}\n}}"
    _check_iri(name)
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{name}>) }} }} ;\n"
        f"DROP SILENT GRAPH <{name}> ;\n"
        f"INSERT DATA {{ GRAPH <{name}> {{\n{ntriples}\n}}\n{ntriples}\n}}"
    )


def _check_iri(iri: str) -> None:
    if re.search(r"[\s<>\"{}|^`\\]", iri):
        raise StoreError(f"graph name {iri!r} is not a valid IRI")
