"""Smoke tests of the benchmark corpus generator (fast; no timings): deterministic, varied, and the
loader finds the signatories the generator planted."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks import generate

ROOT = Path(__file__).resolve().parent.parent
SIGNATORIES_RQ = ROOT / "examples" / "queries" / "signatories.rq"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = generate.write_corpus(12, tmp_path / "a", seed=7)
    b = generate.write_corpus(12, tmp_path / "b", seed=7)
    assert _digest(a) == _digest(b)
    assert len(generate.article_paths(a)) == 12
    c = generate.write_corpus(12, tmp_path / "c", seed=8)
    assert _digest(a) != _digest(c)


def test_same_bytes_in_another_process() -> None:
    """String hashing is salted per process: the corpus must not depend on it."""
    code = "import hashlib; from benchmarks.generate import article; " \
           "print(hashlib.sha256(article(3).text.encode()).hexdigest())"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == hashlib.sha256(generate.article(3).text.encode()).hexdigest()


def test_small_corpus_is_a_prefix_of_a_large_one() -> None:
    assert [a.text for a in generate.generate(3)] == [generate.article(i).text for i in range(3)]


def test_articles_look_like_news() -> None:
    articles = list(generate.generate(200))
    names: set[str] = set()
    for a in articles:
        front, body = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", a.text, re.S).groups()  # type: ignore[union-attr]
        meta = yaml.safe_load(front)
        assert {"title", "source", "url", "date"} <= set(meta)
        assert 200 <= len(body.split()) <= 800
        assert a.truth["signatories"] and a.truth["absent"]
        assert not set(a.truth["signatories"]) & set(a.truth["absent"])
        names.update(re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", body))
    assert len(names) >= 500
    texts = " ".join(a.text for a in articles)
    for shape in ("Signatories include", "signed the accord", "has yet to sign", "declined to join",
                  "said ", "conspicuously absent", ", which joined the accord"):
        assert shape in texts, shape


def _fold_set(names: list[str]) -> set[str]:
    return {generate.fold(n) for n in names}


def test_loader_finds_the_planted_signatories(tmp_path: Path) -> None:
    import kg

    folder = generate.write_corpus(5, tmp_path / "corpus")
    want: set[str] = set()
    for path in generate.article_paths(folder):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        want |= _fold_set(truth["signatories"])
    graph = kg.build([folder], progress=False, warn=False)
    got = {generate.fold(str(row.name)) for row in graph.query(SIGNATORIES_RQ.read_text(encoding="utf-8"))}
    found = got & want
    precision, recall = len(found) / max(1, len(got)), len(found) / max(1, len(want))
    assert precision >= 0.8 and recall >= 0.8, (precision, recall, sorted(got - want), sorted(want - got))


@pytest.mark.parametrize("name", ["Obrisca Networks Inc.", "Hollis & Venn", "Tarnwick Systems"])
def test_fold_ignores_legal_suffix_and_case(name: str) -> None:
    assert generate.fold(name) == generate.fold(generate.label(name).upper())
