"""Benchmark of the HTML view: generation time and page size by graph size, and the time
headless Chromium takes to settle the layout of a 2,000-node graph.

    .venv/bin/python benchmarks/bench_view.py            # sizes 500, 2000, 10000
    .venv/bin/python benchmarks/bench_view.py 500 2000   # chosen sizes

The graphs are synthetic but shaped like real ones: companies that signed (or are
absent from) the accord, their parents, people with posts, incidents, events and
places, every relation backed by a reified fact with an evidence sentence.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import RDF, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.namespaces import ACC, ID, ORG, SCHEMA

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def synthetic_graph(entities: int, seed: int = 4) -> Graph:
    """An accord graph with about ``entities`` entities, every relation backed by evidence."""
    rng = random.Random(seed)
    g = Graph()
    accord = ACC.CybersecurityTechAccord
    g.add((accord, RDF.type, ACC.Agreement))
    g.add((accord, SKOS.prefLabel, Literal("Cybersecurity Tech Accord")))
    articles = [ID[f"article-{i}"] for i in range(max(1, entities // 20))]
    for i, art in enumerate(articles):
        g.add((art, RDF.type, ACC.Article))
        g.add((art, DCTERMS.title, Literal(f"Article {i} about the accord")))
        g.add((art, DCTERMS.source, Literal(rng.choice(["GeekWire", "Reuters", "ZDNet", "The Register"]))))
        g.add((art, DCTERMS.date, Literal(f"2018-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD.date)))
    counter = [0]

    def entity(kind: URIRef, name: str, *extra: URIRef) -> URIRef:
        counter[0] += 1
        iri = ID[f"e{counter[0]}"]
        for cls in (kind, *extra):
            g.add((iri, RDF.type, cls))
        g.add((iri, SKOS.prefLabel, Literal(name)))
        return iri

    def relate(s: URIRef, p: URIRef, o: URIRef, mention: str) -> None:
        g.add((s, p, o))
        counter[0] += 1
        fact, sent = ID[f"fact-{counter[0]}"], ID[f"sent-{counter[0]}"]
        art = rng.choice(articles)
        text = f"Reportedly {mention} {p.split('#')[-1].split('/')[-1]} something, sources said."
        g.add((sent, RDF.type, ACC.Sentence))
        g.add((sent, ACC.sentenceText, Literal(text)))
        g.add((sent, ACC.startOffset, Literal(0)))
        g.add((sent, ACC.endOffset, Literal(len(text))))
        g.add((sent, ACC.inArticle, art))
        g.add((art, SCHEMA.mentions, s))
        for triple in (
            (fact, RDF.type, ACC.Fact),
            (fact, RDF.subject, s),
            (fact, RDF.predicate, p),
            (fact, RDF.object, o),
            (fact, ACC.evidence, sent),
            (fact, ACC.rule, Literal("synthetic")),
            (fact, ACC.confidence, Literal(round(rng.uniform(0.5, 1.0), 2))),
            (fact, ACC.mentionText, Literal(mention)),
        ):
            g.add(triple)

    principles = []
    for n in range(1, 5):
        p = entity(ACC.Principle, f"Principle {n}")
        g.add((p, ACC.principleNumber, Literal(n)))
        g.add((p, ACC.principleText, Literal(f"Text of principle {n}.")))
        relate(accord, ACC.hasPrinciple, p, f"principle {n}")
        principles.append(p)
    remaining = max(0, entities - 5)
    n_companies = int(remaining * 0.6)
    n_people = int(remaining * 0.15)
    n_threats = int(remaining * 0.08)
    n_places = int(remaining * 0.05)
    n_events = int(remaining * 0.05)
    n_gov = remaining - n_companies - n_people - n_threats - n_places - n_events
    companies = [entity(ACC.Company, f"Company {i}", ACC.Organization) for i in range(n_companies)]
    for i, c in enumerate(companies):
        roll = rng.random()
        if roll < 0.7:
            relate(c, ACC.signed, accord, f"Company {i}")
        elif roll < 0.85:
            relate(c, ACC.absentFrom, accord, f"Company {i}")
        if i > 10 and rng.random() < 0.15:
            relate(c, SCHEMA.parentOrganization, rng.choice(companies[:10]), f"Company {i}")
    for i in range(n_people):
        person = entity(ACC.Person, f"Person {i}")
        if companies:
            employer = rng.choice(companies)
            relate(person, ACC.affiliation, employer, f"Person {i}")
            post = ID[f"post-{i}"]
            g.add((person, ORG.holds, post))
            g.add((post, RDF.type, ACC.Post))
            g.add((post, ORG.postIn, employer))
            g.add((post, ACC.roleTitle, Literal(rng.choice(["CEO", "President", "CISO"]))))
    for i in range(n_threats):
        threat = entity(ACC.Malware if i % 2 else ACC.CyberIncident, f"Threat {i}")
        relate(accord, ACC.relatedThreat, threat, f"Threat {i}")
    places = [entity(ACC.Place, f"Place {i}") for i in range(n_places)]
    for i in range(n_events):
        event = entity(ACC.Event, f"Event {i}")
        relate(event, ACC.about, accord, f"Event {i}")
        if places:
            relate(event, ACC.location, rng.choice(places), f"Event {i}")
    for i in range(n_gov):
        gov = entity(ACC.GovernmentBody, f"Government body {i}", ACC.Organization)
        if companies and rng.random() < 0.5:
            relate(rng.choice(companies), ACC.led, accord, f"Government body {i}")
        elif rng.random() < 0.5:
            relate(gov, ACC.signed, accord, f"Government body {i}")
    return g


def browser_settle_seconds(html_path: Path, timeout_s: float = 120.0) -> float:
    """Seconds from navigation until the page reports a settled layout (physics off)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            start = time.perf_counter()
            page.goto(html_path.resolve().as_uri())
            page.wait_for_function(
                "() => window.kgView && window.kgView.state.settled"
                " && window.kgView.network.physics.physicsEnabled === false",
                timeout=timeout_s * 1000,
                polling=50,
            )
            return time.perf_counter() - start
        finally:
            browser.close()


