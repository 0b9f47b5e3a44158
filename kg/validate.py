"""Check a graph against the SHACL shapes of the accord ontology (``kg validate``).

The ontology (``kg/resources/accord.ttl``) is mixed into the data graph before
validation, so ``sh:class``/``sh:targetClass`` follow its ``rdfs:subClassOf``
axioms (an ``acc:Company`` is an ``acc:Organization``). No RDFS inference is
run by default: it would type every subject of ``acc:signed`` as an
``acc:Organization`` through ``rdfs:domain`` and so hide an untyped node.

pyshacl is imported when :func:`validate` runs, never at ``import kg``.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import Graph
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import SH
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import InputError, KGError, ValidationFailed
from kg.namespaces import PREFIXES

_SEVERITY = {str(SH.Violation): "Violation", str(SH.Warning): "Warning", str(SH.Info): "Info"}


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result; IRIs are compacted with the project prefixes (``id:``, ``acc:``)."""

    focus_node: str
    path: str
    message: str
    severity: str
    value: str
    shape: str = ""
    constraint: str = ""


@dataclass(frozen=True)
class ValidationReport:
    """Outcome of :func:`validate`: whether the graph conforms, and every problem found."""

    conforms: bool
    results: list[ValidationResult]

    def text(self) -> str:
        """One line per problem, grouped under a heading per shape and message, then a summary."""
        groups: dict[tuple[str, str, str], list[ValidationResult]] = defaultdict(list)
        for result in self.results:
            groups[(result.severity, result.shape, result.message)].append(result)
        lines: list[str] = []
        for (severity, shape, message), members in sorted(groups.items()):
            where = f" [{shape}]" if shape else ""
            lines.append(f"{severity}{where}: {message} ({len(members)})")
            for r in sorted(members, key=lambda r: (r.focus_node, r.path, r.value, r.constraint)):
                value = f"value {r.value}" if r.value and r.value != r.focus_node else ""
                parts = [r.focus_node, r.path, value, r.constraint]
                lines.append("  " + "  ".join(p for p in parts if p))
        count = len(self.results)
        if self.conforms and not count:
            lines.append("conforms: yes")
        else:
            noun = "problem" if count == 1 else "problems"
            lines.append(f"{count} {noun}" + ("" if not self.conforms else " (none is a violation)"))
        return "\n".join(lines)

    def raise_if_failed(self) -> None:
        """Raise :class:`~kg.errors.ValidationFailed` (carrying :meth:`text`) unless the graph conforms."""
        if not self.conforms:
            raise ValidationFailed(self.text())


@functools.cache
def _parse_resource(name: str) -> Graph:
    source = resources.files("kg") / "resources" / name
    try:
        data = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"kg/resources/{name}: cannot read: {exc}") from None
    graph = Graph()
    try:
        graph.parse(data=data, format="turtle")
    except Exception as exc:  # rdflib raises many kinds on bad Turtle
        raise InputError(f"kg/resources/{name}: not valid Turtle: {exc}") from None
    return graph


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace)
    for triple in graph:
        out.add(triple)
    return out


def load_ontology() -> Graph:
    """The accord OWL ontology (parsed once; each call returns a fresh copy)."""
    return _copy(_parse_resource("accord.ttl"))


def load_shapes() -> Graph:
    """The SHACL shapes graph (parsed once; each call returns a fresh copy)."""
    return _copy(_parse_resource("shapes.ttl"))


def _data_graph(graph: Any) -> Graph:
    """A single merged :class:`rdflib.Graph` for ``graph`` (pyshacl checks a Dataset graph by graph)."""
    merged = getattr(graph, "merged", None)
    if callable(merged):
        graph = merged()
    if isinstance(graph, ConjunctiveGraph):  # Dataset included: merge its named graphs
        out = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            out.add((s, p, o))
        return out
    if isinstance(graph, Graph):
        return graph
    kind = type(graph).__name__
    raise InputError(f"cannot validate a {kind}: expected an rdflib Graph or a KnowledgeGraph")


def _short(node: Node | None, graph: Graph) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(node).startswith(str(namespace)) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace) :]}"
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3(graph.namespace_manager)
    if isinstance(node, BNode):
        return "[]"
    return str(node)


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    """The label of the node shape a (blank) property shape belongs to."""
    parent = shapes.value(predicate=SH.property, object=shape) if isinstance(shape, BNode) else shape
    if parent is None:
        return ""
    label = shapes.value(parent, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    if label is not None:
        return str(label)
    return parent.split("#")[-1] if isinstance(parent, URIRef) else ""


def _results(report: Graph, shapes: Graph) -> list[ValidationResult]:
    out = []
    for node in report.objects(None, SH.result):
        constraint = report.value(node, SH.sourceConstraintComponent)
        severity = report.value(node, SH.resultSeverity)
        message = report.value(node, SH.resultMessage)
        out.append(
            ValidationResult(
                focus_node=_short(report.value(node, SH.focusNode), report),
                path=_short(report.value(node, SH.resultPath), report),
                message=str(message) if message is not None else "",
                severity=_SEVERITY.get(str(severity), str(severity)) if severity is not None else "Violation",
                value=_short(report.value(node, SH.value), report),
                shape=_shape_name(report.value(node, SH.sourceShape), shapes),
                constraint=str(constraint).split("#")[-1].removesuffix("ConstraintComponent")
                if constraint is not None
                else "",
            )
        )
    out.sort(key=lambda r: (r.shape, r.message, r.focus_node, r.path, r.value))
    return out


def validate(graph: Any, *, inference: str = "none") -> ValidationReport:
    """Validate ``graph`` (an rdflib Graph/Dataset or anything with ``.merged()``) against the shapes.

    ``inference`` is passed to pyshacl (``"none"``, ``"rdfs"``, ``"owlrl"``, ``"both"``);
    the default checks the triples as written, with the ontology's class hierarchy.
    """
    data = _data_graph(graph)
    shapes = _parse_resource("shapes.ttl")
    ontology = _parse_resource("accord.ttl")
    try:
        from pyshacl import validate as shacl_validate

        conforms, report, _text = shacl_validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference=inference,
            abort_on_first=False,
            allow_warnings=False,
        )
    except KGError:
        raise
    except Exception as exc:  # pyshacl reports bad input and bad options as assorted exceptions
        raise KGError(f"SHACL validation could not run: {exc}") from None
    if not isinstance(report, Graph):
        raise KGError(f"SHACL validation could not run: {report!r}")
    return ValidationReport(conforms=bool(conforms), results=_results(report, shapes))
