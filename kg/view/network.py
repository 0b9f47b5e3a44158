"""Project the RDF knowledge graph onto a :class:`networkx.MultiDiGraph`.

Entities (organisations, people, the accord, its principles, incidents, events,
places...) become nodes; relations between entities become directed edges keyed
by the property's local name. Everything else - labels, literal attributes,
posts, quotations, the articles that mention an entity and the reified facts
with their evidence sentences - is carried as node or edge *attributes*, never
as nodes: articles, sentences, facts, posts and quotations do not appear in the
projection.

Node attributes:

``iri``, ``label`` (skos:prefLabel), ``alt_labels``, ``cls`` (the most specific
entity class, e.g. ``"Company"``), ``classes`` (all entity classes), ``accord``
(True for the Cybersecurity Tech Accord), ``attributes`` (literal properties by
local name, e.g. ``principleNumber``, ``principleText``, ``startDate``),
``posts`` (``[{title, org, org_label}]``), ``quotations`` (``[{text, evidence}]``),
``mentioned_in`` (articles, ``[{article, title, source, date, url}]``) and
``evidence`` (facts about the entity that are not relations drawn as edges).

Edge attributes: ``relation`` (local name, also the edge key), ``predicate``
(full IRI) and ``evidence``: ``[{sentence, article, title, mention, rule,
confidence, source, date, url, start, end, fact}]``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import DCTERMS

from kg.namespaces import ACC, ORG, SCHEMA

#: Entity classes, most specific first: a node's ``cls`` is the first one it is typed with.
ENTITY_CLASSES: tuple[str, ...] = (
    "NewsOutlet",
    "GovernmentBody",
    "Company",
    "Organization",
    "Person",
    "Agreement",
    "Principle",
    "CyberIncident",
    "Malware",
    "CyberThreat",
    "Event",
    "Place",
)
#: Class of a relation endpoint that carries no entity type.
UNTYPED_CLASS = "Thing"

#: Relations drawn as edges (any other IRI-valued property between two entities is drawn too).
RELATIONS: tuple[URIRef, ...] = (
    ACC.signed,
    ACC.absentFrom,
    ACC.led,
    ACC.hasPrinciple,
    ACC.relatedThreat,
    ACC.about,
    ACC.affiliation,
    ACC.location,
    SCHEMA.parentOrganization,
    SCHEMA.subOrganization,
)

#: Classes whose instances are provenance or structure, never nodes.
NON_ENTITY_CLASSES: frozenset[URIRef] = frozenset(
    {ACC.Article, ACC.Sentence, ACC.Fact, ACC.Post, ACC.Quotation}
)

#: Properties never shown as a node attribute (they are shown otherwise or are plumbing).
_SKIP_ATTRIBUTES: frozenset[URIRef] = frozenset(
    {RDF.type, SKOS.prefLabel, SKOS.altLabel, RDFS.label, ORG.holds, SCHEMA.mentions}
)

_ENTITY_CLASS_IRIS: dict[Any, str] = {URIRef(str(ACC) + name): name for name in ENTITY_CLASSES}


def as_rdf_graph(graph: Any) -> Graph:
    """The merged :class:`rdflib.Graph` of a KnowledgeGraph, Dataset or Graph."""
    if isinstance(graph, ConjunctiveGraph | Dataset):
        merged = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    if isinstance(graph, Graph):
        return graph
    merged_method = getattr(graph, "merged", None)
    if callable(merged_method):
        result = merged_method()
        if isinstance(result, Graph):
            return result
    raise TypeError(f"expected a KnowledgeGraph or an rdflib.Graph, not {type(graph).__name__}")


def local_name(iri: str) -> str:
    """The local name of an IRI: the part after the last ``#``, ``/`` or ``:``."""
    for sep in ("#", "/", ":"):
        if sep in iri:
            tail = iri.rsplit(sep, 1)[1]
            if tail:
                return tail
    return iri


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.toPython() if isinstance(value, Literal) else value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _python_value(value: Literal) -> Any:
    """A JSON-friendly Python value for a literal: numbers and booleans as such, the rest as text."""
    py = value.toPython()
    if isinstance(py, bool):
        return py
    if isinstance(py, int | float):
        return py if math.isfinite(float(py)) else str(value)
    return str(value)


