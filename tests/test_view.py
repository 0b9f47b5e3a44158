"""kg.view: the networkx projection, the self-contained HTML page and the static picture.

The browser side (the page actually running in Chromium) is tests/test_view_browser.py.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.errors import OutputError
from kg.graph import KnowledgeGraph
from kg.namespaces import ACC, ID, SCHEMA
from kg.view import render_html, render_static, to_networkx
from kg.view.html import OVERVIEW_THRESHOLD, json_for_script

DATA = Path(__file__).parent / "data" / "view"
SEED = DATA / "seed.ttl"
HOSTILE = DATA / "hostile.ttl"
ACCORD = str(ACC.CybersecurityTechAccord)
HOSTILE_NAMES = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>"]
SIGNATORIES = ["microsoft", "facebook", "cisco", "nokia", "oracle", "sap"]
ABSENT = ["apple", "amazon", "alphabet"]
EVIDENCE_KEYS = {"sentence", "article", "title", "mention", "rule", "confidence"}


def iri(name: str) -> str:
    return str(ID[name])


@pytest.fixture(scope="module")
def seed() -> Graph:
    return Graph().parse(SEED)


@pytest.fixture(scope="module")
def projected(seed: Graph) -> nx.MultiDiGraph:
    return to_networkx(seed)


def page_data(html: str) -> dict:
    """The JSON the page embeds in <script type="application/json" id="kg-data">."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no kg-data block"
    return json.loads(match.group(1))


def synthetic(entities: int, seed: int = 1) -> Graph:
    """An accord graph of ``entities`` entities: signatories, parents, people, threats; facts with evidence."""
    from rdflib.namespace import XSD  # not at module level: pytest's collection pokes at it and it warns

    rng = random.Random(seed)
    g = Graph()
    accord = ACC.CybersecurityTechAccord
    g.add((accord, RDF.type, ACC.Agreement))
    g.add((accord, SKOS.prefLabel, Literal("Cybersecurity Tech Accord")))
    art = ID["article-1"]
    g.add((art, RDF.type, ACC.Article))
    g.add((art, DCTERMS.title, Literal("Synthetic article")))
    g.add((art, DCTERMS.date, Literal("2018-04-17", datatype=XSD.date)))
    companies: list[URIRef] = []
    for i in range(1, entities):
        kind = ACC.Company if i % 5 else (ACC.Person if i % 2 else ACC.Malware)
        node = ID[f"e{i}"]
        g.add((node, RDF.type, kind))
        g.add((node, SKOS.prefLabel, Literal(f"{kind.split('#')[1]} {i}")))
        if kind == ACC.Company:
            rel, obj = (ACC.signed if rng.random() < 0.8 else ACC.absentFrom), accord
            if companies and rng.random() < 0.2:
                g.add((node, SCHEMA.parentOrganization, rng.choice(companies[:20])))
            companies.append(node)
        elif kind == ACC.Person:
            rel, obj = ACC.affiliation, rng.choice(companies)
        else:
            node, rel, obj = accord, ACC.relatedThreat, node
        g.add((node, rel, obj))
        fact, sent = ID[f"fact-{i}"], ID[f"sent-{i}"]
        g.add((sent, RDF.type, ACC.Sentence))
        g.add((sent, ACC.sentenceText, Literal(f"Sentence number {i} names entity {i}.")))
        g.add((sent, ACC.inArticle, art))
        for p, o in ((RDF.type, ACC.Fact), (RDF.subject, node), (RDF.predicate, rel), (RDF.object, obj),
                     (ACC.evidence, sent), (ACC.rule, Literal("synthetic")), (ACC.confidence, Literal(0.8)),
                     (ACC.mentionText, Literal(f"entity {i}"))):
            g.add((fact, p, o))
    return g


# ------------------------------------------------------------------------------ to_networkx
def test_entities_are_the_nodes(seed: Graph, projected: nx.MultiDiGraph) -> None:
    assert isinstance(projected, nx.MultiDiGraph)
    typed = {
        str(s)
        for s, o in seed.subject_objects(RDF.type)
        if o in {ACC.Company, ACC.Organization, ACC.Person, ACC.Agreement, ACC.Principle, ACC.Malware,
                 ACC.CyberIncident, ACC.Event, ACC.Place, ACC.GovernmentBody, ACC.NewsOutlet}
    }
    assert set(projected.nodes) == typed
    assert projected.number_of_nodes() == 18
    for kind in (ACC.Article, ACC.Sentence, ACC.Fact, ACC.Post, ACC.Quotation):
        for thing in seed.subjects(RDF.type, kind):
            assert str(thing) not in projected, f"{thing} ({kind}) must not be a node"
    assert all(not isinstance(n, Literal) for n in projected.nodes)


