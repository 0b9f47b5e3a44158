"""kg.rdf.parse: graph files of every format, and hostile files that must fail fast and cleanly."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.errors import InputError
from kg.graph import load_graph_file
from kg.rdf.parse import parse_file

SAMPLE = Path(__file__).parent / "data" / "query" / "sample.trig"
SECRET = "TOP-SECRET-7f3a9c"
ARTICLE = URIRef("https://w3id.org/accord-kg/id/article-geekwire-2018-04-17")


@pytest.fixture(scope="module")
def sample_dataset() -> Dataset:
    dataset = Dataset()
    dataset.parse(SAMPLE, format="trig")
    return dataset


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        parse_file(path)
    message = str(info.value)
    assert "\n" not in message, "messages are one line"
    assert str(path) in message
    return message




# -- good files ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("suffix", "fmt", "keeps_graphs"), [
    (".trig", "trig", True), (".nq", "nquads", True), (".ttl", "turtle", False), (".nt", "nt", False),
    (".jsonld", "json-ld", False), (".rdf", "xml", False),
])
def test_every_format_reads_back(tmp_path: Path, sample_dataset: Dataset, suffix: str, fmt: str,
                                 keeps_graphs: bool) -> None:
    if keeps_graphs:
        text = sample_dataset.serialize(format=fmt)
    else:
        from rdflib import Graph

        merged = Graph()
        for s, p, o, _ in sample_dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        text = merged.serialize(format=fmt)
    graph = parse_file(_write(tmp_path, f"g{suffix}", text))
    assert len(graph) == 44
    names = graph.graph_names()
    assert (ARTICLE in names) is keeps_graphs
    rows = graph.query("SELECT ?name WHERE { ?o acc:signed ?a ; skos:prefLabel ?name }").rows
    assert {r.name for r in rows} == {"Microsoft", "Facebook", "Cloudflare"}


def test_load_graph_file_uses_parse_file() -> None:
    graph = load_graph_file(SAMPLE)
    assert len(graph.graph_names()) == 2


# -- syntax errors with positions ------------------------------------------------------------------
def test_turtle_error_has_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.ttl", '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n')
    message = _error(path)
    assert message.startswith(f"{path}:3:"), message
    column = int(message.split(":")[2])
    assert 10 <= column <= 17


def test_trig_error_has_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.trig", "@prefix ex: <http://e/> .\nex:g {\n  ex:a ex:b ex:c .\n  ex:a ex:b }\n")
    assert _error(path).startswith(f"{path}:4:")


@pytest.mark.parametrize(("name", "text", "line", "col"), [
    ("bad.nt", "<http://a> <http://b> <http://c> .\n<http://a> <http://b> c .\n", 2, 23),
    ("bad.nq", "<http://a> <http://b> <http://c> <http://g> .\n<http://a> <http://b> \"x\" <http://g> <x> .\n",
     2, None),
])
def test_line_formats_report_position(tmp_path: Path, name: str, text: str, line: int, col: int | None) -> None:
    message = _error(_write(tmp_path, name, text))
    parts = message.split(": ", 1)[0].split(":")
    assert int(parts[-2]) == line
    if col is not None:
        assert int(parts[-1]) == col


def test_jsonld_syntax_error_position(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.jsonld", '{"@id": "http://a",\n "http://b": [1,,]}')
    assert _error(path).startswith(f"{path}:2:17:")


def test_rdfxml_syntax_error_position(tmp_path: Path) -> None:
    text = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about="http://a">\n<x></rdf:RDF>')
    assert _error(_write(tmp_path, "bad.rdf", text)).startswith(f"{tmp_path / 'bad.rdf'}:3:")


# -- hostile XML -----------------------------------------------------------------------------------
RDF_OPEN = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">'


def test_xxe_local_file_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = _write(tmp_path, "secret.txt", SECRET)
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n  <!ENTITY xxe SYSTEM "{secret.as_uri()}">\n]>\n'
            f'{RDF_OPEN}<rdf:Description rdf:about="http://a"><ex:p>&xxe;</ex:p></rdf:Description></rdf:RDF>\n')
    path = _write(tmp_path, "xxe.rdf", text)
    started = time.monotonic()
    message = _error(path)
    assert time.monotonic() - started < 2
    assert SECRET not in message
    assert "entit" in message.lower()
    assert message.startswith(f"{path}:3:")


def test_parameter_entity_is_refused(tmp_path: Path) -> None:
    secret = _write(tmp_path, "secret.txt", SECRET)
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY % p SYSTEM "{secret.as_uri()}"> %p; ]>\n'
            f'{RDF_OPEN}</rdf:RDF>\n')
    assert SECRET not in _error(_write(tmp_path, "pe.rdf", text))


def test_external_dtd_is_refused_without_connecting(tmp_path: Path, listener: tuple[int, list[object]]) -> None:
    port, accepted = listener
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:{port}/evil.dtd">\n'
            f'{RDF_OPEN}</rdf:RDF>\n')
    assert "DTD" in _error(_write(tmp_path, "dtd.rdf", text))
    time.sleep(0.3)
    assert accepted == []


def test_billion_laughs_fails_fast(tmp_path: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n{chr(10).join(entities)}\n]>\n'
            f'{RDF_OPEN}<rdf:Description rdf:about="http://a"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>\n')
    path = _write(tmp_path, "bomb.rdf", text)
    started = time.monotonic()
    _error(path)
    assert time.monotonic() - started < 2


def test_quadratic_blowup_entity_is_refused(tmp_path: Path) -> None:
    big = "x" * 50_000
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY a "{big}">]>\n{RDF_OPEN}'
            f'<rdf:Description rdf:about="http://a"><ex:p>{"&a;" * 5000}</ex:p></rdf:Description></rdf:RDF>\n')
    started = time.monotonic()
    _error(_write(tmp_path, "quad.rdf", text))
    assert time.monotonic() - started < 2


# -- hostile JSON-LD -------------------------------------------------------------------------------
def test_jsonld_remote_context_is_not_fetched(tmp_path: Path, listener: tuple[int, list[object]]) -> None:
    port, accepted = listener
    doc = {"@context": f"http://127.0.0.1:{port}/context.jsonld", "@id": "http://a", "name": "x"}
    message = _error(_write(tmp_path, "remote.jsonld", json.dumps(doc)))
    assert "context" in message
    time.sleep(0.3)
    assert accepted == []


@pytest.mark.parametrize("context", [
    ["SECRET_FILE"],
    [{"@vocab": "http://e/"}, "SECRET_FILE"],
    {"@import": "SECRET_FILE"},
    {"p": {"@id": "http://e/p", "@context": "SECRET_FILE"}},
])
def test_jsonld_file_contexts_are_refused(tmp_path: Path, context: object) -> None:
    secret = _write(tmp_path, "secret.jsonld", json.dumps({"@context": {"x": SECRET}}))
    doc = {"@context": json.loads(json.dumps(context).replace("SECRET_FILE", secret.as_uri())),
           "@id": "http://a", "http://e/q": "v"}
    assert SECRET not in _error(_write(tmp_path, "local.jsonld", json.dumps(doc)))


# -- unreadable input ------------------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _error(tmp_path / "nope.ttl")


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dir.ttl"
    folder.mkdir()
    assert "folder" in _error(folder)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert "empty" in _error(_write(tmp_path, "empty.ttl", content))


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256))
    assert "binary" in _error(_write(tmp_path, "image.ttl", png))


def test_not_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.ttl", '<http://a> <http://b> "caf\xe9" .\n'.encode("latin-1"))
    assert "UTF-8" in _error(path)


def test_unknown_extension(tmp_path: Path) -> None:
    assert "unknown graph format" in _error(_write(tmp_path, "graph.xyz", "<a> <b> <c> ."))


def test_unreadable_file(tmp_path: Path) -> None:
    import os

    path = _write(tmp_path, "locked.ttl", "<http://a> <http://b> <http://c> .")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not stop reads")
        assert "permission" in _error(path)
    finally:
        path.chmod(0o644)
