"""Generate kg/namespaces.py from ontology/accord.ttl.

Like rdflib's ``tools/defined_namespace_creator.py``: every IRI of the term
namespace that is the subject of an ``rdf:type`` triple becomes an attribute of
the closed :class:`~rdflib.namespace.DefinedNamespace` ``ACC`` (``_fail = True``),
commented with its ``rdfs:comment``. Unlike it, the output is deterministic (no
date), grouped by kind, and carries the project's other namespaces and prefixes.

    python tools/gen_namespaces.py            # rewrite kg/namespaces.py
    python tools/gen_namespaces.py --check    # exit 1 if kg/namespaces.py is stale
    python tools/gen_namespaces.py --output /tmp/ns.py
"""

from __future__ import annotations

import argparse
import difflib
import keyword
import re
import sys
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ONTOLOGY = ROOT / "ontology" / "accord.ttl"
DEFAULT_OUTPUT = ROOT / "kg" / "namespaces.py"
ID_BASE = "https://w3id.org/accord-kg/id/"
WIDTH = 110
SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z])")

#: (heading, rdf:type) in output order; a term goes under the first kind it has.
KINDS: list[tuple[str, URIRef]] = [
    ("classes", OWL.Class),
    ("object properties", OWL.ObjectProperty),
    ("datatype properties", OWL.DatatypeProperty),
    ("annotation properties", OWL.AnnotationProperty),
    ("named individuals", OWL.NamedIndividual),
]

HEADER = '''"""Namespaces of the accord ontology and the vocabularies it reuses.

GENERATED from ontology/accord.ttl by tools/gen_namespaces.py; do not edit by
hand. ``ACC`` is a closed namespace: a term the ontology does not define is an
AttributeError, so a typo fails loudly. tests/test_namespaces.py checks that
this module and the Turtle agree.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "{ontology_iri}"
ID_BASE = "{id_base}"


class ACC(DefinedNamespace):
    """Terms of the accord-kg ontology (``ontology/accord.ttl``)."""

    _NS = Namespace({ns_expr})
    _fail = True
'''

FOOTER = """

ID = Namespace(ID_BASE)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {{
    "acc": Namespace({ns_expr}),
    "id": ID,
    "schema": SCHEMA,
    "org": ORG,
    "prov": Namespace(str(PROV)),
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "xsd": Namespace(str(XSD)),
    "foaf": FOAF,
}}
"""


class GenerationError(Exception):
    """The ontology cannot be turned into a namespace module."""


def ontology_iri(graph: Graph) -> str:
    """The IRI of the single ``owl:Ontology`` in ``graph``."""
    found = sorted(str(s) for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
    if len(found) != 1:
        raise GenerationError(f"expected exactly one owl:Ontology, found {len(found)}")
    return found[0]


def term_namespace(graph: Graph, iri: str) -> str:
    """The term namespace: ``vann:preferredNamespaceUri`` if given, else the ontology IRI + ``#``."""
    uri = graph.value(URIRef(iri), URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"))
    namespace = str(uri) if uri is not None else iri + "#"
    if not namespace.endswith(("#", "/")):
        raise GenerationError(f"term namespace {namespace!r} must end with '#' or '/'")
    return namespace


def _describe(graph: Graph, term: URIRef, indent: int, name: str) -> str:
    """A one-line comment: the first sentence of rdfs:comment, cut to fit the line width."""
    comment = graph.value(term, RDFS.comment) or graph.value(term, RDFS.label) or ""
    text = " ".join(str(comment).split())
    text = SENTENCE_END.split(text)[0].rstrip(".")
    room = WIDTH - indent - len(f"{name}: URIRef  # ")
    if len(text) > room:
        text = text[: room - 3].rstrip() + "..."
    return text


def elements(graph: Graph, namespace: str) -> dict[str, list[tuple[str, str]]]:
    """Terms of ``namespace`` defined (typed) in ``graph``, grouped by kind: {heading: [(name, comment)]}."""
    groups: dict[str, list[tuple[str, str]]] = {heading: [] for heading, _ in KINDS}
    groups["other terms"] = []
    subjects = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for term in sorted(s for s in subjects if str(s).startswith(namespace) and str(s) != namespace):
        name = str(term)[len(namespace) :]
        types = set(graph.objects(term, RDF.type))
        heading = next((h for h, kind in KINDS if kind in types), "other terms")
        groups[heading].append((name, _describe(graph, term, 4, name)))
    return {heading: terms for heading, terms in groups.items() if terms}


def render(graph: Graph, id_base: str = ID_BASE) -> str:
    """The text of kg/namespaces.py for the ontology in ``graph``."""
    iri = ontology_iri(graph)
    namespace = term_namespace(graph, iri)
    ns_expr = 'ONTOLOGY_IRI + "#"' if namespace == iri + "#" else repr(namespace).replace("'", '"')
    lines = [HEADER.format(ontology_iri=iri, id_base=id_base, ns_expr=ns_expr)]
    extras: list[str] = []
    for heading, terms in elements(graph, namespace).items():
        lines.append(f"\n    # {heading}\n")
        for name, comment in terms:
            if name.isidentifier() and not keyword.iskeyword(name):
                lines.append(f"    {name}: URIRef  # {comment}\n" if comment else f"    {name}: URIRef\n")
            else:
                extras.append(f'        "{name}",\n')
    if extras:
        lines.append('\n    # terms that are not Python identifiers: ACC["name"]\n    _extras = [\n')
        lines.extend(extras)
        lines.append("    ]\n")
    lines.append(FOOTER.format(ns_expr=ns_expr))
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: write (default) or ``--check`` the namespace module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("ontology", nargs="?", type=Path, default=DEFAULT_ONTOLOGY, help="ontology (Turtle)")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="module to write or check")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if --output differs")
    parser.add_argument("--id-base", default=ID_BASE, help="namespace of the data IRIs (ID_BASE)")
    args = parser.parse_args(argv)
    try:
        text = render(Graph().parse(args.ontology, format="turtle"), args.id_base)
    except (OSError, GenerationError, SyntaxError) as exc:
        print(f"gen_namespaces: {args.ontology}: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == text:
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True), str(args.output), "generated"
        )
        sys.stderr.writelines(diff)
        print(f"gen_namespaces: {args.output} is stale; run tools/gen_namespaces.py", file=sys.stderr)
        return 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
