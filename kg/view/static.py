"""A static picture of the graph (``.png`` or ``.svg``) with networkx and matplotlib.

matplotlib is imported only when :func:`render_static` runs, and it draws on an Agg
canvas of its own: no window, no display, and the backend of a running pyplot
session is left alone.
"""

from __future__ import annotations

import io
import math
import os
import sys
import textwrap
from collections import defaultdict
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from kg.errors import OutputError

#: Image formats by file extension.
FORMATS = {".png": "png", ".svg": "svg"}
#: Above this many entities only the best-connected ones are labelled.
LABEL_ALL_UP_TO = 150
#: Above this many edges relation names are not written on the edges.
EDGE_LABELS_UP_TO = 80


def _wrap(label: str, width: int = 18, lines: int = 2) -> str:
    wrapped = textwrap.wrap(" ".join(label.split()), width=width) or [label]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def render_static(graph: Any, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Draw ``graph`` to ``path`` (``.png`` or ``.svg``): nodes coloured by class, a legend.

    ``graph`` is a KnowledgeGraph, an rdflib Graph or a projection from
    :func:`kg.view.to_networkx`. The accord sits at the centre with the entities
    around it on rings (the same layout the HTML view starts from). The file is
    written atomically; returns its path.
    """
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise OutputError(f"{target}: a static view is .png or .svg, not {target.suffix or '(no extension)'!r}")

    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")
    import networkx as nx
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    from kg.io import write_bytes
    from kg.view.html import class_style, radial_layout, relation_style
    from kg.view.network import to_networkx

    projected = to_networkx(graph)
    accord = projected.graph.get("accord")
    n = projected.number_of_nodes()
    big = n > 400
    pos: dict[Hashable, tuple[float, float]] = radial_layout(
        projected, accord, ring=220.0 if big else 330.0, spacing=45.0 if big else 110.0
    )

    side = min(40.0, max(11.0, 6.0 + 1.1 * math.sqrt(max(n, 1))))
    fig = Figure(figsize=(side * 1.45, side), dpi=110 if n <= LABEL_ALL_UP_TO else 80)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.0, 0.0, 0.82, 0.95))  # the legend goes in the right-hand strip
    ax.set_axis_off()
    if title is None:
        title = projected.nodes[accord]["label"] if accord is not None else "Knowledge graph"
    fig.suptitle(title, fontsize=16, fontweight="bold", y=0.985)

    # Edges, one pass per relation; parallel edges between a pair are curved apart.
    simple = nx.DiGraph()
    simple.add_nodes_from(projected.nodes)
    by_relation: dict[str, list[tuple[Hashable, Hashable]]] = defaultdict(list)
    pair_count: dict[frozenset[Hashable], int] = defaultdict(int)
    edge_labels: dict[frozenset[Hashable], list[str]] = defaultdict(list)
    for u, v, key in projected.edges(keys=True):
        by_relation[key].append((u, v))
        pair_count[frozenset((u, v))] += 1
        name = relation_style(key).label
        if name not in edge_labels[frozenset((u, v))]:
            edge_labels[frozenset((u, v))].append(name)
        simple.add_edge(u, v)
    degree = dict(projected.degree())
    sizes = {node: min(1400.0, 260.0 + 90.0 * degree[node]) for node in projected.nodes}
    if accord is not None:
        sizes[accord] = 6000.0  # arrows stop at the edge of the accord's label box
    arrows = projected.number_of_edges() <= 3000
    order = list(simple.nodes)
    seen_pair: dict[frozenset[Hashable], int] = defaultdict(int)
    for key in sorted(by_relation):
        style = relation_style(key)
        straight, curved = [], []
        for u, v in by_relation[key]:
            pair = frozenset((u, v))
            if pair_count[pair] > 1 and seen_pair[pair] > 0:
                curved.append((u, v))
            else:
                straight.append((u, v))
            seen_pair[pair] += 1
        for edgelist, rad in ((straight, 0.0), (curved, 0.25)):
            if not edgelist:
                continue
            nx.draw_networkx_edges(
                simple, pos, edgelist=edgelist, ax=ax, edge_color=style.color,
                width=style.width * (0.6 if big else 1.0), style="dashed" if style.dashes else "solid",
                arrows=arrows, arrowsize=12, alpha=0.85, nodelist=order, node_size=[sizes[m] for m in order],
                connectionstyle=f"arc3,rad={rad}" if arrows else "arc3",
            )

    # Nodes by class; the accord is drawn as its label in a gold box.
    by_class: dict[str, list[Hashable]] = defaultdict(list)
    for node, data in projected.nodes(data=True):
        if node != accord:
            by_class[data["cls"]].append(node)
    for cls, members in sorted(by_class.items()):
        look = class_style(cls)
        nx.draw_networkx_nodes(
            simple, pos, nodelist=members, ax=ax, node_color=look.color, edgecolors=look.border,
            node_shape=look.marker, node_size=[sizes[m] for m in members], linewidths=1.2,
        )

    labelled = set(projected.nodes)
    if n > LABEL_ALL_UP_TO:
        labelled = set(sorted(projected.nodes, key=lambda m: (-degree[m], str(m)))[:LABEL_ALL_UP_TO])
    for node in labelled:
        if node == accord:
            continue
        x, y = pos[node]
        ax.annotate(
            _wrap(projected.nodes[node]["label"]), (x, y), xytext=(0, -math.sqrt(sizes[node]) / 2 - 4),
            textcoords="offset points", ha="center", va="top", fontsize=9 if big else 11, color="#1f2328",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
            annotation_clip=False,
        )
    if accord is not None:
        acc_style = class_style(projected.nodes[accord]["cls"])
        ax.text(
            *pos[accord], _wrap(projected.nodes[accord]["label"], 16), ha="center", va="center",
            fontsize=15, fontweight="bold", color=acc_style.font, zorder=5,
            bbox={"boxstyle": "round,pad=0.6", "facecolor": acc_style.color, "edgecolor": acc_style.border,
                  "linewidth": 2},
        )

    if projected.number_of_edges() <= EDGE_LABELS_UP_TO:
        labels = {tuple(pair) if len(pair) == 2 else (next(iter(pair)),) * 2: ", ".join(names)
                  for pair, names in edge_labels.items()}
        nx.draw_networkx_edge_labels(
            simple, pos, edge_labels=labels, ax=ax, font_size=8.5, font_color="#3d444d",
            bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
            rotate=False,
        )

    class_counts: dict[str, int] = defaultdict(int)
    for _, data in projected.nodes(data=True):
        class_counts[data["cls"]] += 1
    handles = [
        Line2D([], [], linestyle="none", marker=class_style(c).marker, markersize=11,
               markerfacecolor=class_style(c).color, markeredgecolor=class_style(c).border,
               label=f"{class_style(c).label} ({class_counts[c]})")
        for c in sorted(class_counts)
    ]
    handles += [
        Line2D([], [], color=relation_style(r).color, linewidth=relation_style(r).width,
               linestyle="--" if relation_style(r).dashes else "-", label=relation_style(r).label)
        for r in sorted(by_relation)
    ]
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.82, 0.95), fontsize=10, frameon=True,
                  title="Classes and relations", title_fontsize=10)

    if pos:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        pad_x = 0.12 * (max(xs) - min(xs) or 1.0) + 60
        pad_y = 0.10 * (max(ys) - min(ys) or 1.0) + 60
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(max(ys) + pad_y, min(ys) - pad_y)  # y grows downwards, as in the HTML view
    else:
        ax.text(0.5, 0.5, "No entities to draw", ha="center", va="center", transform=ax.transAxes)

    buffer = io.BytesIO()
    # SVG text stays text (selectable, searchable, escaped by matplotlib's XML writer).
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "accord-kg"}):
        fig.savefig(buffer, format=fmt, facecolor="white",
                    metadata={"Software": None} if fmt == "png" else {"Creator": None, "Date": None})
    write_bytes(target, buffer.getvalue())
    return target
