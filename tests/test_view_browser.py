"""The HTML view running in headless Chromium (Debian's /usr/bin/chromium, never a download).

Without /usr/bin/chromium these tests are skipped, loudly; when the CI environment
variable is set they fail instead. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.namespaces import ACC, ID, SCHEMA
from kg.view import render_html

pytestmark = pytest.mark.browser

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
ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "view"
ARTIFACTS = Path(__file__).parent / "artifacts"
SEED_ARTICLE = ROOT / "data" / "articles" / "geekwire-2018-04-17.txt"
HOSTILE_NAMES = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>"]
ENTITY_CLASSES = [
    "Organization", "Company", "GovernmentBody", "NewsOutlet", "Person", "Agreement", "Principle",
    "CyberIncident", "Malware", "CyberThreat", "Event", "Place",
]
SETTLED = "() => window.kgView !== undefined && window.kgView.state.settled"


def entity_count(graph: Graph) -> int:
    """Entities in an RDF graph, counted straight from the RDF (not through kg.view)."""
    classes = {URIRef(str(ACC) + c) for c in ENTITY_CLASSES}
    return len({s for s, o in graph.subject_objects(RDF.type) if o in classes})


def synthetic(entities: int, seed: int = 2) -> Graph:
    """A 2,000-node-class graph: signatories with parents, people, threats; every relation with evidence."""
    rng = random.Random(seed)
    g = Graph()
    accord = ACC.CybersecurityTechAccord
    g.add((accord, RDF.type, ACC.Agreement))
    g.add((accord, SKOS.prefLabel, Literal("Cybersecurity Tech Accord")))
    art = ID["article-1"]
    g.add((art, RDF.type, ACC.Article))
    g.add((art, DCTERMS.title, Literal("Synthetic article")))
    companies: list[URIRef] = []
    for i in range(1, entities):
        kind = ACC.Company if i % 5 else (ACC.Person if i % 2 else ACC.CyberIncident)
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
        g.add((sent, ACC.sentenceText, Literal(f"Sentence {i}.")))
        g.add((sent, ACC.inArticle, art))
        for p, o in ((RDF.type, ACC.Fact), (RDF.subject, node), (RDF.predicate, rel), (RDF.object, obj),
                     (ACC.evidence, sent), (ACC.rule, Literal("synthetic")), (ACC.confidence, Literal(0.8))):
            g.add((fact, p, o))
    return g


@dataclass
class View:
    """An open page and everything it did: console errors, requests, dialogs."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    load_seconds: float = 0.0

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_id(self, iri: str) -> int:
        node = self.js("(iri) => window.kgView.idOf(iri)", iri)
        assert node is not None, f"{iri} is not in the page"
        return int(node)

    def wait_still(self) -> None:
        """Wait until the view stops moving (a focus animation, for instance)."""
        probe = "() => { const n = window.kgView.network; return [n.getViewPosition(), n.getScale()]; }"
        last = self.js(probe)
        for _ in range(50):
            self.page.wait_for_timeout(100)
            now = self.js(probe)
            if now == last:
                return
            last = now
        raise AssertionError("the view never stopped moving")

    def click_node(self, iri: str) -> None:
        """A real mouse click where the network draws the node (closing the side panel first)."""
        if self.page.locator("#kg-panel").is_visible():
            self.page.locator("#kg-panel-close").click()
        self.wait_still()
        box = self.page.locator("#kg-network").bounding_box()
        point = self.js(
            """([id, w, h]) => { const n = window.kgView.network, at = n.getPositions([id])[id];
                                 let p = n.canvasToDOM(at);
                                 if (p.x < 20 || p.y < 20 || p.x > w - 20 || p.y > h - 20) {
                                   n.moveTo({position: at});  // off screen: bring it into view
                                   p = n.canvasToDOM(at);
                                 }
                                 return p; }""",
            [self.node_id(iri), box["width"], box["height"]],
        )
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        hit = self.js("([x, y]) => document.elementFromPoint(x, y).tagName", [x, y])
        assert hit == "CANVAS", f"{iri} is hidden under a {hit}"
        self.page.mouse.click(x, y)

    def panel_text(self) -> str:
        return str(self.page.locator("#kg-panel-body").text_content())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        reason = (
            f"BROWSER TESTS NOT RUN: {CHROMIUM} is missing. Install Debian's chromium "
            "(`make browser` or `apt-get install chromium`); these tests never download a browser."
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def open_view(browser: Any) -> Iterator[Callable[..., View]]:
    contexts: list[Any] = []

    def _open(path: Path, *, width: int = 1400, height: int = 900, settle_timeout_s: float = 30.0) -> View:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        view = View(page)
        page.on("console", lambda m: view.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: view.errors.append(str(e)))
        page.on("request", lambda r: view.requests.append(r.url))

        def on_dialog(dialog: Any) -> None:
            view.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function(SETTLED, timeout=settle_timeout_s * 1000)
        view.load_seconds = time.perf_counter() - start
        return view

    yield _open
    for context in contexts:
        context.close()


def only_local_requests(view: View, page_url: str) -> None:
    strangers = [u for u in view.requests if u != page_url and not u.startswith("data:")]
    assert not strangers, f"requests left the page: {strangers}"


@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    return Graph().parse(DATA / "seed.ttl")


@pytest.fixture(scope="module")
def seed_html(seed_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_html(seed_graph, tmp_path_factory.mktemp("view") / "seed.html")


# ------------------------------------------------------------------------------ tests
def test_page_loads_and_draws_every_entity(open_view: Callable[..., View], seed_graph: Graph,
                                           seed_html: Path) -> None:
    view = open_view(seed_html)
    expected = entity_count(seed_graph)
    assert expected == 18
    assert view.js("() => window.kgView.network.body.data.nodes.length") == expected
    assert view.js("() => window.kgView.drawnEntityCount()") == expected
    assert view.js("() => window.kgView.network.body.data.edges.length") == 18
    assert view.js("() => window.kgView.network.physics.physicsEnabled") is False
    accord = view.node_id(str(ACC.CybersecurityTechAccord))
    assert view.js("(id) => window.kgView.network.getPositions([id])[id]", accord) == {"x": 0, "y": 0}
    # The page stays still once settled.
    before = view.js("() => window.kgView.network.getPositions()")
    view.page.wait_for_timeout(700)
    assert view.js("() => window.kgView.network.getPositions()") == before
    assert view.page.locator("#kg-classes li").count() == 6
    assert view.page.locator("#kg-relations li").count() == 7
    assert "18 entities" in str(view.page.locator("#kg-status").text_content())
    assert view.errors == [], view.errors
    only_local_requests(view, seed_html.resolve().as_uri())


def test_no_request_leaves_the_page(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html)
    view.page.fill("#kg-search", "micro")
    view.page.press("#kg-search", "Enter")
    view.click_node(str(ID["cisco"]))
    view.page.locator("#kg-class-Company").click()
    view.page.locator("#kg-class-Company").click()
    view.page.mouse.wheel(0, -300)
    view.page.wait_for_timeout(300)
    assert view.requests, "the page itself is recorded"
    only_local_requests(view, seed_html.resolve().as_uri())
    assert view.errors == [], view.errors


def test_search_focuses_the_node(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html)
    view.page.fill("#kg-search", "nok")
    assert view.page.locator("#kg-results button").first.text_content().startswith("Nokia")
    view.page.press("#kg-search", "Enter")
    nokia = str(ID["nokia"])
    assert view.js("() => window.kgView.selectedIri()") == nokia
    assert view.js("() => window.kgView.network.getSelectedNodes()") == [view.node_id(nokia)]
    assert view.page.locator("#kg-panel h2").text_content() == "Nokia"
    # Alternative labels are searched too; clicking a result focuses it.
    view.page.fill("#kg-search", "cisco systems")
    view.page.locator("#kg-results button").first.click()
    assert view.js("() => window.kgView.selectedIri()") == str(ID["cisco"])
    assert view.errors == [], view.errors


def test_clicking_a_signatory_shows_its_evidence(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html)
    assert view.page.locator("#kg-panel").is_hidden()
    view.click_node(str(ID["cisco"]))
    assert view.page.locator("#kg-panel").is_visible()
    assert view.js("() => window.kgView.selectedIri()") == str(ID["cisco"])
    text = view.panel_text()
    assert "Signatories include Facebook, Cisco, Nokia, Oracle, SAP, and others." in text
    assert view.page.locator("#kg-panel mark").all_text_contents() == ["Cisco"]
    assert "signatories-include" in text and "confidence 0.90" in text
    assert "GeekWire" in text and "2018-04-17" in text and "Tech giants launch cybersecurity accord" in text
    view.page.screenshot(path=str(ARTIFACTS.joinpath("view-seed-panel.png")))
    assert view.errors == [], view.errors


def test_clicking_an_edge_shows_its_evidence(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html)
    point = view.js(
        """([a, b]) => { const n = window.kgView.network, p = n.getPositions([a, b]);
                         const x = (p[a].x + p[b].x) / 2, y = (p[a].y + p[b].y) / 2;
                         return n.canvasToDOM({x: x, y: y}); }""",
        [view.node_id(str(ID["amazon"])), view.node_id(str(ACC.CybersecurityTechAccord))],
    )
    box = view.page.locator("#kg-network").bounding_box()
    view.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert view.page.locator("#kg-panel h2").text_content() == "absent from"
    assert view.js("() => window.kgView.network.getSelectedEdges().length") == 1
    text = view.panel_text()
    assert "Amazon → Cybersecurity Tech Accord" in text
    assert "conspicuously absent from the list" in text
    assert view.page.locator("#kg-panel mark").all_text_contents() == ["Amazon"]
    assert view.errors == [], view.errors


def test_filters_by_class_and_relation(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html)
    view.page.locator("#kg-class-Company").uncheck()
    assert view.js("() => window.kgView.network.body.data.nodes.length") == 18 - 9
    view.page.locator("#kg-rel-signed").uncheck()
    assert view.js("() => window.kgView.network.body.data.edges.length") == 18 - 6
    view.page.locator("#kg-class-Company").check()
    view.page.locator("#kg-rel-signed").check()
    assert view.js("() => window.kgView.network.body.data.nodes.length") == 18
    assert view.js("() => window.kgView.network.body.data.edges.length") == 18
    # Searching an entity of a hidden class shows the class again.
    view.page.locator("#kg-class-Person").uncheck()
    view.page.fill("#kg-search", "brad")
    view.page.press("#kg-search", "Enter")
    assert view.page.locator("#kg-class-Person").is_checked()
    assert "President at Microsoft" in view.panel_text()
    assert "We recognized that supporting" in view.panel_text()
    assert view.errors == [], view.errors


def test_hostile_text_is_shown_as_text(open_view: Callable[..., View], tmp_path: Path) -> None:
    graph = Graph().parse(DATA / "hostile.ttl")
    path = render_html(graph, tmp_path / "hostile.html", title="</title><script>alert(10)</script>")
    view = open_view(path)
    assert view.page.title() == "</title><script>alert(10)</script>"
    assert view.page.locator("#kg-title").text_content() == "</title><script>alert(10)</script>"
    # Search results show the names literally.
    view.page.fill("#kg-search", "<img")
    assert view.page.locator("#kg-results button").first.text_content().startswith(HOSTILE_NAMES[0])
    view.page.fill("#kg-search", "</script>")
    assert view.page.locator("#kg-results button").first.text_content().startswith(HOSTILE_NAMES[1])
    # The panel shows them literally, whether reached by search, by click or by the API.
    view.page.press("#kg-search", "Enter")
    assert view.page.locator("#kg-panel h2").text_content() == HOSTILE_NAMES[1]
    view.click_node(str(ID["img-corp"]))
    assert view.page.locator("#kg-panel h2").text_content() == HOSTILE_NAMES[0]
    text = view.panel_text()
    assert "Signatories include <img src=x onerror=alert(1)> and <script>alert(3)</script>." in text
    assert "<b onmouseover=alert(4)>Hostile</b>" in text
    assert view.page.locator("#kg-panel mark").all_text_contents() == [HOSTILE_NAMES[0]]
    seen = []
    for i in range(view.js("() => window.kgView.entityCount()")):
        view.js("(i) => window.kgView.showNode(i)", i)
        seen.append(view.panel_text())
    for i in range(view.js("() => window.kgView.data.edges.length")):
        view.js("(i) => window.kgView.showEdge(i)", i)
        seen.append(view.panel_text())
    joined = "\n".join(seen)
    for literal in [*HOSTILE_NAMES, "Mallory &amp; <b>Eve</b>", "<i onclick=alert(7)>CEO</i>",
                    "<svg onload=alert(8)>Protect users</svg>", "</script><img src=y onerror=alert(9)>"]:
        assert literal in joined, literal
    # Nothing was parsed as HTML: no images, no handlers, no javascript: link; no dialog ever opened.
    assert view.js("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert view.js("() => document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length") == 0
    assert view.js("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert view.js("() => document.querySelectorAll('script').length") == 3
    view.page.wait_for_timeout(300)
    assert view.dialogs == [], view.dialogs
    assert view.errors == [], view.errors
    only_local_requests(view, path.resolve().as_uri())
    view.js("() => window.kgView.focus(window.kgView.idOf('https://w3id.org/accord-kg/id/img-corp'))")
    view.page.screenshot(path=str(ARTIFACTS.joinpath("view-hostile.png")))


def test_two_thousand_nodes_settle(open_view: Callable[..., View], tmp_path: Path) -> None:
    graph = synthetic(2000)
    assert entity_count(graph) == 2000
    # Default: the page opens on an overview.
    overview = open_view(render_html(graph, tmp_path / "big.html"), settle_timeout_s=30)
    assert overview.load_seconds < 30
    assert overview.js("() => window.kgView.network.physics.physicsEnabled") is False
    drawn = overview.js("() => window.kgView.drawnEntityCount()")
    assert 1 < drawn < 400
    assert overview.js("() => window.kgView.entityCount()") == 2000
    assert overview.page.locator("#kg-overview-note").is_visible()
    overview.page.screenshot(path=str(ARTIFACTS.joinpath("view-2000-overview.png")))
    # Expanding a class draws it and settles again.
    overview.page.locator("#kg-expand-Person").click()
    overview.page.wait_for_function(SETTLED, timeout=30_000)
    assert overview.js("() => window.kgView.drawnEntityCount()") > drawn
    assert overview.page.locator("#kg-expand-Person").count() == 0
    # So does double-clicking a class's summary node.
    before = overview.js("() => window.kgView.drawnEntityCount()")
    point = overview.js(
        """() => { const n = window.kgView.network;
                   return n.canvasToDOM(n.getPositions(['class:CyberIncident'])['class:CyberIncident']); }"""
    )
    box = overview.page.locator("#kg-network").bounding_box()
    overview.page.mouse.dblclick(box["x"] + point["x"], box["y"] + point["y"])
    overview.page.wait_for_function(SETTLED, timeout=30_000)
    assert overview.js("() => window.kgView.nodes.get('class:CyberIncident')") is None
    assert overview.js("() => window.kgView.drawnEntityCount()") > before
    # Search reaches entities the overview does not draw.
    overview.page.fill("#kg-search", "Company 1999")
    overview.page.press("#kg-search", "Enter")
    assert overview.js("() => window.kgView.selectedIri()") == str(ID["e1999"])
    assert overview.errors == [], overview.errors
    # Everything drawn at once still settles within 30 s.
    full = open_view(render_html(graph, tmp_path / "full.html", max_nodes=5000), settle_timeout_s=30)
    assert full.load_seconds < 30, f"settled in {full.load_seconds:.1f}s"
    assert full.js("() => window.kgView.network.body.data.nodes.length") == 2000
    assert full.js("() => window.kgView.network.physics.physicsEnabled") is False
    assert full.errors == [], full.errors


def test_screenshot_of_the_seed_graph(open_view: Callable[..., View], seed_html: Path) -> None:
    view = open_view(seed_html, width=1400, height=900)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "view-seed.png"
    view.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    assert_readable(view, [ACC.CybersecurityTechAccord, *(ID[n] for n in ("microsoft", "cisco", "apple",
                    "principle-1", "wannacry", "notpetya", "brad-smith"))])


def assert_readable(view: View, iris: list[URIRef]) -> None:
    """Every listed node is inside the canvas, and the zoom leaves labels at a readable size."""
    box = view.page.locator("#kg-network").bounding_box()
    scale = view.js("() => window.kgView.network.getScale()")
    assert scale >= 0.6, f"zoomed out to {scale:.2f}: labels too small to read"
    for iri in iris:
        point = view.js(
            "(id) => { const n = window.kgView.network; return n.canvasToDOM(n.getPositions([id])[id]); }",
            view.node_id(str(iri)),
        )
        assert 0 <= point["x"] <= box["width"] and 0 <= point["y"] <= box["height"], iri


def test_real_seed_graph(open_view: Callable[..., View], tmp_path: Path) -> None:
    """The graph `kg build` makes of the seed article, drawn and photographed at 1400x900."""
    import kg

    try:
        built = kg.build([SEED_ARTICLE])
    except (ImportError, NotImplementedError) as exc:  # the pipeline is still being written
        pytest.skip(f"kg.build is not available yet: {exc}")
    path = render_html(built, tmp_path / "real-seed.html")
    view = open_view(path)
    merged = built.merged()
    assert view.js("() => window.kgView.network.body.data.nodes.length") == entity_count(merged)
    labels = set(view.js("() => window.kgView.data.info.map((i) => i.label)"))
    for name in ("Cybersecurity Tech Accord", "Microsoft", "Facebook", "Cisco", "Nokia", "Oracle", "SAP",
                 "Apple", "Amazon", "Alphabet", "Brad Smith", "WannaCry", "NotPetya"):
        assert name in labels, name
    ARTIFACTS.mkdir(exist_ok=True)
    view.page.screenshot(path=str(ARTIFACTS / "view-real-seed.png"))
    important = [URIRef(view.js("(l) => window.kgView.data.info.find((i) => i.label === l).iri", name))
                 for name in ("Cybersecurity Tech Accord", "Microsoft", "Apple", "Brad Smith", "WannaCry")]
    assert_readable(view, important)
    view.click_node(str(important[2]))
    assert "absent" in view.panel_text()
    assert view.errors == [], view.errors
    only_local_requests(view, path.resolve().as_uri())
