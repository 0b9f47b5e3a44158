"""Bad input and faults (issue #7): a clear error, nothing lost, nothing let in.

The table is data: tests/data/hostile/table.yaml has one row per case and command. This file makes each
case's input in a tmp folder (MAKERS), runs the command as a user would (the ``kg`` command line, the
Python API and ``kg serve`` each in a subprocess), and checks the outcome:

* a failure is exactly one line on stderr, ``kg: error: ...`` matching the row's ``says``, the row's exit
  code, nothing on stdout, no traceback, and the output folder exactly as it was (every file byte for
  byte, no new file, not even a hidden temporary one);
* a success writes what it should, with only ``wrote``/``kg: warning:`` lines on stderr, and passes the
  row's extra ``check``.

Unreadable files and read-only folders mean nothing to root: when the tests run as root, the command runs
without the capabilities that bypass file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from tests.conftest import KG, SEED

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "hostile"
TABLE: list[dict[str, Any]] = yaml.safe_load((DATA / "table.yaml").read_text(encoding="utf-8"))
ACC = "https://w3id.org/accord-kg/ontology#"
SIGNED = URIRef(ACC + "signed")
BIG = 50 * 1024 * 1024
MEGA = 1_000_000
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LABELS = "SELECT ?l WHERE { ?s skos:prefLabel|dcterms:title|acc:sentenceText|acc:mentionText ?l }"
BUILD_OUTPUTS = ("out.ttl", "out.jsonld", "out.nt")
SENTINEL = b"previous content: must survive a failed run\n"
#: What a hostile article's front matter sets as its title (tests/data/hostile/names.ttl has its own).
HOSTILE_TITLE = ("Evil <script>alert(1)</script> \"quoted\" back\\slash new\nline\ttab \u202eRTL\u202c "
                 "zero\u200bwidth")
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUERIES = {
    "sparql_syntax": "SELECT ?s\nWHERE { ?s ?p }",
    "sparql_service": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "sparql_load": "LOAD <http://example.org/data.ttl>",
    "sparql_update": "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "sparql_drop": "DROP ALL",
    "sparql_from_remote": "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
    "sparql_slow": SLOW,
}
#: Seconds a row may take (a correct result for 1 MB of text takes a few seconds).
TIMEOUTS = {"long_line_names": 60, "folder_with_fifo": 10}


# -- running things ----------------------------------------------------------------------------------------
def _drop_dac() -> None:  # pragma: no cover - runs in the child between fork and exec
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, dropped from the bounding set
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _child_options(unprivileged: bool) -> dict[str, Any]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(HERE.parent))
    env.pop("KG_DEBUG", None)
    options: dict[str, Any] = {"env": env, "cwd": HERE.parent}
    if unprivileged and os.geteuid() == 0:
        options["preexec_fn"] = _drop_dac
    return options


def run(args: list[str], *, unprivileged: bool = False, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """Run ``args`` (a command line) and return its outcome; a run past ``timeout`` fails the test."""
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=timeout,
                              **_child_options(unprivileged))
    except subprocess.TimeoutExpired:
        pytest.fail(f"{' '.join(args[2:])[:200]} still running after {timeout:g} s")


def _check_permissions_apply(unprivileged: bool) -> None:
    """Skip (loudly) when this machine cannot make a file unreadable to the command under test."""
    if not unprivileged or os.geteuid() != 0:
        return
    try:
        probe = subprocess.run([sys.executable, "-c", "print('ok')"], capture_output=True, text=True, timeout=30,
                               **_child_options(True))
    except (OSError, subprocess.SubprocessError) as exc:  # prctl refused: no CAP_SETPCAP in this container
        probe = subprocess.CompletedProcess([], 1, "", str(exc))
    if probe.returncode != 0:
        pytest.skip(f"SKIPPED LOUDLY: running as root and cannot drop CAP_DAC_OVERRIDE here "
                    f"({probe.stderr.strip()[:200]}), so no file can be made unreadable")


# -- inputs ------------------------------------------------------------------------------------------------
@dataclass
class Case:
    """A case's input, made in ``tmp``: the file (or folder) given to the command, and where output goes."""

    tmp: Path
    input: Path
    out: Path  # the output folder (it may be missing or read-only on purpose)
    query: str = COUNT
    unprivileged: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("---\n", 2)[2]


