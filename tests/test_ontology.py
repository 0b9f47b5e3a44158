"""The OWL ontology (ontology/accord.ttl): well-formed, documented, reusing real terms, consistent."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VANN, DefinedNamespaceMeta
from rdflib.term import Node

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "accord.ttl"
SHAPES_DATA = Path(__file__).parent / "data" / "shapes"

ACC = Namespace("https://w3id.org/accord-kg/ontology#")
# plain namespaces: rdflib's open SDO/XSD warn when pytest probes module attributes
SDO = Namespace(str(rns.SDO._NS))
XSD = Namespace(str(rns.XSD._NS))
ONTOLOGY_IRI = URIRef("https://w3id.org/accord-kg/ontology")
#: owlrl writes inconsistencies as ``[] a err:ErrorMessage ; err:error "..."``.
ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")

#: Reused vocabularies, checked against rdflib's closed term lists of each.
VOCABULARIES: dict[str, DefinedNamespaceMeta] = {
    "schema": rns.SDO,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "vann": VANN,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": rns.XSD,
}
#: Every reused term the ontology mentions; a new one must be added here on purpose.
REUSED = {
    "schema": {
        "Organization", "Corporation", "GovernmentOrganization", "NewsMediaOrganization", "Person",
        "CreativeWork", "Event", "SoftwareApplication", "Place", "NewsArticle", "Quotation",
        "hasPart", "about", "affiliation", "creator", "location", "text",
    },
    "org": {"Organization", "Post"},
    "prov": {"Agent", "Entity", "wasDerivedFrom"},
    "skos": {"Concept", "definition", "prefLabel", "altLabel"},
    "dcterms": {"title", "description", "created", "license", "date", "isPartOf"},
    "foaf": {"Person"},
}  # fmt: skip
#: The superclasses the vocabulary contract gives each class.
SUPERCLASSES = {
    "Organization": {ORG.Organization, SDO.Organization},
    "Company": {ACC.Organization, SDO.Corporation},
    "GovernmentBody": {ACC.Organization, SDO.GovernmentOrganization},
    "NewsOutlet": {ACC.Organization, SDO.NewsMediaOrganization},
    "Person": {SDO.Person, FOAF.Person, PROV.Agent},
    "Post": {ORG.Post},
    "Agreement": {SDO.CreativeWork, PROV.Entity},
    "Principle": {SKOS.Concept},
    "CyberThreat": set(),
    "CyberIncident": {ACC.CyberThreat, SDO.Event},
    "Malware": {ACC.CyberThreat, SDO.SoftwareApplication},
    "Event": {SDO.Event},
    "Place": {SDO.Place},
    "Article": {SDO.NewsArticle, PROV.Entity},
    "Sentence": {PROV.Entity},
    "Fact": {RDF.Statement, PROV.Entity},
    "Quotation": {SDO.Quotation},
}
#: (domain, range) of every property; a tuple domain is an owl:unionOf.
SIGNATURES: dict[str, tuple[object, URIRef]] = {
    "signed": (ACC.Organization, ACC.Agreement),
    "absentFrom": (ACC.Organization, ACC.Agreement),
    "led": (ACC.Organization, ACC.Agreement),
    "hasPrinciple": (ACC.Agreement, ACC.Principle),
    "relatedThreat": (ACC.Agreement, ACC.CyberThreat),
    "about": (ACC.Event, ACC.Agreement),
    "affiliation": (ACC.Person, ACC.Organization),
    "evidence": ((ACC.Fact, ACC.Quotation), ACC.Sentence),
    "inArticle": (ACC.Sentence, ACC.Article),
    "speaker": (ACC.Quotation, ACC.Person),
    "location": (ACC.Event, ACC.Place),
    "roleTitle": (ACC.Post, XSD.string),
    "principleNumber": (ACC.Principle, XSD.integer),
    "principleText": (ACC.Principle, XSD.string),
    "sentenceText": (ACC.Sentence, XSD.string),
    "startOffset": (ACC.Sentence, XSD.integer),
    "endOffset": (ACC.Sentence, XSD.integer),
    "rule": ((ACC.Fact, ACC.Quotation), XSD.string),
    "confidence": (ACC.Fact, XSD.decimal),
    "mentionText": (ACC.Fact, XSD.string),
    "anaphoric": (ACC.Fact, XSD.boolean),
}
SUPERPROPERTIES = {
    "hasPrinciple": SDO.hasPart,
    "about": SDO.about,
    "affiliation": SDO.affiliation,
    "evidence": PROV.wasDerivedFrom,
    "inArticle": DCTERMS.isPartOf,
    "speaker": SDO.creator,
    "location": SDO.location,
    "principleText": SKOS.definition,
    "sentenceText": SDO.text,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """The ontology, parsed once."""
    return Graph().parse(ONTOLOGY, format="turtle")


def acc_terms(graph: Graph, kind: URIRef) -> set[URIRef]:
    """acc: IRIs typed ``kind``."""
    return {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and s.startswith(str(ACC))}


def test_ontology_header(ontology: Graph) -> None:
    assert set(ontology.subjects(RDF.type, OWL.Ontology)) == {ONTOLOGY_IRI}
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/accord-kg/ontology/0.1.0")
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    for predicate in (RDFS.label, DCTERMS.title, DCTERMS.description):
        assert str(ontology.value(ONTOLOGY_IRI, predicate) or "").strip(), predicate
    created = ontology.value(ONTOLOGY_IRI, DCTERMS.created)
    assert isinstance(created, Literal) and created.datatype == XSD.date


def test_classes_and_properties_are_the_contract(ontology: Graph) -> None:
    classes = {c.removeprefix(str(ACC)) for c in acc_terms(ontology, OWL.Class)}
    properties = {p.removeprefix(str(ACC)) for p in acc_terms(ontology, OWL.ObjectProperty)} | {
        p.removeprefix(str(ACC)) for p in acc_terms(ontology, OWL.DatatypeProperty)
    }
    assert classes == set(SUPERCLASSES)
    assert properties == set(SIGNATURES)


@pytest.mark.parametrize("name", sorted(SUPERCLASSES))
def test_class_reuses_the_contract_superclasses(ontology: Graph, name: str) -> None:
    assert set(ontology.objects(ACC[name], RDFS.subClassOf)) >= SUPERCLASSES[name]


def _union_members(graph: Graph, node: Node) -> tuple[Node, ...]:
    members = graph.value(node, OWL.unionOf)
    assert members is not None, f"{node} is neither a class nor an owl:unionOf"
    return tuple(graph.items(members))


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_property_domain_range_and_superproperty(ontology: Graph, name: str) -> None:
    term = ACC[name]
    domains = list(ontology.objects(term, RDFS.domain))
    ranges = list(ontology.objects(term, RDFS.range))
    assert len(domains) == 1 and len(ranges) == 1, f"{name}: one rdfs:domain and one rdfs:range"
    want_domain, want_range = SIGNATURES[name]
    if isinstance(want_domain, tuple):
        assert isinstance(domains[0], BNode) and _union_members(ontology, domains[0]) == want_domain
    else:
        assert domains[0] == want_domain
    assert ranges[0] == want_range
    if name in SUPERPROPERTIES:
        assert SUPERPROPERTIES[name] in set(ontology.objects(term, RDFS.subPropertyOf))
    kind = OWL.DatatypeProperty if str(want_range).startswith(str(XSD)) else OWL.ObjectProperty
    assert (term, RDF.type, kind) in ontology


def test_every_term_is_documented(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(ACC))}
    assert len(terms) == len(SUPERCLASSES) + len(SIGNATURES) + 1
    undocumented = [
        t
        for t in terms
        if not str(ontology.value(t, RDFS.label) or "").strip()
        or not str(ontology.value(t, RDFS.comment) or "").strip()
        or ontology.value(t, RDFS.isDefinedBy) != ONTOLOGY_IRI
    ]
    assert not undocumented


def test_no_language_tags(ontology: Graph) -> None:
    tagged = [o for o in ontology.objects() if isinstance(o, Literal) and o.language]
    assert not tagged


def test_tech_accord_individual(ontology: Graph) -> None:
    accord = ACC.CybersecurityTechAccord
    assert {ACC.Agreement, OWL.NamedIndividual} <= set(ontology.objects(accord, RDF.type))
    assert ontology.value(accord, SKOS.prefLabel) == Literal("Cybersecurity Tech Accord")
    assert ontology.value(accord, SKOS.altLabel) == Literal("Tech Accord")
    assert ontology.value(accord, DCTERMS.date) == Literal("2018-04-17", datatype=XSD.date)
    comment = str(ontology.value(accord, RDFS.comment))
    assert "2018" in comment and "34" in comment and "Microsoft" in comment and "four" in comment
    assert not set(ontology.subjects(ACC.signed, accord)), "who signed comes from text, not the ontology"


def test_disjointness(ontology: Graph) -> None:
    disjoint: set[frozenset[Node]] = set()
    for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(ontology.items(ontology.value(axiom, OWL.members)))  # type: ignore[arg-type]
        disjoint |= {frozenset((a, b)) for a in members for b in members if a != b}
    for a, b in ontology.subject_objects(OWL.disjointWith):
        disjoint.add(frozenset((a, b)))
    for pair in [
        (ACC.Person, ACC.Organization),
        (ACC.Agreement, ACC.Organization),
        (ACC.Sentence, ACC.Article),
        (ACC.Company, ACC.GovernmentBody),
    ]:
        assert frozenset(pair) in disjoint, pair
    # a news outlet may be a company (GeekWire); malware and incidents share CyberThreat
    assert frozenset((ACC.NewsOutlet, ACC.Company)) not in disjoint


def test_reused_terms_are_real_and_listed(ontology: Graph) -> None:
    used: dict[str, set[str]] = {prefix: set() for prefix in VOCABULARIES}
    for triple in ontology:
        for node in triple:
            if not isinstance(node, URIRef):
                continue
            for prefix, vocabulary in VOCABULARIES.items():
                namespace = str(vocabulary._NS)
                if node.startswith(namespace):
                    assert node in vocabulary, f"{node} is not a term of {prefix}"
                    used[prefix].add(node.removeprefix(namespace))
    for prefix, names in REUSED.items():
        assert used[prefix] == names, prefix


def test_reused_allow_list_is_real() -> None:
    for prefix, names in REUSED.items():
        vocabulary = VOCABULARIES[prefix]
        assert all(URIRef(str(vocabulary._NS) + n) in vocabulary for n in names), prefix
    assert SDO.NoSuchThing not in rns.SDO


def closure_problems(graph: Graph) -> list[str]:
    """Run the OWL 2 RL closure on ``graph`` in place; return owlrl's inconsistency messages."""
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = [str(m) for m in graph.objects(None, ERR.error)]
    nothing = [f"{s} is an owl:Nothing" for s in graph.subjects(RDF.type, OWL.Nothing)]
    return errors + nothing


def test_closure_with_sample_data_is_consistent(ontology: Graph) -> None:
    samples = sorted(SHAPES_DATA.glob("ok_*.ttl"))
    assert len(samples) >= 3
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    for sample in samples:
        graph.parse(sample, format="turtle")
    assert closure_problems(graph) == []
    # the closure did reason with the ontology: a company is a schema:Organization, an org:Organization
    company = URIRef("https://w3id.org/accord-kg/id/organization/microsoft")
    assert {SDO.Organization, ORG.Organization, ACC.Organization} <= set(graph.objects(company, RDF.type))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<urn:x> a acc:Person, acc:Company .", "Organization and"),
        ("<urn:s> a acc:Sentence ; acc:inArticle <urn:s> .", "Sentence"),
        ("<urn:x> acc:signed <urn:x> .", "Agreement"),
    ],
)
def test_closure_detects_inconsistency(ontology: Graph, data: str, expected: str) -> None:
    graph = Graph()
    for triple in ontology:
        graph.add(triple)
    graph.parse(data=f"@prefix acc: <{ACC}> .\n{data}", format="turtle")
    problems = closure_problems(graph)
    assert problems and any(expected in p for p in problems), problems
