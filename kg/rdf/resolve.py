"""Entity resolution across articles: one IRI per real entity, however each article spells it.

Within an article, :mod:`kg.nlp.linking` already ties "Obrisca" to "Obrisca Networks". Across
articles, an entity no dictionary knows may appear under its short name in one article and its
full name in another. A short name is merged into a longer one of the same kind when the longer
one is the *only* entity whose name starts with those words ("Obrisca" -> "Obrisca Networks", but
"Norvale" stays apart when both "Norvale Systems" and "Norvale Bank" exist). Dictionary entities
are never merged away ("HP" and "HPE", "RSA" and "RSA Conference" stay apart).

The decisions depend only on the set of names in the graph, so the result does not depend on
the order in which articles were added, and resolving twice changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.graph import KnowledgeGraph
from kg.namespaces import ACC, ID
from kg.nlp.gazetteer import fold
from kg.nlp.gazetteer import load as load_gazetteer

_KINDS = ("organization/", "event/", "threat/", "person/")


@dataclass(frozen=True)
class Merge:
    """One decision: ``source`` is another name of ``target``."""

    source: URIRef
    target: URIRef
    reason: str


def _kind(node: URIRef) -> str | None:
    text = str(node)
    if not text.startswith(str(ID)):
        return None
    rest = text[len(str(ID)):]
    return next((k for k in _KINDS if rest.startswith(k)), None)


def plan(kg: KnowledgeGraph) -> list[Merge]:
    """The merges the graph's names call for (without applying them)."""
    known = {str(ID) + e.key for e in load_gazetteer().entries if not e.key.startswith("ACC:")}
    names: dict[URIRef, set[str]] = defaultdict(set)
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for s, _, o, _ in kg.dataset.quads((None, predicate, None, None)):
            if isinstance(s, URIRef) and _kind(s) and isinstance(o, Literal):
                names[s].add(fold(str(o)))
    # every proper word-prefix of every name -> the entities whose name starts with it (linear, not pairwise)
    by_prefix: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for node, node_names in names.items():
        kind = _kind(node) or ""
        for name in node_names:
            words = name.split()
            for n in range(1, len(words)):
                by_prefix[(kind, " ".join(words[:n]))].add(node)
    merges = []
    for node in sorted(names):
        if str(node) in known or _kind(node) == "person/":
            continue
        kind = _kind(node) or ""
        longer: set[URIRef] = set()
        for short in names[node]:
            longer |= by_prefix.get((kind, short), set()) - {node}
        if len(longer) == 1:
            target = next(iter(longer))
            merges.append(Merge(node, target, f"the only {kind.rstrip('/')} whose name starts with "
                                              f"{sorted(names[node])[0]!r}"))
    # follow chains (A -> B -> C) so every merge points at a final target
    final = {m.source: m.target for m in merges}
    out = []
    for m in merges:
        target = m.target
        seen = {m.source}
        while target in final and target not in seen:
            seen.add(target)
            target = final[target]
        out.append(Merge(m.source, target, m.reason))
    return out


def resolve(kg: KnowledgeGraph) -> list[Merge]:
    """Apply the merges in every named graph, then give every entity exactly one preferred label."""
    merges = plan(kg)
    mapping = {m.source: m.target for m in merges}
    if mapping:
        for node in mapping:
            for (s, p, o), context in _quads_with(kg, node):
                graph = kg.dataset.graph(context)
                graph.remove((s, p, o))
                new_s, new_o = mapping.get(s, s), mapping.get(o, o)
                if p == SKOS.prefLabel and s in mapping:
                    p = SKOS.altLabel
                graph.add((new_s, p, new_o))
    _one_preferred_label(kg)
    return merges


def _one_preferred_label(kg: KnowledgeGraph) -> None:
    """Articles may label one entity differently; keep the most common label (then the longest) as preferred."""
    labels: dict[URIRef, Counter[str]] = defaultdict(Counter)
    for s, _, o, _ in kg.dataset.quads((None, SKOS.prefLabel, None, None)):
        if isinstance(s, URIRef) and isinstance(o, Literal):
            labels[s][str(o)] += 1
    for node, counts in labels.items():
        if len(counts) < 2:
            continue
        best = sorted(counts, key=lambda label: (-counts[label], -len(label), label))[0]
        for _, _, label, context in list(kg.dataset.quads((node, SKOS.prefLabel, None, None))):
            if str(label) != best and context is not None:
                graph = kg.dataset.graph(getattr(context, "identifier", context))
                graph.remove((node, SKOS.prefLabel, label))
                graph.add((node, SKOS.prefLabel, Literal(best)))
                graph.add((node, SKOS.altLabel, label))


def _quads_with(kg: KnowledgeGraph, node: URIRef) -> list[tuple[tuple[Any, Any, Any], Any]]:
    """Every (triple, graph name) in which ``node`` is subject or object."""
    out: list[tuple[tuple[Any, Any, Any], Any]] = []
    for pattern in ((node, None, None, None), (None, None, node, None)):
        for s, p, o, context in kg.dataset.quads(pattern):
            out.append(((s, p, o), getattr(context, "identifier", context)))
    return out


__all__ = ["ACC", "RDF", "Merge", "plan", "resolve"]
