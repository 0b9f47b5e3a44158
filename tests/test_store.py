"""kg.store: specs, round trips through oxigraph and a live SPARQL server, re-saves, crash safety."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError, StoreError
from kg.graph import KnowledgeGraph
from kg.store import StoreSpec, load, parse_spec, save
from tests.oxigraph_server import free_port, running_oxigraph

SAMPLE = Path(__file__).parent / "data" / "query" / "sample.trig"
ID = "https://w3id.org/accord-kg/id/"
ACC = "https://w3id.org/accord-kg/ontology#"
ZDNET = URIRef(ID + "article-zdnet-2018-06-20")
GEEKWIRE = URIRef(ID + "article-geekwire-2018-04-17")

#: Queries whose answers must not depend on the store (compared as multisets of rows).
QUERIES = [
    "SELECT ?org ?name WHERE { ?org acc:signed ?a ; skos:prefLabel ?name }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT (COUNT(?org) AS ?n) WHERE { ?org acc:signed acc:CybersecurityTechAccord }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "SELECT ?org WHERE { ?org a acc:Company FILTER NOT EXISTS { ?org acc:signed ?x } }",
    "SELECT ?o ?t WHERE { ?o a ?t OPTIONAL { ?o skos:prefLabel ?l } FILTER(!BOUND(?l)) }",
    "SELECT ?c WHERE { ?f acc:confidence ?c FILTER(?c > 0.8) }",
    "SELECT ?n ?d WHERE { ?a schema:wordCount ?n ; schema:datePublished ?d FILTER(?d >= '2018-05-01'^^xsd:date) }",
    "SELECT ?t WHERE { ?s acc:sentenceText ?t FILTER(CONTAINS(?t, 'four')) }",
    "SELECT ?text WHERE { ?f acc:evidence ?e . ?e a acc:Quotation ; acc:mentionText ?text }",
    "ASK { id:us-government acc:absentFrom acc:CybersecurityTechAccord }",
]


def answers(graph: KnowledgeGraph, sparql: str) -> object:
    result = graph.query(sparql)
    if result.kind == "ask":
        return result.boolean
    return sorted(re.sub(r"'_:\w+'", "'_:b'", repr(tuple(row))) for row in result)


def quads(graph: KnowledgeGraph) -> set[tuple[object, ...]]:
    """Quads without blank nodes, and the count of those with blank nodes."""
    out: set[tuple[object, ...]] = set()
    blank = 0
    for s, p, o, g in graph.dataset.quads((None, None, None, None)):
        if isinstance(s, BNode) or isinstance(o, BNode):
            blank += 1
            continue
        out.add((s, p, o, getattr(g, "identifier", g)))
    out.add(("blank", blank))
    return out


@pytest.fixture()
def sample() -> KnowledgeGraph:
    return load(SAMPLE)


# -- specs -----------------------------------------------------------------------------------------
def test_parse_spec() -> None:
    assert parse_spec("memory") == StoreSpec("memory")
    assert parse_spec("out/graph.ttl") == StoreSpec("file", "out/graph.ttl")
    assert parse_spec(Path("g.trig")).kind == "file"
    assert parse_spec("oxigraph:out/store") == StoreSpec("oxigraph", "out/store")
    base = parse_spec("sparql:http://127.0.0.1:7878")
    assert (base.query_url, base.update_url, base.store_url) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    assert base.query_url_union == "http://127.0.0.1:7878/query?union-default-graph"
    full = parse_spec("sparql:http://h:1/ds/query")
    assert (full.query_url, full.update_url) == ("http://h:1/ds/query", "http://h:1/ds/update")
    explicit = parse_spec("sparql:http://h/sparql;update=http://h/up;store=http://h/gsp")
    assert (explicit.query_url, explicit.update_url, explicit.store_url) == (
        "http://h/sparql", "http://h/up", "http://h/gsp")


@pytest.mark.parametrize("spec", ["", "oxigraph:", "sparql:ftp://h/q", "sparql:not a url", "oxigrahp:dir",
                                  "sparql:http://h/q;delete=http://h/d"])
def test_bad_specs(spec: str) -> None:
    with pytest.raises(StoreError):
        parse_spec(spec)


def test_load_errors(tmp_path: Path, sample: KnowledgeGraph) -> None:
    with pytest.raises(StoreError, match="no oxigraph store"):
        load(f"oxigraph:{tmp_path / 'missing'}")
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.ttl")
    with pytest.raises(StoreError, match="memory"):
        save(sample, "memory")
    save(sample, f"oxigraph:{tmp_path / 'store'}")
    with pytest.raises(InputError, match="oxigraph:"):
        load(tmp_path / "store")  # a store folder given as a file path: the message says what to write
    (tmp_path / "stuff").mkdir()
    (tmp_path / "stuff" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty"):
        save(sample, f"oxigraph:{tmp_path / 'stuff'}")
    assert len(load("memory")) == 0


# -- round trips -----------------------------------------------------------------------------------
def test_file_round_trip(tmp_path: Path, sample: KnowledgeGraph) -> None:
    save(sample, tmp_path / "copy.trig")
    assert quads(load(tmp_path / "copy.trig")) == quads(sample)


def test_oxigraph_round_trip(tmp_path: Path, sample: KnowledgeGraph) -> None:
    target = f"oxigraph:{tmp_path / 'store'}"
    save(sample, target)
    back = load(target)
    assert back.graph_names() == sample.graph_names()
    assert len(back) == len(sample) == 44
    assert quads(back) == quads(sample)
    assert quads(load(target)) == quads(sample), "loading twice in one process reuses the open store"


def test_same_answers_on_memory_and_oxigraph(tmp_path: Path, sample: KnowledgeGraph) -> None:
    target = f"oxigraph:{tmp_path / 'store'}"
    save(sample, target)
    stored = load(target)
    for sparql in QUERIES:
        assert answers(stored, sparql) == answers(sample, sparql), sparql


def test_shared_triples_are_counted_once(tmp_path: Path, sample: KnowledgeGraph) -> None:
    """id:microsoft acc:signed ... is in both articles: the merged view holds it once (a set)."""
    target = f"oxigraph:{tmp_path / 'store'}"
    save(sample, target)
    stored = load(target)
    query = "SELECT (COUNT(*) AS ?n) WHERE { id:microsoft acc:signed ?a }"
    assert stored.query(query).rows[0].n == sample.query(query).rows[0].n == 1


def test_resave_replaces_named_graphs(tmp_path: Path, sample: KnowledgeGraph) -> None:
    target = f"oxigraph:{tmp_path / 'store'}"
    save(sample, target)
    save(sample, target)
    stored = load(target)
    assert len(stored) == 44 and quads(stored) == quads(sample), "saving the same articles twice changes nothing"

    signed = (URIRef(ID + "microsoft"), URIRef(ACC + "signed"), URIRef(ACC + "CybersecurityTechAccord"))
    shorter = load(SAMPLE)
    zdnet = Graph()
    for triple in shorter.dataset.graph(ZDNET):
        if triple != signed:
            zdnet.add(triple)
    shorter.add_graph(ZDNET, zdnet)
    save(shorter, target)
    stored = load(target)
    ask = "ASK { id:microsoft acc:signed acc:CybersecurityTechAccord }"
    assert stored.query(f"ASK {{ GRAPH <{ZDNET}> {{ {' '.join(t.n3() for t in signed)} }} }}").boolean is False
    assert stored.query(ask).boolean is True, "still stated by the other article"

    geekwire = Graph()
    for triple in shorter.dataset.graph(GEEKWIRE):
        if triple != signed:
            geekwire.add(triple)
    shorter.add_graph(GEEKWIRE, geekwire)
    save(shorter, target)
    stored = load(target)
    assert stored.query(ask).boolean is False, "gone from the merged view with its last article"
    assert len(stored) == 43
    assert answers(stored, QUERIES[1]) == answers(shorter, QUERIES[1])


def test_writes_through_rdflib_keep_the_merged_view(tmp_path: Path, sample: KnowledgeGraph) -> None:
    target = f"oxigraph:{tmp_path / 'store'}"
    save(sample, target)
    stored = load(target)
    extra = Graph()
    extra.add((URIRef(ID + "mozilla"), URIRef(ACC + "signed"), URIRef(ACC + "CybersecurityTechAccord")))
    stored.add_graph(URIRef(ID + "article-new"), extra)
    stored.add_graph(ZDNET, Graph())
    sample.add_graph(URIRef(ID + "article-new"), extra)
    sample.add_graph(ZDNET, Graph())
    for sparql in QUERIES:
        assert answers(stored, sparql) == answers(sample, sparql), sparql
    assert quads(stored) == quads(sample)

    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    default = Graph(store=stored.dataset.store, identifier=DATASET_DEFAULT_GRAPH_ID)
    assert len(default) == 0, "the merged view's copies are hidden from rdflib"
    loose = (URIRef(ID + "loose"), URIRef(ACC + "roleTitle"), Literal("x"))
    default.add(loose)
    assert len(default) == 1 and answers(stored, QUERIES[1]) == [repr((len(sample) + 1,))]
    default.remove((None, None, None))
    assert len(default) == 0 and answers(stored, QUERIES[1]) == answers(sample, QUERIES[1])


def test_triples_only_graph_goes_to_the_default_graph(tmp_path: Path) -> None:
    ttl = tmp_path / "plain.ttl"
    ttl.write_text('<http://e/a> <http://e/b> "x" .\n<http://e/a> <http://e/c> 3 .\n', encoding="utf-8")
    target = f"oxigraph:{tmp_path / 'store'}"
    save(load(ttl), target)
    stored = load(target)
    assert len(stored) == 2 and stored.graph_names() == []
    assert stored.query("SELECT ?v WHERE { ?s <http://e/c> ?v }").rows == [(3,)]


# -- crash safety ----------------------------------------------------------------------------------
WRITER = """
import sys
from rdflib import Graph, Literal, URIRef
from kg.graph import KnowledgeGraph
from kg.store import save

