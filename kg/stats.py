"""Summaries of a graph: entities per class, facts per relation, articles, single-source entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from kg.namespaces import ACC, SCHEMA

_NOT_ENTITIES = {ACC.Article, ACC.Sentence, ACC.Fact, ACC.Post, ACC.Quotation}


@dataclass
class Stats:
    """Counts that describe a graph."""

    triples: int = 0
    articles: int = 0
    entities_per_class: Counter[str] = field(default_factory=Counter)
    facts_per_relation: Counter[str] = field(default_factory=Counter)
    facts_per_article: Counter[str] = field(default_factory=Counter)
    single_source: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"{self.triples} triples, {self.articles} article(s)", "", "entities per class:"]
        lines += [f"  {name:<16} {n:>5}" for name, n in sorted(self.entities_per_class.items())]
        lines += ["", "facts per relation:"]
        lines += [f"  {name:<18} {n:>5}" for name, n in sorted(self.facts_per_relation.items())]
        if self.articles > 1:
            lines += ["", "facts per article:"]
            lines += [f"  {n:>5}  {name}" for name, n in sorted(self.facts_per_article.items())]
            lines += ["", f"entities named by a single article: {len(self.single_source)}"]
        return "\n".join(lines)


def _local(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def stats(graph: Graph) -> Stats:
    """Count what ``graph`` (the merged view) holds."""
    out = Stats(triples=len(graph))
    articles = set(graph.subjects(RDF.type, ACC.Article))
    out.articles = len(articles)
    for cls in set(graph.objects(None, RDF.type)):
        if isinstance(cls, URIRef) and str(cls).startswith(str(ACC)) and cls not in _NOT_ENTITIES:
            out.entities_per_class[_local(cls)] = len(set(graph.subjects(RDF.type, cls)))
    titles = {a: str(graph.value(a, URIRef("http://purl.org/dc/terms/title")) or _local(a)) for a in articles}
    for fact in graph.subjects(RDF.type, ACC.Fact):
        predicate = graph.value(fact, RDF.predicate)
        if isinstance(predicate, URIRef):
            out.facts_per_relation[_local(predicate)] += 1
        sentence = graph.value(fact, ACC.evidence)
        article = graph.value(sentence, ACC.inArticle) if sentence is not None else None
        if article in titles:
            out.facts_per_article[titles[article]] += 1
    sources: Counter[URIRef] = Counter()
    for _, _, entity in graph.triples((None, SCHEMA.mentions, None)):
        if isinstance(entity, URIRef):
            sources[entity] += 1
    out.single_source = sorted(str(graph.value(e, SKOS.prefLabel) or e) for e, n in sources.items() if n == 1)
    return out
