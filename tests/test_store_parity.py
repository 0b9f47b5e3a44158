"""The competency queries answer the same on every store: memory, oxigraph:DIR and a live SPARQL server.

The graph is built from every article of the dev corpus (``../shared/corpus/dev``, beside the
repository; ``data/articles/`` when that folder is missing), saved with :func:`kg.store.save` to
a TriG file, an on-disk oxigraph store and a running ``oxigraph serve``, and opened again with
:func:`kg.load`. Each of ``examples/queries/*.rq`` must then give the same rows, with the same
RDF terms (datatypes and language tags included), in the same ``ORDER BY`` order, on the graph
as built and on every copy.
"""

from __future__ import annotations

import re
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.errors import QueryRefused
from kg.graph import KnowledgeGraph
from kg.store import close, save
from tests.oxigraph_server import oxigraph_cli, running_oxigraph

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
FALLBACK = ROOT / "data" / "articles"
QUERY_DIR = ROOT / "examples" / "queries"
#: The eight competency questions; every one must have answers on the corpus.
NAMES = ["signatories", "absent", "leaders", "principles", "incidents", "people", "events", "evidence"]
#: Every query shipped (the eight and any added since): all must agree across stores.
ALL_QUERIES = sorted({p.stem for p in QUERY_DIR.glob("*.rq")} | set(NAMES))
STORES = ["memory", "file", "oxigraph", "server"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def corpus() -> Path:
    """The dev corpus, or the repository's own articles (with a warning saying so)."""
    if DEV_CORPUS.is_dir():
        return DEV_CORPUS
    message = f"{DEV_CORPUS} is missing: store parity is checked on {FALLBACK} instead"
    print(message)
    warnings.warn(message, stacklevel=2)
    return FALLBACK


@pytest.fixture(scope="module")
def built() -> KnowledgeGraph:
    return kg.build([corpus()], progress=False)


@pytest.fixture(scope="module")
def file_store(built: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    target = tmp_path_factory.mktemp("parity-file") / "corpus.trig"
    save(built, target)
    return kg.load(target)  # read back into memory: rdflib answers, as for the graph built


@pytest.fixture(scope="module")
def oxigraph_store(built: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    target = f"oxigraph:{tmp_path_factory.mktemp('parity') / 'store'}"
    save(built, target)
    save(built, target)  # saving again must change nothing
    try:
        yield kg.load(target)
    finally:
        close(target)


@pytest.fixture(scope="module")
def server_store(built: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph | None]:
    if oxigraph_cli() is None:
        warnings.warn("the oxigraph server CLI is not installed (pip install oxigraph): "
                      "store parity is checked on memory and oxigraph:DIR only", stacklevel=2)
        yield None
        return
    with running_oxigraph(tmp_path_factory.mktemp("parity-server")) as url:
        save(built, f"sparql:{url}")
        save(built, f"sparql:{url}")
        yield kg.load(f"sparql:{url}")


@pytest.fixture(scope="module")
def stores(built: KnowledgeGraph, file_store: KnowledgeGraph, oxigraph_store: KnowledgeGraph,
           server_store: KnowledgeGraph | None) -> dict[str, KnowledgeGraph]:
    """The graph as built (memory), and as read back from each store; "memory" comes first."""
    found = {"memory": built, "file": file_store, "oxigraph": oxigraph_store, "server": server_store}
    return {name: graph for name, graph in found.items() if graph is not None}


def rows_as_terms(graph: KnowledgeGraph, sparql: str) -> tuple[list[str], list[str]]:
    """(variables, rows as N-Triples terms joined by tabs): the TSV result format, in result order."""
    result = graph.query(sparql, limit=None)
    assert result.kind == "select" and not result.truncated
    variables, *rows = result.format("tsv").splitlines()
    return variables.split("\t"), rows


def order_keys(sparql: str) -> list[str]:
    """The plain variables of the ORDER BY clause."""
    clause = re.search(r"(?is)\bORDER\s+BY\b(.*?)(?:\bLIMIT\b|\bOFFSET\b|$)", sparql)
    return re.findall(r"\?(\w+)", clause.group(1)) if clause else []


def test_the_competency_queries_are_here() -> None:
    assert set(NAMES) <= {p.stem for p in QUERY_DIR.glob("*.rq")}


@pytest.mark.server
def test_the_same_graph_is_in_every_store(stores: dict[str, KnowledgeGraph]) -> None:
    counts = {name: graph.query(COUNT).rows[0].n for name, graph in stores.items()}
    names = {name: graph.graph_names() for name, graph in stores.items()}
    assert len(set(counts.values())) == 1, counts
    assert counts["memory"] > 100, "the corpus gives a graph of some size"
    assert all(found == names["memory"] for found in names.values()) and names["memory"]


@pytest.mark.server
@pytest.mark.parametrize("name", ALL_QUERIES)
def test_same_answers_on_every_store(stores: dict[str, KnowledgeGraph], name: str) -> None:
    sparql = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    answers = {store: rows_as_terms(graph, sparql) for store, graph in stores.items()}
    python_rows = {store: sorted(map(repr, graph.query(sparql, limit=None).rows)) for store, graph in stores.items()}
    variables, rows = answers["memory"]
    if name in NAMES:
        assert rows, f"{name}: no answer on the corpus"
    for store in list(stores)[1:]:
        other_vars, other_rows = answers[store]
        assert other_vars == variables, f"{name}: variables differ on {store}"
        assert sorted(other_rows) == sorted(rows), (
            f"{name}: {store} differs from memory: only on {store}: {sorted(set(other_rows) - set(rows))[:5]}; "
            f"only in memory: {sorted(set(rows) - set(other_rows))[:5]}")
        assert python_rows[store] == python_rows["memory"], f"{name}: Python values differ on {store}"


@pytest.mark.server
@pytest.mark.parametrize("name", ALL_QUERIES)
def test_same_order_on_every_store(stores: dict[str, KnowledgeGraph], name: str) -> None:
    """ORDER BY sorts the same way everywhere (so ``kg query --format table`` reads the same).

    SPARQL leaves the order of literals it cannot compare (an ``xsd:date`` and an
    ``xsd:gYearMonth``) to the engine: a query sorting on such a column must sort on
    ``STR(?date)`` to get one, chronological, order on every store.
    """
    sparql = (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")
    variables, rows = rows_as_terms(stores["memory"], sparql)
    keys = [variables.index(f"?{key}") for key in order_keys(sparql) if f"?{key}" in variables]
    assert keys, f"{name}: every shipped query has an ORDER BY on projected variables"
    expected = [tuple(row.split("\t")[i] for i in keys) for row in rows]
    for store in list(stores)[1:]:
        ordered = [tuple(row.split("\t")[i] for i in keys) for row in rows_as_terms(stores[store], sparql)[1]]
        assert ordered == expected, (
            f"{name}: ORDER BY gives another order on {store} than in memory; if the sort column mixes "
            "datatypes (xsd:date and xsd:gYearMonth) sort on STR(?column)")


# -- SERVICE never reaches the network, whatever the store ----------------------------------------


@pytest.mark.server
@pytest.mark.parametrize("store", STORES)
def test_service_is_refused_on_every_store(stores: dict[str, KnowledgeGraph], store: str,
                                           listener: tuple[int, list[object]]) -> None:
    if store not in stores:
        pytest.skip(f"no {store} store (the oxigraph server CLI is not installed)")
    port, accepted = listener
    url = f"http://127.0.0.1:{port}/"
    graph = stores[store]
    for sparql in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ ?s acc:signed ?a OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
                   f"ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                   f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"):
        for options in ({}, {"allow_update": True}):
            with pytest.raises(QueryRefused, match="SERVICE"):
                graph.query(sparql, **options)
    time.sleep(0.3)
    assert accepted == [], f"{store}: a SERVICE query reached 127.0.0.1:{port}"
    assert graph.query("ASK { ?s acc:signed ?a }").boolean is True, "the store still answers"