def run(sizes: tuple[int, ...] = (500, 2000, 10000), *, browser: bool = True) -> list[dict[str, Any]]:
    """Generate the view of synthetic graphs of the given sizes; one result row per size.

    Each row: ``entities``, ``edges``, ``project_s`` (RDF to networkx), ``generate_s``
    (networkx to HTML file), ``html_bytes``, ``mode`` and, at 2,000 entities when
    ``browser`` is true and Chromium is installed, ``settle_s`` (overview page) and
    ``settle_full_s`` (all 2,000 entities drawn).
    """
    from kg.view import render_html, to_networkx
    from kg.view.html import OVERVIEW_THRESHOLD

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-view-") as tmp:
        for size in sizes:
            rdf = synthetic_graph(size)
            start = time.perf_counter()
            projected = to_networkx(rdf)
            project_s = time.perf_counter() - start
            out = Path(tmp) / f"view-{size}.html"
            start = time.perf_counter()
            render_html(projected, out)
            generate_s = time.perf_counter() - start
            row: dict[str, Any] = {
                "entities": projected.number_of_nodes(),
                "edges": projected.number_of_edges(),
                "project_s": round(project_s, 3),
                "generate_s": round(generate_s, 3),
                "html_bytes": out.stat().st_size,
                "mode": "overview" if projected.number_of_nodes() > OVERVIEW_THRESHOLD else "full",
            }
            if browser and size == 2000 and os.path.exists(CHROMIUM):
                row["settle_s"] = round(browser_settle_seconds(out), 2)
                full = Path(tmp) / "view-2000-full.html"
                render_html(projected, full, max_nodes=size + 1)
                row["settle_full_s"] = round(browser_settle_seconds(full), 2)
            rows.append(row)
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    head = ["entities", "edges", "mode", "project_s", "generate_s", "html_MB", "settle_s", "settle_full_s"]
    lines = [" ".join(f"{h:>13}" for h in head)]
    for row in rows:
        cells = [
            row["entities"], row["edges"], row["mode"], f"{row['project_s']:.3f}", f"{row['generate_s']:.3f}",
            f"{row['html_bytes'] / 1e6:.2f}", row.get("settle_s", "-"), row.get("settle_full_s", "-"),
        ]
        lines.append(" ".join(f"{c!s:>13}" for c in cells))
    return "\n".join(lines)


if __name__ == "__main__":
    chosen = tuple(int(a) for a in sys.argv[1:]) or (500, 2000, 10000)
    print(_table(run(chosen)))
