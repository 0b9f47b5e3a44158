"""Who signed the Cybersecurity Tech Accord, and which sentence says so.

    python examples/who_signed.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (the seed article, data/articles/geekwire-2018-04-17.txt,
by default) and prints each signatory with the sentences, and their articles, it was read from.
"""

from __future__ import annotations

import sys
import textwrap
from collections import defaultdict
from pathlib import Path

import kg

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "geekwire-2018-04-17.txt"

#: Every acc:signed fact with its evidence sentence and the article holding it.
SIGNED = """
SELECT ?name ?sentence ?article ?title ?source WHERE {
  ?fact a acc:Fact ;
        rdf:subject ?org ;
        rdf:predicate acc:signed ;
        rdf:object acc:CybersecurityTechAccord ;
        acc:evidence ?evidence .
  ?org skos:prefLabel ?name .
  ?evidence acc:sentenceText ?sentence ;
            acc:inArticle ?article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:source ?source }
}
ORDER BY ?name ?article ?sentence
"""


def main(argv: list[str]) -> int:
    paths = argv or [str(SEED)]
    graph = kg.build(paths, progress=False)
    evidence: dict[str, list[str]] = defaultdict(list)
    for row in graph.query(SIGNED, limit=None):  # rows are named tuples: row.name, row.sentence, ...
        where = row.title or row.source or row.article
        line = f"“{' '.join(row.sentence.split())}” ({where})"
        if line not in evidence[row.name]:
            evidence[row.name].append(line)
    print(f"{len(evidence)} signatories in {len(graph.graph_names())} article(s):")
    for name, lines in evidence.items():
        print(f"\n{name}")
        for line in lines:
            print(textwrap.fill(line, width=100, initial_indent="  - ", subsequent_indent="    "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
