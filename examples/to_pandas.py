"""Query results as a pandas DataFrame: how many articles name each signatory, and since when.

    python examples/to_pandas.py [ARTICLE_OR_FOLDER ...]

Builds the graph of the articles given (by default the dev corpus, ../shared/corpus/dev beside
the repository, or data/articles/ when it is missing), runs one SELECT and turns it into a
DataFrame with ``QueryResult.to_dataframe()`` (columns named after the query's variables).
Needs pandas (``pip install 'accord-kg[pandas]'``); without it the script says so and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kg

REPOSITORY = Path(__file__).resolve().parent.parent
DEV_CORPUS = REPOSITORY.parent / "shared" / "corpus" / "dev"
ARTICLES = REPOSITORY / "data" / "articles"

SIGNINGS = """
SELECT DISTINCT ?name ?article ?date WHERE {
  ?fact a acc:Fact ;
        rdf:subject ?org ;
        rdf:predicate acc:signed ;
        rdf:object acc:CybersecurityTechAccord ;
        acc:evidence/acc:inArticle ?article .
  ?org skos:prefLabel ?name .
  OPTIONAL { ?article dcterms:date ?date }
}
"""


def main(argv: list[str]) -> int:
    try:
        import pandas as pd
    except ImportError:
        print("pandas is not installed: pip install 'accord-kg[pandas]' to run this example (skipped)")
        return 0
    paths = argv or [str(DEV_CORPUS if DEV_CORPUS.is_dir() else ARTICLES)]
    graph = kg.build(paths, progress=False)
    frame = graph.query(SIGNINGS, limit=None).to_dataframe()
    frame["date"] = pd.to_datetime(frame["date"].astype("string"), errors="coerce")
    print(f"{len(frame)} rows, columns {list(frame.columns)}\n")
    summary = (frame.groupby("name")
               .agg(articles=("article", "nunique"), first_named=("date", "min"))
               .sort_values(["articles", "first_named"], ascending=[False, True]))
    summary["first_named"] = summary["first_named"].dt.strftime("%Y-%m-%d")
    print(summary.head(15).to_string())
    print(f"\n{len(summary)} signatories; named by the most articles: {summary.index[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
