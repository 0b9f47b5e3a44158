"""Query speed: kg on an oxigraph store against bare pyoxigraph on the same store (target: ≤ 1.5x).

``run()`` builds a synthetic corpus (or the one ``corpus(n)`` returns), saves it to a
temporary ``oxigraph:`` store with :func:`kg.store.save`, and times a few typical
queries both ways: ``kg.sparql.run_query`` (check, run, rows as Python values) and
``pyoxigraph.Store.query`` reading every term's value. Small corpora also time
rdflib's engine on the memory graph. Run it with ``python -m benchmarks.bench_query``.
"""

from __future__ import annotations

import functools
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.graph import KnowledgeGraph
from kg.namespaces import ID, PREFIXES

ACC = PREFIXES["acc"]
QUERIES: dict[str, str] = {
    "signers": "SELECT DISTINCT ?org ?name WHERE { ?org acc:signed acc:CybersecurityTechAccord ; "
               "skos:prefLabel ?name }",
    "articles_per_org": "SELECT ?org (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?org acc:signed ?a } } "
                        "GROUP BY ?org ORDER BY DESC(?articles) LIMIT 20",
    "evidence": "SELECT ?f ?text WHERE { ?f a acc:Fact ; acc:evidence ?e . ?e acc:sentenceText ?text } LIMIT 1000",
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
}
REPEAT = 5
MEMORY_UP_TO = 1000  # rdflib's engine is timed on corpora up to this many articles
QUERY_DIR = Path(__file__).resolve().parent.parent / "examples" / "queries"
#: Beside the competency queries: a 3-hop evidence join and a GROUP BY top-20.
EXTRA_QUERIES: dict[str, str] = {
    "evidence-3hop": "SELECT ?name ?text ?source WHERE { ?f a acc:Fact ; rdf:subject ?org ; acc:evidence ?s . "
                     "?org skos:prefLabel ?name . ?s acc:sentenceText ?text ; acc:inArticle ?art . "
                     "?art dcterms:source ?source } LIMIT 1000",
    "top20-groupby": "SELECT ?name (COUNT(DISTINCT ?art) AS ?articles) WHERE { ?f rdf:subject ?org ; "
                     "rdf:predicate acc:signed ; acc:evidence/acc:inArticle ?art . ?org skos:prefLabel ?name } "
                     "GROUP BY ?name ORDER BY DESC(?articles) LIMIT 20",
}


def competency_queries() -> dict[str, str]:
    """The shipped queries (examples/queries/*.rq, by file name) plus :data:`EXTRA_QUERIES`."""
    shipped = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERY_DIR.glob("*.rq"))}
    return {**shipped, **EXTRA_QUERIES}