target, per_graph = sys.argv[1], int(sys.argv[2])
for i in range(100000):
    graph = KnowledgeGraph()
    part = Graph()
    for j in range(per_graph):
        part.add((URIRef(f"urn:x:s{i}-{j}"), URIRef("urn:x:p"), Literal("v" * 200 + str(j))))
    graph.add_graph(URIRef(f"urn:x:article-{i}"), part)
    save(graph, target)
    print(i, flush=True)
"""


def test_store_survives_sigkill_mid_write(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    per_graph = 300
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    writer = subprocess.Popen([sys.executable, str(script), f"oxigraph:{folder}", str(per_graph)],
                              stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    assert writer.stdout is not None
    written = -1
    deadline = time.monotonic() + 60
    while written < 15 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        written = int(line)
    time.sleep(0.05)  # let it start the next graph
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(10)
    assert written >= 15, "the writer wrote graphs before it was killed"

    stored = load(f"oxigraph:{folder}")
    names = stored.graph_names()
    assert len(names) >= written + 1
    counts = stored.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                          limit=None).rows
    assert {row.n for row in counts} == {per_graph}, "every graph is whole: no half-written graph"
    total = stored.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0].n
    assert total == per_graph * len(names), "the merged view matches the named graphs"
    save(load(SAMPLE), f"oxigraph:{folder}")  # and it is writable again
    assert len(load(f"oxigraph:{folder}").graph_names()) == len(names) + 2


# -- a live SPARQL server --------------------------------------------------------------------------
@pytest.fixture()
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    with running_oxigraph(tmp_path / "server") as url:
        yield url


@pytest.mark.server
def test_sparql_endpoint_gives_the_same_answers(oxigraph_server: str, sample: KnowledgeGraph) -> None:
    target = f"sparql:{oxigraph_server}"
    save(sample, target)
    save(sample, target)
    remote = load(target)
    assert remote.graph_names() == sample.graph_names()
    assert len(remote) == 44
    assert quads(remote) == quads(sample)
    for sparql in QUERIES:
        assert answers(remote, sparql) == answers(sample, sparql), sparql
    rows = remote.query("SELECT ?o WHERE { ?o a acc:Organization }", infer="rdfs").rows
    assert ID + "microsoft" in {row.o for row in rows}
    with pytest.raises(StoreError):
        load(f"sparql:http://127.0.0.1:{free_port()}")


@pytest.mark.server
def test_sparql_endpoint_written_by_other_tools(oxigraph_server: str) -> None:
    """A store loaded without kg (no merged view) is queried through the union default graph."""
    body = SAMPLE.read_bytes()
    request = urllib.request.Request(f"{oxigraph_server}/store", data=body, method="POST",
                                     headers={"Content-Type": "application/trig"})
    with urllib.request.urlopen(request, timeout=10):
        pass
    remote = load(f"sparql:{oxigraph_server}")
    # compared as sets: oxigraph 0.5's union default graph repeats a triple held by two graphs
    assert set(answers(remote, QUERIES[0])) == set(answers(load(SAMPLE), QUERIES[0]))  # type: ignore[call-overload]
    assert quads(remote) == quads(load(SAMPLE))
    save(load(SAMPLE), f"sparql:{oxigraph_server}")  # kg's first save adds the merged view
    assert answers(load(f"sparql:{oxigraph_server}"), QUERIES[1]) == [repr((44,))]


def test_literals_survive_every_store(tmp_path: Path) -> None:
    graph = KnowledgeGraph()
    part = Graph()
    s = URIRef(ID + "thing")
    for i, value in enumerate([Literal("tab\there"), Literal('quote " and \\ slash'), Literal("été", lang="fr"),
                               Literal("line\nbreak"), Literal(3.5), Literal("2020-01-01", datatype=URIRef(
                                   "http://www.w3.org/2001/XMLSchema#date"))]):
        part.add((s, URIRef(f"{ACC}p{i}"), value))
    graph.add_graph(URIRef(ID + "article-literals"), part)
    target = f"oxigraph:{tmp_path / 'store'}"
    save(graph, target)
    assert quads(load(target)) == quads(graph)
