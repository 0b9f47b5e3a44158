"""Build speed: the loader beside spaCy's tokenizer, the stages of a build, 1 vs 2 cores, end-to-end
builds into memory and into an on-disk Oxigraph store (with peak RSS), and the bare
``pyoxigraph.Store.bulk_load`` of the same quads as the floor of the store step.

Everything reads a corpus written by :mod:`benchmarks.generate`. End-to-end builds run in a
child process (``python -m benchmarks.bench_build --child ...``) so that their peak RSS is their
own; the parent also reads ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` after each child.

    python -m benchmarks.bench_build 1000          # loader rates and one end-to-end build of 1,000
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import functools
import inspect
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import generate

ROOT = Path(__file__).resolve().parent.parent


# -- helpers ---------------------------------------------------------------------------------------------
def texts_of(folder: Path, limit: int | None = None) -> list[str]:
    """The article texts of a corpus folder (read into memory: reading files is not what is timed)."""
    paths = generate.article_paths(folder)[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def word_count(texts: list[str]) -> int:
    """Whitespace-separated words of the texts as stored (front matter included): one count for every rate."""
    return sum(len(t.split()) for t in texts)


def timed_runs(action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def summary(times: list[float], words: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": len(times), "median_s": statistics.median(times), "min_s": min(times),
                           "max_s": max(times)}
    if words:
        out["words"] = words
        out["words_per_s"] = words / out["median_s"]
        out["words_per_s_min"] = words / out["max_s"]
        out["words_per_s_max"] = words / out["min_s"]
    return out


def profile_text(action: Callable[[], object], top: int = 14, sort: str = "tottime") -> str:
    """cProfile's top functions of ``action`` (paths shortened to the package)."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        action()
    finally:
        profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats(sort).print_stats(top)
    lines = []
    for line in stream.getvalue().splitlines():
        line = line.replace(str(ROOT) + "/", "")
        for marker in ("site-packages/", "lib/python3"):
            if marker in line:
                head, _, tail = line.partition(marker)
                line = head[: head.rfind(" ") + 1] + tail if " " in head else tail
        if line.strip() and not line.startswith(("   Ordered by", "   List reduced")):
            lines.append(line.rstrip())
    return "\n".join(lines)


# -- the loader beside the tokenizer -----------------------------------------------------------------------
def loader_pass(texts: list[str]) -> int:
    """Text to facts: ``read_text`` + ``analyse`` + ``extract_all``; returns the number of facts."""
    from kg.article import read_text
    from kg.nlp.document import analyse
    from kg.relations import extract_all

    facts = 0
    for text in texts:
        facts += len(extract_all(analyse(read_text(text))))
    return facts


def tokenizer_pass(texts: list[str], tokenizer: Any) -> int:
    tokens = 0
    for text in texts:
        tokens += len(tokenizer(text))
    return tokens


def installed_model() -> str | None:
    """An installed English spaCy pipeline (never downloaded here), or None."""
    try:
        import spacy.util
    except ImportError:
        return None
    models = sorted(m for m in spacy.util.get_installed_models() if m.startswith("en_core_web"))
    return models[0] if models else None


def loader_rates(texts: list[str], runs: int, ner_limit: int = 100) -> dict[str, Any]:
    """Words/s of the loader, of ``spacy.blank("en").tokenizer`` (fresh each run: no warm cache carried
    over), and of a statistical NER pass over the first ``ner_limit`` texts where a model is installed."""
    import spacy

    words = word_count(texts)
    loader_pass(texts[:5])  # load the dictionary, compile patterns
    out: dict[str, Any] = {"articles": len(texts), "words": words}
    out["loader"] = summary(timed_runs(functools.partial(loader_pass, texts), runs), words)
    holder: dict[str, Any] = {}

    def fresh_tokenizer() -> None:
        holder["tok"] = spacy.blank("en").tokenizer

    out["tokenizer"] = summary(timed_runs(lambda: tokenizer_pass(texts, holder["tok"]), runs, fresh_tokenizer),
                               words)
    model = installed_model()
    out["ner_model"] = model or "not installed"
    if model and ner_limit:
        sample = texts[:ner_limit]
        nlp = spacy.load(model)
        keep = ["ner"]  # with the shared tok2vec only when ner listens to it (in en_core_web_sm it has its own)
        if "tok2vec" in nlp.pipe_names and "ner" in getattr(nlp.get_pipe("tok2vec"), "listening_components", []):
            keep.insert(0, "tok2vec")
        out["ner_pipes"] = keep
        with nlp.select_pipes(enable=keep):
            list(nlp.pipe(sample[:5]))
            out["ner"] = summary(timed_runs(lambda: sum(len(d.ents) for d in nlp.pipe(sample, batch_size=64)),
                                            runs), word_count(sample))
            out["ner"]["articles"] = len(sample)
        # the whole small pipeline, as a user runs it for its entities: nlp(text).ents
        out["pipeline_pipes"] = list(nlp.pipe_names)
        list(nlp.pipe(sample[:5]))
        out["pipeline"] = summary(timed_runs(lambda: sum(len(d.ents) for d in nlp.pipe(sample, batch_size=64)),
                                             runs), word_count(sample))
        out["pipeline"]["articles"] = len(sample)
        out["loader_on_sample"] = summary(timed_runs(functools.partial(loader_pass, sample), runs),
                                          word_count(sample))
    return out