def test_nodes_carry_class_labels_and_facts(projected: nx.MultiDiGraph) -> None:
    accord = projected.nodes[ACCORD]
    assert projected.graph["accord"] == ACCORD
    assert accord["accord"] is True and accord["cls"] == "Agreement"
    assert accord["label"] == "Cybersecurity Tech Accord"
    assert "Digital Geneva Convention" in accord["alt_labels"]
    assert projected.nodes[iri("cisco")]["cls"] == "Company"
    assert projected.nodes[iri("cisco")]["classes"] == ["Company", "Organization"]
    assert projected.nodes[iri("cisco")]["alt_labels"] == ["Cisco Systems"]
    p1 = projected.nodes[iri("principle-1")]
    assert p1["cls"] == "Principle"
    assert p1["attributes"]["principleNumber"] == 1
    assert p1["attributes"]["principleText"].startswith("Recognize that users")
    assert projected.nodes[iri("rsa-conference")]["attributes"]["startDate"] == "2018-04-16"
    brad = projected.nodes[iri("brad-smith")]
    assert brad["posts"] == [{"title": "President", "org": iri("microsoft"), "org_label": "Microsoft"}]
    assert brad["quotations"][0]["text"].startswith("We recognized")
    assert "he said in the post" in brad["quotations"][0]["evidence"][0]["sentence"]
    assert brad["mentioned_in"][0]["source"] == "GeekWire"


def test_relations_are_labelled_edges_with_evidence(projected: nx.MultiDiGraph) -> None:
    signers = {u for u, v, k in projected.edges(keys=True) if k == "signed" and v == ACCORD}
    assert signers == {iri(n) for n in SIGNATORIES}
    absent = {u for u, v, k in projected.edges(keys=True) if k == "absentFrom"}
    assert absent == {iri(n) for n in ABSENT}
    # Microsoft both signed and led: two edges between the same pair, told apart by key.
    assert set(projected[iri("microsoft")][ACCORD]) == {"signed", "led"}
    edge = projected.edges[iri("cisco"), ACCORD, "signed"]
    assert edge["relation"] == "signed"
    assert edge["predicate"] == str(ACC.signed)
    [evidence] = edge["evidence"]
    assert set(evidence) >= EVIDENCE_KEYS
    assert evidence["sentence"] == "Signatories include Facebook, Cisco, Nokia, Oracle, SAP, and others."
    assert evidence["mention"] == "Cisco"
    assert evidence["rule"] == "signatories-include"
    assert evidence["confidence"] == pytest.approx(0.9)
    assert evidence["title"].startswith("Tech giants launch")
    assert evidence["date"] == "2018-04-17"
    assert evidence["article"] == iri("article-geekwire-2018-04-17")
    keys = {k for _, _, k in projected.edges(keys=True)}
    assert keys == {"signed", "absentFrom", "led", "hasPrinciple", "relatedThreat", "about", "affiliation"}
    for *_, data in projected.edges(data=True):
        assert data["evidence"], "every seed relation has evidence"


def test_accepts_knowledge_graph_dataset_and_projection(seed: Graph, projected: nx.MultiDiGraph) -> None:
    kg = KnowledgeGraph()
    kg.add_graph(URIRef(iri("article-geekwire-2018-04-17")), seed)
    from_kg = to_networkx(kg)
    assert set(from_kg.nodes) == set(projected.nodes)
    assert set(from_kg.edges(keys=True)) == set(projected.edges(keys=True))
    dataset = Dataset()
    named = dataset.graph(URIRef("urn:x-test:g"))
    for triple in seed:
        named.add(triple)
    assert set(to_networkx(dataset).edges(keys=True)) == set(projected.edges(keys=True))
    assert to_networkx(projected) is projected
    with pytest.raises(TypeError):
        to_networkx(["not", "a", "graph"])