def _pick_label(values: Iterable[Any]) -> str | None:
    """One label out of several: English or untagged first, then the shortest, then alphabetical."""
    candidates = [v for v in values if isinstance(v, Literal)]
    if not candidates:
        return None

    def rank(lit: Literal) -> tuple[int, int, str]:
        lang = (lit.language or "").lower()
        return (0 if lang in ("", "en") or lang.startswith("en-") else 1, len(str(lit)), str(lit))

    return str(min(candidates, key=rank))


class _Projector:
    """One projection run; keeps the indexes it builds on the way."""

    def __init__(self, rdf: Graph) -> None:
        self.g = rdf
        self.articles: dict[URIRef | BNode, dict[str, Any]] = {}
        self.sentences: dict[URIRef | BNode, dict[str, Any]] = {}

    def name(self, value: Any) -> str | None:
        """A literal as text; a resource (e.g. a news outlet) by its label, else its local name."""
        if value is None or isinstance(value, Literal):
            return _text(value)
        g = self.g
        return (
            _pick_label(g.objects(value, SKOS.prefLabel))
            or _pick_label(g.objects(value, RDFS.label))
            or _pick_label(g.objects(value, SCHEMA.name))
            or local_name(str(value))
        )

    # -- provenance --------------------------------------------------------------------------------
    def article(self, node: Any) -> dict[str, Any]:
        if node not in self.articles:
            g = self.g
            date = g.value(node, DCTERMS.date) or g.value(node, SCHEMA.datePublished)
            self.articles[node] = {
                "article": str(node),
                "title": _text(g.value(node, DCTERMS.title) or g.value(node, SCHEMA.headline)),
                "source": self.name(g.value(node, DCTERMS.source) or g.value(node, SCHEMA.publisher)),
                "date": _text(date),
                "url": _text(g.value(node, SCHEMA.url)),
            }
        return self.articles[node]

    def sentence(self, node: Any) -> dict[str, Any]:
        if node not in self.sentences:
            g = self.g
            art = g.value(node, ACC.inArticle)
            info: dict[str, Any] = (
                dict(self.article(art))
                if art is not None
                else {"article": None, "title": None, "source": None, "date": None, "url": None}
            )
            start = _number(g.value(node, ACC.startOffset))
            end = _number(g.value(node, ACC.endOffset))
            info.update(
                sentence=_text(g.value(node, ACC.sentenceText)),
                start=int(start) if start is not None else None,
                end=int(end) if end is not None else None,
            )
            self.sentences[node] = info
        return self.sentences[node]

    def fact_evidence(self, fact: Any) -> list[dict[str, Any]]:
        """One evidence record per sentence backing ``fact`` (one with no sentence if none)."""
        g = self.g
        rules = sorted(str(r) for r in g.objects(fact, ACC.rule))
        mentions = sorted(str(m) for m in g.objects(fact, ACC.mentionText))
        anaphoric = g.value(fact, ACC.anaphoric)
        base = {
            "mention": mentions[0] if mentions else None,
            "rule": ", ".join(rules) if rules else None,
            "confidence": _number(g.value(fact, ACC.confidence)),
            "fact": str(fact) if isinstance(fact, URIRef) else None,
            "anaphoric": bool(anaphoric.toPython()) if isinstance(anaphoric, Literal) else None,
        }
        sentences = sorted(g.objects(fact, ACC.evidence), key=str)
        if not sentences:
            return [
                {
                    **base,
                    "sentence": None,
                    "article": None,
                    "title": None,
                    "source": None,
                    "date": None,
                    "url": None,
                    "start": None,
                    "end": None,
                }
            ]
        return [{**self.sentence(s), **base} for s in sentences]

    # -- the projection ----------------------------------------------------------------------------
    def run(self) -> nx.MultiDiGraph:
        g = self.g
        out = nx.MultiDiGraph()

        classes: dict[Any, set[str]] = defaultdict(set)
        structural: set[Any] = set()
        for s, o in g.subject_objects(RDF.type):
            if o in _ENTITY_CLASS_IRIS:
                classes[s].add(_ENTITY_CLASS_IRIS[o])
            elif o in NON_ENTITY_CLASSES:
                structural.add(s)
        entities: set[Any] = {s for s in classes if isinstance(s, URIRef) and s not in structural}

        # Untyped endpoints of the known relations still become nodes (class "Thing").
        for rel in RELATIONS:
            for subj, obj in g.subject_objects(rel):
                for end in (subj, obj):
                    if isinstance(end, URIRef) and end not in entities and end not in structural:
                        entities.add(end)
                        classes[end].add(UNTYPED_CLASS)

        accord = ACC.CybersecurityTechAccord if ACC.CybersecurityTechAccord in entities else None
        if accord is not None and not classes[accord] - {UNTYPED_CLASS}:
            classes[accord] = {"Agreement"}  # the ontology types it; data graphs may not repeat that

        for node in sorted(entities, key=str):
            cls_set = classes[node]
            ordered = [c for c in (*ENTITY_CLASSES, UNTYPED_CLASS) if c in cls_set]
            label = (
                _pick_label(g.objects(node, SKOS.prefLabel))
                or _pick_label(g.objects(node, RDFS.label))
                or _pick_label(g.objects(node, SCHEMA.name))
                or _fallback_label(g, node, ordered[0])
            )
            alt = sorted({str(a) for a in g.objects(node, SKOS.altLabel)} - {label})
            attributes: dict[str, Any] = {}
            for prop, val in g.predicate_objects(node):
                if prop in _SKIP_ATTRIBUTES or prop == SCHEMA.name or isinstance(val, BNode):
                    continue
                if isinstance(val, URIRef) and (val in entities or val in structural or prop in RELATIONS):
                    continue  # relations are edges; provenance is attached elsewhere
                name = local_name(str(prop))
                value = _python_value(val) if isinstance(val, Literal) else str(val)
                if name in attributes:
                    prev = attributes[name]
                    values = prev if isinstance(prev, list) else [prev]
                    if value not in values:
                        values.append(value)
                    attributes[name] = sorted(values, key=str)
                else:
                    attributes[name] = value
            out.add_node(
                str(node),
                iri=str(node),
                label=label,
                alt_labels=alt,
                cls=ordered[0],
                classes=ordered,
                accord=node == accord,
                attributes=attributes,
                posts=[],
                quotations=[],
                mentioned_in=[],
                evidence=[],
            )

        # Relations: the known ones plus any other IRI-valued property between two entities.
        keys: dict[Any, str] = {}
        for subj, pred, obj in g:
            if pred == RDF.type or subj not in entities or obj not in entities or not isinstance(obj, URIRef):
                continue
            key = keys.get(pred)
            if key is None:
                key = local_name(str(pred))
                if key in keys.values():
                    key = g.namespace_manager.normalizeUri(str(pred))
                keys[pred] = key
            out.add_edge(str(subj), str(obj), key=key, relation=key, predicate=str(pred), evidence=[])

        # Reified facts: evidence on the edge they back, or on their subject node.
        for fact in g.subjects(RDF.type, ACC.Fact):
            f_s, f_p, f_o = g.value(fact, RDF.subject), g.value(fact, RDF.predicate), g.value(fact, RDF.object)
            if f_s is None or f_p is None:
                continue
            records = self.fact_evidence(fact)
            f_key = keys.get(f_p) if isinstance(f_p, URIRef) else None
            if f_key is not None and f_o is not None and out.has_edge(str(f_s), str(f_o), f_key):
                out.edges[str(f_s), str(f_o), f_key]["evidence"].extend(records)
            elif str(f_s) in out:
                about = local_name(str(f_p))
                shown = out.nodes[str(f_o)]["label"] if f_o is not None and str(f_o) in out else _text(f_o)
                for record in records:
                    out.nodes[str(f_s)]["evidence"].append({**record, "property": about, "value": shown})
        for *_, data in out.edges(data=True):
            data["evidence"].sort(key=_evidence_order)
        for _, data in out.nodes(data=True):
            data["evidence"].sort(key=_evidence_order)

        # Posts: ?person org:holds ?post . ?post org:postIn ?org ; acc:roleTitle ?title
        for person, post in g.subject_objects(ORG.holds):
            if str(person) not in out:
                continue
            org = g.value(post, ORG.postIn)
            titles = sorted(str(t) for t in g.objects(post, ACC.roleTitle))
            org_label = out.nodes[str(org)]["label"] if org is not None and str(org) in out else _text(org)
            out.nodes[str(person)]["posts"].append(
                {
                    "title": ", ".join(titles) if titles else None,
                    "org": _text(org),
                    "org_label": org_label,
                }
            )
        for _, data in out.nodes(data=True):
            data["posts"].sort(key=lambda p: (str(p["org_label"]), str(p["title"])))

        # Quotations: ?q a acc:Quotation ; schema:text ?text ; acc:speaker ?person ; acc:evidence ?sent
        for quote in g.subjects(RDF.type, ACC.Quotation):
            text = _text(g.value(quote, SCHEMA.text))
            for speaker in g.objects(quote, ACC.speaker):
                if str(speaker) in out:
                    evidence = [self.sentence(s) for s in sorted(g.objects(quote, ACC.evidence), key=str)]
                    out.nodes[str(speaker)]["quotations"].append({"text": text, "evidence": evidence})
        for _, data in out.nodes(data=True):
            data["quotations"].sort(key=lambda q: str(q["text"]))

        # Articles that mention each entity.
        for art, entity in g.subject_objects(SCHEMA.mentions):
            if str(entity) in out:
                out.nodes[str(entity)]["mentioned_in"].append(self.article(art))
        for _, data in out.nodes(data=True):
            data["mentioned_in"].sort(key=lambda a: (str(a["date"]), str(a["title"]), a["article"]))

        out.graph["accord"] = str(accord) if accord is not None else _guess_accord(out)
        if out.graph["accord"] is not None:
            out.nodes[out.graph["accord"]]["accord"] = True
        return out