def _big_file(cache: Path) -> Path:
    """50 MiB of prose (the seed article's body over and over), made once per session."""
    path = cache / "big-50mb.txt"
    if not path.exists():
        unit = _seed_body().encode("utf-8")
        with path.open("wb") as handle:
            for _ in range(BIG // len(unit)):
                handle.write(unit)
            handle.write(b"x" * (BIG - handle.tell()))
    return path


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Tech firms sign accord</title>
<style>body { display:none } p::after { content: "Apple signed the Cybersecurity Tech Accord." }</style>
<script>var s = "Apple signed the Cybersecurity Tech Accord."; alert(1);</script>
</head><body>
<!-- hidden comment: Amazon signed the Cybersecurity Tech Accord. -->
<article><h1>Tech firms sign accord</h1>
<p>Microsoft, Cisco and Nokia signed the Cybersecurity Tech Accord on Tuesday in San Francisco.</p>
<script>document.write("Google signed the Cybersecurity Tech Accord.");</script>
<p>More than 30 companies joined the accord, which Microsoft led.</p>
<style>.google { content: "Google signed the Cybersecurity Tech Accord." }</style>
</article></body></html>
"""

HOSTILE_ARTICLE = (
    "---\n"
    "title: " + json.dumps(HOSTILE_TITLE) + "\n"
    "source: \"Src </style><!-- \\\\ \\\" '\"\n"
    "url: \"https://example.org/a?b=\\\"<script>\\\"\"\n"
    "date: 2018-04-17\n"
    "---\n"
    "Microsoft, Cisco and Acme<script>alert(1)</script> Corp signed the Cybersecurity Tech Accord on Tuesday.\n"
    "Facebook and \"Quote\\\"Corp\" and Back\\slash Inc and Tab\tCorp signed the Cybersecurity Tech Accord too.\n"
    "Nokia and \u202eEvil\u202c Corp and Zero\u200bWidth Ltd signed the Cybersecurity Tech Accord, said Brad "
    "Smith, the president of Microsoft.\n"
)

XXE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF SYSTEM "http://example.org/evil.dtd">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>x</ex:p></rdf:Description>
</rdf:RDF>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&lol9;</ex:p></rdf:Description>
</rdf:RDF>
"""


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


class Maker:
    """Makes one case's input for a family of commands: ``article`` (build) or ``graph`` (the others)."""

    def __init__(self, tmp: Path, family: str, seed_ttl: Path, cache: Path) -> None:
        self.tmp, self.family, self.seed_ttl, self.cache = tmp, family, seed_ttl, cache
        self.out = tmp / "out"

    def case(self, path: Path, **kw: Any) -> Case:
        return Case(self.tmp, path, kw.pop("out", self.out), **kw)

    def file(self, name: str, data: bytes | str, **kw: Any) -> Case:
        suffix = ".txt" if self.family == "article" else ".ttl"
        return self.case(_write(self.tmp / "in" / f"{name}{suffix}", data), **kw)

    # each method is one case of the table; the name is the case's name
    def empty(self) -> Case:
        return self.file("empty", b"")

    def whitespace(self) -> Case:
        return self.file("blank", b"  \n\t \r\n \n")

    def png(self) -> Case:
        return self.file("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8)

    def bad_utf8(self) -> Case:
        if self.family == "article":
            return self.file("bad", b"Microsoft and Cisco signed the Cybersecurity Tech Accord at the Caf\xe9 "
                                    b"Central \xff\xfe\x81 on Tuesday.\n")
        return self.file("bad", b'@prefix ex: <http://example.org/> .\nex:a ex:label "Caf\xe9" .\n')

    def utf16_bom(self) -> Case:
        source = SEED if self.family == "article" else self.seed_ttl
        name = SEED.stem if self.family == "article" else "seed"
        return self.file(name, source.read_text(encoding="utf-8").encode("utf-16"))

    def big_50mb(self) -> Case:
        path = self.tmp / "in" / ("big.txt" if self.family == "article" else "big.ttl")
        path.parent.mkdir(parents=True, exist_ok=True)
        os.link(_big_file(self.cache), path)
        return self.case(path)

    def long_line_words(self) -> Case:
        return self.file("line", ("lorem ipsum dolor sit amet " * (MEGA // 27 + 1))[:MEGA])

    def long_line_names(self) -> Case:
        unit = "Microsoft, Cisco and Nokia signed the Cybersecurity Tech Accord, "
        return self.file("line", (unit * (MEGA // len(unit) + 1))[:MEGA])

    def long_line(self) -> Case:
        return self.file("line", '<urn:x:a> <urn:x:b> "' + ("word " * (MEGA // 5)) + '" .\n')

    def html_script(self) -> Case:
        name = "page.html"
        return self.case(_write(self.tmp / "in" / name, HTML_PAGE))

    def hostile_names(self) -> Case:
        if self.family == "article":
            return self.file("names", HOSTILE_ARTICLE)
        return self.case(DATA / "names.ttl")

    def bad_front_matter(self) -> Case:
        return self.file("bad", "---\ntitle: [unclosed\nsource: : :\n---\n"
                                "Microsoft, Cisco and Nokia signed the Cybersecurity Tech Accord on Tuesday.\n")

    def folder_unreadable_loop(self) -> Case:
        folder = self.tmp / "articles"
        shutil.copy(SEED, _write(folder / "good.txt", b""))
        secret = _write(folder / "secret.txt", SEED.read_bytes())
        secret.chmod(0)
        (folder / "loop.txt").symlink_to("loop.txt")  # a symbolic link to itself
        (folder / "sub").mkdir()
        (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
        return self.case(folder, unprivileged=True)

    def folder_with_fifo(self) -> Case:
        folder = self.tmp / "articles"
        shutil.copy(SEED, _write(folder / "good.txt", b""))
        os.mkfifo(folder / "pipe.txt")
        return self.case(folder)

    def folder(self) -> Case:
        folder = self.tmp / "graphs"
        shutil.copy(self.seed_ttl, _write(folder / "seed.ttl", b""))
        return self.case(folder)

    def unreadable(self) -> Case:
        secret = _write(self.tmp / "in" / "secret.ttl", self.seed_ttl.read_bytes())
        secret.chmod(0)
        return self.case(secret, unprivileged=True)

    def symlink_loop(self) -> Case:
        (self.tmp / "in").mkdir()
        loop = self.tmp / "in" / "loop.ttl"
        loop.symlink_to("loop.ttl")
        return self.case(loop)

    def missing(self) -> Case:
        return self.case(self.tmp / "in" / ("nope.txt" if self.family == "article" else "nope.ttl"))

    def out_missing_folder(self) -> Case:
        good = SEED if self.family == "article" else self.seed_ttl
        return self.case(good, out=self.tmp / "missing")

    def out_readonly_folder(self) -> Case:
        good = SEED if self.family == "article" else self.seed_ttl
        folder = self.tmp / "readonly"
        _sentinels(folder)
        folder.chmod(0o555)
        return self.case(good, out=folder, unprivileged=True)

    def ttl_syntax(self) -> Case:
        return self.file("bad", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"
                                'ex:d ex:e "unterminated .\nex:f ex:g ex:h .\n')

    def ttl_syntax_eof(self) -> Case:
        return self.file("bad", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n   ex:d [ ex:e ex:f \n")

    def rdfxml_xxe(self) -> Case:
        return self.case(_write(self.tmp / "in" / "xxe.rdf", XXE))

    def rdfxml_external_dtd(self) -> Case:
        return self.case(_write(self.tmp / "in" / "dtd.rdf", EXTERNAL_DTD))

    def rdfxml_billion_laughs(self) -> Case:
        return self.case(_write(self.tmp / "in" / "lol.rdf", LAUGHS))

    def jsonld_remote_context(self) -> Case:
        doc = {"@context": "http://example.org/context.jsonld", "@id": "http://example.org/a", "name": "x"}
        return self.case(_write(self.tmp / "in" / "remote.jsonld", json.dumps(doc)))

    def sparql(self, case: str) -> Case:
        return self.case(self.seed_ttl, query=QUERIES[case])


def _sentinels(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in (*BUILD_OUTPUTS, "view.html"):
        (folder / name).write_bytes(SENTINEL)


def _snapshot(folder: Path) -> dict[str, bytes] | None:
    if not folder.is_dir():
        return None
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# -- the table ---------------------------------------------------------------------------------------------
def _row_id(row: dict[str, Any]) -> str:
    parts = [row["case"], row["cmd"], *[a.lstrip("-") for a in row.get("args", []) if a.startswith("-")]]
    return "-".join(parts + ([row["variant"]] if row.get("variant") else []))


def _params() -> Iterator[Any]:
    seen: set[str] = set()
    for row in TABLE:
        row_id = _row_id(row)
        assert row_id not in seen, f"two rows named {row_id} in table.yaml"
        seen.add(row_id)
        marks = []
        if row.get("xfail"):
            marks.append(pytest.mark.xfail(reason=" ".join(row["xfail"].split()), strict=True))
        yield pytest.param(row, id=row_id, marks=marks)


@pytest.fixture(scope="session")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-cache")


@pytest.fixture(scope="module")
def seed_server(seed_ttl: Path) -> Iterator[str]:
    """``kg serve`` over the seed graph, with a 1 s timeout, for the SPARQL rows."""
    server = Server(seed_ttl)
    assert server.url, f"kg serve did not start: {server.stderr()}"
    try:
        yield server.url
    finally:
        server.stop()


@pytest.mark.parametrize("row", list(_params()))
def test_hostile(row: dict[str, Any], tmp_path: Path, seed_ttl: Path, cache: Path,
                 request: pytest.FixtureRequest) -> None:
    case_name, cmd = row["case"], row["cmd"]
    family = "article" if cmd in ("build", "api.build", "api.write") else "graph"
    maker = Maker(tmp_path, family, seed_ttl, cache)
    case = maker.sparql(case_name) if case_name in QUERIES else getattr(maker, case_name)()
    _check_permissions_apply(case.unprivileged)
    if case.out == maker.out:
        _sentinels(case.out)
    before = _snapshot(case.out)
    timeout = TIMEOUTS.get(case_name, 180)
    try:
        if "http" in row:
            _http_row(row, case, request.getfixturevalue("seed_server"))
        elif cmd == "serve":
            _serve_row(row, case, timeout)
        elif cmd.startswith("api."):
            _api_row(row, case, before, timeout)
        else:
            _cli_row(row, case, before, timeout)
    finally:
        for path in (case.out, case.input):
            if path.exists() and not path.is_symlink() and path.is_relative_to(tmp_path):
                path.chmod(0o755 if path.is_dir() else 0o644)
        for path in tmp_path.rglob("secret.*"):
            path.chmod(0o644)


# -- command line rows -------------------------------------------------------------------------------------
def _cli_args(cmd: str, case: Case, args: list[str]) -> list[str]:
    if cmd == "build":
        outputs = [x for name in BUILD_OUTPUTS for x in ("-o", str(case.out / name))]
        return [*KG, "build", str(case.input), *outputs, *args]
    if cmd == "query":
        return [*KG, "query", str(case.input), "-e", case.query, "-f", "json", *args]
    if cmd == "validate":
        return [*KG, "validate", str(case.input), *args]
    if cmd == "view":
        return [*KG, "view", str(case.input), "-o", str(case.out / "view.html"), *args]
    raise AssertionError(f"unknown command {cmd!r} in table.yaml")


def _cli_row(row: dict[str, Any], case: Case, before: dict[str, bytes] | None, timeout: float) -> None:
    started = time.monotonic()
    done = run(_cli_args(row["cmd"], case, row.get("args", [])), unprivileged=case.unprivileged, timeout=timeout)
    elapsed = time.monotonic() - started
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "internal error" not in done.stderr, f"exit 70 is a bug: {done.stderr.strip()}"
    if row["exit"] != 0:
        _assert_error(done, row, case, before)
        if case.query == SLOW:
            assert elapsed < 15, f"the timeout did not cut the query: {elapsed:.1f} s"
        return
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()}"
    noise = [line for line in done.stderr.splitlines()
             if not line.startswith(("wrote ", "kg: warning: ", "stored "))]
    assert not noise, f"unexpected stderr lines: {noise}"
    if row.get("says"):
        warnings = [line for line in done.stderr.splitlines() if line.startswith("kg: warning: ")]
        assert any(re.search(row["says"], line) for line in warnings), f"no warning {row['says']!r}: {warnings}"
    outcome = Outcome(row, case, done)
    _generic_success(outcome)
    if row.get("check"):
        CHECKS[row["check"]](outcome)


def _assert_error(done: subprocess.CompletedProcess[str], row: dict[str, Any], case: Case,
                  before: dict[str, bytes] | None) -> None:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {done.stderr!r}"
    assert lines[0].startswith("kg: error: "), lines[0]
    assert re.search(row["says"], lines[0]), f"{lines[0]!r} does not say {row['says']!r}"
    assert done.returncode == row["exit"], f"exit {done.returncode}, expected {row['exit']}: {lines[0]}"
    assert done.stdout == "", f"partial output on stdout: {done.stdout[:300]!r}"
    assert _snapshot(case.out) == before, "the output folder changed (a file was written, removed or left)"


@dataclass
class Outcome:
    row: dict[str, Any]
    case: Case
    done: subprocess.CompletedProcess[str] | None = None
    url: str = ""  # the endpoint, on serve rows


def _generic_success(outcome: Outcome) -> None:
    """Whatever the case: a build wrote parseable, identical graphs; a view wrote its page; nothing was left."""
    cmd, case = outcome.row["cmd"], outcome.case
    if cmd in ("build", "api.build"):
        names = sorted(p.name for p in case.out.iterdir())
        assert names == sorted((*BUILD_OUTPUTS, "view.html")), f"stray files: {names}"
        graphs = {name: _parse(case.out / name) for name in BUILD_OUTPUTS}
        nt = set(graphs["out.nt"])
        assert nt, "the graph is empty"
        for name, graph in graphs.items():
            assert set(graph) == nt, f"{name} does not parse back to the same graph as out.nt"
        from kg import load

        assert set(load(case.out / "out.ttl").merged()) == nt, "kg.load reads back another graph"
    elif cmd == "view":
        page = (case.out / "view.html").read_bytes()
        assert page != SENTINEL and page.lstrip().lower().startswith(b"<!doctype html"), page[:100]
        assert sorted(p.name for p in case.out.iterdir()) == sorted((*BUILD_OUTPUTS, "view.html"))
    elif cmd == "validate":
        assert outcome.done is not None and "conforms: yes" in outcome.done.stdout, outcome.done
    elif cmd == "query":
        assert outcome.done is not None
        rows = json.loads(outcome.done.stdout)["results"]["bindings"]
        assert int(rows[0]["n"]["value"]) > 0


def _parse(path: Path) -> Graph:
    formats = {".ttl": "turtle", ".jsonld": "json-ld", ".nt": "nt"}
    return Graph().parse(data=path.read_text(encoding="utf-8"), format=formats[path.suffix])


# -- the Python API (in a subprocess too: permissions, time limits, memory) --------------------------------
API_DRIVER = r"""
import json, sys, traceback
from pathlib import Path

import kg
from kg.errors import KGError
from kg.validate import validate

op, source, out, query, seed = sys.argv[1:6]
steps = []

def step(name, action):
    try:
        action()
        steps.append({"step": name, "raised": None})
    except KGError as exc:
        steps.append({"step": name, "raised": type(exc).__name__, "kg_error": True, "message": str(exc)})
    except BaseException as exc:
        steps.append({"step": name, "raised": type(exc).__name__, "kg_error": False, "message": str(exc),
                      "traceback": traceback.format_exc()})

def write_all(graph):
    for name in ("out.ttl", "out.jsonld", "out.nt"):
        graph.serialize(Path(out) / name)

holder = {}
if op == "api.build":
    step("kg.build", lambda: holder.update(graph=kg.build([source], progress=False)))
    if "graph" in holder:
        step("serialize", lambda: write_all(holder["graph"]))
elif op == "api.load":
    step("kg.load", lambda: holder.update(graph=kg.load(source)))
    if "graph" in holder:
        step("query", lambda: holder["graph"].query(query))
        step("validate", lambda: validate(holder["graph"]).raise_if_failed())
        step("render_html", lambda: holder["graph"].render_html(Path(out) / "view.html"))
elif op == "api.query":
    graph = kg.load(source)
    step("query", lambda: graph.query(query, timeout=1))
elif op == "api.write":
    graph = kg.build([seed], progress=False)
    step("serialize", lambda: graph.serialize(Path(out) / "out.ttl"))
    step("render_html", lambda: kg.render_html(graph, Path(out) / "view.html"))
print(json.dumps(steps))
"""


def _api_row(row: dict[str, Any], case: Case, before: dict[str, bytes] | None, timeout: float) -> None:
    args = [sys.executable, "-c", API_DRIVER, row["cmd"], str(case.input), str(case.out), case.query, str(SEED)]
    done = run(args, unprivileged=case.unprivileged, timeout=timeout)
    assert done.returncode == 0 and done.stdout.strip(), f"the API driver failed: {done.stderr[-3000:]}"
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    bugs = [s for s in steps if s["raised"] and not s.get("kg_error")]
    assert not bugs, f"not a kg.errors.KGError (a bug): {bugs}"
    expected = row.get("raises")
    if expected is None:
        assert all(s["raised"] is None for s in steps), steps
        _generic_success(Outcome(row, case, done))
        return
    raised = [s for s in steps if s["raised"]]
    assert raised, f"nothing raised, expected {expected}: {steps}"
    for s in raised:
        assert s["raised"] == expected, f"{s['step']} raised {s['raised']}, expected {expected}: {s['message']}"
        assert "\n" not in s["message"], f"a message of more than one line: {s['message']!r}"
        assert re.search(row["says"], s["message"]), f"{s['message']!r} does not say {row['says']!r}"
    if row["cmd"] == "api.write":
        assert len(raised) == 2, f"serialize and render_html both fail: {steps}"
    assert _snapshot(case.out) == before, "the output folder changed"


# -- kg serve ----------------------------------------------------------------------------------------------
class Server:
    """``kg serve GRAPH --port 0`` in a subprocess; ``url`` is None when it did not start."""

    def __init__(self, graph: Path, *, timeout: float = 1.0, unprivileged: bool = False,
                 start_within: float = 60) -> None:
        args = [*KG, "serve", str(graph), "--port", "0", "--timeout", str(timeout)]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        **_child_options(unprivileged))
        first: list[str] = []
        reader = threading.Thread(target=lambda: first.append(self.process.stdout.readline()),  # type: ignore[union-attr]
                                  daemon=True)
        reader.start()
        reader.join(start_within)
        line = first[0] if first else ""
        match = re.match(r"serving SPARQL at (http://127\.0\.0\.1:\d+/sparql)", line)
        self.url = match.group(1) if match else None
        if not first:
            self.stop()
            pytest.fail(f"kg serve neither started nor stopped within {start_within:g} s")

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def http_query(url: str, query: str, accept: str = "application/sparql-results+json",
               timeout: float = 30) -> tuple[int, str]:
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", errors="replace")


def _serve_row(row: dict[str, Any], case: Case, timeout: float) -> None:
    server = Server(case.input, unprivileged=case.unprivileged)
    try:
        if row["exit"] != 0:
            assert server.url is None, f"kg serve started on a bad input: {server.url}"
            server.process.wait(30)
            done = subprocess.CompletedProcess([], server.process.returncode, "", server.stderr())
            assert "Traceback" not in done.stderr, done.stderr[-3000:]
            _assert_error(done, row, case, _snapshot(case.out))
            return
        assert server.url, f"kg serve did not start: {server.stderr().strip()}"
        status, body = http_query(server.url, COUNT)
        assert status == 200, body
        assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0
        if row.get("check"):
            CHECKS[row["check"]](Outcome(row, case, None, server.url))
    finally:
        server.stop()
    assert server.process.returncode is not None


def _http_row(row: dict[str, Any], case: Case, url: str) -> None:
    started = time.monotonic()
    status, body = http_query(url, case.query)
    elapsed = time.monotonic() - started
    assert status == row["http"], f"HTTP {status}, expected {row['http']}: {body[:300]}"
    assert len(body.strip().splitlines()) == 1 and "Traceback" not in body, body[:1000]
    assert re.search(row["says"], body), f"{body!r} does not say {row['says']!r}"
    if case.query == SLOW:
        assert elapsed < 10, f"the timeout did not cut the query: {elapsed:.1f} s"
        status, _ = http_query(url, COUNT)  # and the server still answers
        assert status == 200


# -- checks of correct results -----------------------------------------------------------------------------
def _out_graph(outcome: Outcome) -> Graph:
    return _parse(outcome.case.out / "out.nt")


def _signers(graph: Graph) -> set[str]:
    return {str(graph.value(s, SKOS.prefLabel)) for s in graph.subjects(SIGNED, None)}


def check_signed(outcome: Outcome) -> None:
    assert {"Microsoft", "Cisco"} & _signers(_out_graph(outcome)), _signers(_out_graph(outcome))


def check_same_as_utf8(outcome: Outcome) -> None:
    import kg

    utf8 = set(kg.build([SEED], progress=False).merged())
    assert set(_out_graph(outcome)) == utf8, "the UTF-16 article gives another graph than the UTF-8 one"


def check_no_script(outcome: Outcome) -> None:
    graph = _out_graph(outcome)
    signers = _signers(graph)
    assert {"Microsoft", "Cisco", "Nokia"} <= signers, signers
    assert not {"Apple", "Amazon", "Google"} & signers, f"read from a script, style or comment: {signers}"
    for literal in graph.objects():
        if isinstance(literal, Literal):
            text = str(literal)
            for leak in ("alert(", "display:none", "document.write", "hidden comment", "content:"):
                assert leak not in text, f"{leak!r} leaked into {text[:200]!r}"


def check_names_article(outcome: Outcome) -> None:
    import kg

    graph = _out_graph(outcome)
    titles = {str(t) for t in graph.objects(None, DCTERMS.title)}
    assert titles == {HOSTILE_TITLE}, titles
    built = set(kg.build([outcome.case.input], progress=False).merged())
    assert set(graph) == built, "the files do not hold the graph built in memory"
    sentences = {str(o) for o in graph.objects(None, URIRef(ACC + "sentenceText"))}
    assert any("Acme<script>alert(1)</script> Corp" in s for s in sentences), sentences
    assert any("\u202eEvil\u202c" in s and "Zero\u200bWidth" in s for s in sentences), sentences
    assert any('"Quote\\"Corp"' in s and "Tab\tCorp" in s for s in sentences), sentences


def _names_expected() -> set[str]:
    graph = Graph().parse(DATA / "names.ttl", format="turtle")
    preds = [SKOS.prefLabel, DCTERMS.title, URIRef(ACC + "sentenceText"), URIRef(ACC + "mentionText")]
    values = {str(o) for p in preds for o in graph.objects(None, p)}
    assert any("\u202e" in v and "\u200b" in v and "\n" in v and "\t" in v and "\\" in v for v in values)
    return values


def check_names_query(outcome: Outcome) -> None:
    done = run([*KG, "query", str(outcome.case.input), "-e", LABELS, "-f", "json"])
    assert done.returncode == 0, done.stderr
    got = {b["l"]["value"] for b in json.loads(done.stdout)["results"]["bindings"]}
    assert got == _names_expected()
    for fmt in ("csv", "tsv", "xml", "table"):  # every result format copes with the names
        done = run([*KG, "query", str(outcome.case.input), "-e", LABELS, "-f", fmt])
        assert done.returncode == 0 and done.stdout and not done.stderr, (fmt, done.stderr)


def check_names_view(outcome: Outcome) -> None:
    page = (outcome.case.out / "view.html").read_text(encoding="utf-8")
    for raw in ("</script><script>alert(1)", "<style>*{display:none}</style>", "<b>Corp</b>"):
        assert raw not in page, f"{raw!r} is in the page as markup"


def check_names_serve(outcome: Outcome) -> None:
    url = outcome.url
    status, body = http_query(url, LABELS)
    assert status == 200, body
    assert {b["l"]["value"] for b in json.loads(body)["results"]["bindings"]} == _names_expected()
    for accept in ("text/csv", "text/tab-separated-values", "application/sparql-results+xml", "text/plain"):
        status, body = http_query(url, LABELS, accept=accept)
        assert status == 200 and body, accept


def check_folder(outcome: Outcome) -> None:
    graph = _out_graph(outcome)
    assert {"Microsoft", "Cisco"} <= _signers(graph)
    assert outcome.done is not None and "skipped" in outcome.done.stderr


def check_count_seed(outcome: Outcome) -> None:
    assert outcome.done is not None
    count = int(json.loads(outcome.done.stdout)["results"]["bindings"][0]["n"]["value"])
    expected = Graph().parse(data=outcome.case.input.read_bytes().decode("utf-16"), format="turtle")
    assert count == len(expected), (count, len(expected))


def check_long_literal(outcome: Outcome) -> None:
    done = run([*KG, "query", str(outcome.case.input), "-e", "SELECT (STRLEN(?o) AS ?n) WHERE { ?s ?p ?o }",
                "-f", "csv"])
    assert done.returncode == 0 and done.stdout.split() == ["n", str(MEGA)], (done.stdout[:200], done.stderr)


CHECKS: dict[str, Callable[[Outcome], None]] = {
    name.removeprefix("check_"): value for name, value in list(globals().items()) if name.startswith("check_")
}


def test_every_row_names_a_known_case_and_check() -> None:
    makers = {name for name in vars(Maker) if not name.startswith("_")} - {"case", "file", "sparql"}
    for row in TABLE:
        assert row["case"] in makers or row["case"] in QUERIES, row
        assert row.get("check") is None or row["check"] in CHECKS, row
        assert ("exit" in row) + ("http" in row) + (row["cmd"].startswith("api.")) == 1, row
        assert row.get("exit", 1) == 0 or row.get("http") or "raises" not in row or row.get("says"), row
