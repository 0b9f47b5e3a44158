"""The ``kg`` command line: it parses arguments and calls the public API, nothing more.

Exit codes: 0 success; 1 validation failed or another error; 2 bad input or usage;
3 output cannot be written; 4 query error; 5 query refused; 6 query timeout;
7 store error; 70 internal error (a bug: please report it); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from kg.errors import KGError, OutputError

_GRAPH_HELP = "a graph file (.ttl .trig .nt .nq .jsonld .rdf) or a store: oxigraph:DIR, sparql:URL"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + error
        self.exit(2, f"kg: error: {message} (see '{self.prog} --help')\n")


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.pipeline import BuildOptions, build

    if not args.output and not args.store:
        raise OutputError("nothing to write: give -o FILE (.ttl .jsonld .nt .trig .html ...) or --store SPEC")
    existing = None
    if args.append:
        previous = [t for t in args.output if Path(t).suffix.lower() in (".trig", ".nq") and Path(t).exists()]
        if not previous and not [t for t in args.output if Path(t).suffix.lower() in (".trig", ".nq")]:
            raise KGError("--append needs a .trig or .nq output (they keep one named graph per article)")
        if previous:
            existing = _load(previous[0])
    options = BuildOptions(progress=None if not args.quiet else False, warn=not args.quiet, jobs=args.jobs,
                           strict=args.strict, model=args.model)
    if args.store and not args.output:  # straight into the store, a batch at a time: memory stays bounded
        from kg.pipeline import build_into

        count = build_into(args.articles, args.store, options=options)
        if not args.quiet:
            print(f"stored {count} article graph(s) in {args.store}", file=sys.stderr)
        return 0
    graph = build(args.articles, options=options, graph=existing)
    for target in args.output:
        _write(graph, target)
        if not args.quiet:
            print(f"wrote {target}", file=sys.stderr)
    if args.store:
        from kg.store import save

        save(graph, args.store)
        if not args.quiet:
            print(f"stored {len(graph.graph_names())} article graph(s) in {args.store}", file=sys.stderr)
    return 0


def _write(graph: Any, target: str) -> None:
    suffix = Path(target).suffix.lower()
    if suffix in (".html", ".htm"):
        graph.render_html(target)
    elif suffix in (".png", ".svg"):
        from kg.view import render_static

        render_static(graph, target)
    else:
        graph.serialize(target)


def _load(spec: str) -> Any:
    from kg.store import load

    return load(spec)


def _cmd_query(args: argparse.Namespace) -> int:
    if (args.query_file is None) == (args.expression is None):
        raise KGError("give a query file or -e 'SPARQL', not both and not neither")
    if args.expression is not None:
        sparql = args.expression
    else:
        path = Path(args.query_file)
        try:
            sparql = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            from kg.errors import InputError

            raise InputError(f"{path}: no such query file") from None
        except (OSError, UnicodeDecodeError) as exc:
            from kg.errors import InputError

            raise InputError(f"{path}: cannot read the query: {exc}") from None
    graph = _load(args.graph)
    result = graph.query(sparql, infer=args.infer, timeout=args.timeout, limit=args.limit,
                         allow_update=args.allow_update)
    text = result.format(args.format)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    if getattr(result, "truncated", False):
        print(f"kg: warning: the answer was cut at {args.limit} rows (--limit)", file=sys.stderr)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    report = validate(_load(args.graph))
    print(report.text())
    return 0 if report.conforms else 1


def _cmd_view(args: argparse.Namespace) -> int:
    _write(_load(args.graph), args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import serve
    from kg.sparql import QueryOptions

    serve(_load(args.graph), host=args.host, port=args.port, options=QueryOptions(timeout=args.timeout))
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from kg.stats import stats

    print(stats(_load(args.graph).merged()).text())
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, report_text

    queries = Path(args.queries) if args.queries else _default_queries()
    print(report_text(evaluate([Path(p) for p in args.paths], queries), verbose=args.verbose))
    return 0


def _default_queries() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        if (base / "examples" / "queries").is_dir():
            return base / "examples" / "queries"
    raise KGError("no examples/queries folder here: give --queries DIR")


def _cmd_explain(args: argparse.Namespace) -> int:
    from kg.explain import explain

    print(explain(_load(args.graph).merged(), args.entity))
    return 0


def make_parser() -> argparse.ArgumentParser:
    from kg import __version__

    parser = _Parser(prog="kg", description="Build and use knowledge graphs of the Cybersecurity Tech Accord "
                                            "from news articles.", epilog=__doc__.split("\n\n", 1)[1],
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("build", help="read articles and write their graph",
                       description="Read articles (plain text, text with YAML front matter, HTML) and write "
                                   "their knowledge graph. The format follows each output's extension.")
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="article files or folders of them")
    p.add_argument("-o", "--output", action="append", default=[], metavar="FILE",
                   help="output file; repeatable: .ttl .jsonld .nt .trig .nq (graphs), .html (view), .png/.svg")
    p.add_argument("--store", metavar="SPEC", help="also write into a store: oxigraph:DIR or sparql:URL")
    p.add_argument("-a", "--append", action="store_true",
                   help="add to the existing .trig/.nq output: each article replaces only its own named graph")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per CPU)")
    p.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline (package or folder) whose "
                                                    "named-entity recogniser adds recall; none is needed")
    p.add_argument("--strict", action="store_true", help="fail on an unreadable file inside a folder (default: "
                                                           "skip it with a warning)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or messages")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("query", help="run a SPARQL query",
                       description="Run a SPARQL query. SERVICE, LOAD, remote FROM and updates are refused "
                                   "unless allowed.")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.add_argument("query_file", nargs="?", metavar="QUERY_FILE", help="a .rq file")
    p.add_argument("-e", "--expression", metavar="SPARQL", help="the query text itself")
    p.add_argument("-f", "--format", default="table", choices=["table", "csv", "tsv", "json", "xml"])
    p.add_argument("--infer", choices=["rdfs", "owlrl"], help="query the graph plus the ontology's entailments")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="stop after this long (10)")
    p.add_argument("--limit", type=int, default=10000, metavar="ROWS", help="at most this many rows (10000)")
    p.add_argument("--allow-update", action="store_true", help="allow INSERT/DELETE/DROP (off by default)")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("validate", help="check a graph against the SHACL shapes",
                       description="Check a graph against ontology/shapes.ttl; exit 1 when it does not conform.")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("view", help="write the interactive HTML view (or a .png/.svg picture)")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=".html, .png or .svg")
    p.set_defaults(func=_cmd_view)

    p = sub.add_parser("serve", help="serve a read-only SPARQL endpoint",
                       description="SPARQL 1.1 Protocol at /sparql and a query page at /; read-only.")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (8000)")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="per-query time limit (10)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("eval", help="score the loader against hand-written answers (NAME.gold.json)",
                       description="Build each article that has a NAME.gold.json beside it, ask the "
                                   "competency questions, and print precision, recall and F1 per question. "
                                   "The gold format is documented in kg/evaluate.py.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="articles (.txt with .gold.json) or folders")
    p.add_argument("--queries", default=None, metavar="DIR", help="the .rq files (default: examples/queries)")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses and extras for every question")
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("explain", help="show the names, sources and claims behind an entity")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.add_argument("entity", metavar="ENTITY", help="a name (any of its labels) or an IRI")
    p.set_defaults(func=_cmd_explain)

    p = sub.add_parser("stats", help="entities per class, facts per relation, articles")
    p.add_argument("graph", metavar="GRAPH", help=_GRAPH_HELP)
    p.set_defaults(func=_cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kg`` command."""
    parser = make_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: say so in one line; KG_DEBUG=1 shows the traceback
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg: internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for details)", file=sys.stderr)
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
