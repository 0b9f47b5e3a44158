"""The knowledge graph: an rdflib :class:`~rdflib.Dataset`, one named graph per article.

Queries see the union of all named graphs (the merged view); each article's
facts and evidence stay in the named graph that carries the article's IRI, so
adding an article again replaces exactly its own triples.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import OutputError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import networkx

#: Output formats by file extension.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
#: Format names accepted by :meth:`KnowledgeGraph.serialize` in place of a path.
FORMAT_NAMES: dict[str, str] = {**{name: name for name in set(FORMATS.values())},
                                "ttl": "turtle", "jsonld": "json-ld", "ntriples": "nt", "nq": "nquads",
                                "rdfxml": "xml"}
#: Formats that keep named graphs; the others get the merged view.
QUAD_FORMATS = {"trig", "nquads"}


def format_for(path: str | os.PathLike[str]) -> str:
    """The rdflib format name for a file path, from its extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise OutputError(f"{path}: unknown graph format {suffix or '(no extension)'!r}; use one of {known}")
    return FORMATS[suffix]


class KnowledgeGraph:
    """A knowledge graph of the accord, built from articles.

    ``kg.dataset`` is a plain :class:`rdflib.Dataset` (``default_union=True``):
    rdflib users can use it directly. Named graphs are keyed by article IRI.
    """

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset: Dataset = dataset if dataset is not None else Dataset(default_union=True)
        self.dataset.default_union = True
        bind_prefixes(self.dataset)

    # -- content ---------------------------------------------------------------------------------
    def add_graph(self, name: URIRef, graph: Iterable[tuple[Any, Any, Any]]) -> None:
        """Put the triples of ``graph`` in the named graph ``name``, replacing whatever that graph held."""
        self.dataset.remove_graph(self.dataset.graph(name))
        target = self.dataset.graph(name)
        self.dataset.addN((s, p, o, target) for s, p, o in graph)

    def graph_names(self) -> list[URIRef]:
        """The IRIs of the named graphs (one per article), sorted."""
        names = {c.identifier for c in self.dataset.graphs()}
        return sorted(n for n in names if isinstance(n, URIRef) and n != DATASET_DEFAULT_GRAPH_ID)

    def merged(self) -> Graph:
        """All triples of all named graphs in one :class:`rdflib.Graph`."""
        out = Graph()
        bind_prefixes(out)
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            out.add((s, p, o))
        return out

    def triples(self) -> Iterator[tuple[Any, Any, Any]]:
        """Every distinct triple of the merged view."""
        seen = set()
        for s, p, o, _ in self.dataset.quads((None, None, None, None)):
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                yield s, p, o

    def __len__(self) -> int:
        return sum(1 for _ in self.triples())

    def __iter__(self) -> Iterator[tuple[Any, Any, Any]]:
        return self.triples()

    # -- use ---------------------------------------------------------------------------------------
    def query(self, sparql: str, **options: Any) -> Any:
        """Run a SPARQL query safely (see :func:`kg.sparql.run_query`); rows have named fields."""
        from kg.sparql import run_query

        return run_query(self, sparql, **options)

    def to_networkx(self) -> networkx.MultiDiGraph:
        """Entities as nodes, relations as labelled edges (see :func:`kg.view.to_networkx`)."""
        from kg.view import to_networkx

        return to_networkx(self)

    def render_html(self, path: str | os.PathLike[str], **options: Any) -> Path:
        """Write the interactive HTML view to ``path`` (see :func:`kg.view.render_html`)."""
        from kg.view import render_html

        return render_html(self, path, **options)

    def serialize(self, destination: str | os.PathLike[str] | None = None, format: str | None = None) -> str:
        """Serialize to a string (``destination=None`` or a format name such as ``"turtle"``) or atomically
        to a file.

        The format follows the file extension unless given: ``.ttl``, ``.jsonld``, ``.nt``
        give the merged view; ``.trig`` and ``.nq`` keep one named graph per article.
        """
        from kg.io import write_text

        if format is None and isinstance(destination, str) and destination.lower() in FORMAT_NAMES:
            format = FORMAT_NAMES[destination.lower()]
            destination = None

        fmt = format or (format_for(destination) if destination is not None else "turtle")
        if fmt in QUAD_FORMATS:
            text = self.dataset.serialize(format=fmt)
        else:
            graph = self.merged()
            text = graph.serialize(format=fmt, auto_compact=True) if fmt == "json-ld" else graph.serialize(
                format=fmt
            )
        if destination is not None:
            write_text(destination, text)
        return text


def bind_prefixes(graph: Graph) -> None:
    """Bind the prefixes used across the project, so files read well."""
    from kg.namespaces import PREFIXES

    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def load_graph_file(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Read a graph file written by ``kg build`` (or any RDF file) into a KnowledgeGraph."""
    from kg.rdf.parse import parse_file

    return parse_file(Path(path))

