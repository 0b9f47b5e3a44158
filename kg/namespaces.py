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
    Agreement: URIRef  # An accord, call or proposed convention, such as the Cybersecurity Tech Accord, the...
    Article: URIRef  # A source article as read: its text is what sentence offsets point into
    Company: URIRef  # A business, such as a technology company that signs or stays out of an agreement
    CyberIncident: URIRef  # A cyberattack or other security incident, such as the NotPetya attack
    CyberThreat: URIRef  # A cyber incident or malware
    Event: URIRef  # A conference, meeting, announcement or signing
    Fact: URIRef  # One extracted claim, reified with rdf:subject, rdf:predicate and rdf:object, with the s...
    GovernmentBody: URIRef  # A government, ministry, agency or intergovernmental body
    Malware: URIRef  # Malicious software, such as WannaCry
    NewsOutlet: URIRef  # A news organization that publishes articles (it may also be a company)
    Organization: URIRef  # A company, government body, news outlet or other organization named in a source
    Person: URIRef  # A person named in a source, such as an executive who speaks for an organization
    Place: URIRef  # A city, country or venue
    Post: URIRef  # A position: a role title at an organization (org:postIn), held by a person (org:holds)
    Principle: URIRef  # A principle or commitment of an agreement, with its number and wording
    Quotation: URIRef  # Words a source quotes someone as saying, with the sentence they appear in
    Sentence: URIRef  # A sentence of an article, with its text and character offsets into the article text...

    # object properties
    about: URIRef  # The agreement an event (a launch, a meeting, a signing) is about
    absentFrom: URIRef  # A source names the organization as not (yet) having signed the agreement, as miss...
    affiliation: URIRef  # An organization the person works for or speaks for
    evidence: URIRef  # The sentence a fact or quotation was read from
    hasPrinciple: URIRef  # A principle or commitment of the agreement
    inArticle: URIRef  # The article the sentence belongs to
    led: URIRef  # The organization led, initiated, organized or convened the agreement
    location: URIRef  # Where the event takes or took place
    relatedThreat: URIRef  # A cyber incident or malware that a source connects to the agreement, e.g. as w...
    signed: URIRef  # The organization signed or joined the agreement
    speaker: URIRef  # The person a source quotes as saying the quotation

    # datatype properties
    anaphoric: URIRef  # True when the sentence reaches the subject through a pronoun, a description such a...
    confidence: URIRef  # How sure the extractor is of the fact, from 0 to 1
    endOffset: URIRef  # Character offset just past the last character of the sentence in the article text...
    mentionText: URIRef  # The words by which the evidence sentence refers to the subject of the fact
    principleNumber: URIRef  # The position of the principle in the agreement's list, counting from 1
    principleText: URIRef  # The wording of the principle as a source gives it (sources may paraphrase, so...
    roleTitle: URIRef  # The title of the post as the source gives it, e.g. President
    rule: URIRef  # The name of the extractor rule that produced the fact or quotation
    sentenceText: URIRef  # The text of the sentence, exactly as it stands in the article text between its...
    startOffset: URIRef  # Character offset (from 0) of the first character of the sentence in the article...

    # named individuals
    CybersecurityTechAccord: URIRef  # The public pledge announced in April 2018 by 34 technology companies...


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
