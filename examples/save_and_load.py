"""Write a graph to files and to an oxigraph store, open each again, and ask the same question.

    python examples/save_and_load.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (the seed article by default), then, in a temporary
folder: ``g.serialize()`` to Turtle (the merged view) and TriG (one named graph per article),
``g.render_html()`` for the interactive view, and ``kg.store.save()`` into an on-disk oxigraph
store. ``kg.load()`` opens each file and the store (``oxigraph:DIR``); they answer the same.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import kg
import kg.store

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "geekwire-2018-04-17.txt"
SIGNATORIES = "SELECT DISTINCT ?name WHERE { ?o acc:signed acc:CybersecurityTechAccord ; skos:prefLabel ?name }"


def names(graph: kg.KnowledgeGraph) -> list[str]:
    return sorted(row.name for row in graph.query(SIGNATORIES, limit=None))


def main(argv: list[str]) -> int:
    graph = kg.build(argv or [str(SEED)], progress=False)
    expected = names(graph)
    print(f"built {len(graph)} triples in {len(graph.graph_names())} named graph(s); {len(expected)} signatories")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        turtle = graph.serialize(folder / "accord.ttl")  # the format follows the extension
        graph.serialize(folder / "accord.trig")
        page = graph.render_html(folder / "accord.html")
        print(f"accord.ttl: {len(turtle.splitlines())} lines; accord.html: {page.stat().st_size} bytes")
        store = f"oxigraph:{folder / 'store'}"
        kg.store.save(graph, store)
        try:
            for spec in (folder / "accord.ttl", folder / "accord.trig", store):
                loaded = kg.load(spec)
                same = names(loaded) == expected
                shown = spec if isinstance(spec, str) else spec.name
                print(f"kg.load({shown}): {len(loaded)} triples, {len(loaded.graph_names())} named graph(s), "
                      f"{'same' if same else 'DIFFERENT'} signatories")
                if not same:
                    return 1
        finally:
            kg.store.close(store)  # release the store (RocksDB keeps it locked while open)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
