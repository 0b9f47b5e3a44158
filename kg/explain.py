"""``kg explain ENTITY``: why the graph holds an entity, under which names, and from which sources."""

from __future__ import annotations

from collections import defaultdict

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.errors import InputError
from kg.namespaces import ACC, SCHEMA
from kg.nlp.gazetteer import fold


def find(graph: Graph, name: str) -> URIRef:
    """The entity a name or IRI designates (preferred or other label, any case)."""
    if name.startswith(("http://", "https://")):
        node = URIRef(name)
        if (node, None, None) in graph:
            return node
    wanted = fold(name)
    matches = sorted({s for p in (SKOS.prefLabel, SKOS.altLabel) for s, o in graph.subject_objects(p)
                      if isinstance(s, URIRef) and isinstance(o, Literal) and fold(str(o)) == wanted})
    if not matches:
        raise InputError(f"no entity is called {name!r} in this graph")
    if len(matches) > 1:
        raise InputError(f"{name!r} names {len(matches)} entities: " + ", ".join(str(m) for m in matches))
    return matches[0]


def explain(graph: Graph, name: str) -> str:
    """A readable account of one entity: class, names, the articles naming it, and every claim with evidence."""
    node = find(graph, name)
    label = graph.value(node, SKOS.prefLabel)
    classes = sorted(str(c).rsplit("#", 1)[-1] for c in graph.objects(node, RDF.type))
    lines = [f"{label}  <{node}>", f"  class: {', '.join(classes)}"]
    others = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
    if others:
        lines.append(f"  also written: {'; '.join(others)}")
    same = sorted(str(s) for s in graph.objects(node, SCHEMA.sameAs))
    if same:
        lines.append(f"  same as: {', '.join(same)}")
    articles = sorted(graph.subjects(SCHEMA.mentions, node), key=str)
    lines.append(f"  named in {len(articles)} article(s):")
    for article in articles:
        title = graph.value(article, DCTERMS.title) or article
        date = graph.value(article, DCTERMS.date)
        lines.append(f"    - {title}" + (f" ({date})" if date else ""))
    claims: dict[tuple[str, str, str], list[tuple[str, str, str, str]]] = defaultdict(list)
    for fact in graph.subjects(RDF.type, ACC.Fact):
        subject, obj = graph.value(fact, RDF.subject), graph.value(fact, RDF.object)
        if node not in (subject, obj) or subject is None or obj is None:
            continue
        relation = str(graph.value(fact, RDF.predicate)).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        key = (str(graph.value(subject, SKOS.prefLabel) or subject), relation,
               str(graph.value(obj, SKOS.prefLabel) or obj))
        sentence = graph.value(fact, ACC.evidence)
        found_in = graph.value(sentence, ACC.inArticle) if sentence is not None else None
        claims[key].append((str(graph.value(sentence, ACC.sentenceText) or ""),
                            str(graph.value(found_in, DCTERMS.title) or found_in or ""),
                            str(graph.value(fact, ACC.rule) or ""), str(graph.value(fact, ACC.mentionText) or "")))
    lines.append(f"  claims: {len(claims)}")
    for (s, p, o), evidence in sorted(claims.items()):
        lines.append(f"    {s} {p} {o}  ({len(evidence)} source sentence(s))")
        for text, source, rule, mention in sorted(set(evidence)):
            lines.append(f"      \u201c{text}\u201d")
            lines.append(f"        in {source}; read by {rule} from \u201c{mention}\u201d")
    return "\n".join(lines)
