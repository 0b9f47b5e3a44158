"""The interactive HTML view: one self-contained page, no outside request.

The nodes, edges and vis-network options are built with :class:`pyvis.network.Network`;
the page itself is written from our own template (``assets/template.html``) with
vis-network inlined from the copy pyvis ships, our CSS and JS inlined, and the graph
embedded as JSON in ``<script type="application/json" id="kg-data">``. A
Content-Security-Policy allows only the page's own (hashed) scripts and no network
access at all.

Text from the graph never goes through HTML: the JSON escapes ``<``, ``>``, ``&``
and non-ASCII characters, and the page's script builds every piece of text with
``textContent``. vis-network's ``title`` popups (which insert HTML) are not used.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import networkx as nx

#: Above this many entities the page opens on an overview (see :func:`render_html`).
OVERVIEW_THRESHOLD = 1500
#: At most this many entities are drawn in the overview (besides the accord and class summaries).
OVERVIEW_BUDGET = 200
#: In the overview, a class with at most this many entities left out is drawn whole.
SMALL_CLASS = 12
#: Longest node label drawn on the canvas; the panel and the search show the full label.
MAX_LABEL = 34


# ------------------------------------------------------------------------------------ styles
@dataclass(frozen=True)
class ClassStyle:
    """How nodes of one entity class are drawn."""

    label: str
    color: str
    border: str
    shape: str  # a vis-network shape
    marker: str  # the matplotlib marker of the static view
    font: str = "#ffffff"  # text colour on the class colour


@dataclass(frozen=True)
class RelationStyle:
    """How edges of one relation are drawn."""

    label: str
    color: str
    width: float = 1.8
    dashes: bool = False


CLASS_STYLES: dict[str, ClassStyle] = {
    "Agreement": ClassStyle("Agreement", "#f6c343", "#a86f00", "box", "s", "#2b2100"),
    "Company": ClassStyle("Company", "#4e79a7", "#2c4a6e", "dot", "o"),
    "Organization": ClassStyle("Organization", "#76b7b2", "#3f7f7a", "dot", "o"),
    "GovernmentBody": ClassStyle("Government body", "#b07aa1", "#74496a", "square", "s"),
    "NewsOutlet": ClassStyle("News outlet", "#9c755f", "#654a3a", "square", "s"),
    "Person": ClassStyle("Person", "#59a14f", "#36682f", "triangle", "^"),
    "Principle": ClassStyle("Principle", "#fde2b8", "#d9822b", "ellipse", "h", "#5a3300"),
    "CyberIncident": ClassStyle("Cyber incident", "#e15759", "#a33a3c", "diamond", "D"),
    "Malware": ClassStyle("Malware", "#b3282d", "#6e1518", "triangleDown", "v"),
    "CyberThreat": ClassStyle("Cyber threat", "#f28e8e", "#b35454", "diamond", "D"),
    "Event": ClassStyle("Event", "#17becf", "#0d7680", "hexagon", "H"),
    "Place": ClassStyle("Place", "#a0a0a0", "#666666", "square", "s"),
    "Thing": ClassStyle("Other", "#d0d0d0", "#8a8a8a", "dot", "o", "#222222"),
}

RELATION_STYLES: dict[str, RelationStyle] = {
    "signed": RelationStyle("signed", "#2e7d32", 2.2),
    "absentFrom": RelationStyle("absent from", "#c62828", 2.2, True),
    "led": RelationStyle("led", "#1565c0", 3.5),
    "hasPrinciple": RelationStyle("has principle", "#d9822b"),
    "relatedThreat": RelationStyle("related threat", "#8e24aa"),
    "about": RelationStyle("about", "#00838f"),
    "affiliation": RelationStyle("affiliation", "#558b2f"),
    "location": RelationStyle("location", "#6d4c41"),
    "parentOrganization": RelationStyle("parent organization", "#546e7a"),
    "subOrganization": RelationStyle("sub-organization", "#78909c", 1.8, True),
}


def class_style(name: str) -> ClassStyle:
    """The style of an entity class (a neutral grey for a class without its own)."""
    return CLASS_STYLES.get(name, CLASS_STYLES["Thing"])


def relation_style(name: str) -> RelationStyle:
    """The style of a relation; an unknown one is grey and labelled by its spaced-out name."""
    style = RELATION_STYLES.get(name)
    if style is not None:
        return style
    spaced = re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: " " + m.group(1).lower(), name.split(":")[-1])
    return RelationStyle(spaced or name, "#8a8a8a", 1.4)


def _class_rank(name: str) -> int:
    order = list(CLASS_STYLES)
    return order.index(name) if name in order else len(order)


def _relation_rank(name: str) -> int:
    order = list(RELATION_STYLES)
    return order.index(name) if name in order else len(order)


# ------------------------------------------------------------------------------------ layout
def radial_layout(
    graph: nx.MultiDiGraph,
    root: Hashable | None = None,
    *,
    ring: float = 330.0,
    spacing: float = 95.0,
    cell_width: float = 170.0,
) -> dict[Hashable, tuple[float, float]]:
    """Deterministic starting positions: ``root`` at (0, 0), the rest on rings by hop distance.

    Each node gets an angular sector proportional to the size of its subtree in the
    breadth-first tree, so children sit beside their parent. Nodes next to the root
    are grouped by their relation to it (signatories together, absent companies
    together, principles together...), then by class and label. Nodes not connected
    to the root sit in a grid under the rings.
    """
    if graph.number_of_nodes() == 0:
        return {}
    neighbours: dict[Hashable, set[Hashable]] = defaultdict(set)
    rel_to: dict[tuple[Hashable, Hashable], str] = {}
    for u, v, key in graph.edges(keys=True):
        if u == v:
            continue
        neighbours[u].add(v)
        neighbours[v].add(u)
        for a, b in ((u, v), (v, u)):
            if (a, b) not in rel_to or _relation_rank(str(key)) < _relation_rank(rel_to[(a, b)]):
                rel_to[(a, b)] = str(key)
    if root is None or root not in graph:
        root = max(sorted(graph.nodes, key=str), key=lambda n: len(neighbours[n]))

    def label(n: Hashable) -> str:
        return str(graph.nodes[n].get("label", n)).lower()

    def child_key(parent: Hashable, child: Hashable) -> tuple[int, int, str, str]:
        rel = rel_to.get((child, parent), "")
        return (_relation_rank(rel), _class_rank(graph.nodes[child].get("cls", "")), label(child), str(child))

    level = {root: 0}
    children: dict[Hashable, list[Hashable]] = defaultdict(list)
    frontier = [root]
    while frontier:
        nxt: list[Hashable] = []
        for parent in frontier:
            fresh = [c for c in neighbours[parent] if c not in level]
            fresh.sort(key=lambda c, p=parent: child_key(p, c))  # type: ignore[misc]
            for c in fresh:
                level[c] = level[parent] + 1
                children[parent].append(c)
            nxt.extend(fresh)
        frontier = nxt

    weight: dict[Hashable, float] = {}
    for node in sorted(level, key=lambda n: -level[n]):
        weight[node] = max(1.0, sum(weight[c] for c in children[node]))

    per_level: dict[int, int] = defaultdict(int)
    for lv in level.values():
        per_level[lv] += 1
    radius = {0: 0.0}
    for lv in range(1, max(per_level) + 1):
        radius[lv] = max(radius[lv - 1] + ring * (1.0 if lv == 1 else 0.6), per_level[lv] * spacing / (2 * math.pi))

    pos: dict[Hashable, tuple[float, float]] = {root: (0.0, 0.0)}
    stack: list[tuple[Hashable, float, float]] = [(root, -math.pi / 2, 3 * math.pi / 2)]
    while stack:
        node, start, end = stack.pop()
        total = sum(weight[c] for c in children[node]) or 1.0
        at = start
        for c in children[node]:
            span = (end - start) * weight[c] / total
            mid = at + span / 2
            r = radius[level[c]]
            pos[c] = (r * math.cos(mid), r * math.sin(mid))
            stack.append((c, at, at + span))
            at += span

    # Entities not connected to the root: a tidy grid under the rings, by class then label.
    rest = sorted(
        (n for n in graph.nodes if n not in pos),
        key=lambda n: (_class_rank(graph.nodes[n].get("cls", "")), label(n), str(n)),
    )
    if rest:
        width = max(2 * max(radius.values()), 4 * cell_width)
        columns = max(1, min(len(rest), int(width // cell_width)))
        top = max(y for _, y in pos.values()) + 170
        for i, node in enumerate(rest):
            row, col = divmod(i, columns)
            in_row = min(columns, len(rest) - row * columns)
            pos[node] = ((col - (in_row - 1) / 2) * cell_width, top + row * 95)
    return pos


def reachable(graph: nx.MultiDiGraph, root: Hashable | None) -> set[Hashable]:
    """The nodes connected to ``root`` (edges followed both ways); all nodes without a root."""
    if root is None or root not in graph:
        return set(graph.nodes)
    seen = {root}
    frontier = [root]
    while frontier:
        node = frontier.pop()
        for other in (*graph.successors(node), *graph.predecessors(node)):
            if other not in seen:
                seen.add(other)
                frontier.append(other)
    return seen


# ------------------------------------------------------------------------------------ assets
def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone build, from the copy pyvis ships (never a download)."""
    import pyvis

    path = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return path.read_text(encoding="utf-8")