def _fallback_label(g: Graph, node: URIRef, cls: str) -> str:
    """A label for an entity without one: "Principle 2" for a numbered principle, else the IRI's end."""
    if node == ACC.CybersecurityTechAccord:
        return "Cybersecurity Tech Accord"
    if cls == "Principle":
        number = g.value(node, ACC.principleNumber)
        if number is not None:
            return f"Principle {number}"
    return local_name(str(node))


def _evidence_order(record: dict[str, Any]) -> tuple[str, str, int, str, str]:
    start = record.get("start")
    return (
        str(record.get("date") or ""),
        str(record.get("article") or ""),
        start if isinstance(start, int) else -1,
        str(record.get("mention") or ""),
        str(record.get("fact") or ""),
    )


def _guess_accord(graph: nx.MultiDiGraph) -> str | None:
    """Without the accord's own IRI: the best-connected agreement, if any."""
    agreements = [n for n, d in graph.nodes(data=True) if d["cls"] == "Agreement"]
    if not agreements:
        return None
    return max(sorted(agreements), key=lambda n: graph.degree(n))


def to_networkx(graph: Any) -> nx.MultiDiGraph:
    """Project ``graph`` (a :class:`kg.graph.KnowledgeGraph` or an rdflib Graph) onto a MultiDiGraph.

    Entities are nodes keyed by IRI, carrying their class, labels and facts;
    relations are directed edges keyed by the property's local name, with an
    ``evidence`` list of ``{sentence, article, title, mention, rule, confidence,
    ...}``. Articles, sentences, facts, posts and quotations are attributes, never
    nodes. ``result.graph["accord"]`` is the accord's IRI (or None).
    """
    if isinstance(graph, nx.MultiDiGraph):
        return graph
    return _Projector(as_rdf_graph(graph)).run()
