"""The most connected entities of the graph, by degree centrality (networkx).

    python examples/networkx_centrality.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (by default the dev corpus, ../shared/corpus/dev beside
the repository, or data/articles/ when it is missing) and projects it with ``g.to_networkx()``:
entities are nodes (``label``, ``cls`` ...), relations are edges keyed by the property's local
name (``signed``, ``led`` ...), each with its ``evidence``. Prints the ten most central entities
and the relations that reach the accord.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import networkx as nx

import kg

REPOSITORY = Path(__file__).resolve().parent.parent
DEV_CORPUS = REPOSITORY.parent / "shared" / "corpus" / "dev"
ARTICLES = REPOSITORY / "data" / "articles"


def main(argv: list[str]) -> int:
    paths = argv or [str(DEV_CORPUS if DEV_CORPUS.is_dir() else ARTICLES)]
    network = kg.build(paths, progress=False).to_networkx()  # a networkx.MultiDiGraph
    print(f"{network.number_of_nodes()} entities, {network.number_of_edges()} relations\n")
    centrality = nx.degree_centrality(network)
    print(f"{'degree centrality':>17}  {'class':<14}  entity")
    for node, score in sorted(centrality.items(), key=lambda item: (-item[1], item[0]))[:10]:
        data = network.nodes[node]
        print(f"{score:>17.3f}  {data.get('cls', ''):<14}  {data.get('label') or node}")
    accord = network.graph.get("accord")
    if accord is not None:
        incoming = Counter(key for _, _, key in network.in_edges(accord, keys=True))
        print("\nrelations to the accord: " + ", ".join(f"{key} {n}" for key, n in incoming.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
