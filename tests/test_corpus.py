"""Many articles into one graph: entities merged across sources, claims kept per source."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph
from tests.conftest import QUERIES, run_kg

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason=f"LOUD SKIP: the shared dev corpus is missing at {DEV}")


def names(graph: KnowledgeGraph, query: str) -> list[str]:
    return [str(row[0]) for row in graph.query((QUERIES / f"{query}.rq").read_text())]


def nquads(graph: KnowledgeGraph) -> list[str]:
    return sorted(line for line in graph.dataset.serialize(format="nquads").splitlines() if line.strip())


@pytest.fixture(scope="module")
def corpus() -> KnowledgeGraph:
    return kg.build([DEV], progress=False)


@needs_dev
def test_signatories_are_the_union_of_the_articles_with_no_entity_twice(corpus: KnowledgeGraph) -> None:
    merged = names(corpus, "signatories")
    assert len(merged) == len(set(merged))
    union: set[str] = set()
    for article in sorted(DEV.glob("*.txt")):
        union |= set(names(kg.build([article], progress=False), "signatories"))
    assert set(merged) == union
    assert {"Obrisca Networks", "Tarnwick Systems", "Microsoft", "Cisco"} <= union


@needs_dev
def test_every_signatory_lists_every_supporting_article(corpus: KnowledgeGraph) -> None:
    query = """SELECT ?name ?article WHERE { ?f rdf:predicate acc:signed ; rdf:subject ?o ;
               acc:evidence/acc:inArticle ?article . ?o skos:prefLabel ?name }"""
    merged: dict[str, set[str]] = {}
    for row in corpus.query(query):
        merged.setdefault(str(row.name), set()).add(str(row.article))
    for article in sorted(DEV.glob("*.txt")):
        single = kg.build([article], progress=False)
        iri = str(single.graph_names()[0])
        for name in names(single, "signatories"):
            assert iri in merged[name], (name, article.name)
    assert len(merged["Microsoft"]) >= 8


@needs_dev
def test_timeline_an_organisation_absent_then_joined(corpus: KnowledgeGraph) -> None:
    rows = [(str(r.name), str(r.claim), str(r.date)) for r in corpus.query((QUERIES / "timeline.rq").read_text())]
    obrisca = [(claim, date) for name, claim, date in rows if name == "Obrisca Networks"]
    assert ("absent", "2019-03-12") in obrisca
    assert ("signed", "2019-10-15") in obrisca
    by_june = set(names(corpus, "signed-by-date"))
    assert "Tarnwick Systems" in by_june and "Obrisca Networks" not in by_june


def test_short_names_merge_across_articles_only_when_unambiguous(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\ndate: 2020-01-01\n---\nQuorvane has yet to sign the accord.\n")
    (tmp_path / "b.txt").write_text("---\ndate: 2020-02-01\n---\nQuorvane Systems signed the accord on Monday.\n")
    graph = kg.build([tmp_path], progress=False)
    assert names(graph, "absent") == ["Quorvane Systems"] and names(graph, "signatories") == ["Quorvane Systems"]
    (tmp_path / "c.txt").write_text("Quorvane Bank signed the accord too.\n")
    graph = kg.build([tmp_path], progress=False)
    assert "Quorvane" in names(graph, "absent")  # two longer names now: no merge
    assert sorted(names(graph, "signatories")) == ["Quorvane Bank", "Quorvane Systems"]


def test_similar_known_names_stay_apart(tmp_path: Path) -> None:
    text = "Accord signatories include HP Inc., HPE and RSA. They met at the RSA Conference.\n"
    (tmp_path / "a.txt").write_text(text)
    graph = kg.build([tmp_path / "a.txt"], progress=False)
    assert sorted(names(graph, "signatories")) == ["HP", "HPE", "RSA"]
    assert names(graph, "events")[0] == "RSA Conference"


def test_rebuild_readd_and_reorder(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Signatories include Vellmore Data and Quibbly Labs.\n")
    two.write_text("Zentara Cloud has yet to sign the accord.\n")
    forward = kg.build([one, two], progress=False)
    backward = kg.build([two, one], progress=False)
    assert nquads(forward) == nquads(backward)
    again = kg.build([one], progress=False, graph=kg.build([one, two], progress=False))
    assert nquads(again) == nquads(forward)
    one.write_text("Signatories include Vellmore Data.\n")
    changed = kg.build([one], progress=False, graph=forward)
    assert names(changed, "signatories") == ["Vellmore Data"]
    assert names(changed, "absent") == ["Zentara Cloud"]


def test_cli_append_adds_only_the_new_article(tmp_path: Path) -> None:
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "articles" / "geekwire-2018-04-17.txt", tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("Zentara Cloud signed the accord.\n")
    out = tmp_path / "corpus.trig"
    assert run_kg("build", str(tmp_path / "geekwire-2018-04-17.txt"), "-o", str(out), "-q").returncode == 0
    first = out.read_text()
    done = run_kg("build", str(extra), "-o", str(out), "--append", "-q")
    assert done.returncode == 0, done.stderr
    query = run_kg("query", str(out), str(QUERIES / "signatories.rq"), "--format", "csv")
    assert "Zentara Cloud" in query.stdout and "Facebook" in query.stdout
    run_kg("build", str(extra), "-o", str(out), "--append", "-q")
    again = run_kg("query", str(out), str(QUERIES / "signatories.rq"), "--format", "csv")
    assert again.stdout == query.stdout and first != out.read_text()


@needs_dev
def test_explain_shows_names_and_sources(tmp_path: Path) -> None:
    out = tmp_path / "dev.trig"
    assert run_kg("build", str(DEV), "-o", str(out), "-q").returncode == 0
    done = run_kg("explain", str(out), "Obrisca")
    assert done.returncode == 0, done.stderr
    assert "Obrisca Networks" in done.stdout and "absentFrom" in done.stdout and "signed" in done.stdout
    assert run_kg("explain", str(out), "Nobody Inc").returncode == 2


@needs_dev
def test_kg_eval_scores_the_dev_corpus() -> None:
    done = run_kg("eval", str(DEV))
    assert done.returncode == 0, done.stderr
    overall = done.stdout.strip().splitlines()[-1]
    assert overall.startswith("overall:")
    assert float(overall.split("F1=")[1].split()[0]) >= 0.97


def test_parallel_build_equals_serial(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"Signatories include Vellmore{i} Data and Quibbly Labs.\n")
    serial = kg.build([tmp_path], progress=False)
    parallel = kg.build([tmp_path], progress=False, jobs=2)
    assert nquads(serial) == nquads(parallel)


def test_unreadable_file_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Signatories include Vellmore Data.\n")
    (tmp_path / "empty.txt").write_text("")
    done = run_kg("build", str(tmp_path), "-o", str(tmp_path / "out.ttl"))
    assert done.returncode == 0 and "skipped" in done.stderr
    strict = run_kg("build", str(tmp_path), "-o", str(tmp_path / "out2.ttl"), "--strict")
    assert strict.returncode == 2 and not (tmp_path / "out2.ttl").exists()


def test_build_straight_into_a_store_in_batches(tmp_path: Path) -> None:
    """`kg build DIR --store oxigraph:X` (no file output) streams batches into the store: same answers."""
    from kg.pipeline import BuildOptions, build_into

    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Signatories include Vellmore{i} Data and Quibbly Labs.\n")
    (tmp_path / "bad.txt").write_text("")
    store = f"oxigraph:{tmp_path / 'store'}"
    assert build_into([tmp_path], store, options=BuildOptions(progress=False, warn=False), batch=2) == 5
    memory = kg.build([tmp_path], progress=False, warn=False)
    assert sorted(names(kg.load(store), "signatories")) == sorted(names(memory, "signatories"))
    assert len(kg.load(store).graph_names()) == 5


def test_kg_eval_reads_a_gold_person_with_no_organisation(tmp_path: Path) -> None:
    """A gold affiliation list may be empty ("Marcus Hutchins": []): nothing to check, no crash."""
    (tmp_path / "a.txt").write_text("Orrin Data signed the accord. \"It matters,\" said Jane Holt, Orrin Data's "
                                    "chief executive. Marcus Hale found the kill switch.\n")
    gold = {"article": "a.txt", "questions": {"signatories": {"required": [["Orrin Data"]]},
                                              "people": {"required": [["Jane Holt"]],
                                                         "affiliations": {"Jane Holt": ["Orrin Data"],
                                                                          "Marcus Hale": []}}}}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    done = run_kg("eval", "-v", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "affiliations P=1.00 R=1.00" in done.stdout
