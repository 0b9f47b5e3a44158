"""examples/*.py run as a user would run them (a subprocess, another working folder) and say the right things."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT / "data" / "articles" / "geekwire-2018-04-17.txt"
SEED_SIGNATORIES = ["Cisco", "Facebook", "Microsoft", "Nokia", "Oracle", "SAP"]
TESTED = {"who_signed", "corpus_timeline", "to_pandas", "networkx_centrality", "endpoint_client", "save_and_load"}


def run_example(name: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run examples/NAME.py with ``args`` from ``cwd``; it must exit 0 without a traceback. Its stdout."""
    environment = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    done = subprocess.run([sys.executable, str(EXAMPLES / f"{name}.py"), *args], capture_output=True, text=True,
                          cwd=cwd, env=environment, timeout=180)
    assert done.returncode == 0, f"{name}.py exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_every_example_is_tested() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.py")} == TESTED


def test_who_signed(tmp_path: Path) -> None:
    out = run_example("who_signed", cwd=tmp_path)
    assert out.startswith("6 signatories in 1 article(s):")
    names = re.findall(r"^(\S.*)$", out, re.MULTILINE)[1:]
    assert names == SEED_SIGNATORIES
    assert "Signatories include Facebook, Cisco, Nokia, Oracle, SAP" in out
    text = " ".join(out.split())  # sentences are wrapped at 100 columns
    assert "Microsoft - “This type of international governance has long been a pet project for Microsoft, which led " \
        "the initiative announced Tuesday.” (GeekWire)" in text, "Microsoft's own evidence sentence"
    assert out.count("(GeekWire)") == 6


def test_corpus_timeline(tmp_path: Path) -> None:
    out = run_example("corpus_timeline", cwd=tmp_path)
    rows = re.findall(r"^(\d{4}-\d\d(?:-\d\d)?)\s+(signed|absent)\s+(.+?)\s{2,}(.+)$", out, re.MULTILINE)
    assert len(rows) >= 6
    dates = [date for date, *_ in rows]
    assert dates == sorted(dates), "the timeline is in date order"
    assert ("signed", "Microsoft") in {(claim, name) for _, claim, name, _ in rows}
    assert ("absent", "Apple") in {(claim, name) for _, claim, name, _ in rows}
    count = int(re.search(r"^(\d+) organizations signed", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert count == len({name for _, claim, name, _ in rows if claim == "signed"})


def test_corpus_timeline_takes_paths(tmp_path: Path) -> None:
    out = run_example("corpus_timeline", str(SEED), cwd=tmp_path)
    assert "from 1 articles" in out and "6 organizations signed" in out
    assert set(re.findall(r"^(\d{4}-\d\d-\d\d) ", out, re.MULTILINE)) == {"2018-04-17"}


def test_to_pandas(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    out = run_example("to_pandas", str(SEED), cwd=tmp_path)
    assert "rows, columns ['name', 'article', 'date']" in out
    table = re.findall(r"^(\S+)\s+(\d+)\s+(\d{4}-\d\d-\d\d)$", out, re.MULTILINE)
    assert sorted(name for name, _, _ in table) == SEED_SIGNATORIES
    assert {(articles, date) for _, articles, date in table} == {("1", "2018-04-17")}
    assert "6 signatories" in out


def test_to_pandas_without_pandas(tmp_path: Path) -> None:
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "pandas.py").write_text("raise ImportError('pandas hidden by the test')\n", encoding="utf-8")
    out = run_example("to_pandas", str(SEED), cwd=tmp_path, env={"PYTHONPATH": str(hide)})
    assert "pandas is not installed" in out and "skipped" in out


def test_networkx_centrality(tmp_path: Path) -> None:
    out = run_example("networkx_centrality", str(SEED), cwd=tmp_path)
    ranked = re.findall(r"^\s+(\d\.\d{3})\s+(\w+)\s+(.+)$", out, re.MULTILINE)
    assert len(ranked) == 10
    assert ranked[0][1:] == ("Agreement", "Cybersecurity Tech Accord"), "the accord is the hub"
    scores = [float(score) for score, _, _ in ranked]
    assert scores == sorted(scores, reverse=True)
    relations = dict(re.findall(r"(\w+) (\d+)", out.split("relations to the accord:")[1]))
    assert relations["signed"] == "6" and relations["led"] == "1" and relations["absentFrom"] == "3"


@pytest.mark.server
def test_endpoint_client(tmp_path: Path) -> None:
    out = run_example("endpoint_client", cwd=tmp_path)
    assert re.search(r"^serving \d+ triples at http://127\.0\.0\.1:\d+/sparql$", out, re.MULTILINE)
    assert f"signatories: {', '.join(SEED_SIGNATORIES)}" in out
    assert "leaders: Microsoft" in out
    assert "absent: Alphabet, Amazon, Apple" in out
    assert "signatories counted by the endpoint: 6" in out
    assert "an update is refused: HTTP 403" in out


def test_save_and_load(tmp_path: Path) -> None:
    out = run_example("save_and_load", cwd=tmp_path)
    loads = re.findall(r"^kg\.load\((.+?)\): (\d+) triples, (\d+) named graph\(s\), (\w+) signatories$", out,
                       re.MULTILINE)
    assert [(shown.split("/")[-1], kind) for shown, _, _, kind in loads] == [
        ("accord.ttl", "same"), ("accord.trig", "same"), ("store", "same")]
    assert loads[2][0].startswith("oxigraph:")
    assert len({triples for _, triples, _, _ in loads}) == 1, "every copy holds the same triples"
    assert [named for _, _, named, _ in loads] == ["0", "1", "1"], "Turtle is the merged view; TriG keeps graphs"
    assert list(tmp_path.iterdir()) == [], "the example cleans up after itself"
