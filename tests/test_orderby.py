"""kg.orderby: a final ORDER BY of plain variables is sorted in Python on Oxigraph. The order must be
Oxigraph's own (checked against it on generated data), and anything else is left to the engine."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.orderby import sort_rows, split_order_by
from kg.sparql import OxigraphBackend, _analyse, ox_to_rdflib

QUERY = "SELECT ?s ?a ?b WHERE { ?s <urn:p> ?x OPTIONAL { ?s <urn:a> ?a } OPTIONAL { ?s <urn:b> ?b } }"


@pytest.mark.parametrize(("query", "keys"), [
    ("SELECT ?n WHERE { ?x ?p ?n } ORDER BY ?n", [("n", False)]),
    ("SELECT ?n WHERE { ?x ?p ?n }\norder by desc(?n) ASC( ?x ) $y", [("n", True), ("x", False), ("y", False)]),
    ("SELECT ?n (MIN(?d) AS ?e) WHERE { ?x ?p ?n } GROUP BY ?n ORDER BY ?e ?n", [("e", False), ("n", False)]),
])
def test_split_takes_a_plain_order_by_off_the_end(query: str, keys: list[tuple[str, bool]]) -> None:
    split = split_order_by(query)
    assert split is not None
    rest, found = split
    assert found == keys
    assert "order" not in rest.lower() and rest.rstrip().endswith(("}", "GROUP BY ?n"))


@pytest.mark.parametrize("query", [
    "SELECT ?n WHERE { ?x ?p ?n } ORDER BY ?n LIMIT 5",  # the engine's first five, not any five
    "SELECT ?n WHERE { ?x ?p ?n } ORDER BY STR(?n)",  # an expression
    "SELECT ?n WHERE { ?x ?p ?n } ORDER BY ?n # a comment",
    "SELECT ?n WHERE { ?x ?p ?n } GROUP BY ?n HAVING (?n != \"}\") ORDER BY ?n",
    "SELECT ?n WHERE { ?x ?p ?n }",
    "ASK { ?x ?p ?n }",
])
def test_split_leaves_everything_else_alone(query: str) -> None:
    assert split_order_by(query) is None


def test_sort_rows_gives_up_where_sparql_operators_decide() -> None:
    date = ox.Literal("2019-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    assert sort_rows([(date,), (date,)], ["d"], [("d", False)]) is None
    mixed = [(ox.Literal("a"),), (ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),)]
    assert sort_rows(mixed, ["v"], [("v", False)]) is None
    assert sort_rows([(ox.Literal("b"),)], ["v"], [("w", False)]) is None  # not projected


_XSD = "http://www.w3.org/2001/XMLSchema#"
_values = st.one_of(
    st.none(),
    st.text(alphabet="abAB é\u00e9z1", max_size=3).map(ox.Literal),
    st.tuples(st.text(alphabet="ab", max_size=2), st.sampled_from(["en", "fr"])).map(
        lambda t: ox.Literal(t[0], language=t[1])),
    st.integers(-3, 3).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(_XSD + "integer"))),
    st.sampled_from(["0.5", "-1.25", "2"]).map(lambda d: ox.Literal(d, datatype=ox.NamedNode(_XSD + "decimal"))),
    st.sampled_from(["1.5E0", "-INF", "3e1"]).map(lambda d: ox.Literal(d, datatype=ox.NamedNode(_XSD + "double"))),
    st.sampled_from(["urn:x:b", "urn:x:a", "http://e.org/Z"]).map(ox.NamedNode),
    st.sampled_from(["b1", "b2"]).map(ox.BlankNode),
)
_keys = st.lists(st.tuples(st.sampled_from(["a", "b", "s"]), st.booleans()), min_size=1, max_size=3)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.lists(st.tuples(_values, _values), max_size=12), keys=_keys,
       limit=st.none() | st.integers(1, 6))
def test_kg_orders_rows_as_oxigraph_does(data: list[tuple[object, object]], keys: list[tuple[str, bool]],
                                         limit: int | None) -> None:
    store = ox.Store()
    for i, (a, b) in enumerate(data):
        subject = ox.NamedNode(f"urn:s:{i:02d}")
        store.add(ox.Quad(subject, ox.NamedNode("urn:p"), ox.Literal("x")))
        for predicate, value in (("urn:a", a), ("urn:b", b)):
            if value is not None:
                store.add(ox.Quad(subject, ox.NamedNode(predicate), value))
    clause = " ".join(f"DESC(?{k})" if desc else f"?{k}" for k, desc in keys)
    sparql = f"{QUERY} ORDER BY {clause}"
    engine = [tuple(map(ox_to_rdflib, solution)) for solution in store.query(sparql)]
    backend = OxigraphBackend(store)
    got = backend.select(sparql, _analyse(sparql, False, False), limit, threading.Event())
    columns = {"s": 0, "a": 1, "b": 2}
    key_of = [columns[k] for k, _ in keys]

    def projected(rows: list[tuple[object, ...]]) -> list[tuple[str, ...]]:
        return [tuple(repr(row[c]) for c in key_of) for row in rows]

    first = engine if limit is None else engine[:limit]
    assert projected(got.terms) == projected(first)  # ties may come in any order, keys may not
    assert got.truncated == (len(first) < len(engine))
    if not got.truncated:
        assert sorted(map(repr, got.terms)) == sorted(map(repr, engine))