def synthetic_corpus(n_articles: int, seed: int = 7) -> KnowledgeGraph:
    """``n_articles`` named graphs of ~25 triples each; organizations recur across articles."""
    rng = random.Random(seed)
    graph = KnowledgeGraph()
    orgs = [URIRef(f"{ID}org-{i}") for i in range(max(50, n_articles // 20))]
    for a in range(n_articles):
        article = URIRef(f"{ID}article-{a}")
        part = Graph()
        part.add((article, RDF.type, ACC.Article))
        for k, org in enumerate(rng.sample(orgs, 3)):
            number = orgs.index(org)
            part.add((org, RDF.type, ACC.Company))
            part.add((org, SKOS.prefLabel, Literal(f"Organization {number}", lang="en")))
            part.add((org, ACC.signed, ACC.CybersecurityTechAccord))
            fact = URIRef(f"{ID}fact-{a}-{k}")
            sentence = URIRef(f"{ID}sentence-{a}-{k}")
            part.add((fact, RDF.type, ACC.Fact))
            part.add((fact, RDF.subject, org))
            part.add((fact, ACC.confidence, Literal(round(rng.random(), 2))))
            part.add((fact, ACC.evidence, sentence))
            part.add((sentence, ACC.sentenceText, Literal(f"Organization {number} signed the accord ({a}).")))
            part.add((sentence, ACC.startOffset, Literal(rng.randrange(5000))))
            part.add((sentence, ACC.inArticle, article))
        graph.add_graph(article, part)
    return graph


def _median_time(action: Callable[[], object], repeat: int = REPEAT) -> float:
    action()  # warm up (caches, pages)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _time_once(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _bare_query(store: Any, sparql: str, prefixes: dict[str, str]) -> int:
    """Bare pyoxigraph: run the query and read every value."""
    rows = 0
    for solution in store.query(sparql, prefixes=prefixes):
        rows += 1
        for term in solution:
            _ = term.value if term is not None else None
    return rows


def _kg_query(graph: KnowledgeGraph, sparql: str, timeout: float | None = 10.0) -> int:
    """kg: check, run (in a worker, with the default timeout) and read every row as Python values."""
    from kg.sparql import run_query

    rows = 0
    for row in run_query(graph, sparql, timeout=timeout):
        rows += 1
        _ = tuple(row)
    return rows


def run(n_articles_list: tuple[int, ...] = (1000, 10000),
        corpus: Callable[[int], KnowledgeGraph] | None = None, *,
        saved: dict[int, str] | None = None, queries: dict[str, str] | None = None,
        memory_up_to: int | None = MEMORY_UP_TO, memory_timeout: float | None = None,
        repeat: int = REPEAT, kg_timeout: float | None = 10.0) -> list[dict[str, Any]]:
    """Time each query for each corpus size; one dict per (size, query).

    ``saved`` maps a size to an ``oxigraph:DIR`` store already holding ``corpus(n)`` (not saved
    again); ``queries`` replaces :data:`QUERIES`; ``memory_up_to=None`` times rdflib's engine at
    every size. A rdflib run that takes longer than ``memory_timeout`` seconds is not repeated;
    ``repeat`` is the number of timed runs on oxigraph (after a warm-up run); ``kg_timeout`` is
    kg's query timeout on oxigraph.
    """
    from kg.sparql import _prefix_strings
    from kg.store import close, load, open_oxigraph, save

    make = corpus or synthetic_corpus
    results: list[dict[str, Any]] = []
    for n in n_articles_list:
        built = time.perf_counter()
        memory = make(n)
        build_s = time.perf_counter() - built
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
            target = (saved or {}).get(n) or f"oxigraph:{Path(folder) / 'store'}"
            started = time.perf_counter()
            if target.endswith(str(Path(folder) / "store")):
                save(memory, target)
            save_s = time.perf_counter() - started
            stored = load(target)
            bare = open_oxigraph(target.removeprefix("oxigraph:"), create=False)
            prefixes = _prefix_strings()
            triples = len(memory)
            for name, sparql in (queries or QUERIES).items():
                bare_query = functools.partial(_bare_query, bare, sparql, prefixes)
                kg_query = functools.partial(_kg_query, stored, sparql, kg_timeout)
                cold_started = time.perf_counter()
                row_count = kg_query()
                cold = time.perf_counter() - cold_started
                bare_s = _median_time(bare_query, repeat)
                kg_s = _median_time(kg_query, repeat)
                entry: dict[str, Any] = {
                    "n_articles": n, "triples": triples, "query": name, "rows": row_count,
                    "bare_pyoxigraph_ms": round(bare_s * 1000, 2), "kg_oxigraph_ms": round(kg_s * 1000, 2),
                    "kg_oxigraph_first_ms": round(cold * 1000, 2), "ratio": round(kg_s / bare_s, 2),
                    "build_s": round(build_s, 2), "save_s": round(save_s, 2),
                }
                if memory_up_to is None or n <= memory_up_to:
                    memory_query = functools.partial(_kg_query, memory, sparql, None)
                    if memory_timeout is None:
                        memory_s = _median_time(memory_query, 1)
                    else:  # one cold run; a second (warm) one unless the first took too long
                        memory_s = _time_once(memory_query)
                        entry["kg_memory_runs"] = 1
                        if memory_s < memory_timeout:
                            memory_s = min(memory_s, _time_once(memory_query))
                            entry["kg_memory_runs"] = 2
                    entry["kg_memory_ms"] = round(memory_s * 1000, 1)
                results.append(entry)
            if target.endswith(str(Path(folder) / "store")):
                close(target)
    return results


def main() -> None:
    """Print a table of :func:`run`'s results."""
    rows = run()
    columns = ["n_articles", "triples", "query", "rows", "bare_pyoxigraph_ms", "kg_oxigraph_ms", "ratio",
               "kg_oxigraph_first_ms", "kg_memory_ms", "save_s"]
    print("\t".join(columns))
    for row in rows:
        print("\t".join(str(row.get(c, "")) for c in columns))


if __name__ == "__main__":
    main()
