"""A timeline of the accord's membership: every signing (and absence) claim, by date.

    python examples/corpus_timeline.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (by default the dev corpus, ../shared/corpus/dev beside
the repository, or the repository's data/articles/ when it is missing) and lists each claim
that an organization signed or stayed out of the accord, with the date the source gives (the
date of the signing when the sentence names one, else the article's date) and the article.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kg

REPOSITORY = Path(__file__).resolve().parent.parent
DEV_CORPUS = REPOSITORY.parent / "shared" / "corpus" / "dev"
ARTICLES = REPOSITORY / "data" / "articles"

CLAIMS = """
SELECT DISTINCT ?claim ?name ?claimDate ?articleDate ?article ?title ?source WHERE {
  VALUES (?p ?claim) { (acc:signed "signed") (acc:absentFrom "absent") }
  ?fact a acc:Fact ;
        rdf:subject ?org ;
        rdf:predicate ?p ;
        rdf:object acc:CybersecurityTechAccord ;
        acc:evidence/acc:inArticle ?article .
  ?org skos:prefLabel ?name .
  OPTIONAL { ?fact dcterms:date ?claimDate }
  OPTIONAL { ?article dcterms:date ?articleDate }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:source ?source }
}
"""


def default_paths() -> list[str]:
    if DEV_CORPUS.is_dir():
        return [str(DEV_CORPUS)]
    print(f"({DEV_CORPUS} not found: using {ARTICLES})")
    return [str(ARTICLES)]


def main(argv: list[str]) -> int:
    graph = kg.build(argv or default_paths(), progress=False)
    result = graph.query(CLAIMS, limit=None)
    # Dates are datetime.date for full dates, strings for partial ones ("2019-10"): sort on their text.
    rows = sorted(result, key=lambda r: (str(r.claimDate or r.articleDate or ""), r.claim, r.name))
    print(f"{len(rows)} claims from {len(graph.graph_names())} articles\n")
    print(f"{'date':<10}  {'claim':<6}  {'organization':<28}  article")
    for row in rows:
        date = str(row.claimDate or row.articleDate or "?")
        where = row.title or row.source or row.article.rsplit("/", 1)[-1]
        print(f"{date:<10}  {row.claim:<6}  {row.name:<28}  {where}")
    signed = {row.name for row in rows if row.claim == "signed"}
    print(f"\n{len(signed)} organizations signed, according to these sources")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