# -- stages of kg.build, 1 vs 2 cores ------------------------------------------------------------------------
def build_options() -> set[str]:
    """The keyword options ``kg.pipeline.build`` accepts (its own parameters and BuildOptions' fields)."""
    import kg.pipeline

    names = set(inspect.signature(kg.pipeline.build).parameters)
    options = getattr(kg.pipeline, "BuildOptions", None)
    if options is not None and dataclasses.is_dataclass(options):
        names |= {f.name for f in dataclasses.fields(options)}
    return names


def build_kwargs(jobs: int, resolve: bool) -> dict[str, Any]:
    known = build_options()
    kw: dict[str, Any] = {}
    for key, value in (("progress", False), ("warn", False), ("jobs", jobs), ("resolve", resolve)):
        if key in known:
            kw[key] = value
    return kw


def has_jobs() -> bool:
    return "jobs" in build_options()


def _pool_work(path: Path) -> list[Any]:
    """Fallback worker when kg.pipeline.build has no ``jobs``: read and extract one article."""
    from kg.article import read_article
    from kg.pipeline import article_graph

    name, graph = article_graph(read_article(path, warn=False))
    return [name, list(graph)]


def build(folder: Path, jobs: int, resolve: bool = True) -> Any:
    """``kg.pipeline.build(folder, jobs=jobs)``, or (without ``jobs``) a process pool over
    ``article_graph(read_article(path))`` merged into a KnowledgeGraph."""
    import kg.pipeline

    if has_jobs() or jobs == 1:
        return kg.pipeline.build([folder], **build_kwargs(jobs, resolve))
    from concurrent.futures import ProcessPoolExecutor

    from rdflib import Graph

    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph()
    paths = generate.article_paths(folder)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, triples in pool.map(_pool_work, paths, chunksize=16):
            part = Graph()
            for triple in triples:
                part.add(triple)
            graph.add_graph(name, part)
    return graph


@contextlib.contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """Time the stages of an in-process build by wrapping the functions kg.build calls."""
    import kg.article
    import kg.graph
    import kg.nlp.document
    import kg.pipeline
    import kg.rdf.emit
    import kg.relations

    totals: dict[str, float] = {}
    patched: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, attr: str, stage: str) -> None:
        original = getattr(owner, attr, None)
        if original is None:
            return

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - started

        patched.append((owner, attr, original))
        setattr(owner, attr, timed)

    wrap(kg.pipeline, "read_article", "read (file, front matter)")
    wrap(kg.nlp.document, "analyse", "analyse (sentences, mentions, linking)")
    wrap(kg.relations, "extract_all", "extract (relations)")
    wrap(kg.rdf.emit, "emit", "emit (facts to triples)")
    wrap(kg.graph.KnowledgeGraph, "add_graph", "add_graph (into the memory Dataset)")
    try:
        import kg.rdf.resolve

        wrap(kg.rdf.resolve, "resolve", "resolve (entities across articles)")
    except ImportError:
        pass
    try:
        yield totals
    finally:
        for owner, attr, original in reversed(patched):
            setattr(owner, attr, original)


def speedup(folder: Path, runs: int) -> dict[str, Any]:
    """End-to-end ``kg.build`` seconds with 1 and 2 worker processes (entity resolution off: it is serial
    and timed on its own)."""
    out: dict[str, Any] = {"articles": len(generate.article_paths(folder)),
                           "method": "kg.pipeline.build(paths, jobs=N)" if has_jobs() else
                           "own ProcessPoolExecutor over kg.pipeline.article_graph(read_article(path))"}
    build(folder, 1, resolve=False)  # warm the page cache and imports
    for jobs in (1, 2):
        out[f"jobs{jobs}"] = summary(timed_runs(lambda j=jobs: build(folder, j, resolve=False), runs))
    out["speedup"] = out["jobs1"]["median_s"] / out["jobs2"]["median_s"]
    return out