def _safe_script(code: str) -> str:
    """Make JavaScript source safe inside a ``<script>`` element (no early ``</script``, no ``<!--``)."""
    code = re.sub(r"</(script)", r"\\x3C/\1", code, flags=re.IGNORECASE)
    return code.replace("<!--", "\\x3C!--")


def json_for_script(value: Any) -> str:
    """JSON that can sit inside ``<script type="application/json">``: ``<``, ``>``, ``&`` escaped.

    Non-ASCII characters (U+2028 and U+2029 included) are escaped as ``\\uXXXX`` too.
    """
    text = json.dumps(value, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


# ------------------------------------------------------------------------------------ payload
class _FastIds(list[Any]):
    """pyvis keeps node ids in a list and tests membership on every add: make that O(1)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def _vis_options(drawn: int) -> dict[str, Any]:
    big = drawn > 400
    font = {"size": 13 if big else 18, "face": "system-ui, 'DejaVu Sans', Arial, sans-serif",
            "color": "#1f2328", "strokeWidth": 4, "strokeColor": "#ffffff"}
    groups = {
        name: {
            "shape": s.shape,
            "color": {
                "background": s.color,
                "border": s.border,
                "highlight": {"background": s.color, "border": "#111111"},
                "hover": {"background": s.color, "border": "#111111"},
            },
            **(
                {"font": {"color": s.font, "strokeWidth": 0}, "margin": 8, "widthConstraint": {"maximum": 170}}
                if s.shape in ("box", "ellipse")
                else {}
            ),
        }
        for name, s in CLASS_STYLES.items()
    }
    return {
        "autoResize": True,
        "groups": groups,
        "nodes": {"font": font, "borderWidth": 1.5, "borderWidthSelected": 3, "size": 16},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "smooth": False,
            "font": {"size": 11 if big else 13, "align": "middle", "color": "#3d444d",
                     "strokeWidth": 4, "strokeColor": "#ffffff", "face": font["face"]},
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 3_600_000,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": drawn > 1500,
            "keyboard": False,
            "multiselect": False,
            "navigationButtons": False,
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -3500 if big else -9000,
                "centralGravity": 0.15 if big else 0.2,
                "springLength": 110 if big else 170,
                "springConstant": 0.04 if big else 0.03,
                "damping": 0.35,
                "avoidOverlap": 0.1 if big else 0.5,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.5,
            "stabilization": {
                "enabled": True,
                "iterations": 250 if drawn > 1500 else 400 if big else 500,
                "updateInterval": 25,
                "fit": True,
            },
        },
    }


def nx_neighbours(graph: nx.MultiDiGraph, node: Any) -> set[Any]:
    """Neighbours of ``node`` in either direction."""
    return set(graph.successors(node)) | set(graph.predecessors(node))


def _overview(graph: nx.MultiDiGraph, accord: Any, budget: int) -> tuple[list[Any], int]:
    """The entities the overview draws (accord first) and the degree threshold used."""
    degrees = sorted((d for n, d in graph.degree() if n != accord), reverse=True)
    threshold = 1
    while sum(1 for d in degrees if d >= threshold) > budget:
        threshold += 1
    chosen = {n for n, d in graph.degree() if n != accord and d >= threshold}
    # A class with only a handful of entities left out is drawn whole rather than summarised.
    left_out: dict[str, list[Any]] = defaultdict(list)
    for n, data in graph.nodes(data=True):
        if n != accord and n not in chosen:
            left_out[data["cls"]].append(n)
    for members in left_out.values():
        if len(members) <= SMALL_CLASS:
            chosen.update(members)
    # Drop what would float alone: an entity none of whose neighbours is drawn.
    drawn = chosen | ({accord} if accord is not None else set())
    chosen = {n for n in chosen if any(m in drawn and m != n for m in nx_neighbours(graph, n))}
    ordered = sorted(chosen, key=lambda n: (-graph.degree(n), str(n)))
    return ([accord] if accord is not None else []) + ordered, threshold


def build_payload(graph: nx.MultiDiGraph, *, title: str, max_nodes: int) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data (nodes and edges built with pyvis)."""
    from pyvis.network import Network

    accord = graph.graph.get("accord")
    order = sorted(
        graph.nodes, key=lambda n: (n != accord, _class_rank(graph.nodes[n]["cls"]), graph.nodes[n]["label"], n)
    )
    index = {n: i for i, n in enumerate(order)}
    overview = len(order) > max_nodes
    if overview:
        visible, threshold = _overview(graph, accord, min(OVERVIEW_BUDGET, max(max_nodes, 1)))
        drawn: set[Any] = set(visible)
        sub = graph.subgraph(visible)
        positions = radial_layout(sub, accord, ring=260.0, spacing=60.0)
    else:
        visible, threshold, drawn = order, 0, set(order)
        big = len(order) > 400
        positions = radial_layout(graph, accord, ring=220.0 if big else 300.0, spacing=45.0 if big else 95.0)

    attached = reachable(graph.subgraph(drawn) if overview else graph, accord)
    net = Network(directed=True)
    net.node_ids = _FastIds()
    for n in order:
        data = graph.nodes[n]
        style = class_style(data["cls"])
        degree = graph.degree(n)
        options: dict[str, Any] = {
            "group": data["cls"] if data["cls"] in CLASS_STYLES else "Thing",
            "size": round(min(34.0, 14.0 + 3.0 * math.sqrt(degree)), 1),
            "mass": round(1.0 + math.log1p(degree) / 2, 2),
        }
        if n in positions and n in drawn:
            x, y = positions[n]
            options["x"], options["y"] = round(x, 1), round(y, 1)
            if n not in attached:
                options["physics"] = False  # stays in its grid cell instead of drifting away
        if n == accord:
            options.update(
                x=0,
                y=0,
                fixed={"x": True, "y": True},
                mass=10,
                margin=14,
                borderWidth=2.5,
                font={"size": 22, "bold": {"size": 22}, "color": "#2b2100", "strokeWidth": 0},
                widthConstraint={"maximum": 230},
            )
        net.add_node(index[n], label=_short(data["label"]), shape=style.shape, **options)

    edge_list = sorted(
        graph.edges(keys=True, data=True), key=lambda e: (index[e[0]], index[e[1]], _relation_rank(e[2]), e[2])
    )
    parallel: dict[tuple[int, int], int] = defaultdict(int)
    for u, v, _key, _ in edge_list:
        parallel[(min(index[u], index[v]), max(index[u], index[v]))] += 1
    seen_pairs: dict[tuple[int, int], int] = defaultdict(int)
    for i, (u, v, key, data) in enumerate(edge_list):
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        extra: dict[str, Any] = {}
        if parallel[pair] > 1:
            j = seen_pairs[pair]
            seen_pairs[pair] += 1
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.12 + 0.14 * j, 2)}
        net.add_edge(
            index[u], index[v], id=i, label=relation_style(key).label, relation=key,
            predicate=data.get("predicate"), **extra,
        )

    net.options = _vis_options(len(drawn) + (len(CLASS_STYLES) if overview else 0))
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    vis_options = json.loads(options_json)

    # Node data for vis: drop what the class group already says.
    vis_nodes = []
    for node in nodes:
        node = dict(node)
        if node.get("shape") == class_style(node["group"]).shape:
            node.pop("shape")
        vis_nodes.append(node)
    vis_edges = []
    for edge in edges:
        edge = dict(edge)
        edge.pop("arrows", None)  # the global edge options draw the arrow
        vis_edges.append(edge)

    # Evidence, normalised: articles and sentences once, referred to by index.
    articles: list[dict[str, Any]] = []
    article_index: dict[str, int] = {}
    sentences: list[dict[str, Any]] = []
    sentence_index: dict[tuple[Any, ...], int] = {}

    def article_ref(rec: dict[str, Any]) -> int | None:
        iri = rec.get("article")
        if iri is None:
            return None
        if iri not in article_index:
            article_index[iri] = len(articles)
            articles.append(
                {"iri": iri, "title": rec.get("title"), "source": rec.get("source"),
                 "date": rec.get("date"), "url": rec.get("url")}
            )
        return article_index[iri]

    def sentence_ref(rec: dict[str, Any]) -> int | None:
        if rec.get("sentence") is None:
            return None
        key = (rec.get("article"), rec.get("start"), rec.get("end"), rec["sentence"])
        if key not in sentence_index:
            sentence_index[key] = len(sentences)
            sentences.append({"t": rec["sentence"], "a": article_ref(rec), "st": rec.get("start"),
                              "en": rec.get("end")})
        return sentence_index[key]

    def evidence(rec: dict[str, Any]) -> dict[str, Any]:
        out = {"s": sentence_ref(rec), "m": rec.get("mention"), "r": rec.get("rule"),
               "c": rec.get("confidence")}
        if "property" in rec:
            out["p"] = rec["property"]
            out["v"] = rec.get("value")
        return out

    info = []
    for n in order:
        data = graph.nodes[n]
        item: dict[str, Any] = {"iri": data["iri"], "label": data["label"], "cls": data["cls"]}
        if data.get("alt_labels"):
            item["alt"] = list(data["alt_labels"])
        if data.get("attributes"):
            item["attrs"] = [[k, v] for k, v in sorted(data["attributes"].items())]
        if data.get("posts"):
            item["posts"] = [
                {"title": p.get("title"), "org": index.get(p.get("org")), "orgLabel": p.get("org_label")}
                for p in data["posts"]
            ]
        if data.get("quotations"):
            item["quotes"] = [
                {"text": q.get("text"), "ev": [r for r in (sentence_ref(e) for e in q["evidence"]) if r is not None]}
                for q in data["quotations"]
            ]
        if data.get("mentioned_in"):
            item["mentions"] = [r for r in (article_ref(a) for a in data["mentioned_in"]) if r is not None]
        if data.get("evidence"):
            item["ev"] = [evidence(rec) for rec in data["evidence"]]
        info.append(item)
    edge_evidence = [[evidence(rec) for rec in data.get("evidence", [])] for *_, data in edge_list]

    class_counts: dict[str, int] = defaultdict(int)
    for n in order:
        cls = graph.nodes[n]["cls"]
        class_counts[cls if cls in CLASS_STYLES else "Thing"] += 1
    rel_counts: dict[str, int] = defaultdict(int)
    for _, _, key in graph.edges(keys=True):
        rel_counts[key] += 1

    summaries = []
    if overview:
        hidden: dict[str, int] = defaultdict(int)
        for n in order:
            if n not in drawn:
                hidden[vis_nodes[index[n]]["group"]] += 1
        outer = max((math.hypot(*positions[n]) for n in visible if n in positions), default=0.0) + 250
        classes_hidden = sorted(hidden, key=_class_rank)
        for k, cls in enumerate(classes_hidden):
            angle = -math.pi / 2 + 2 * math.pi * k / max(len(classes_hidden), 1)
            summaries.append({"cls": cls, "count": hidden[cls], "x": round(outer * math.cos(angle), 1),
                              "y": round(outer * math.sin(angle), 1)})

    return {
        "title": title,
        "accord": index.get(accord) if accord is not None else None,
        "classes": [
            {"name": c, "label": class_style(c).label, "color": class_style(c).color,
             "border": class_style(c).border, "font": class_style(c).font, "shape": class_style(c).shape,
             "count": class_counts[c]}
            for c in sorted(class_counts, key=_class_rank)
        ],
        "relations": [
            {"name": r, "label": relation_style(r).label, "color": relation_style(r).color,
             "width": relation_style(r).width, "dashes": relation_style(r).dashes, "count": rel_counts[r]}
            for r in sorted(rel_counts, key=lambda r: (_relation_rank(r), r))
        ],
        "options": vis_options,
        "nodes": vis_nodes,
        "edges": vis_edges,
        "info": info,
        "edgeEvidence": edge_evidence,
        "sentences": sentences,
        "articles": articles,
        "overview": (
            {"threshold": threshold, "visible": [index[n] for n in visible], "summaries": summaries}
            if overview
            else None
        ),
    }


