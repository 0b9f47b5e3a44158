"""``kg serve`` under load (issue #7): 16 concurrent clients, 1,000 queries each, on 127.0.0.1.

The mix per client: tiny valid queries, invalid ones (syntax errors, SERVICE, updates) and a few slow ones
(a cross join that would run for minutes). Expected: every valid query answered 200 (no server error, no
dropped connection), every invalid one 400 (403 for updates), every slow one cut by the server's timeout
(503) in about that time, the server still answering afterwards, and its memory bounded (RSS growth under
200 MB). The server is stopped at the end whatever happens; each request has its own time limit.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import KG

ROOT = Path(__file__).resolve().parents[1]
CLIENTS = 16
PER_CLIENT = 1000
SERVER_TIMEOUT = 0.5  # seconds: the server's per-query limit
SLOW_EVERY = 250  # one slow query in this many
INVALID_EVERY = 5  # one invalid query in this many
RSS_GROWTH_LIMIT = 200 * 1024 * 1024

VALID = [
    "ASK { }",
    "SELECT ?o WHERE { ?o a acc:Company } LIMIT 1",
    "SELECT (COUNT(*) AS ?n) WHERE { ?o acc:signed acc:CybersecurityTechAccord }",
    "ASK { acc:CybersecurityTechAccord a acc:Agreement }",
    "SELECT ?name WHERE { ?o acc:led ?a ; skos:prefLabel ?name }",
]
INVALID = [
    ("SELECT ?s WHERE { ?s ?p }", 400),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400),
    ("LOAD <http://127.0.0.1:9/data.ttl>", 400),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", 400),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 403),
    ("SELECT ?x WHERE { ?x unknown:p ?y }", 400),
]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _rss(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", text, re.M)
    assert match, text
    return int(match.group(1)) * 1024


@dataclass
class Tally:
    statuses: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in
                                                                        ("valid", "invalid", "slow")})
    problems: list[str] = field(default_factory=list)
    slow_times: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture()
def server(seed_ttl: Path) -> Iterator[tuple[str, int, subprocess.Popen[str]]]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT))
    process = subprocess.Popen([*KG, "serve", str(seed_ttl), "--host", "127.0.0.1", "--port", "0",
                                "--timeout", str(SERVER_TIMEOUT)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.match(r"serving SPARQL at http://(127\.0\.0\.1):(\d+)/sparql", line)
        assert match, f"kg serve did not start: {line!r}"
        yield match.group(1), int(match.group(2)), process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def _ask(host: str, port: int, query: str, timeout: float = 60) -> tuple[int, bytes]:
    body = urllib.parse.urlencode({"query": query})
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                     "Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _client(number: int, host: str, port: int, tally: Tally, stop_at: float) -> None:
    for index in range(PER_CLIENT):
        if time.monotonic() > stop_at:
            with tally.lock:
                tally.problems.append(f"client {number} ran out of time at query {index}")
            return
        if (index + number * 37) % SLOW_EVERY == 0:
            kind, query, expected = "slow", SLOW, 503
        elif index % INVALID_EVERY == 0:
            kind = "invalid"
            query, expected = INVALID[(index // INVALID_EVERY + number) % len(INVALID)]
        else:
            kind, query, expected = "valid", VALID[(index + number) % len(VALID)], 200
        started = time.monotonic()
        try:
            status, body = _ask(host, port, query)
        except (OSError, http.client.HTTPException) as exc:
            with tally.lock:
                tally.statuses[kind][type(exc).__name__] += 1
                tally.problems.append(f"{kind} query {query[:40]!r}: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.monotonic() - started
        with tally.lock:
            tally.statuses[kind][str(status)] += 1
            if kind == "slow":
                tally.slow_times.append(elapsed)
            if status != expected:
                tally.problems.append(f"{kind} query {query[:40]!r}: HTTP {status} (expected {expected}): "
                                      f"{body[:200]!r}")
            elif kind == "valid" and not body.startswith(b"{"):
                tally.problems.append(f"valid query {query[:40]!r}: not JSON: {body[:200]!r}")


@pytest.mark.server
def test_sixteen_clients_a_thousand_queries_each(server: tuple[str, int, subprocess.Popen[str]]) -> None:
    host, port, process = server
    assert host == "127.0.0.1"
    for query in VALID:  # warm up: parse caches, lazy imports
        assert _ask(host, port, query)[0] == 200
    rss_before = _rss(process.pid)
    tally = Tally()
    started = time.monotonic()
    stop_at = started + 600
    threads = [threading.Thread(target=_client, args=(n, host, port, tally, stop_at), daemon=True)
               for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(1.0, stop_at + 30 - time.monotonic()))
    elapsed = time.monotonic() - started
    assert not any(t.is_alive() for t in threads), "clients still running after the time limit"
    rss_after = _rss(process.pid)
    status, body = _ask(host, port, VALID[2])
    assert status == 200 and json.loads(body)["results"]["bindings"], "the server answers after the load"
    assert process.poll() is None, "the server died"

    counts = {kind: dict(c) for kind, c in tally.statuses.items()}
    total = sum(sum(c.values()) for c in tally.statuses.values())
    report = (f"{total} queries in {elapsed:.1f} s ({total / elapsed:.0f}/s); statuses {counts}; "
              f"slow answered in {min(tally.slow_times or [0]):.2f}-{max(tally.slow_times or [0]):.2f} s; "
              f"RSS {rss_before / 2**20:.0f} -> {rss_after / 2**20:.0f} MB")
    print(report)
    assert total == CLIENTS * PER_CLIENT, report
    kinds = Counter(p[:200] for p in tally.problems).most_common(10)
    assert not tally.problems, f"{len(tally.problems)} problems, the most common: {kinds}; {report}"
    assert counts["valid"] == {"200": sum(counts["valid"].values())}, report
    assert set(counts["slow"]) == {"503"}, report
    assert max(tally.slow_times) < SERVER_TIMEOUT + 10, f"a slow query was not cut by the timeout: {report}"
    assert rss_after - rss_before < RSS_GROWTH_LIMIT, f"memory grew too much: {report}"
