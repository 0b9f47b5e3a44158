"""The build pipeline: text -> document -> facts -> RDF, one article at a time.

Each stage only consumes what the previous one produced:
``kg.article`` (read) -> ``kg.nlp.document`` (analyse) -> ``kg.relations`` (extract)
-> ``kg.rdf.emit`` (triples) -> :class:`kg.graph.KnowledgeGraph` (merge).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kg.article import Article, read_article
from kg.graph import KnowledgeGraph, iter_paths


@dataclass(frozen=True)
class BuildOptions:
    """Options of a build, passed down explicitly (no module globals)."""

    progress: bool | None = None  # None: show a progress bar when stderr is a terminal and there are >1 articles
    warn: bool = True  # print reading warnings (malformed front matter, ...) to stderr


def article_graph(article: Article) -> tuple[URIRef, Graph]:
    """The named-graph IRI and the triples of one article."""
    from kg.nlp.document import analyse
    from kg.rdf.emit import emit
    from kg.relations import extract_all

    doc = analyse(article)
    return emit(doc, extract_all(doc))


def build(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
          options: BuildOptions | None = None, graph: KnowledgeGraph | None = None, **kw: Any) -> KnowledgeGraph:
    """Build (or extend ``graph`` with) the knowledge graph of articles and folders of articles.

    Each article becomes one named graph; adding an article again replaces its graph.
    """
    opts = options or BuildOptions(**kw)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    files = iter_paths(paths)
    target = graph if graph is not None else KnowledgeGraph()
    show = opts.progress if opts.progress is not None else (sys.stderr.isatty() and len(files) > 1)
    iterator: Iterable[Path] = files
    if show:
        from tqdm import tqdm

        iterator = tqdm(files, desc="articles", unit="article", file=sys.stderr)
    for path in iterator:
        name, triples = article_graph(read_article(path, warn=opts.warn))
        target.add_graph(name, triples)
    return target
