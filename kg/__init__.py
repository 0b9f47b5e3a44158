"""accord-kg: knowledge graphs of the Cybersecurity Tech Accord, built from news articles.

>>> import kg
>>> g = kg.build(["data/articles/geekwire-2018-04-17.txt"])
>>> rows = g.query("SELECT ?name WHERE { ?o acc:signed ?a ; skos:prefLabel ?name }")

Nothing heavy is imported here: rdflib, pyvis and pyshacl load when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "KnowledgeGraph",
    "__version__",
    "build",
    "load",
    "load_article",
    "query",
    "render_html",
    "to_networkx",
]

if TYPE_CHECKING:  # pragma: no cover
    from kg.graph import KnowledgeGraph


def build(paths: Any, **options: Any) -> KnowledgeGraph:
    """Build a knowledge graph from article files or folders (see :func:`kg.pipeline.build`)."""
    from kg.pipeline import build as _build

    return _build(paths, **options)


def load(path_or_store: Any) -> KnowledgeGraph:
    """Open a graph file (``.ttl``, ``.trig``, ...) or a store spec (``oxigraph:DIR``, ``sparql:URL``)."""
    from kg.store import load as _load

    return _load(path_or_store)


def load_article(path: Any, **options: Any) -> Any:
    """Read one article file into a :class:`kg.article.Article` (text, metadata, chrome removed)."""
    from kg.article import read_article

    return read_article(path, **options)


def query(graph: KnowledgeGraph, sparql: str, **options: Any) -> Any:
    """Run a SPARQL query against ``graph`` (see :func:`kg.sparql.run_query`)."""
    return graph.query(sparql, **options)


def to_networkx(graph: Any) -> Any:
    """Project ``graph`` onto a networkx MultiDiGraph (see :func:`kg.view.to_networkx`)."""
    from kg.view import to_networkx as _to_networkx

    return _to_networkx(graph)


def render_html(graph: Any, path: Any, **options: Any) -> Any:
    """Write the interactive HTML view of ``graph`` to ``path`` (see :func:`kg.view.render_html`)."""
    from kg.view import render_html as _render_html

    return _render_html(graph, path, **options)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
