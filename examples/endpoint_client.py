"""Serve a graph as a SPARQL endpoint in a background thread, and query it over HTTP.

    python examples/endpoint_client.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (the seed article by default), serves it read-only with
:mod:`kg.serve` on a free port of 127.0.0.1, and asks it the competency questions in
examples/queries/ with SPARQLWrapper (the SPARQL 1.1 Protocol, as any client would). Without
SPARQLWrapper (``pip install SPARQLWrapper``) it uses urllib. An update is refused (HTTP 403).
The server is shut down before the script ends.
"""

from __future__ import annotations

import json
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import kg
from kg.serve import make_server

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "data" / "articles" / "geekwire-2018-04-17.txt"
QUERIES = HERE / "queries"


def ask(endpoint: str, sparql: str) -> list[dict[str, Any]]:
    """The bindings of a SELECT, as SPARQL JSON results (``{"var": {"type", "value"}}``)."""
    try:
        from SPARQLWrapper import JSON, SPARQLWrapper
    except ImportError:
        url = endpoint + "?" + urllib.parse.urlencode({"query": sparql})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            data = json.load(response)
    else:
        client = SPARQLWrapper(endpoint)
        client.setQuery(sparql)
        client.setReturnFormat(JSON)
        data = client.queryAndConvert()
    bindings: list[dict[str, Any]] = data["results"]["bindings"]
    return bindings


def main(argv: list[str]) -> int:
    graph = kg.build(argv or [str(SEED)], progress=False)
    server = make_server(graph, "127.0.0.1", 0)  # port 0: any free port; kg.serve.serve() would block
    endpoint = f"http://127.0.0.1:{server.server_port}/sparql"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        print(f"serving {len(graph)} triples at {endpoint}")
        for name in ("signatories", "leaders", "absent"):
            sparql = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
            names = [b["name"]["value"] for b in ask(endpoint, sparql)]
            print(f"{name}: {', '.join(names) or '(none)'}")
        # prefixes (acc:, skos: ...) are predeclared by the endpoint
        count = ask(endpoint, "SELECT (COUNT(DISTINCT ?org) AS ?n) WHERE { ?org acc:signed ?accord }")
        print(f"signatories counted by the endpoint: {count[0]['n']['value']}")
        update = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        try:
            urllib.request.urlopen(urllib.request.Request(endpoint, data=update), timeout=30)
        except urllib.error.HTTPError as refused:
            print(f"an update is refused: HTTP {refused.code} {refused.read().decode().strip()}")
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
