"""Facts -> RDF: one rdflib Graph per article, every fact reified with its evidence sentence.

IRIs come from canonical names and offsets only, so building the same article
twice gives the same triples.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.namespaces import ACC, ID, ORG, SCHEMA
from kg.nlp.document import Doc
from kg.nlp.gazetteer import slug
from kg.nlp.linking import Entity
from kg.nlp.segment import Sentence
from kg.relations.base import Fact

_DIRECT = {"signed": ACC.signed, "absentFrom": ACC.absentFrom, "led": ACC.led}
ACCORD_LABEL = "Cybersecurity Tech Accord"


def iri(key: str) -> URIRef:
    """The IRI of an entity key ('organization/cisco', 'ACC:CybersecurityTechAccord')."""
    if key.startswith("ACC:"):
        return URIRef(getattr(ACC, key[4:]))  # a named individual of the ontology
    return URIRef(str(ID) + key)


def article_iri(doc: Doc) -> URIRef:
    """The article's IRI (also the name of its graph): from its URL or file name."""
    return URIRef(f"{ID}article/{slug(doc.article.key)[:120]}")


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.gYear)


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


class Emitter:
    """Writes one article's entities, facts and evidence into a Graph."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.graph = Graph()
        self.article = article_iri(doc)
        self.slug = self.article.rsplit("/", 1)[-1]
        self._entities_done: set[str] = set()

    def run(self, facts: list[Fact]) -> Graph:
        self._article()
        aside = self.doc.other_stories  # people, events and incidents only in a roundup's other stories
        for entity in self.doc.entities.values():  # are not the article's (the extractors skip them too)
            if entity.kind == "PERSON":
                continue  # a person is written with the facts about them (a silent commenter has none)
            skipped = aside if entity.kind in ("EVENT", "THREAT") else frozenset()
            if entity.mentions and any(not self.doc.sentences[m.sentence].chrome and m.sentence not in skipped
                                       for m in entity.mentions):
                self._entity(entity.key)
        for fact in facts:
            self._fact(fact)
        return self.graph

    # -- nodes ---------------------------------------------------------------------------------------
    def _article(self) -> None:
        a, g, art = self.article, self.graph, self.doc.article
        g.add((a, RDF.type, ACC.Article))
        if art.title:
            g.add((a, DCTERMS.title, Literal(art.title)))
        if art.source:
            g.add((a, DCTERMS.source, Literal(art.source)))
        if art.url and re.match(r"https?://\S+$", art.url):
            g.add((a, SCHEMA.url, URIRef(art.url)))
        if art.date:
            g.add((a, DCTERMS.date, Literal(art.date.isoformat(), datatype=XSD.date)))
        g.add((a, DCTERMS.identifier, Literal(f"sha256:{art.sha256}")))

    def _entity(self, key: str) -> URIRef:
        node = iri(key)
        if key in self._entities_done:
            return node
        self._entities_done.add(key)
        entity: Entity | None = self.doc.entities.get(key)
        g = self.graph
        if entity is None:  # the accord itself when the text only says "the accord"
            g.add((node, RDF.type, ACC.Agreement))
            g.add((node, SKOS.prefLabel, Literal(ACCORD_LABEL)))
            return node
        g.add((node, RDF.type, getattr(ACC, entity.cls)))
        g.add((node, SKOS.prefLabel, Literal(entity.label)))
        for name in sorted(entity.names - {entity.label}):
            if (name and not name.isupper()) or len(name) <= 5:  # keep acronyms, not "SAN FRANCISCO" datelines
                g.add((node, SKOS.altLabel, Literal(name)))
        if entity.entry is not None:
            for other in entity.entry.same_as:
                g.add((node, SCHEMA.sameAs, URIRef(other)))
        g.add((self.article, SCHEMA.mentions, node))
        return node

    def _sentence(self, sentence: Sentence) -> URIRef:
        node = URIRef(f"{ID}sentence/{self.slug}/{sentence.start}-{sentence.end}")
        g = self.graph
        if (node, RDF.type, ACC.Sentence) not in g:
            g.add((node, RDF.type, ACC.Sentence))
            start, end = self.doc.article.source_span(sentence.start, sentence.end)  # in the text as given
            g.add((node, ACC.sentenceText, Literal(self.doc.article.given[start:end])))
            g.add((node, ACC.startOffset, Literal(start)))
            g.add((node, ACC.endOffset, Literal(end)))
            g.add((node, ACC.inArticle, self.article))
        return node

    def _reify(self, fact: Fact, s: URIRef, p: URIRef, o: URIRef) -> None:
        g = self.graph
        node = URIRef(f"{ID}fact/{_hash(self.article, p, s, o, fact.sentence.start, fact.rule)}")
        g.add((node, RDF.type, ACC.Fact))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, ACC.evidence, self._sentence(fact.sentence)))
        g.add((node, ACC.rule, Literal(fact.rule)))
        g.add((node, ACC.confidence, Literal(Decimal(str(fact.confidence)))))
        g.add((node, ACC.mentionText, Literal(fact.mention)))
        g.add((node, ACC.anaphoric, Literal(fact.anaphoric)))
        if fact.date:
            g.add((node, DCTERMS.date, _date_literal(fact.date)))

    # -- facts ---------------------------------------------------------------------------------------
    def _fact(self, fact: Fact) -> None:
        g = self.graph
        if fact.predicate in _DIRECT and fact.object:
            s, o = self._entity(fact.subject), self._entity(fact.object)
            g.add((s, _DIRECT[fact.predicate], o))
            self._reify(fact, s, _DIRECT[fact.predicate], o)
        elif fact.predicate == "relatedThreat" and fact.object:
            s, o = self._entity(fact.subject), self._entity(fact.object)
            g.add((s, ACC.relatedThreat, o))
            self._reify(fact, s, ACC.relatedThreat, o)
        elif fact.predicate == "hasPrinciple" and fact.object:
            self._principle(fact)
        elif fact.predicate == "about" and fact.object:
            self._event(fact)
        elif fact.predicate == "affiliation":
            self._affiliation(fact)
        elif fact.predicate == "parentOrganization" and fact.object:
            child, parent = self._entity(fact.subject), self._entity(fact.object)
            g.add((child, SCHEMA.parentOrganization, parent))
            self._reify(fact, child, SCHEMA.parentOrganization, parent)
        elif fact.predicate == "renamed" and fact.object:
            self._change(fact)
        elif fact.predicate == "quotation":
            self._quotation(fact)

    def _change(self, fact: Fact) -> None:
        """A rename as a W3C ORG change event: the old organisation, the one that resulted, and the evidence."""
        g = self.graph
        old, new = self._entity(fact.subject), self._entity(fact.object or "")
        event = URIRef(f"{ID}change/{_hash(old, new)}")
        g.add((event, RDF.type, ORG.ChangeEvent))
        g.add((event, ORG.originalOrganization, old))
        g.add((event, ORG.resultingOrganization, new))
        g.add((old, ORG.changedBy, event))
        g.add((new, ORG.resultedFrom, event))
        self._reify(fact, event, ORG.resultingOrganization, new)

    def _principle(self, fact: Fact) -> None:
        g = self.graph
        agreement = self._entity(fact.subject)
        node = URIRef(f"{ID}{fact.object}")
        g.add((agreement, ACC.hasPrinciple, node))
        g.add((node, RDF.type, ACC.Principle))
        g.add((node, ACC.principleNumber, Literal(int(fact.value["number"]))))
        g.add((node, ACC.principleText, Literal(fact.value["text"])))
        if fact.value.get("name"):
            g.add((node, SKOS.altLabel, Literal(fact.value["name"])))
        self._reify(fact, agreement, ACC.hasPrinciple, node)

    def _event(self, fact: Fact) -> None:
        g = self.graph
        event, agreement = self._entity(fact.subject), self._entity(fact.object or "")
        g.add((event, ACC.about, agreement))
        if fact.value.get("date"):
            g.add((event, SCHEMA.startDate, _date_literal(fact.value["date"])))
        if fact.value.get("place"):
            g.add((event, ACC.location, self._entity(fact.value["place"])))
        self._reify(fact, event, ACC.about, agreement)

    def _affiliation(self, fact: Fact) -> None:
        g = self.graph
        person = self._entity(fact.subject)
        if not fact.object:
            return
        org = self._entity(fact.object)
        g.add((person, ACC.affiliation, org))
        post = URIRef(f"{ID}post/{fact.subject.split('/')[-1]}/{fact.object.split('/')[-1]}")
        g.add((post, RDF.type, ACC.Post))
        g.add((post, ORG.postIn, org))
        g.add((person, ORG.holds, post))
        if fact.value.get("role") and (post, ACC.roleTitle, None) not in g:
            g.add((post, ACC.roleTitle, Literal(fact.value["role"])))
        self._reify(fact, person, ACC.affiliation, org)

    def _quotation(self, fact: Fact) -> None:
        g = self.graph
        speaker = self._entity(fact.subject)
        node = URIRef(f"{ID}quote/{_hash(self.article, fact.sentence.start, fact.value['text'])}")
        g.add((node, RDF.type, ACC.Quotation))
        g.add((node, SCHEMA.text, Literal(fact.value["text"])))
        g.add((node, ACC.speaker, speaker))
        g.add((node, ACC.evidence, self._sentence(fact.sentence)))
        g.add((node, ACC.rule, Literal(fact.rule)))


def emit(doc: Doc, facts: list[Fact]) -> tuple[URIRef, Graph]:
    """The article's IRI and the graph of its facts."""
    emitter = Emitter(doc)
    return emitter.article, emitter.run(facts)
