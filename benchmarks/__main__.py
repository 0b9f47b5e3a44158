"""``python -m benchmarks`` (``make bench``): every benchmark in one run; writes benchmarks/RESULTS.md.

The run keeps to a time budget (default 14 minutes on a 2-core machine). The parts that fit are
measured; what does not fit (the 10,000-article save into Oxigraph) is left to ``--full`` and shown as
extrapolated or not run, never guessed. rdflib's engine is timed at 10,000 articles too (one run per
query when it takes over 5 s): the issue's 10x target is set at that size.

    python -m benchmarks                 # the default run (writes benchmarks/RESULTS.md)
    python -m benchmarks --full          # also the 10,000-article save (~25 min)
    python -m benchmarks --quick         # small sizes, to check the harness (numbers not comparable)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import bench_build, bench_startup, generate

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MB = 1024 * 1024
LARGE_QUERY_REPEAT = 3  # timed runs per query at the largest size (after a warm-up run)


class Budget:
    def __init__(self, seconds: float) -> None:
        self.started = time.perf_counter()
        self.seconds = seconds

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def left(self) -> float:
        return self.seconds - self.elapsed()


# -- the machine --------------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cpu": cpu, "cores": cores, "ram_gib": ram / 1024**3 if ram else None, "os": platform.platform(),
            "load_at_start": load}


def versions() -> dict[str, str]:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for package in ("accord-kg", "rdflib", "pyoxigraph", "oxrdflib", "spacy"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "not installed"
    out["spaCy model"] = bench_build.installed_model() or "not installed"
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "kg"], capture_output=True,
                               text=True, check=True).stdout.strip()
        out["kg commit"] = commit + (" (kg/ has uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        out["kg commit"] = "unknown"
    hyperfine = shutil.which("hyperfine")
    out["hyperfine"] = subprocess.run([hyperfine, "--version"], capture_output=True, text=True,
                                      check=False).stdout.strip() if hyperfine else "not installed"
    return out


# -- running the parts ----------------------------------------------------------------------------------------
def part(results: dict[str, Any], name: str, action: Callable[[], Any], log: Callable[[str], None]) -> Any:
    """Run one benchmark; a failure is recorded (and shown in RESULTS.md), not fatal."""
    log(f"{name} ...")
    started = time.perf_counter()
    try:
        value = action()
    except Exception as exc:  # a benchmark that breaks must not lose the others
        results.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
        value = None
    results.setdefault("timings", {})[name] = time.perf_counter() - started
    log(f"{name}: {time.perf_counter() - started:.1f} s")
    return value


def geomean(values: list[float]) -> float:
    values = [v for v in values if v > 0]
    return math.exp(statistics.fmean(math.log(v) for v in values)) if values else float("nan")


def run_all(args: argparse.Namespace) -> dict[str, Any]:
    budget = Budget(args.budget)
    small, mid, large = (20, 100, 300) if args.quick else (100, 1000, 10000)
    speedup_n = 60 if args.quick else 500
    res: dict[str, Any] = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                           "machine": machine(), "versions": versions(), "sizes": [small, mid, large],
                           "mode": "quick" if args.quick else "full" if args.full else "default",
                           "budget_s": args.budget}

    def log(message: str) -> None:
        print(f"[{budget.elapsed():6.0f} s] {message}", file=sys.stderr, flush=True)

    folders = part(res, "generate", lambda: {n: generate.write_corpus(n) for n in (small, speedup_n, mid, large)},
                   log)
    if not folders:
        return res
    res["corpus"] = {str(n): {"articles": n, "folder": str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f),
                              "words": sum(len(p.read_text(encoding="utf-8").split())
                                           for p in generate.article_paths(f))}
                     for n, f in folders.items() if n in (small, mid, large)}

    res["startup"] = part(res, "startup", lambda: bench_startup.run(runs=5 if args.quick else 10), log)

    def rates(sizes: tuple[tuple[int, int], ...]) -> dict[str, Any]:
        out = {}
        for n, runs in sizes:
            out[str(n)] = bench_build.loader_rates(bench_build.texts_of(folders[n]), runs,
                                                   ner_limit=100 if n == small else 0)
        return out

    res["loader"] = part(res, "loader", lambda: rates(((small, 3), (mid, 3))), log)
    res["accuracy"] = part(res, "accuracy", lambda: bench_build.accuracy(folders[mid], limit=200), log)
    res["resolve"] = part(res, "resolve", lambda: bench_build.resolve_scaling(
        folders[mid], (25, 50, 100) if args.quick else (50, 100, 200)), log)
    resolve_ok = _resolve_affordable(res.get("resolve"), mid)
    res["speedup"] = part(res, "speedup", lambda: bench_build.speedup(folders[speedup_n], 3), log)
    res["e2e_mid"] = part(res, "end-to-end mid", lambda: bench_build.end_to_end(
        folders[mid], 1, resolve_ok, save=True, query_repeat=5, memory_queries=True, memory_timeout=30.0), log)

    # the large end-to-end build, if the budget allows it (keeping ~1 minute for the view and the profiles)
    estimate = _estimate_large(res, mid, large, args.full)
    res["e2e_large_estimate_s"] = estimate
    if args.full or estimate is None or estimate < budget.left() - 60:
        res["e2e_large"] = part(res, "end-to-end large", lambda: bench_build.end_to_end(
            folders[large], 2, _resolve_affordable(res.get("resolve"), large), save=args.full,
            query_repeat=LARGE_QUERY_REPEAT, memory_queries=not args.quick, memory_timeout=5.0), log)
    else:
        res["e2e_large"] = None
        res.setdefault("skipped", []).append(
            f"end-to-end build of {large:,} articles: estimated {estimate:.0f} s, {budget.left():.0f} s of the "
            f"budget left (run `python -m benchmarks --full`)")

    def view() -> Any:
        from benchmarks import bench_view

        return bench_view.run((500, 2000) if args.quick else (500, 2000, 10000), browser=not args.no_browser)

    res["view"] = part(res, "view", view, log)
    res["profiles"] = part(res, "profiles", lambda: profiles(folders[small]), log)

    # the loader alone at the large size (linear in articles: skipped when the budget is short)
    loader = res.get("loader") or {}
    per_word = sum(r["loader"]["median_s"] + r["tokenizer"]["median_s"] for r in loader.values()) / max(
        1, sum(r["words"] for r in loader.values()))
    large_words = res.get("corpus", {}).get(str(large), {}).get("words", 0)
    if args.full or per_word * large_words * 1.2 < budget.left() - 10:
        more = part(res, "loader large", lambda: rates(((large, 1),)), log)
        if more and res.get("loader") is not None:
            res["loader"].update(more)
    else:
        res.setdefault("skipped", []).append(
            f"loader and tokenizer over {large:,} articles: estimated {per_word * large_words:.0f} s, "
            f"{budget.left():.0f} s of the budget left")
    res["wall_s"] = budget.elapsed()
    res["machine"]["load_at_end"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return res


def _resolve_estimate(scaling: dict[str, Any] | None, n: int) -> float | None:
    """Seconds ``kg.rdf.resolve`` should take on ``n`` articles: a power law through the last two sizes
    timed (exponent at least 1)."""
    rows = (scaling or {}).get("rows") or []
    if len(rows) < 2:
        return None
    a, b = rows[-2], rows[-1]
    k = math.log(max(b["resolve_s"], 1e-6) / max(a["resolve_s"], 1e-6)) / math.log(b["articles"] / a["articles"])
    return float(b["resolve_s"] * (n / b["articles"]) ** max(1.0, k))


def _resolve_affordable(scaling: dict[str, Any] | None, n: int) -> bool:
    """Is kg.rdf.resolve cheap enough to leave on in a build of ``n`` articles (estimated under 30 s)?"""
    estimate = _resolve_estimate(scaling, n)
    return estimate is None or estimate < 30


def _estimate_large(res: dict[str, Any], mid: int, large: int, full: bool) -> float | None:
    """Seconds the large child should take, scaled from the mid-size one (build at jobs=1 scaled by the
    measured speed-up, linear in articles; queries linear in size)."""
    e2e = res.get("e2e_mid")
    if not e2e:
        return None
    scale = large / mid
    speed = (res.get("speedup") or {}).get("speedup") or 1.0
    build = e2e["build_s"] * scale / max(1.0, speed)
    stages = e2e.get("stages", {})
    build -= sum(v for k, v in stages.items() if k.startswith("resolve")) * scale / max(1.0, speed)
    rest = (e2e.get("serialize_nquads_s", 0) + 3 * e2e.get("bulk_load_s", 0)) * scale
    repeat = LARGE_QUERY_REPEAT
    queries = sum(q["bare_pyoxigraph_ms"] * (repeat + 1) + q["kg_oxigraph_ms"] * (repeat + 2)
                  for q in e2e.get("queries", [])) / 1000 * scale
    queries += sum(q.get("kg_memory_ms", 0) for q in e2e.get("queries", [])) / 1000 * scale
    if full:
        rest += e2e.get("save_s", 0) * scale * 1.5
    return build + rest + queries + 20


# -- profiles ---------------------------------------------------------------------------------------------------
def profiles(small: Path) -> dict[str, str]:
    """cProfile top functions of the parts whose targets are often missed (cheap: small inputs)."""
    import kg.store
    from kg.cli import main as kg_main

    out: dict[str, str] = {}
    texts = bench_build.texts_of(small)
    out["loader"] = bench_build.profile_text(lambda: bench_build.loader_pass(texts))
    out["loader_cumulative"] = bench_build.profile_text(lambda: bench_build.loader_pass(texts), top=24,
                                                        sort="cumulative")
    graph = bench_build.build(small, 1, resolve=False)
    with tempfile.TemporaryDirectory(prefix="kg-bench-prof-") as tmp:
        target = f"oxigraph:{Path(tmp) / 'store'}"
        out["store"] = bench_build.profile_text(lambda: kg.store.save(graph, target))
        from benchmarks import bench_query

        stored = kg.store.load(target)
        queries = bench_query.competency_queries()
        for name in ("evidence", "timeline"):
            if name in queries:
                bench_query._kg_query(stored, queries[name])
                out[f"query_{name}"] = bench_build.profile_text(
                    lambda q=queries[name]: [bench_query._kg_query(stored, q) for _ in range(5)], top=12)
        kg.store.close(target)
    out["build_jobs2_main"] = bench_build.profile_text(lambda: bench_build.build(small, 2, resolve=False), top=12)
    try:
        from kg.rdf.resolve import resolve

        out["resolve"] = bench_build.profile_text(lambda: resolve(graph), top=12)
    except ImportError:
        pass
    with tempfile.TemporaryDirectory(prefix="kg-bench-prof-") as tmp:
        seed = str(bench_startup.SEED)
        out["seed_build"] = bench_build.profile_text(
            lambda: kg_main(["build", seed, "-o", str(Path(tmp) / "seed.ttl"), "-q"]), top=14, sort="cumulative")
    out["import_kg_help"] = bench_startup.import_profile()
    return out


# -- targets ------------------------------------------------------------------------------------------------------
def targets(res: dict[str, Any]) -> list[dict[str, Any]]:
    """(target, measured, met?) rows; ``met`` is None when the figure could not be measured."""
    rows: list[dict[str, Any]] = []
    _, mid, large = res["sizes"]

    def add(key: str, target: str, measured: str, met: bool | None, note: str = "") -> None:
        rows.append({"key": key, "target": target, "measured": measured, "met": met, "note": note})

    loader = (res.get("loader") or {}).get(str(mid))
    if loader:
        ratio = loader["loader"]["words_per_s"] / loader["tokenizer"]["words_per_s"]
        add("loader", "loader words/s >= 0.5x spaCy's bare tokenizer",
            f"{ratio:.2f}x ({loader['loader']['words_per_s']:,.0f} vs {loader['tokenizer']['words_per_s']:,.0f} "
            f"words/s, {mid:,} articles)", ratio >= 0.5)
    small_rates = (res.get("loader") or {}).get(str(res["sizes"][0])) or {}
    if "pipeline" in small_rates and "loader_on_sample" in small_rates:
        loader_wps = small_rates["loader_on_sample"]["words_per_s"]
        times = loader_wps / small_rates["pipeline"]["words_per_s"]
        ner_only = loader_wps / small_rates["ner"]["words_per_s"]
        add("ner", "loader >= 15x faster than a statistical NER pass (spaCy's small English pipeline)",
            f"{times:.1f}x ({loader_wps:,.0f} vs {small_rates['pipeline']['words_per_s']:,.0f} words/s, "
            f"{small_rates['pipeline']['articles']} articles, pipes: {', '.join(small_rates['pipeline_pipes'])}); "
            f"against the ner component alone {ner_only:.1f}x", times >= 15,
            "met = the whole pipeline, which the issue describes (30-40x slower than the tokenizer); the ner "
            "component alone is the stricter figure")
    e2e = res.get("e2e_mid")
    if e2e and "save_s" in e2e:
        emit = e2e["stages"].get("emit (facts to triples)", 0.0)
        step = emit + e2e["save_s"]
        ratio = step / e2e["bulk_load_s"]
        add("store", "store step (facts -> triples -> Oxigraph) <= 2x bare bulk_load",
            f"{ratio:.1f}x ({emit:.1f} s emit + {e2e['save_s']:.1f} s kg.store.save vs {e2e['bulk_load_s']:.2f} s "
            f"bulk_load, {e2e['bulk_load_quads']:,} quads, {mid:,} articles)", ratio <= 2)
    large_e2e = res.get("e2e_large")
    if large_e2e and "save_s" in large_e2e:
        ratio = large_e2e["save_s"] / large_e2e["bulk_load_s"]
        add("store_large", f"store step at {large:,} articles <= 2x bare bulk_load",
            f"{ratio:.1f}x (kg.store.save alone {large_e2e['save_s']:.0f} s vs {large_e2e['bulk_load_s']:.1f} s)",
            ratio <= 2)
    sp = res.get("speedup")
    if sp:
        add("speedup", ">= 1.7x speed-up from 1 to 2 cores",
            f"{sp['speedup']:.2f}x ({sp['jobs1']['median_s']:.1f} s -> {sp['jobs2']['median_s']:.1f} s, "
            f"{sp['articles']} articles)", sp["speedup"] >= 1.7, sp["method"])
    if large_e2e:
        rss = large_e2e["rss_after_build"]
        peak = rss["self_mb"] + rss["workers_mb"]
        add("rss_memory", f"peak RSS <= 1 GB ({large:,} articles, in-memory store)",
            f"{peak / 1024:.2f} GB (main {rss['self_mb']:.0f} MB + largest worker {rss['workers_mb']:.0f} MB)",
            peak <= 1024)
        if "rss_after_save" in large_e2e:
            rss2 = large_e2e["rss_after_save"]
            peak2 = rss2["self_mb"] + rss2["workers_mb"]
            add("rss_oxigraph", f"peak RSS <= 1 GB ({large:,} articles, into Oxigraph)", f"{peak2 / 1024:.2f} GB",
                peak2 <= 1024)
        else:
            add("rss_oxigraph", f"peak RSS <= 1 GB ({large:,} articles, into Oxigraph)",
                f">= {peak / 1024:.2f} GB (lower bound: kg builds in memory, then saves)",
                False if peak > 1024 else None,
                "save not run at this size in the default run")
    elif e2e:
        rss = e2e["rss_after_save"]["self_mb"]
        add("rss_memory", f"peak RSS <= 1 GB ({large:,} articles)",
            f"not measured; {rss:.0f} MB at {mid:,} articles", None)
    for size_key, label in (("e2e_mid", mid), ("e2e_large", large)):
        queries = (res.get(size_key) or {}).get("queries") or []
        if not queries:
            continue
        ratios = [q["ratio"] for q in queries]
        worst = max(queries, key=lambda q: q["ratio"])
        gm = geomean(ratios)
        add(f"query_bare_{label}", f"kg on Oxigraph <= 1.5x bare pyoxigraph ({label:,} articles)",
            f"geometric mean {gm:.2f}x over {len(queries)} queries; worst {worst['ratio']:.2f}x ({worst['query']})",
            gm <= 1.5, "met = geometric mean; per query in the table below")
        memory = [q for q in queries if q.get("kg_memory_ms")]
        if memory:
            speed = [q["kg_memory_ms"] / max(q["kg_oxigraph_ms"], 1e-3) for q in memory]
            least = min(memory, key=lambda q: q["kg_memory_ms"] / max(q["kg_oxigraph_ms"], 1e-3))
            add(f"query_memory_{label}", f"kg on Oxigraph >= 10x faster than rdflib memory ({label:,} articles)",
                f"geometric mean {geomean(speed):.1f}x; least {least['kg_memory_ms'] / least['kg_oxigraph_ms']:.1f}x "
                f"({least['query']})", geomean(speed) >= 10, "met = geometric mean")
    start = {r["command"]: r for r in (res.get("startup") or {}).get("rows", [])}
    if "kg --help" in start:
        s = start["kg --help"]["median_s"]
        add("help", "`kg --help` <= 0.3 s (whole process)", f"{s:.3f} s (python -c pass: "
            f"{start['python -c pass']['median_s']:.3f} s)", s <= 0.3)
    if "kg build SEED -o seed.ttl" in start:
        s = start["kg build SEED -o seed.ttl"]["median_s"]
        add("seed", "`kg build` of the seed article <= 2 s (whole process)", f"{s:.2f} s", s <= 2)
    if res.get("wall_s"):
        add("wall", "`make bench` under 15 minutes (2 cores)", f"{res['wall_s'] / 60:.1f} min (this run)",
            res["wall_s"] < 900)
    return rows


# -- RESULTS.md ---------------------------------------------------------------------------------------------------
FIXES = {
    "loader": "Shares of the loader's time in this run (cumulative, from the profile below): {shares}. "
              "Done so far: the dictionary alternation only tries positions that start with a capital "
              "(a case-sensitive look-ahead, 4x faster), and the case-insensitive cue patterns first run a "
              "lower-case twin over `text.lower()` (`kg.nlp.patterns.Cue`, 2-4x faster per pattern). What is "
              "left: `find_mentions` runs `_RUN` and the per-mention context regexes per sentence (one pass per "
              "block would do), `base.has_any` stem checks run on every sentence, and `linking._short_form_of` "
              "compares every pair of names in an article.",
    "ner": "{shares} The whole small pipeline (tagger, parser, lemmatizer, ner) is the reference the issue "
           "describes; the ner component alone is about twice as fast as the whole pipeline, so matching it needs "
           "a loader near the tokenizer's own speed (see the loader fixes).",
    "store": "`kg.store.save` costs more per graph the more graphs there are, for two reasons. (1) It "
             "serializes each named graph with rdflib (`Graph.serialize(format='nt')` over the memory store), and "
             "rdflib's Memory store looks up all the contexts of every triple it yields: triples that every "
             "article graph repeats (the accord's type and label, known companies' labels) make each graph's "
             "serialization O(number of graphs) -- measured here on a toy Dataset: 0.6 ms per 220-triple graph "
             "without shared triples, 11.7 ms with 20 triples shared by 4,000 graphs. (2) It sends one SPARQL "
             "update per graph (DELETE .. FILTER NOT EXISTS, DROP, INSERT DATA of the graph and again into the "
             "merged default graph), which Oxigraph parses and plans each time. Fix: read the quads once "
             "(`dataset.quads((None, None, None, None))`, linear), write graphs not yet in the store with one "
             "`Store.bulk_load` of N-Quads plus one of N-Triples into the default graph (the merged view), and "
             "keep the per-graph update only for graphs that are replaced.",
    "store_large": "As above: the per-graph cost of `kg.store.save` grows with the number of graphs, so the "
                   "ratio is worse at 10,000 articles.",
    "speedup": "The main process is the bottleneck: with 2 workers it still unpickles every triple's rdflib "
               "terms, rebuilds an rdflib Graph from each worker's list (`kg.pipeline.build`) and copies it into "
               "the Dataset (`KnowledgeGraph.add_graph`), so each triple goes through rdflib's `Memory.add` (with "
               "its event dispatch) three times: into emit's Graph, into the rebuilt Graph and into the Dataset. "
               "{stages} With a third process competing for the two cores (and other load on a shared machine) "
               "two workers cannot reach 1.7x. Fix: have workers return plain tuples or N-Quads text, add each "
               "article with one `Dataset.addN` (no intermediate Graph, no `remove_graph` for names not present "
               "yet); better, stream articles into Oxigraph (see peak RSS).",
    "rss_memory": "rdflib's Memory store keeps every quad in several Python dicts and sets (about 1.3 KB per "
                  "quad here). 10,000 articles are ~2.3 million quads. Fix: build large corpora straight into "
                  "Oxigraph (`kg build --store oxigraph:DIR` writing each article's quads as they arrive, "
                  "without the in-memory Dataset), or keep the memory store only for small builds.",
    "rss_oxigraph": "`kg build --store` builds the whole Dataset in memory before saving, so its peak includes "
                    "the in-memory figure; stream articles into the store instead (see rss_memory).",
    "query_bare": "kg runs each query in a worker thread (for the timeout), converts every value to a Python "
                  "object (`_ox_to_python`: datetime, Decimal, ...) and builds a named-tuple row, where bare "
                  "pyoxigraph only reads `.value`; on queries with thousands of rows that per-row cost shows (see "
                  "the profile), on sub-millisecond queries the fixed per-query cost does. Fix: convert lazily "
                  "(keep the pyoxigraph solution and convert a value when a row field is read), and skip the "
                  "thread when no timeout is asked for.",
    "query_memory": "kg is at or below bare pyoxigraph here (see the kg / bare column: it sorts plain ORDER BY "
                    "results in Python, `kg/orderby.py`), so the shortfall is Oxigraph's own speed against "
                    "rdflib's engine on these shapes: compare the bare pyoxigraph and rdflib memory columns. The "
                    "joins through reified `acc:Fact`s (evidence, timeline, signed-by-date, top-20) are where "
                    "Oxigraph gains least. Fixes to measure: a direct shortcut triple from each signatory to its "
                    "evidence sentence beside the reification (fewer joins), or an in-memory pyoxigraph copy in "
                    "front of small on-disk stores.",
    "help": "See the import profile: `kg --help` should import only argparse and kg.cli.",
    "seed": "See the seed-build profile: most of the time is imports (rdflib, plugins) and the first "
            "compilation of the dictionary pattern.",
    "wall": "The 10,000-article builds dominate; see the build targets.",
}
PROFILE_FOR: dict[str, Any] = {
    "loader": ("loader", "loader_cumulative"), "ner": ("loader", "loader_cumulative"),
    "store": "store", "store_large": "store",
    "speedup": "build_jobs2_main", "query_bare": "query_timeline", "query_memory": "query_evidence",
    "help": "import_kg_help", "seed": "seed_build", "rss_memory": None, "rss_oxigraph": None, "wall": None,
}


def _fmt_s(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}" if value < 1 else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def write_results(res: dict[str, Any], path: Path) -> None:
    small, mid, large = res["sizes"]
    m, v = res["machine"], res["versions"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `python -m benchmarks` (`make bench`), mode **{res['mode']}**, on {res['date']}; "
        f"the run took {res.get('wall_s', 0) / 60:.1f} min. Numbers are medians of 3 or more runs unless a row "
        "says otherwise; min-max in brackets. Corpora come from `benchmarks/generate.py` (seed "
        f"{generate.DEFAULT_SEED}). Regenerate with `make bench`; do not edit by hand.",
        "",
        "| machine | |",
        "|---|---|",
        f"| CPU | {m['cpu']} |",
        f"| cores | {m['cores']} |",
        f"| RAM | {m['ram_gib']:.1f} GiB |" if m.get("ram_gib") else "| RAM | unknown |",
        f"| OS | {m['os']} |",
        f"| load average (1 min) at start / end | {m['load_at_start']:.2f} / {m.get('load_at_end') or 0:.2f} "
        "(a shared machine: other processes compete for the cores) |" if m.get("load_at_start") is not None else "",
        "",
        "| versions | |",
        "|---|---|",
        *[f"| {k} | {val} |" for k, val in v.items()],
        "",
    ]
    if res.get("corpus"):
        lines += ["Corpora: " + ", ".join(f"{int(n):,} articles ({c['words']:,} words)"
                                          for n, c in res["corpus"].items()) + ".", ""]
    rows = targets(res)
    lines += ["## Targets", "", "| target | measured | met? |", "|---|---|---|"]
    for row in rows:
        met = "yes" if row["met"] else "n/a" if row["met"] is None else "**no**"
        note = f" ({row['note']})" if row["note"] else ""
        lines.append(f"| {row['target']} | {row['measured']}{note} | {met} |")
    for item in res.get("skipped", []):
        lines.append(f"\nNot run: {item}.")
    for name, error in (res.get("errors") or {}).items():
        lines.append(f"\nFailed: {name}: `{error}`.")
    for key in ("e2e_mid", "e2e_large"):
        if (res.get(key) or {}).get("queries_error"):
            lines.append(f"\nFailed: queries in {key}: `{res[key]['queries_error']}`.")
    lines.append("")
    lines += _build_section(res, small, mid, large)
    lines += _query_section(res)
    lines += _startup_section(res)
    lines += _view_section(res)
    lines += _accuracy_section(res)
    lines += _missed_section(res, rows)
    lines += ["## Raw results", "", "<details><summary>JSON</summary>", "", "```json",
              json.dumps({k: val for k, val in res.items() if k != "profiles"}, indent=1, default=str), "```", "",
              "</details>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _build_section(res: dict[str, Any], small: int, mid: int, large: int) -> list[str]:
    out = ["## Build", "", "### Text to facts: the loader beside spaCy", "",
           "Words are whitespace-separated words of the stored files (front matter included), the same count "
           "for every row. Loader = `kg.article.read_text` + `kg.nlp.document.analyse` + "
           "`kg.relations.extract_all`. Tokenizer = `spacy.blank(\"en\").tokenizer`, a fresh one per run.", "",
           "| articles | words | loader words/s | spaCy tokenizer words/s | loader / tokenizer | runs |",
           "|---|---|---|---|---|---|"]
    loader = res.get("loader") or {}
    ner_line = None
    for n, r in loader.items():
        lo, tok = r["loader"], r["tokenizer"]
        out.append(f"| {int(n):,} | {r['words']:,} | {lo['words_per_s']:,.0f} [{lo['words_per_s_min']:,.0f}-"
                   f"{lo['words_per_s_max']:,.0f}] | {tok['words_per_s']:,.0f} [{tok['words_per_s_min']:,.0f}-"
                   f"{tok['words_per_s_max']:,.0f}] | {lo['words_per_s'] / tok['words_per_s']:.2f}x | {lo['runs']} |")
        if "ner" in r:
            pipes = " + ".join(r.get("ner_pipes", ["ner"]))
            ner_line = (f"Statistical NER ({r['ner_model']}, pipes: {pipes}, {r['ner']['articles']} articles): "
                        f"{r['ner']['words_per_s']:,.0f} words/s [{r['ner']['words_per_s_min']:,.0f}-"
                        f"{r['ner']['words_per_s_max']:,.0f}].")
        elif r.get("ner_model") == "not installed":
            ner_line = "Statistical NER: no spaCy model installed (`en_core_web_*`), so not measured."
        if "pipeline" in r and ner_line:
            ner_line += (f" The whole pipeline ({', '.join(r['pipeline_pipes'])}): "
                         f"{r['pipeline']['words_per_s']:,.0f} words/s; the loader on the same "
                         f"{r['pipeline']['articles']} articles: {r['loader_on_sample']['words_per_s']:,.0f} words/s.")
    if ner_line:
        out += ["", ner_line]
    out.append("")
    e2e = res.get("e2e_mid")
    if e2e:
        out += [f"### Stages of one build ({e2e['articles']:,} articles, 1 process, in-process timers)", "",
                "| stage | seconds | share |", "|---|---|---|"]
        total = e2e["build_s"]
        for stage, seconds in e2e["stages"].items():
            out.append(f"| {stage} | {seconds:.2f} | {seconds / total:.0%} |")
        rest = total - sum(e2e["stages"].values())
        out += [f"| other (collecting files, worker hand-over, ...) | {rest:.2f} | {rest / total:.0%} |",
                f"| **kg.build total** | {total:.2f} | |", ""]
        for key, size in (("e2e_mid", mid), ("e2e_large", large)):
            if res.get(key) and not res[key].get("resolve", True):
                out += [f"Entity resolution (`kg.rdf.resolve`) was turned off in the build of {size:,} articles: at "
                        "the measured rate it would dominate it (see below).", ""]
    sp = res.get("speedup")
    if sp:
        out += ["### 1 vs 2 cores", "", f"{sp['articles']} articles, entity resolution off (it is serial), method: "
                f"{sp['method']}.", "", "| workers | seconds | runs |", "|---|---|---|"]
        for jobs in (1, 2):
            r = sp[f"jobs{jobs}"]
            out.append(f"| {jobs} | {r['median_s']:.2f} [{r['min_s']:.2f}-{r['max_s']:.2f}] | {r['runs']} |")
        out += ["", f"Speed-up: {sp['speedup']:.2f}x.", ""]
    resolve = (res.get("resolve") or {}).get("rows")
    if resolve:
        out += ["### Entity resolution across articles (`kg.rdf.resolve.resolve`)", "",
                "| articles | seconds | merges |", "|---|---|---|"]
        out += [f"| {r['articles']:,} | {r['resolve_s']:.2f} | {r['merges']} |" for r in resolve]
        if len(resolve) >= 2:
            a, b = resolve[-2], resolve[-1]
            growth = max(b["resolve_s"], 1e-6) / max(a["resolve_s"], 1e-6)
            k = math.log(growth) / math.log(b["articles"] / a["articles"])
            est = b["resolve_s"] * (large / b["articles"]) ** k
            out += ["", f"Growth exponent between the last two sizes: {k:.2f}. Extrapolated to {large:,} articles: "
                    f"~{est:,.0f} s (**extrapolated**, not measured).", ""]
    out += ["### End to end", ""]
    out += ["| articles | workers | build into memory (s) | peak RSS after build | kg.store.save to Oxigraph (s) | "
            "peak RSS after save | bare bulk_load of the same quads (s) | quads (named graphs) | store quads |",
            "|---|---|---|---|---|---|---|---|---|"]
    for key in ("e2e_mid", "e2e_large"):
        r = res.get(key)
        if not r:
            continue
        rss = r["rss_after_build"]
        save = _fmt_s(r.get("save_s")) if "save_s" in r else "not run"
        rss2 = f"{r['rss_after_save']['self_mb']:.0f} MB" if "rss_after_save" in r else "-"
        layout = r.get("store_quads", 0)
        worker = f" + {rss['workers_mb']:.0f} MB worker" if rss["workers_mb"] else ""
        out.append(f"| {r['articles']:,} | {r['jobs']} | {_fmt_s(r['build_s'])} | {rss['self_mb']:.0f} MB main"
                   f"{worker} | {save} | {rss2} | {_fmt_s(r['bulk_load_s'])} | {r['named_quads']:,} | {layout:,} |")
    mid_r, large_r = res.get("e2e_mid"), res.get("e2e_large")
    if mid_r and large_r and "save_s" not in large_r and "save_s" in mid_r:
        per_graph = mid_r["save_s"] / mid_r["articles"]
        out += ["", f"The save of {large_r['articles']:,} articles was not run (budget). At the {mid_r['articles']:,}-"
                f"article rate ({per_graph * 1000:.0f} ms per article graph) it would take at least "
                f"{per_graph * large_r['articles']:,.0f} s (**extrapolated**, a lower bound: the per-graph cost "
                f"grows with the store). The {large_r['articles']:,}-article queries below ran on a store with the "
                "same layout "
                "(named graphs plus their merged view in the default graph) written with `bulk_load`"
                f" ({_fmt_s(large_r.get('bulk_layout_s'))} s)."]
    parent = max((res.get(k) or {}).get("parent_children_maxrss_mb", 0) for k in ("e2e_mid", "e2e_large"))
    out += ["", "Peak RSS is `ru_maxrss` of the child process that ran the build (`RUSAGE_SELF`) and of its "
            "largest worker (`RUSAGE_CHILDREN`), read right after the build and after the save. The parent's "
            f"`RUSAGE_CHILDREN` after all children ({parent:.0f} MB) also counts the harness's later steps in the "
            "same child (N-Quads text for the floor, query runs), so it is not kg's figure.", ""]
    return out


def _query_section(res: dict[str, Any]) -> list[str]:
    out = ["## Queries", "", "The shipped queries (`examples/queries/*.rq`) plus a 3-hop evidence join and a GROUP BY "
           "top-20 (`benchmarks/bench_query.py`). ms per query, reading every value; bare = `pyoxigraph.Store.query`"
           ", kg = `kg.sparql.run_query` on the `oxigraph:` store (median after a warm-up; first = the very first "
           "run), memory = `run_query` on the in-memory rdflib graph (best of two runs, one if the first took "
           "over the limit).", ""]
    for key in ("e2e_mid", "e2e_large"):
        queries = (res.get(key) or {}).get("queries")
        if not queries:
            continue
        n = queries[0]["n_articles"]
        out += [f"### {n:,} articles ({queries[0]['triples']:,} distinct triples)", "",
                "| query | rows | bare pyoxigraph | kg on oxigraph | kg / bare | kg first run | rdflib memory | "
                "memory / kg |", "|---|---|---|---|---|---|---|---|"]
        for q in queries:
            mem = q.get("kg_memory_ms")
            mem_text = f"{mem:,.1f}" + (" (1 run)" if q.get("kg_memory_runs") == 1 else "") if mem else "not run"
            mem_ratio = f"{mem / max(q['kg_oxigraph_ms'], 1e-3):.1f}x" if mem else "-"
            out.append(f"| {q['query']} | {q['rows']:,} | {q['bare_pyoxigraph_ms']:.2f} | {q['kg_oxigraph_ms']:.2f} | "
                       f"{q['ratio']:.2f}x | {q['kg_oxigraph_first_ms']:.1f} | {mem_text} | {mem_ratio} |")
        out.append("")
    return out


def _startup_section(res: dict[str, Any]) -> list[str]:
    st = res.get("startup")
    if not st:
        return []
    out = ["## Start-up", "", f"Whole processes timed with {st['tool']} (one warm-up run).", "",
           "| command | median (s) | min-max (s) | runs |", "|---|---|---|---|"]
    out += [f"| `{r['command']}` | {r['median_s']:.3f} | {r['min_s']:.3f}-{r['max_s']:.3f} | {r['runs']} |"
            for r in st["rows"]]
    return [*out, ""]


def _view_section(res: dict[str, Any]) -> list[str]:
    rows = res.get("view")
    if not rows:
        return []
    out = ["## View", "", "`benchmarks/bench_view.py`: synthetic graphs of the given size; project = RDF to networkx, "
           "generate = networkx to the HTML file; settle = headless Chromium until the layout has settled "
           "(overview page, and all 2,000 nodes drawn).", "",
           "| entities | edges | mode | project (s) | generate (s) | HTML size | settle (s) | settle, all nodes (s) |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['entities']:,} | {r['edges']:,} | {r['mode']} | {r['project_s']:.3f} | "
                   f"{r['generate_s']:.3f} | "
                   f"{r['html_bytes'] / MB:.2f} MB | {r.get('settle_s', '-')} | {r.get('settle_full_s', '-')} |")
    return [*out, ""]


def _accuracy_section(res: dict[str, Any]) -> list[str]:
    acc = res.get("accuracy")
    if not acc:
        return []
    out = ["## Accuracy on the generated corpus", "",
           f"First {acc['articles']} articles of the generated corpus, against the generator's ground truth "
           "(names folded: case, legal suffix, punctuation). Unseen text with invented names: a check beside the "
           "hand-written dev corpus.", "", "| question | precision | recall | tp | fp | fn |",
           "|---|---|---|---|---|---|"]
    for key in ("signatories", "absent", "people"):
        r = acc[key]
        out.append(f"| {key} | {r['precision']:.3f} | {r['recall']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} |")
    out += ["", "Signing facts by extraction rule (all / not in the truth): " + ", ".join(
        f"`{rule}` {count} / {acc['false_signed_by_rule'].get(rule, 0)}"
        for rule, count in acc["signed_facts_by_rule"].items()) + ".", ""]
    return out


_SHARE_KEYS = {
    "analyse": r"document\.py:\d+\(analyse\)", "find_mentions": r"\(find_mentions\)",
    "Gazetteer.find": r"gazetteer\.py:\d+\(find\)", "link": r"linking\.py:\d+\(link\)",
    "extract_all": r"\(extract_all\)", "membership._read": r"membership\.py:\d+\(_read\)",
    "leaders._read": r"leaders\.py:\d+\(_read\)", "read_text": r"\(read_text\)",
    "yaml.safe_load": r"\(safe_load\)",
}


def _loader_shares(profile: str) -> str:
    """'analyse 49%, find_mentions 37%, ...' from a cumulative cProfile listing of loader_pass."""
    import re

    cumulative: dict[str, float] = {}
    total = None
    for line in profile.splitlines():
        parts = line.split(None, 5)
        if len(parts) < 6:
            continue
        try:
            cum = float(parts[3])
        except ValueError:
            continue
        if "(loader_pass)" in parts[5]:
            total = cum
        for label, pattern in _SHARE_KEYS.items():
            if label not in cumulative and re.search(pattern, parts[5]):
                cumulative[label] = cum
    if not total:
        return "not profiled"
    return ", ".join(f"`{label}` {cum / total:.0%}" for label, cum in cumulative.items()) or "not profiled"


def _stage_note(res: dict[str, Any]) -> str:
    parts = []
    mid, large = res.get("e2e_mid") or {}, res.get("e2e_large") or {}
    stages = mid.get("stages", {})
    emit = stages.get("emit (facts to triples)")
    add = stages.get("add_graph (into the memory Dataset)")
    if emit is not None and add is not None:
        parts.append(f"In this run's 1-process build of {mid['articles']:,} articles, emit took {emit:.1f} s and "
                     f"add_graph {add:.1f} s of {mid['build_s']:.1f} s.")
    add_large = large.get("stages", {}).get("add_graph (into the memory Dataset)")
    if add_large is not None:
        parts.append(f"At {large['articles']:,} articles with {large['jobs']} workers, add_graph alone took "
                     f"{add_large:.0f} s of the main process's {large['build_s']:.0f} s.")
    return " ".join(parts)


def _missed_section(res: dict[str, Any], rows: list[dict[str, Any]]) -> list[str]:
    missed = [r for r in rows if r["met"] is False]
    profs = res.get("profiles") or {}
    out = ["## Missed targets: profiles and fixes", ""]
    if not missed:
        return [*out, "None.", ""]
    for row in missed:
        fix = FIXES.get(row["key"]) or FIXES.get(row["key"].rsplit("_", 1)[0], "")
        fix = fix.replace("{shares}", _loader_shares(profs.get("loader_cumulative", "")))
        fix = fix.replace("{stages}", _stage_note(res))
        out += [f"### {row['target']}", "", f"Measured: {row['measured']}.", "", fix, ""]
        prefix = row["key"].rsplit("_", 1)[0]
        names = PROFILE_FOR.get(row["key"]) or PROFILE_FOR.get(prefix) or ()
        for name in (names,) if isinstance(names, str) else names:
            if profs.get(name):
                out += [f"Profile ({name}):", "", "```", profs[name], "```", ""]
    slow = (_resolve_estimate(res.get("resolve"), res["sizes"][2]) or 0) > 60
    if profs.get("resolve") and slow:
        out += ["### Entity resolution (no target of its own; it decides whether builds of 1,000+ articles finish)",
                "", "`kg.rdf.resolve.plan` compares every entity's names with every other entity's (quadratic), "
                "and `_one_preferred_label` walks every named graph for each entity with two labels. Fix: index "
                "names by (kind, first words) once (a dict from each proper word-prefix to the entities having a "
                "longer name with it), and collect `(entity, label, graph)` in the one pass over "
                "`skos:prefLabel` quads so only the graphs holding a label are touched.", "", "Profile (resolve, "
                "small corpus):", "", "```", profs["resolve"], "```", ""]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=14 * 60, help="seconds (default 840)")
    parser.add_argument("--full", action="store_true", help="run every part at full size, whatever it takes")
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the harness")
    parser.add_argument("--no-browser", action="store_true", help="skip the headless-Chromium view timing")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args = parser.parse_args(argv)
    res = run_all(args)
    write_results(res, args.out)
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, default=str), encoding="utf-8")
    print(f"wrote {args.out} ({res.get('wall_s', 0) / 60:.1f} min)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
