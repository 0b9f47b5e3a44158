"""kg.serve: the SPARQL 1.1 Protocol over real HTTP (SPARQLWrapper and urllib), refusals, the page."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, XML, SPARQLWrapper

from kg.graph import KnowledgeGraph
from kg.serve import MAX_BODY, make_app, serve
from kg.sparql import QueryOptions
from kg.store import load

pytestmark = pytest.mark.server

SAMPLE = Path(__file__).parent / "data" / "query" / "sample.trig"
SIGNERS = "SELECT ?name WHERE { ?o acc:signed ?a ; skos:prefLabel ?name } ORDER BY ?name"
NAMES = ["Cloudflare", "Facebook", "Microsoft"]
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return load(SAMPLE)


@pytest.fixture(scope="module")
def endpoint(graph: KnowledgeGraph) -> str:
    """``serve()`` in a daemon thread on a free port; the URL of its /sparql."""
    ready = threading.Event()
    box: dict[str, str] = {}

    def on_ready(url: str) -> None:
        box["url"] = url
        ready.set()

    thread = threading.Thread(target=serve, args=(graph,), kwargs={"port": 0, "ready": on_ready}, daemon=True)
    thread.start()
    assert ready.wait(10), "the server did not start"
    return box["url"]


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def names_from_json(body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]




# -- SPARQLWrapper ---------------------------------------------------------------------------------
def test_sparqlwrapper_json(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(SIGNERS)
    client.setReturnFormat(JSON)
    data: Any = client.query().convert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == NAMES


def test_sparqlwrapper_csv(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(SIGNERS)
    client.setReturnFormat(CSV)
    body: Any = client.query().convert()
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["name"], *[[n] for n in NAMES]]


def test_sparqlwrapper_xml_over_post(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(SIGNERS)
    client.setReturnFormat(XML)
    client.setMethod(POST)
    document: Any = client.query().convert()
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == NAMES


def test_sparqlwrapper_post_directly(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery(SIGNERS)
    client.setReturnFormat(JSON)
    client.setMethod(POST)
    client.setRequestMethod(POSTDIRECTLY)
    data: Any = client.query().convert()
    assert len(data["results"]["bindings"]) == 3


# -- the protocol with urllib ----------------------------------------------------------------------
def test_get(endpoint: str) -> None:
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": SIGNERS}))
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert names_from_json(body) == NAMES


def test_post_sparql_query(endpoint: str) -> None:
    status, headers, body = fetch(endpoint, SIGNERS.encode(), {"Content-Type": "application/sparql-query",
                                                              "Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.decode().split("\r\n")[:4] == ["name", *NAMES]


def test_post_form(endpoint: str) -> None:
    form = urllib.parse.urlencode({"query": SIGNERS}).encode()
    status, headers, body = fetch(endpoint, form, {"Content-Type": "application/x-www-form-urlencoded",
                                                   "Accept": "application/sparql-results+xml"})
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+xml"
    root = ET.fromstring(body)
    assert [lit.text for lit in root.iter(f"{SRX}literal")] == NAMES


@pytest.mark.parametrize(("accept", "check"), [
    ("text/tab-separated-values", lambda b: b.decode().splitlines()[0] == "?name"),
    ("text/csv;q=0.5, application/sparql-results+xml", lambda b: b.startswith(b"<?xml")),
    ("*/*", lambda b: "results" in json.loads(b)),
    ("text/plain", lambda b: b"(3 rows)" in b),
])
def test_content_negotiation(endpoint: str, accept: str, check: Any) -> None:
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": SIGNERS}), headers={"Accept": accept})
    assert status == 200 and check(body)


def test_construct_gives_turtle(endpoint: str) -> None:
    query = "CONSTRUCT { ?o a acc:Company } WHERE { ?o a acc:Company }"
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body.decode(), format="turtle")) == 3
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": query}),
                                  headers={"Accept": "application/n-triples"})
    assert headers["Content-Type"] == "application/n-triples" and len(body.decode().strip().splitlines()) == 3


def test_ask(endpoint: str) -> None:
    query = "ASK { id:microsoft acc:signed acc:CybersecurityTechAccord }"
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_parallel_requests(endpoint: str) -> None:
    url = endpoint + "?" + urllib.parse.urlencode({"query": SIGNERS})
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: fetch(url), range(16)))
    assert all(status == 200 and names_from_json(body) == NAMES for status, _, body in results)


# -- refusals and errors ---------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "content_type"), [
    (b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-query"),
    (b"DROP ALL", "application/sparql-update"),
    (urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
])
def test_updates_are_refused(endpoint: str, graph: KnowledgeGraph, data: bytes, content_type: str) -> None:
    size = len(graph)
    status, headers, body = fetch(endpoint, data, {"Content-Type": content_type})
    assert status == 403
    assert headers["Content-Type"].startswith("text/plain") and b"read-only" in body
    assert body.count(b"\n") == 1
    assert len(graph) == size


def test_update_by_get_is_refused(endpoint: str) -> None:
    status, _, _ = fetch(endpoint + "?" + urllib.parse.urlencode({"update": "DROP ALL"}))
    assert status == 403


def test_service_is_refused_with_400(endpoint: str, listener: tuple[int, list[object]]) -> None:
    port, accepted = listener
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    status, _, body = fetch(endpoint, query.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"SERVICE" in body
    time.sleep(0.3)
    assert accepted == []


def test_syntax_error_is_400_with_position(endpoint: str) -> None:
    status, _, body = fetch(endpoint, b"SELECT * WHERE {\n ?s ?p }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and body.decode().startswith("line 2, column")


@pytest.mark.parametrize(("path", "kwargs", "expected"), [
    ("/nowhere", {}, 404),
    ("/sparql", {"method": "PUT", "data": b"x"}, 405),
    ("/sparql", {"data": b"query=x", "headers": {"Content-Type": "text/plain"}}, 415),
    ("/sparql?query=x&query=y", {}, 400),
    ("/sparql?query=ASK%7B%7D&default-graph-uri=http://example.org/g", {}, 400),
])
def test_http_errors(endpoint: str, path: str, kwargs: dict[str, Any], expected: int) -> None:
    base = endpoint.rsplit("/sparql", 1)[0]
    status, _, body = fetch(base + path, **kwargs)
    assert status == expected and body.endswith(b"\n")


def test_body_is_bounded(endpoint: str) -> None:
    data = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * MAX_BODY
    try:
        status, _, _ = fetch(endpoint, data, {"Content-Type": "application/sparql-query"})
    except (ConnectionError, urllib.error.URLError):
        return  # the server may close the connection before the client has sent everything
    assert status == 413


def test_foreign_host_header_is_refused(endpoint: str) -> None:
    status, _, _ = fetch(endpoint + "?query=ASK%7B%7D", headers={"Host": "evil.example:80"})
    assert status == 403


def test_timeout_is_503() -> None:
    dataset = Dataset(default_union=True)
    graph = dataset.graph(URIRef("urn:x:g"))
    for i in range(200):
        graph.add((URIRef(f"urn:x:s{i}"), URIRef("urn:x:p"), Literal(i)))
    app = make_app(KnowledgeGraph(dataset), options=QueryOptions(timeout=0.5))
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql",
               "QUERY_STRING": urllib.parse.urlencode({"query": query}), "HTTP_HOST": "127.0.0.1"}
    seen: dict[str, Any] = {}
    started = time.monotonic()
    body = b"".join(app(environ, lambda status, headers: seen.update(status=status)))
    assert seen["status"].startswith("503") and b"timeout" in body
    assert time.monotonic() - started < 3


# -- service description and page ------------------------------------------------------------------
def test_service_description(endpoint: str) -> None:
    status, headers, body = fetch(endpoint, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    description = Graph().parse(data=body.decode(), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    services = list(description.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                         URIRef(sd + "Service")))
    assert len(services) == 1
    assert description.value(services[0], URIRef(sd + "endpoint")) == URIRef(endpoint)
    assert (services[0], URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in description


def test_query_page_is_self_contained(endpoint: str) -> None:
    base = endpoint.rsplit("/sparql", 1)[0]
    status, headers, body = fetch(base + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assert "<textarea" in page and "fetch(" in page
    hosts = {urllib.parse.urlsplit(url).hostname for url in re.findall(r"https?://[^\s\"'<>)]+", page)}
    assert hosts <= {"127.0.0.1", "localhost"}, hosts
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page), "nothing is loaded from elsewhere"
    assert "connect-src 'self'" in headers["Content-Security-Policy"]


def test_serve_prints_its_url(capsys: pytest.CaptureFixture[str], graph: KnowledgeGraph) -> None:
    ready = threading.Event()
    box: dict[str, str] = {}
    def on_ready(url: str) -> None:
        box["url"] = url
        ready.set()

    thread = threading.Thread(target=serve, args=(graph, "127.0.0.1", 0), kwargs={"ready": on_ready}, daemon=True)
    thread.start()
    assert ready.wait(10)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/sparql", box["url"])
    assert f"serving SPARQL at {box['url']}" in capsys.readouterr().out
