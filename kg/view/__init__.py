"""Views of a knowledge graph: a networkx projection, an interactive HTML page, a static image.

>>> from kg.view import to_networkx, render_html, render_static
>>> g = to_networkx(kg_graph)            # entities as nodes, relations as labelled edges
>>> render_html(kg_graph, "accord.html")  # one self-contained page, no outside request
>>> render_static(kg_graph, "accord.png") # or .svg

This module imports nothing heavy: networkx, pyvis and matplotlib load when a
function is first called.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import networkx

__all__ = ["render_html", "render_static", "to_networkx"]


def to_networkx(graph: Any) -> networkx.MultiDiGraph:
    """Project ``graph`` (KnowledgeGraph or rdflib Graph) onto a :class:`networkx.MultiDiGraph`.

    See :mod:`kg.view.network` for the node and edge attributes.
    """
    from kg.view.network import to_networkx as _to_networkx

    return _to_networkx(graph)


def render_html(
    graph: Any, path: str | os.PathLike[str], *, title: str | None = None, max_nodes: int | None = None
) -> Path:
    """Write the interactive view of ``graph`` to ``path``: one HTML file, everything inline.

    See :func:`kg.view.html.render_html`.
    """
    from kg.view.html import render_html as _render_html

    return _render_html(graph, path, title=title, max_nodes=max_nodes)


def render_static(graph: Any, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Draw ``graph`` to a ``.png`` or ``.svg`` file with networkx and matplotlib.

    See :func:`kg.view.static.render_static`.
    """
    from kg.view.static import render_static as _render_static

    return _render_static(graph, path, title=title)