def test_builder_conventions() -> None:
    """Source as a news-outlet IRI, principles without a label, an untyped accord, sameAs links."""
    g = Graph().parse(
        data="""
        @prefix acc: <https://w3id.org/accord-kg/ontology#> . @prefix id: <https://w3id.org/accord-kg/id/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix schema: <https://schema.org/> .
        id:gw a acc:NewsOutlet, acc:Company ; skos:prefLabel "GeekWire" .
        id:art a acc:Article ; dcterms:title "T" ; dcterms:source id:gw .
        id:s a acc:Sentence ; acc:sentenceText "Microsoft led it." ; acc:inArticle id:art .
        id:ms a acc:Company ; skos:prefLabel "Microsoft" ; acc:led acc:CybersecurityTechAccord ;
            schema:sameAs <http://www.wikidata.org/entity/Q2283> .
        id:f a acc:Fact ; rdf:subject id:ms ; rdf:predicate acc:led ; rdf:object acc:CybersecurityTechAccord ;
            acc:evidence id:s ; acc:rule "r" ; acc:confidence 1.0 ; acc:anaphoric false .
        acc:CybersecurityTechAccord acc:hasPrinciple id:p2 .
        id:p2 a acc:Principle ; acc:principleNumber 2 ; acc:principleText "A", "B" .
        """,
        format="turtle",
    )
    out = to_networkx(g)
    assert out.nodes[iri("gw")]["cls"] == "NewsOutlet"
    assert out.nodes[ACCORD]["cls"] == "Agreement"
    assert out.nodes[ACCORD]["label"] == "Cybersecurity Tech Accord"
    assert out.nodes[iri("p2")]["label"] == "Principle 2"
    assert out.nodes[iri("p2")]["attributes"]["principleText"] == ["A", "B"]
    assert out.nodes[iri("ms")]["attributes"]["sameAs"] == "http://www.wikidata.org/entity/Q2283"
    [ev] = out.edges[iri("ms"), ACCORD, "led"]["evidence"]
    assert ev["source"] == "GeekWire" and ev["anaphoric"] is False and ev["sentence"] == "Microsoft led it."


# ------------------------------------------------------------------------------ render_html
def test_html_is_one_self_contained_file(seed: Graph, tmp_path: Path) -> None:
    out = render_html(seed, tmp_path / "accord.html")
    assert out == tmp_path / "accord.html"
    html = out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["accord.html"], "no lib/ folder, no temp file left"
    # Nothing is loaded from anywhere: no src/href but data: URLs, no @import, no url() in CSS.
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", html, flags=re.S)
    assert "<script" not in markup and "<style" not in markup
    for attr in re.findall(r'\b(?:src|href)\s*=\s*["\']?([^"\'\s>]*)', markup):
        assert attr.startswith("data:"), attr
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style and "@import" not in style.group(1) and "url(" not in style.group(1)
    assert "cdn.jsdelivr" not in html and "cdnjs.cloudflare" not in html
    assert "default-src 'none'" in html and "connect-src 'none'" in html
    assert "vis-network" in html and "DataSet" in html, "vis-network is inlined"
    data = page_data(html)
    assert len(data["nodes"]) == 18 and len(data["info"]) == 18
    assert len(data["edges"]) == 18
    assert data["overview"] is None
    accord = data["nodes"][data["accord"]]
    assert accord["x"] == 0 and accord["y"] == 0 and accord["fixed"] == {"x": True, "y": True}
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert {c["name"] for c in data["classes"]} == {"Agreement", "Company", "Person", "Principle", "Malware",
                                                    "Event"}
    assert {r["name"] for r in data["relations"]} >= {"signed", "absentFrom", "led"}
    cisco = next(i for i, info in enumerate(data["info"]) if info["label"] == "Cisco")
    signed = next(e for e in data["edges"] if e["from"] == cisco)
    [ev] = data["edgeEvidence"][signed["id"]]
    assert ev["m"] == "Cisco" and data["sentences"][ev["s"]]["t"].startswith("Signatories include")
    assert "title" not in accord and all("title" not in n for n in data["nodes"]), "no vis title popups"


