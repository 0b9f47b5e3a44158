"""kg.sparql: result formats, prefixes, inference, refusals before execution, timeouts, row limits."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

import kg
import kg.sparql as kq
from kg.errors import KGError, QueryError, QueryRefused, QueryTimeout
from kg.graph import KnowledgeGraph
from kg.sparql import QueryOptions, QueryResult, UpdateRefused, check_query, run_query
from kg.store import load, save

SAMPLE = Path(__file__).parent / "data" / "query" / "sample.trig"
ID = "https://w3id.org/accord-kg/id/"
SIGNERS = "SELECT ?org ?name WHERE { ?org acc:signed ?a ; skos:prefLabel ?name } ORDER BY ?name"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def memory() -> KnowledgeGraph:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def oxigraph(memory: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    target = f"oxigraph:{tmp_path_factory.mktemp('ox') / 'store'}"
    save(memory, target)
    return load(target)


@pytest.fixture(params=["memory", "oxigraph"])
def graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    return request.getfixturevalue(request.param)


# -- formats ---------------------------------------------------------------------------------------
def test_rows_have_named_fields(graph: KnowledgeGraph) -> None:
    result = graph.query(SIGNERS)
    assert isinstance(result, QueryResult) and result.kind == "select"
    assert result.vars == ["org", "name"]
    assert [row.name for row in result] == ["Cloudflare", "Facebook", "Microsoft"]
    assert result.rows[0].org == ID + "cloudflare"
    assert len(result) == 3 and not result.truncated


def test_python_values(graph: KnowledgeGraph) -> None:
    from decimal import Decimal

    rows = graph.query("SELECT ?c WHERE { ?f acc:confidence ?c }").rows
    assert sorted(rows, key=lambda r: float(r.c)) == [(0.75,), (Decimal("0.92"),)]
    row = graph.query("SELECT ?n ?b ?d WHERE { ?a schema:wordCount ?n ; schema:datePublished ?d . "
                      "?f acc:anaphoric ?b } ORDER BY ?n LIMIT 1").rows[0]
    assert row.n == 455 and row.b is False and str(row.d) == "2018-06-20"
    blank = graph.query("SELECT ?q WHERE { id:fact-2 acc:evidence ?q }").rows[0].q
    assert blank.startswith("_:")
    unbound = graph.query("SELECT ?x ?y WHERE { BIND(1 AS ?x) }").rows
    assert unbound == [(1, None)]


def test_csv_has_header_and_rows(graph: KnowledgeGraph) -> None:
    text = graph.query(SIGNERS).format("csv")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["org", "name"]
    assert rows[1:] == [[ID + "cloudflare", "Cloudflare"], [ID + "facebook", "Facebook"],
                        [ID + "microsoft", "Microsoft"]]


def test_csv_quotes_awkward_values(memory: KnowledgeGraph) -> None:
    text = memory.query("SELECT ?t WHERE { ?s acc:sentenceText ?t }").format("csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][0].startswith("Microsoft, Facebook") and '"four"' in rows[1][0]


def test_tsv_uses_rdf_terms(graph: KnowledgeGraph) -> None:
    lines = graph.query(SIGNERS + " LIMIT 1").format("tsv").splitlines()
    assert lines[0] == "?org\t?name"
    assert lines[1] == f'<{ID}cloudflare>\t"Cloudflare"@en'
    text = graph.query("SELECT ?t WHERE { ?s acc:sentenceText ?t }").format("tsv")
    assert len(text.splitlines()) == 2 and "\\t" in text, "tabs inside values are escaped"


def test_json_is_sparql_results_json(graph: KnowledgeGraph) -> None:
    data = json.loads(graph.query(SIGNERS).format("json"))
    assert data["head"]["vars"] == ["org", "name"]
    first = data["results"]["bindings"][0]
    assert first["org"] == {"type": "uri", "value": ID + "cloudflare"}
    assert first["name"] == {"type": "literal", "value": "Cloudflare", "xml:lang": "en"}
    number = json.loads(graph.query("SELECT ?n WHERE { ?a schema:wordCount ?n } ORDER BY ?n LIMIT 1")
                        .format("json"))["results"]["bindings"][0]["n"]
    assert number["datatype"] == "http://www.w3.org/2001/XMLSchema#integer" and number["value"] == "455"


def test_xml_is_sparql_results_xml(graph: KnowledgeGraph) -> None:
    root = ET.fromstring(graph.query(SIGNERS).format("xml"))
    assert root.tag == f"{SRX}sparql"
    assert [v.get("name") for v in root.iter(f"{SRX}variable")] == ["org", "name"]
    results = list(root.iter(f"{SRX}result"))
    assert len(results) == 3
    literal = results[0].find(f"{SRX}binding[@name='name']/{SRX}literal")
    assert literal is not None and literal.text == "Cloudflare"
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_table_is_aligned(graph: KnowledgeGraph) -> None:
    lines = graph.query(SIGNERS).format("table").splitlines()
    assert lines[0].split() == ["org", "name"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("id:cloudflare") and lines[-1] == "(3 rows)"
    assert len({line.index("Cloudflare") for line in lines if "Cloudflare" in line}) == 1


def test_ask_formats(graph: KnowledgeGraph) -> None:
    result = graph.query("ASK { id:microsoft acc:signed acc:CybersecurityTechAccord }")
    assert result.kind == "ask" and result.boolean is True and bool(result)
    assert json.loads(result.format("json")) == {"head": {}, "boolean": True}
    assert ET.fromstring(result.format("xml")).findtext(f"{SRX}boolean") == "true"
    assert graph.query("ASK { id:us-government acc:signed ?a }").boolean is False


def test_construct_gives_a_graph(graph: KnowledgeGraph) -> None:
    result = graph.query("CONSTRUCT { ?o a acc:Company } WHERE { ?o a acc:Company }")
    assert result.kind == "graph" and len(result.graph) == 3
    parsed = Graph().parse(data=result.format("turtle"), format="turtle")
    assert len(parsed) == 3
    assert len(result.format("nt").strip().splitlines()) == 3
    assert {r.subject for r in result.rows} == {ID + "microsoft", ID + "facebook", ID + "cloudflare"}


def test_unknown_format(memory: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="unknown result format"):
        memory.query(SIGNERS).format("yaml")


def test_to_dataframe(memory: KnowledgeGraph) -> None:
    result = memory.query(SIGNERS)
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(KGError, match="pandas"):
            result.to_dataframe()
    else:
        frame = result.to_dataframe()
        assert list(frame.columns) == ["org", "name"] and len(frame) == 3


# -- prefixes and the API --------------------------------------------------------------------------
def test_predeclared_prefixes_and_overrides(graph: KnowledgeGraph) -> None:
    assert len(graph.query("SELECT ?o WHERE { ?o rdf:type acc:Company }")) == 3
    assert len(graph.query("PREFIX acc: <http://example.org/other#>\n"
                           "SELECT ?o WHERE { ?o a acc:Company }")) == 0


def test_kg_query_function_survives_module_import(memory: KnowledgeGraph) -> None:
    assert kg.query(memory, "ASK { ?s ?p ?o }").boolean is True


def test_options_are_checked(memory: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="infer"):
        memory.query(SIGNERS, infer="magic")
    with pytest.raises(QueryError, match="unknown query option"):
        memory.query(SIGNERS, tiemout=3)
    assert len(run_query(memory, SIGNERS, options=QueryOptions(limit=1))) == 1


# -- inference -------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["rdfs", "owlrl"])
def test_infer_makes_a_company_an_organization(graph: KnowledgeGraph, mode: str) -> None:
    query = "SELECT ?o WHERE { ?o a acc:Organization }"
    assert len(graph.query(query)) == 0
    found = {row.o for row in graph.query(query, infer=mode)}
    assert {ID + "microsoft", ID + "facebook", ID + "cloudflare", ID + "us-government"} <= found
    assert ID + "brad-smith" not in found


def test_infer_cache_follows_changes(tmp_path: Path) -> None:
    graph = load(SAMPLE)
    query = "SELECT ?o WHERE { ?o a acc:Organization }"
    before = {row.o for row in graph.query(query, infer="rdfs")}
    again = {row.o for row in graph.query(query, infer="rdfs")}
    assert again == before
    extra = Graph()
    extra.add((URIRef(ID + "mozilla"), URIRef("https://w3id.org/accord-kg/ontology#signed"),
               URIRef("https://w3id.org/accord-kg/ontology#CybersecurityTechAccord")))
    graph.add_graph(URIRef(ID + "article-new"), extra)
    after = {row.o for row in graph.query(query, infer="rdfs")}
    assert after == before | {ID + "mozilla"}, "acc:signed has domain acc:Organization"


# -- syntax errors ---------------------------------------------------------------------------------
def test_syntax_error_has_line_and_column(graph: KnowledgeGraph) -> None:
    with pytest.raises(QueryError) as info:
        graph.query("SELECT ?s\nWHERE {\n  ?s ?p ?o ?x }")
    message = str(info.value)
    assert message.startswith("line 3, column 12:"), message
    assert not isinstance(info.value, QueryRefused)


@pytest.mark.parametrize(("sparql", "expected"), [
    ("", "empty query"),
    ("SELECT * WHERE { ?s nope:p ?o }", "unknown prefix nope:"),
    ("SELECT * WHERE { ?s ?p ?o ", "line 1, column 27"),
    ("INSERT DATA { <a:a> <a:b> }", "line 1, column 1"),
])
def test_bad_queries(memory: KnowledgeGraph, sparql: str, expected: str) -> None:
    with pytest.raises(QueryError, match=expected):
        memory.query(sparql, allow_update=True)


# -- refused before execution ----------------------------------------------------------------------
REFUSED = [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", QueryRefused, "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT ?svc { ?s ?p ?o } } }", QueryRefused, "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", QueryRefused, "LOAD"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", QueryRefused, "FROM"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", QueryRefused, "FROM"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", UpdateRefused, "INSERT DATA"),
    ("DROP ALL", UpdateRefused, "DROP"),
    ("DELETE WHERE { ?s ?p ?o }", UpdateRefused, "DELETE WHERE"),
    ("CLEAR DEFAULT", UpdateRefused, "CLEAR"),
]


@pytest.mark.parametrize(("sparql", "error", "word"), REFUSED)
def test_refused(graph: KnowledgeGraph, sparql: str, error: type[Exception], word: str) -> None:
    size = len(graph)
    with pytest.raises(error, match=word):
        graph.query(sparql)
    assert len(graph) == size


@pytest.mark.parametrize("sparql", [
    "LOAD <http://example.org/data.ttl> INTO GRAPH <urn:g>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "INSERT { GRAPH <urn:g> { ?s ?p ?o } } USING <http://example.org/g> WHERE { ?s ?p ?o }",
])
def test_refused_even_with_updates_allowed(memory: KnowledgeGraph, sparql: str) -> None:
    with pytest.raises(QueryRefused):
        check_query(sparql, QueryOptions(allow_update=True))


def test_local_from_is_allowed(graph: KnowledgeGraph) -> None:
    rows = graph.query(f"SELECT ?s FROM <{ID}article-zdnet-2018-06-20> WHERE {{ ?s a acc:Company }}").rows
    assert rows == [(ID + "cloudflare",)]


def test_check_query_alone() -> None:
    analysis = check_query(SIGNERS)
    assert analysis.operation == "select" and analysis.kind == "select"
    assert check_query("DESCRIBE id:microsoft").kind == "graph"
    assert check_query("DROP ALL", QueryOptions(allow_update=True)).kind == "update"
    with pytest.raises(QueryRefused):
        check_query("SELECT * FROM <https://example.org/g> WHERE { ?s ?p ?o }")




def test_nothing_reaches_the_network(graph: KnowledgeGraph, listener: tuple[int, list[object]]) -> None:
    port, accepted = listener
    url = f"http://127.0.0.1:{port}/"
    for sparql in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
                   f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
                   f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                   f"LOAD <{url}>"):
        with pytest.raises(QueryRefused):
            graph.query(sparql)
        with pytest.raises(QueryRefused):
            graph.query(sparql, allow_update=True)
    time.sleep(0.3)
    assert accepted == []


def test_updates_when_allowed(tmp_path: Path) -> None:
    for target in ("memory", f"oxigraph:{tmp_path / 'store'}"):
        graph = load(SAMPLE)
        if target != "memory":
            save(graph, target)
            graph = load(target)
        result = graph.query("INSERT DATA { GRAPH id:article-x { id:mozilla acc:signed acc:CybersecurityTechAccord "
                             "; skos:prefLabel 'Mozilla' } }", allow_update=True)
        assert result.kind == "update"
        assert len(graph.query(SIGNERS)) == 4, target
        graph.query("DELETE DATA { GRAPH id:article-zdnet-2018-06-20 { id:cloudflare acc:signed "
                    "acc:CybersecurityTechAccord } }", allow_update=True)
        assert sorted(r.name for r in graph.query(SIGNERS)) == ["Facebook", "Microsoft", "Mozilla"], target
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert graph.query(count).rows[0].n == len(graph) == 45, target


# -- timeouts and limits ---------------------------------------------------------------------------
def _chain(size: int) -> KnowledgeGraph:
    dataset = Dataset(default_union=True)
    graph = dataset.graph(URIRef("urn:x:g"))
    for i in range(size):
        graph.add((URIRef(f"urn:x:s{i}"), URIRef("urn:x:p"), Literal(i)))
    return KnowledgeGraph(dataset)


CROSS4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_timeout_stops_a_long_rdflib_query() -> None:
    graph = _chain(200)  # 200^4 = 1.6e9 combinations: minutes of work for rdflib
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="timeout"):
        graph.query(CROSS4, timeout=1)
    assert time.monotonic() - started < 3
    deadline = time.monotonic() + 3
    while any(t.name == "kg-query-cancelled" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "kg-query-cancelled" for t in threading.enumerate()), "the worker really stopped"


def test_timeout_on_oxigraph(tmp_path: Path) -> None:
    target = f"oxigraph:{tmp_path / 'store'}"
    save(_chain(300), target)
    graph = load(target)
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        # 300^3 = 2.7e7 rows counted inside one oxigraph call (a few seconds): it cannot be
        # interrupted, the caller gets QueryTimeout on time and the worker is reaped later.
        graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.3)
    assert time.monotonic() - started < 1.5
    deadline = time.monotonic() + 30
    while kq.runaway_count() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert kq.runaway_count() == 0


def test_row_limit_truncates(graph: KnowledgeGraph) -> None:
    result = graph.query(SIGNERS, limit=2)
    assert len(result) == 2 and result.truncated
    assert "truncated" in result.format("table")
    exact = graph.query(SIGNERS, limit=3)
    assert len(exact) == 3 and not exact.truncated
    assert len(graph.query(SIGNERS, limit=None)) == 3


def test_default_limit_stops_a_huge_result() -> None:
    graph = _chain(200)
    started = time.monotonic()
    result = graph.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")  # 8e6 rows
    assert len(result) == 10000 and result.truncated
    assert time.monotonic() - started < 10
