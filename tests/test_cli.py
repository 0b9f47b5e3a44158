"""The command line, run as a subprocess the way users run it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import QUERIES, SEED, run_kg


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_help_and_version() -> None:
    done = run_kg("--help")
    assert done.returncode == 0
    for command in ("build", "query", "validate", "view", "serve", "stats"):
        assert command in done.stdout
    version = run_kg("--version")
    assert version.returncode == 0 and version.stdout.startswith("kg ")


def test_build_writes_every_requested_format(tmp_path: Path) -> None:
    outputs = [tmp_path / n for n in ("g.ttl", "g.jsonld", "g.nt", "g.trig")]
    args = ["build", str(SEED), "-q"]
    for out in outputs:
        args += ["-o", str(out)]
    done = run_kg(*args)
    assert done.returncode == 0, done.stderr
    from rdflib import Graph

    ttl = Graph().parse(outputs[0])
    assert len(ttl) > 100
    assert len(Graph().parse(outputs[1], format="json-ld")) == len(ttl)
    assert len(Graph().parse(outputs[2], format="nt")) == len(ttl)


def test_seed_signatories_csv(seed_ttl: Path) -> None:
    done = run_kg("query", str(seed_ttl), str(QUERIES / "signatories.rq"), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = _csv(done.stdout)
    assert rows[0] == ["name"]
    assert {r[0] for r in rows[1:]} == {"Microsoft", "Facebook", "Cisco", "Nokia", "Oracle", "SAP"}


def test_seed_people_columns(seed_ttl: Path) -> None:
    done = run_kg("query", str(seed_ttl), str(QUERIES / "people.rq"), "--format", "csv")
    rows = _csv(done.stdout)
    assert rows[0] == ["name", "role", "organization"]
    assert ["Brad Smith", "president", "Microsoft"] in rows


def test_query_expression_json(seed_ttl: Path) -> None:
    done = run_kg("query", str(seed_ttl), "-e", "SELECT ?n WHERE { ?o acc:absentFrom ?a ; skos:prefLabel ?n }",
                  "--format", "json")
    assert done.returncode == 0, done.stderr
    names = {b["n"]["value"] for b in json.loads(done.stdout)["results"]["bindings"]}
    assert names == {"Apple", "Amazon", "Alphabet"}


def test_validate_seed_conforms(seed_ttl: Path) -> None:
    done = run_kg("validate", str(seed_ttl))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms: yes" in done.stdout


def test_stats(seed_ttl: Path) -> None:
    done = run_kg("stats", str(seed_ttl))
    assert done.returncode == 0, done.stderr
    assert "signed" in done.stdout and "Company" in done.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary"),
    ],
    ids=["empty", "whitespace", "png"],
)
def test_bad_article_one_line_error_and_old_output_kept(tmp_path: Path, content: bytes, message: str) -> None:
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    out = tmp_path / "out.ttl"
    out.write_text("previous content\n")
    done = run_kg("build", str(article), "-o", str(out))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text() == "previous content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.ttl"]


def test_missing_input_and_missing_output_folder(tmp_path: Path) -> None:
    done = run_kg("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "x.ttl"))
    assert done.returncode == 2 and "no such file" in done.stderr
    done = run_kg("build", str(SEED), "-o", str(tmp_path / "missing" / "x.ttl"))
    assert done.returncode == 3 and "does not exist" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_unknown_output_format(tmp_path: Path) -> None:
    done = run_kg("build", str(SEED), "-o", str(tmp_path / "x.docx"))
    assert done.returncode != 0 and "unknown graph format" in done.stderr
    assert not (tmp_path / "x.docx").exists()


def test_usage_error_is_one_line() -> None:
    done = run_kg("query")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1


def test_building_twice_gives_the_same_triples(tmp_path: Path) -> None:
    a, b = tmp_path / "a.nt", tmp_path / "b.nt"
    assert run_kg("build", str(SEED), "-o", str(a), "-q").returncode == 0
    assert run_kg("build", str(SEED), "-o", str(b), "-q").returncode == 0
    assert sorted(a.read_text().splitlines()) == sorted(b.read_text().splitlines())
