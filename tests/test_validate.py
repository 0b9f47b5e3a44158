"""kg.validate: SHACL conformance of the sample graphs in tests/data/shapes/, and the report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.errors import InputError, KGError, ValidationFailed
from kg.graph import KnowledgeGraph
from kg.validate import ValidationReport, ValidationResult, load_ontology, load_shapes, validate

SHAPES_DATA = Path(__file__).parent / "data" / "shapes"
CASES = sorted(SHAPES_DATA.glob("*.ttl"))
OK = SHAPES_DATA / "ok_geekwire_sample.ttl"
BAD = SHAPES_DATA / "bad_org_no_label.ttl"


def expectations(path: Path) -> list[str]:
    """The ``# expect: TEXT`` lines of a data file: text the report must contain."""
    return [
        line.split(":", 1)[1].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect:")
    ]


def test_cases_are_found() -> None:
    names = [p.name for p in CASES]
    assert sum(n.startswith("ok_") for n in names) >= 3
    assert sum(n.startswith("bad_") for n in names) >= 30
    assert all(n.startswith(("ok_", "bad_")) for n in names)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_sample(path: Path) -> None:
    report = validate(Graph().parse(path, format="turtle"))
    text = report.text()
    if path.name.startswith("ok_"):
        assert report.conforms, text
        assert report.results == []
        assert text.splitlines()[-1] == "conforms: yes"
    else:
        assert not report.conforms
        wanted = expectations(path)
        assert wanted, f"{path.name} has no '# expect:' line"
        for expected in wanted:
            assert expected in text, f"{path.name}: {expected!r} not in report:\n{text}"
        assert text.splitlines()[-1] == f"{len(report.results)} problem{'s' * (len(report.results) != 1)}"


def test_company_is_an_organization_only_through_the_ontology() -> None:
    data = Graph().parse(
        data="""@prefix acc: <https://w3id.org/accord-kg/ontology#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/accord-kg/id/organization/sap> a acc:Company ; skos:prefLabel "SAP" ;
            acc:signed acc:CybersecurityTechAccord .""",
        format="turtle",
    )
    assert validate(data).conforms
    # without the ontology's subclass axioms pyshacl would refuse it: the mix-in matters
    from pyshacl import validate as shacl_validate

    conforms, _, _ = shacl_validate(data, shacl_graph=load_shapes(), inference="none")
    assert not conforms


def test_report_text_is_grouped_and_readable() -> None:
    data = Graph().parse(
        data="""@prefix acc: <https://w3id.org/accord-kg/ontology#> .
        <https://w3id.org/accord-kg/id/organization/a> a acc:Company .
        <https://w3id.org/accord-kg/id/organization/b> a acc:Company .
        <https://w3id.org/accord-kg/id/principle/p> a acc:Principle ; acc:principleNumber 0 .""",
        format="turtle",
    )
    report = validate(data)
    lines = report.text().splitlines()
    assert lines[-1] == "4 problems"
    heading = "Violation [organization]: an organization needs exactly one skos:prefLabel, a plain string (2)"
    at = lines.index(heading)
    assert lines[at + 1] == "  id:organization/a  skos:prefLabel  MinCount"
    assert lines[at + 2] == "  id:organization/b  skos:prefLabel  MinCount"
    assert '  id:principle/p  acc:principleNumber  value "0"^^xsd:integer  MinInclusive' in lines
    assert all("http" not in line for line in lines), "IRIs are compacted"
    assert {r.severity for r in report.results} == {"Violation"}
    result = next(r for r in report.results if r.focus_node == "id:organization/a")
    assert result == ValidationResult(
        focus_node="id:organization/a",
        path="skos:prefLabel",
        message="an organization needs exactly one skos:prefLabel, a plain string",
        severity="Violation",
        value="",
        shape="organization",
        constraint="MinCount",
    )


def test_accepts_knowledge_graph_and_dataset() -> None:
    bad = Graph().parse(BAD, format="turtle")
    kg = KnowledgeGraph()
    kg.add_graph(URIRef("https://w3id.org/accord-kg/id/article/a"), bad)
    assert not validate(kg).conforms

    # facts in one named graph, their sentence in another: validated as one merged graph
    dataset = Dataset()
    ok = Graph().parse(OK, format="turtle")
    sentences = dataset.graph(URIRef("urn:g:sentences"))
    rest = dataset.graph(URIRef("urn:g:rest"))
    for s, p, o in ok:
        (sentences if "/sentence/" in str(s) else rest).add((s, p, o))
    assert validate(dataset).conforms


def test_validate_does_not_change_the_graph() -> None:
    data = Graph().parse(OK, format="turtle")
    before = len(data)
    validate(data)
    assert len(data) == before


def test_raise_if_failed() -> None:
    validate(Graph().parse(OK, format="turtle")).raise_if_failed()
    with pytest.raises(ValidationFailed) as caught:
        validate(Graph().parse(BAD, format="turtle")).raise_if_failed()
    assert "skos:prefLabel" in str(caught.value) and isinstance(caught.value, KGError)


def test_empty_report_text() -> None:
    assert ValidationReport(conforms=True, results=[]).text() == "conforms: yes"


def test_wrong_input_is_a_kg_error() -> None:
    with pytest.raises(InputError, match="cannot validate a str"):
        validate("graph.ttl")


def test_bad_inference_option_is_a_kg_error() -> None:
    with pytest.raises(KGError, match="could not run"):
        validate(Graph(), inference="telepathy")


def test_resources_are_cached_copies() -> None:
    first, second = load_ontology(), load_ontology()
    assert first is not second and len(first) == len(second) > 100
    first.remove((None, None, None))
    assert len(load_ontology()) == len(second)
    assert len(load_shapes()) > 100


def test_import_kg_does_not_load_pyshacl() -> None:
    code = "import sys, kg, kg.validate; sys.exit('pyshacl' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