def page_html(payload: dict[str, Any]) -> str:
    """The complete page for a payload: template, CSS, vis-network, data and app script inlined."""
    import kg

    vis_js = _safe_script(vis_network_js())
    app_js = _safe_script(_asset("view.js"))
    css = _asset("view.css").replace("</", "<\\/")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "font-src 'none'",
            "connect-src 'none'",
            "media-src 'none'",
            "object-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    parts = {
        "CSP": csp,
        "VERSION": html.escape(kg.__version__),
        "TITLE": html.escape(payload["title"]),
        "CSS": css,
        "DATA": json_for_script(payload),
        "VIS": vis_js,
        "APP": app_js,
    }
    # One pass, so nothing inserted is itself scanned for placeholders.
    return re.sub(r"@@KG_([A-Z]+)@@", lambda m: parts[m.group(1)], _asset("template.html"))


def render_html(
    graph: Any, path: str | os.PathLike[str], *, title: str | None = None, max_nodes: int | None = None
) -> Path:
    """Write the interactive view of ``graph`` to ``path`` as one self-contained HTML file.

    ``graph`` is a :class:`kg.graph.KnowledgeGraph`, an rdflib Graph or a MultiDiGraph made
    by :func:`kg.view.to_networkx`. ``title`` defaults to the accord's name. Above
    ``max_nodes`` entities (default 1500) the page opens on an overview: the accord, the
    best-connected entities and one summary node per class, which expands on double-click.
    The file is written atomically; returns its path.
    """
    from kg.io import write_text
    from kg.view.network import to_networkx

    projected = to_networkx(graph)
    if title is None:
        accord = projected.graph.get("accord")
        name = projected.nodes[accord]["label"] if accord is not None else "Knowledge graph"
        title = f"{name} — knowledge graph" if accord is not None else name
    limit = OVERVIEW_THRESHOLD if max_nodes is None else max_nodes
    payload = build_payload(projected, title=title, max_nodes=limit)
    target = Path(path)
    write_text(target, page_html(payload))
    return target
