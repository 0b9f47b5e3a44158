"""The build pipeline: text -> document -> facts -> RDF, one article at a time.

Each stage only consumes what the previous one produced:
``kg.article`` (read) -> ``kg.nlp.document`` (analyse) -> ``kg.relations`` (extract)
-> ``kg.rdf.emit`` (triples) -> :class:`kg.graph.KnowledgeGraph` (merge) -> ``kg.rdf.resolve``
(one IRI per entity across articles).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kg.article import Article, read_article
from kg.errors import InputError, KGError
from kg.graph import KnowledgeGraph

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class BuildOptions:
    """Options of a build, passed down explicitly (no module globals)."""

    progress: bool | None = None  # None: a progress bar when stderr is a terminal and there are >1 articles
    warn: bool = True  # print warnings (malformed front matter, skipped files) to stderr
    jobs: int = 1  # worker processes; 0 means one per CPU
    strict: bool = False  # a bad article found inside a folder fails the build instead of being skipped
    resolve: bool = True  # merge entities across articles ("Obrisca" and "Obrisca Networks")
    model: str | None = None  # an installed spaCy pipeline that adds statistical NER (optional)


@dataclass(frozen=True)
class Source:
    """An article file to read, and whether the user named it (or it was found in a folder)."""

    path: Path
    named: bool


def collect(paths: Iterable[str | os.PathLike[str]]) -> list[Source]:
    """Files as given, and the article files inside folders (sorted; symbolic links to folders not followed)."""
    out: list[Source] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in files:
                    child = Path(folder) / name
                    if child.suffix.lower() in ARTICLE_SUFFIXES and not name.startswith(".") and child.is_file():
                        found.append(child)
            out.extend(Source(p, named=False) for p in sorted(found))
        elif path.exists():
            out.append(Source(path, named=True))
        else:
            raise InputError(f"{path}: no such file or folder")
    return out


def article_graph(article: Article, model: str | None = None) -> tuple[URIRef, Graph]:
    """The named-graph IRI and the triples of one article."""
    from kg.nlp.document import analyse
    from kg.rdf.emit import emit
    from kg.relations import extract_all

    doc = analyse(article, model=model)
    return emit(doc, extract_all(doc))


Result = tuple[str, list[tuple[Any, Any, Any]] | None, str | None, list[str]]


def _work(path: Path, model: str | None = None) -> Result:
    """Worker: read and extract one file; errors and warnings come back as text, never as exceptions."""
    try:
        article = read_article(path, warn=False)
        name, graph = article_graph(article, model)
        return str(name), list(graph), None, article.warnings
    except KGError as exc:
        return "", None, str(exc), []


def _results(sources: list[Source], jobs: int,
             model: str | None) -> Iterator[tuple[Source, str, list[Any] | None, str | None, list[str]]]:
    if model:
        from kg.nlp.statistical import load_model

        load_model(model)  # fail once, up front, when the model is missing
    if jobs == 1 or len(sources) < 4:
        for source in sources:
            yield (source, *_work(source.path, model))
        return
    chunk = max(1, min(32, len(sources) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        paths = [s.path for s in sources]
        for source, result in zip(sources, pool.map(_work, paths, [model] * len(paths), chunksize=chunk),
                                  strict=True):
            yield (source, *result)


def build_into(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], store: str, *,
               options: BuildOptions | None = None, batch: int = 500) -> int:
    """Build articles straight into a store (``oxigraph:DIR`` or ``sparql:URL``), ``batch`` articles at a time,
    so memory stays bounded however large the corpus. Entities are resolved within each batch. Returns the
    number of articles stored."""
    from kg.store import save

    opts = options or BuildOptions()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    sources = collect(paths)
    if not sources:
        raise InputError("no article files found (looked for " + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")")
    done = 0
    for start in range(0, len(sources), batch):
        chunk = sources[start:start + batch]
        graph = _build_sources(chunk, opts, KnowledgeGraph())
        save(graph, store)
        done += len(graph.graph_names())
    return done


def build(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
          options: BuildOptions | None = None, graph: KnowledgeGraph | None = None, **kw: Any) -> KnowledgeGraph:
    """Build (or extend ``graph`` with) the knowledge graph of articles and folders of articles.

    Each article becomes one named graph; adding an article again replaces its graph, so adding the
    same article twice changes nothing. A file named on the command line that cannot be read is an
    error; one found inside a folder is skipped with a warning (unless ``strict``).
    """
    opts = options or BuildOptions(**kw)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    sources = collect(paths)
    if not sources:
        raise InputError("no article files found (looked for " + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")")
    return _build_sources(sources, opts, graph if graph is not None else KnowledgeGraph())


def _build_sources(sources: list[Source], opts: BuildOptions, target: KnowledgeGraph) -> KnowledgeGraph:
    jobs = opts.jobs or os.cpu_count() or 1
    show = opts.progress if opts.progress is not None else (sys.stderr.isatty() and len(sources) > 1)
    results: Iterable[Any] = _results(sources, jobs, opts.model)
    if show:
        from tqdm import tqdm

        results = tqdm(results, total=len(sources), desc="articles", unit="article", file=sys.stderr)
    skipped = 0
    for source, name, triples, error, warnings in results:
        if opts.warn:
            for message in warnings:
                print(f"kg: warning: {source.path}: {message}", file=sys.stderr)
        if error is not None:
            if source.named or opts.strict:
                raise InputError(error)
            skipped += 1
            if opts.warn:
                print(f"kg: warning: skipped {error}", file=sys.stderr)
            continue
        target.add_graph(URIRef(name), triples or ())
    if skipped and skipped == len(sources):
        raise InputError(f"none of the {len(sources)} article files could be read")
    if skipped and opts.warn:
        print(f"kg: warning: skipped {skipped} of {len(sources)} article files", file=sys.stderr)
    if opts.resolve:
        from kg.rdf.resolve import resolve

        resolve(target)
    return target