def resolve_scaling(folder: Path, sizes: tuple[int, ...]) -> dict[str, Any]:
    """Seconds of ``kg.rdf.resolve.resolve`` on graphs of the first N articles (built without it)."""
    try:
        from kg.rdf.resolve import resolve
    except ImportError:
        return {}
    import shutil

    rows = []
    paths = generate.article_paths(folder)
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="kg-bench-res-") as tmp:
            for p in paths[:n]:
                shutil.copy(p, tmp)
            graph = build(Path(tmp), 1, resolve=False)
            started = time.perf_counter()
            merges = resolve(graph)
            rows.append({"articles": n, "resolve_s": time.perf_counter() - started, "merges": len(merges)})
    return {"rows": rows}


# -- end to end, in a child process ---------------------------------------------------------------------
def _rss_mb() -> dict[str, float]:
    return {"self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def graph_nquads(graph: Any) -> tuple[bytes, bytes, int, int]:
    """The quads of a KnowledgeGraph as kg.store.save lays them out: N-Quads of the named graphs, and
    N-Triples of their merged view (each distinct triple once, in the default graph).

    One pass over ``Dataset.quads`` (serializing graph by graph is quadratic in rdflib's memory store when
    many graphs share triples)."""
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.serializers.nt import _nt_row

    named: list[str] = []
    merged: set[str] = set()
    for s, p, o, g in graph.dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if name is None or name == DATASET_DEFAULT_GRAPH_ID:
            continue
        row = _nt_row((s, p, o))
        named.append(f"{row[:-3]} <{name}> .")
        merged.add(row[:-1])
    return ("\n".join(named) + "\n").encode(), ("\n".join(merged) + "\n").encode(), len(named), len(merged)


def child_e2e(folder: Path, jobs: int, resolve: bool, save: bool, query_repeat: int, memory_queries: bool,
              memory_timeout: float) -> dict[str, Any]:
    """Build ``folder`` into memory; save it to ``oxigraph:DIR`` (``save``) or lay the same quads out
    with bulk loads; bulk-load the named-graph quads into a fresh store (the floor of the store step);
    time the queries (``query_repeat`` > 0). Runs in the child process."""
    import pyoxigraph as ox

    import kg.store

    out: dict[str, Any] = {"articles": len(generate.article_paths(folder)), "jobs": jobs, "resolve": resolve,
                           "method": "kg.pipeline.build(paths, jobs=N)" if has_jobs() or jobs == 1 else
                           "own ProcessPoolExecutor"}
    with stage_timers() as stages:
        started = time.perf_counter()
        graph = build(folder, jobs, resolve)
        out["build_s"] = time.perf_counter() - started
    out["stages"] = dict(stages) if jobs == 1 else {k: v for k, v in stages.items() if k.startswith(("add", "res"))}
    out["rss_after_build"] = _rss_mb()
    started = time.perf_counter()
    named, merged, out["named_quads"], out["merged_triples"] = graph_nquads(graph)
    out["serialize_nquads_s"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="kg-bench-e2e-") as tmp:
        target = f"oxigraph:{Path(tmp) / 'kg'}"
        if save:
            started = time.perf_counter()
            kg.store.save(graph, target)
            out["save_s"] = time.perf_counter() - started
            out["rss_after_save"] = _rss_mb()
        fresh = ox.Store(str(Path(tmp) / "floor"))
        started = time.perf_counter()
        fresh.bulk_load(named, format=ox.RdfFormat.N_QUADS)
        fresh.flush()
        out["bulk_load_s"] = time.perf_counter() - started
        out["bulk_load_quads"] = len(fresh)
        del fresh
        if not save:  # the layout kg.store.save writes, by bulk loads: named graphs plus their merged view
            store = kg.store.open_oxigraph(Path(tmp) / "kg", create=True)
            started = time.perf_counter()
            store.bulk_load(named, format=ox.RdfFormat.N_QUADS)
            store.bulk_load(merged, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            store.flush()
            store.optimize()  # as kg.store.save ends
            out["bulk_layout_s"] = time.perf_counter() - started
        store = kg.store.open_oxigraph(Path(tmp) / "kg", create=False)
        out["store_quads"] = len(store)
        del named, merged
        if query_repeat:
            from benchmarks import bench_query

            n = out["articles"]
            try:
                out["queries"] = bench_query.run((n,), corpus=lambda _: graph, saved={n: target},
                                                 queries=bench_query.competency_queries(),
                                                 memory_up_to=None if memory_queries else 0,
                                                 memory_timeout=memory_timeout, repeat=query_repeat,
                                                 kg_timeout=600.0)
            except Exception as exc:  # keep the build's figures when a query fails
                out["queries_error"] = f"{type(exc).__name__}: {exc}"
        kg.store.close(target)
    out["rss_end"] = _rss_mb()  # includes the harness's own steps (N-Quads text, query runs)
    return out


def end_to_end(folder: Path, jobs: int, resolve: bool, *, save: bool = True, query_repeat: int = 0,
               memory_queries: bool = True, memory_timeout: float = 5.0) -> dict[str, Any]:
    """Run :func:`child_e2e` in a child process; add the parent's view of its peak RSS."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out_path = Path(handle.name)
    argv = [sys.executable, "-m", "benchmarks.bench_build", "--child", str(folder), "--jobs", str(jobs),
            "--out", str(out_path), "--memory-timeout", str(memory_timeout), "--query-repeat", str(query_repeat)]
    argv += [] if resolve else ["--no-resolve"]
    argv += [] if save else ["--no-save"]
    argv += [] if memory_queries else ["--no-memory-queries"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    started = time.perf_counter()
    subprocess.run(argv, check=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - started
    result: dict[str, Any] = json.loads(out_path.read_text(encoding="utf-8"))
    out_path.unlink()
    result["child_wall_s"] = wall
    result["parent_children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result


# -- accuracy on the generated corpus (the generator knows its ground truth) ------------------------------------
def accuracy(folder: Path, limit: int = 200) -> dict[str, Any]:
    """Precision and recall of signatories, absent organisations and people against the generator's truth,
    and the false signatories by extraction rule."""
    from collections import Counter

    from rdflib import RDF
    from rdflib.namespace import SKOS

    from kg.article import read_article
    from kg.namespaces import ACC
    from kg.pipeline import article_graph

    counts = {k: [0, 0, 0] for k in ("signatories", "absent", "people")}
    false_rules: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    paths = generate.article_paths(folder)[:limit]
    for path in paths:
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        _, g = article_graph(read_article(path, warn=False))

        def labels(nodes: Any, graph: Any = g) -> set[str]:
            return {generate.fold(str(label)) for n in nodes for label in graph.objects(n, SKOS.prefLabel)}

        got = {
            "signatories": labels(g.subjects(ACC.signed, ACC.CybersecurityTechAccord)),
            "absent": labels(g.subjects(ACC.absentFrom, ACC.CybersecurityTechAccord)),
            "people": labels(g.subjects(RDF.type, ACC.Person)),
        }
        want = {
            "signatories": {generate.fold(n) for n in truth["signatories"]},
            "absent": {generate.fold(n) for n in truth["absent"]},
            "people": {generate.fold(p["name"]) for p in truth["people"]},
        }
        for key, c in counts.items():
            c[0] += len(got[key] & want[key])
            c[1] += len(got[key] - want[key])
            c[2] += len(want[key] - got[key])
        for fact in g.subjects(RDF.predicate, ACC.signed):
            rule = str(g.value(fact, ACC.rule))
            rules[rule] += 1
            subject = g.value(fact, RDF.subject)
            if not labels([subject]) & want["signatories"]:
                false_rules[rule] += 1
    out: dict[str, Any] = {"articles": len(paths)}
    for key, (tp, fp, fn) in counts.items():
        out[key] = {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "tp": tp, "fp": fp, "fn": fn}
    out["signed_facts_by_rule"] = dict(rules.most_common())
    out["false_signed_by_rule"] = dict(false_rules.most_common())
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_build")
    parser.add_argument("n", type=int, nargs="?", default=1000, help="corpus size (default 1000)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-resolve", action="store_true")
    parser.add_argument("--no-save", action="store_true")
    parser.add_argument("--query-repeat", type=int, default=0)
    parser.add_argument("--no-memory-queries", action="store_true")
    parser.add_argument("--memory-timeout", type=float, default=5.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        result = child_e2e(args.child, args.jobs, not args.no_resolve, not args.no_save, args.query_repeat,
                           not args.no_memory_queries, args.memory_timeout)
        text = json.dumps(result, indent=1, default=str)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            print(text)
        return
    folder = generate.write_corpus(args.n)
    print(json.dumps(loader_rates(texts_of(folder), 3), indent=1))
    print(json.dumps(end_to_end(folder, 1, not args.no_resolve), indent=1))


if __name__ == "__main__":
    main()
