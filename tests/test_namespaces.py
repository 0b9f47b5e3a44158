"""kg/namespaces.py agrees with ontology/accord.ttl and is exactly what tools/gen_namespaces.py writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import namespaces
from kg.namespaces import ACC

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "accord.ttl"
MODULE = ROOT / "kg" / "namespaces.py"
TOOL = ROOT / "tools" / "gen_namespaces.py"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """The ontology, parsed once."""
    return Graph().parse(ONTOLOGY, format="turtle")


def acc_names() -> list[str]:
    """The attribute names ACC declares."""
    return [name for name in ACC.__annotations__ if not name.startswith("_")]


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    """Run tools/gen_namespaces.py with this interpreter."""
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False)


def test_public_names() -> None:
    for name in ("ACC", "ID", "SCHEMA", "ORG", "FOAF", "SH", "PREFIXES", "ONTOLOGY_IRI", "ID_BASE"):
        assert hasattr(namespaces, name), name
    assert namespaces.ONTOLOGY_IRI == "https://w3id.org/accord-kg/ontology"
    assert namespaces.ID_BASE == "https://w3id.org/accord-kg/id/"
    assert (
        str(namespaces.ID["organization/microsoft"]) == "https://w3id.org/accord-kg/id/organization/microsoft"
    )
    assert str(namespaces.PREFIXES["acc"]) == "https://w3id.org/accord-kg/ontology#"
    assert {"acc", "id", "schema", "org", "prov", "skos", "dcterms", "foaf"} <= set(namespaces.PREFIXES)


def test_acc_is_closed() -> None:
    assert ACC.signed == URIRef("https://w3id.org/accord-kg/ontology#signed")
    with pytest.raises(AttributeError):
        _ = ACC.signedBy


def test_every_acc_term_is_defined_and_documented(ontology: Graph) -> None:
    names = acc_names()
    assert len(names) >= 39
    for name in names:
        term = getattr(ACC, name)
        assert set(ontology.objects(term, RDF.type)), f"{name} is not defined in the ontology"
        assert ontology.value(term, RDFS.label) is not None, f"{name} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"{name} has no rdfs:comment"


def test_every_defined_term_is_in_acc(ontology: Graph) -> None:
    prefix = str(ACC._NS)
    defined = {
        str(s).removeprefix(prefix)
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(prefix)
    }
    assert defined == set(acc_names())
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        assert any(str(s).startswith(prefix) for s in ontology.subjects(RDF.type, kind)), kind


def test_generator_reproduces_the_module(tmp_path: Path) -> None:
    out = tmp_path / "namespaces.py"
    result = run_tool("--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == MODULE.read_text(encoding="utf-8")


def test_check_mode(tmp_path: Path) -> None:
    assert run_tool("--check").returncode == 0
    stale = tmp_path / "namespaces.py"
    stale.write_text(MODULE.read_text(encoding="utf-8").replace("    signed: URIRef", "    sined: URIRef"))
    result = run_tool("--check", "--output", str(stale))
    assert result.returncode == 1
    assert "stale" in result.stderr and "signed" in result.stderr
    assert "sined" in stale.read_text(encoding="utf-8"), "--check must not write"


def test_generator_follows_the_ontology(tmp_path: Path) -> None:
    extended = tmp_path / "accord.ttl"
    extended.write_text(
        ONTOLOGY.read_text(encoding="utf-8")
        + '\nacc:Coalition a owl:Class ; rdfs:comment "A group of organizations. More text." .\n',
        encoding="utf-8",
    )
    out = tmp_path / "namespaces.py"
    assert run_tool(str(extended), "--output", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "    Coalition: URIRef  # A group of organizations\n" in text
    assert text.index("Coalition: URIRef") < text.index("# object properties")
    assert all(len(line) <= 110 for line in text.splitlines())


def test_generator_reports_bad_input(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    result = run_tool(str(broken), "--output", str(tmp_path / "out.py"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "broken.ttl" in result.stderr
    assert not (tmp_path / "out.py").exists()
