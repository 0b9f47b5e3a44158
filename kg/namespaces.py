"""Namespaces of the accord ontology and the vocabularies it reuses.

GENERATED from ontology/accord.ttl by tools/gen_namespaces.py; do not edit by
hand. ``ACC`` is a closed namespace: a term the ontology does not define is an
AttributeError, so a typo fails loudly. tests/test_namespaces.py checks that
this module and the Turtle agree.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/accord-kg/ontology"
ID_BASE = "https://w3id.org/accord-kg/id/"


class ACC(DefinedNamespace):
    """Terms of the accord-kg ontology (``ontology/accord.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Agreement: URIRef
    Article: URIRef
    Company: URIRef
    CyberIncident: URIRef
    CyberThreat: URIRef
    Event: URIRef
    Fact: URIRef
    GovernmentBody: URIRef
    Malware: URIRef
    NewsOutlet: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Principle: URIRef
    Quotation: URIRef
    Sentence: URIRef
    # object properties
    about: URIRef
    absentFrom: URIRef
    affiliation: URIRef
    evidence: URIRef
    hasPrinciple: URIRef
    inArticle: URIRef
    led: URIRef
    location: URIRef
    relatedThreat: URIRef
    signed: URIRef
    speaker: URIRef
    # datatype properties
    anaphoric: URIRef
    confidence: URIRef
    endOffset: URIRef
    mentionText: URIRef
    principleNumber: URIRef
    principleText: URIRef
    roleTitle: URIRef
    rule: URIRef
    sentenceText: URIRef
    startOffset: URIRef
    # named individuals
    CybersecurityTechAccord: URIRef


ID = Namespace(ID_BASE)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "acc": Namespace(ONTOLOGY_IRI + "#"),
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
}