def test_vis_network_comes_from_pyvis(seed: Graph, tmp_path: Path) -> None:
    import pyvis

    vis = (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")
    html = render_html(seed, tmp_path / "v.html").read_text(encoding="utf-8")
    assert vis[:2000] in html and vis[-2000:] in html


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    graph = Graph().parse(HOSTILE)
    html = render_html(graph, tmp_path / "h.html", title="</title><script>alert(10)</script>").read_text(
        encoding="utf-8"
    )
    for name in [*HOSTILE_NAMES, "<script>alert(3)</script>", "alert(10)</script>", "<svg onload"]:
        assert name not in html
    assert "\u2028" not in html and "\u2029" not in html
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(10)&lt;/script&gt;</title>" in html
    block = re.search(r'id="kg-data">(.*?)</script>', html, re.S)
    assert block and not set("<>&") & set(block.group(1))
    data = page_data(html)
    labels = {info["label"] for info in data["info"]}
    assert set(HOSTILE_NAMES) <= labels, "the names survive, as data"
    assert data["title"] == "</title><script>alert(10)</script>"
    app = (Path(__file__).parents[1] / "kg" / "view" / "assets" / "view.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in app, f"the page script must not use {sink}"


def test_json_for_script_escapes() -> None:
    text = json_for_script({"a": "</script><!-- & \u2028\u2029 é"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u00e9"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 é"}


def test_write_is_atomic(seed: Graph, tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        render_html(seed, tmp_path / "missing" / "x.html")
    target = tmp_path / "x.html"
    target.write_text("old")
    render_html(seed, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.html"]


def test_empty_graph_renders(tmp_path: Path) -> None:
    html = render_html(Graph(), tmp_path / "e.html").read_text(encoding="utf-8")
    data = page_data(html)
    assert data["nodes"] == [] and data["accord"] is None and data["title"] == "Knowledge graph"


def test_two_thousand_nodes_in_under_a_second(tmp_path: Path) -> None:
    graph = synthetic(2000)
    best = float("inf")
    for attempt in range(3):
        start = time.perf_counter()
        render_html(graph, tmp_path / f"big{attempt}.html")
        best = min(best, time.perf_counter() - start)
    assert best < 1.0, f"2,000-node page took {best:.2f}s"


def test_large_graph_opens_on_an_overview(tmp_path: Path) -> None:
    projected = to_networkx(synthetic(2000))
    assert projected.number_of_nodes() == 2000 > OVERVIEW_THRESHOLD
    data = page_data(render_html(projected, tmp_path / "big.html").read_text(encoding="utf-8"))
    overview = data["overview"]
    assert overview is not None
    visible = overview["visible"]
    assert visible[0] == data["accord"], "the accord is always drawn"
    assert 1 < len(visible) <= 220
    degree = dict(projected.degree())
    summarised = {s["cls"] for s in overview["summaries"]}
    for i in visible[1:]:
        info = data["info"][i]
        # Drawn: the well-connected entities, and whole classes too small to summarise.
        assert degree[info["iri"]] >= overview["threshold"] or info["cls"] not in summarised
    hidden = 2000 - len(visible)
    assert sum(s["count"] for s in overview["summaries"]) == hidden
    assert {s["cls"] for s in overview["summaries"]} <= {"Company", "Person", "Malware"}
    assert len(data["nodes"]) == 2000, "every entity is in the page, ready to expand"
    # max_nodes moves the threshold both ways.
    full = page_data(render_html(projected, tmp_path / "full.html", max_nodes=5000).read_text(encoding="utf-8"))
    assert full["overview"] is None
    small = page_data(render_html(Graph().parse(SEED), tmp_path / "s.html", max_nodes=5).read_text(encoding="utf-8"))
    assert small["overview"] is not None


# ------------------------------------------------------------------------------ render_static
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_static_picture(seed: Graph, tmp_path: Path, suffix: str) -> None:
    out = render_static(seed, tmp_path / f"accord{suffix}")
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    else:
        text = data.decode("utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text
        for label in ("Cybersecurity", "Brad Smith", "WannaCry", "Principle 3", "Company (9)", "absent from"):
            assert label in text, label
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_static_picture_refuses_other_formats(seed: Graph, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"\.png or \.svg"):
        render_static(seed, tmp_path / "accord.jpg")


def test_static_picture_of_hostile_and_empty_graphs(tmp_path: Path) -> None:
    render_static(Graph().parse(HOSTILE), tmp_path / "h.svg")
    svg = (tmp_path / "h.svg").read_text(encoding="utf-8")
    assert "&lt;img src=x" in svg and "onerror=alert(1)&gt;" in svg and "<img" not in svg
    render_static(Graph(), tmp_path / "e.png")
    assert (tmp_path / "e.png").stat().st_size > 0


# ------------------------------------------------------------------------------ import cost
def test_import_is_light() -> None:
    code = (
        "import sys, kg, kg.view\n"
        "heavy = [m for m in ('pyvis', 'matplotlib', 'networkx', 'jinja2') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
