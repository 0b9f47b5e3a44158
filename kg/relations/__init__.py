"""Relation extractors, one registry keyed by the ontology property each produces.

Adding a relation is adding one module and one entry here. Each extractor takes
an analysed :class:`kg.nlp.document.Doc` and returns :class:`Fact` objects.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.document import Doc
from kg.relations import events, leaders, membership, organizations, people, principles, quotes, threats
from kg.relations.base import Fact, cached

#: property (local name) -> extractor. Order matters only where one reuses another's reading:
#: people first (affiliations resolve "the company"), leaders before signed.
REGISTRY: dict[str, Callable[[Doc], list[Fact]]] = {
    "affiliation": people.extract,
    "led": leaders.extract,
    "signed": membership.signed,
    "absentFrom": membership.absent,
    "hasPrinciple": principles.extract,
    "relatedThreat": threats.extract,
    "about": events.extract,
    "parentOrganization": organizations.extract,
    "renamed": lambda doc: cached(doc, "renames", organizations.renames),
    "quotation": quotes.extract,
}


def extract_all(doc: Doc) -> list[Fact]:
    """Run every registered extractor over ``doc``."""
    facts: list[Fact] = []
    for extractor in REGISTRY.values():
        facts.extend(extractor(doc))
    return facts


__all__ = ["REGISTRY", "Fact", "extract_all"]
