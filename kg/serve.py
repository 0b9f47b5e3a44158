"""A read-only SPARQL 1.1 Protocol endpoint for a knowledge graph (stdlib WSGI, threaded).

``/sparql``
    ``GET ?query=``, ``POST application/sparql-query``, ``POST`` form ``query=``.
    Results follow ``Accept`` (or a ``format``/``output`` parameter): SPARQL JSON
    (default), XML, CSV, TSV, or text/plain tables; CONSTRUCT/DESCRIBE give Turtle
    (default), N-Triples, JSON-LD or RDF/XML. ``GET`` without a query gives the
    SPARQL 1.1 Service Description (Turtle).
``/``
    a small query page (inline HTML and JS, nothing fetched from elsewhere).

Every query passes :func:`kg.sparql.check_query`: updates get 403, refused or
malformed queries 400, a timeout 503, each with a one-line text message. Bodies
are limited to :data:`MAX_BODY` bytes. The server binds 127.0.0.1 by default and
then answers only requests addressed to a loopback host name (no DNS rebinding).
"""

from __future__ import annotations

import logging
import socket
import urllib.parse
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from importlib import resources
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from kg.errors import KGError, QueryError, QueryTimeout, StoreError
from kg.sparql import QueryOptions, QueryResult, UpdateRefused, run_query

if TYPE_CHECKING:  # pragma: no cover
    from kg.graph import KnowledgeGraph

#: Request lines are logged at INFO, internal errors at ERROR (the command line decides where they go).
log = logging.getLogger("kg.serve")
#: Largest request body accepted (bytes).
MAX_BODY = 1 << 20
#: Seconds a client may stay silent before its connection is closed.
SOCKET_TIMEOUT = 30.0
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

_SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "table",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "json-ld", "application/json": "json-ld",
    "application/rdf+xml": "xml", "application/xml": "xml",
}
_CONTENT_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "table": "text/plain; charset=utf-8", "turtle": "text/turtle; charset=utf-8",
    "nt": "application/n-triples", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml",
}
_FORMAT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "table": "table", "text": "table",
                 "turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "json-ld": "json-ld",
                 "jsonld": "json-ld", "rdfxml": "xml"}
_PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
             "connect-src 'self'; form-action 'self'; base-uri 'none'")

Environ = dict[str, Any]
StartResponse = Callable[..., Any]


class _HTTPError(Exception):
    def __init__(self, status: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = list(headers)


def make_app(
    graph: KnowledgeGraph,
    *,
    options: QueryOptions | None = None,
    allowed_hosts: Collection[str] | None = None,
) -> Callable[[Environ, StartResponse], list[bytes]]:
    """The WSGI application serving ``graph`` read-only (updates are always refused).

    ``allowed_hosts``: host names accepted in the ``Host`` header (``None``: any).
    """
    opts = replace(options or QueryOptions(), allow_update=False)
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None

    def app(environ: Environ, start_response: StartResponse) -> list[bytes]:
        try:
            _check_host(environ, hosts)
            status, headers, body = _route(graph, opts, environ)
        except _HTTPError as exc:
            status, headers, body = exc.status, exc.headers, (exc.message + "\n").encode("utf-8")
            headers = [("Content-Type", "text/plain; charset=utf-8"), *headers]
        except Exception as exc:  # never a traceback to the client
            log.exception("internal error: %s: %s", type(exc).__name__, exc)
            status, headers = "500 Internal Server Error", [("Content-Type", "text/plain; charset=utf-8")]
            body = b"internal error\n"
        headers = [*headers, ("Content-Length", str(len(body))), ("X-Content-Type-Options", "nosniff")]
        start_response(status, headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    return app


def _check_host(environ: Environ, hosts: set[str] | None) -> None:
    if hosts is None:
        return
    host = str(environ.get("HTTP_HOST", "")).lower()
    name = host[: host.index("]") + 1] if host.startswith("[") and "]" in host else host.split(":")[0]
    if name not in hosts:
        raise _HTTPError("403 Forbidden", f"host {host!r} is not served here")


def _route(graph: KnowledgeGraph, opts: QueryOptions, environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
    path = environ.get("PATH_INFO") or "/"
    method = environ.get("REQUEST_METHOD", "GET")
    if path in ("/", "/index.html"):
        if method not in ("GET", "HEAD"):
            raise _HTTPError("405 Method Not Allowed", "use GET", [("Allow", "GET, HEAD")])
        page = resources.files("kg").joinpath("serve_assets/index.html").read_bytes()
        return "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Security-Policy", _PAGE_CSP),
                          ("Cache-Control", "no-store")], page
    if path != "/sparql":
        raise _HTTPError("404 Not Found", f"nothing at {path}; the SPARQL endpoint is /sparql")
    params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if method in ("GET", "HEAD"):
        pass
    elif method == "POST":
        params = _merge(params, _read_post(environ))
    else:
        raise _HTTPError("405 Method Not Allowed", "use GET or POST", [("Allow", "GET, HEAD, POST")])
    if "update" in params:
        raise _HTTPError("403 Forbidden", "updates are refused: this endpoint is read-only")
    for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
        if name in params:
            raise _HTTPError("400 Bad Request", f"{name} is not supported; use GRAPH in the query")
    queries = params.get("query", [])
    if not queries:
        return _service_description(environ)
    if len(queries) > 1:
        raise _HTTPError("400 Bad Request", "give one query parameter, not several")
    result = _run(graph, queries[0], opts)
    fmt = _negotiate(result, environ, params)
    text = result.format(fmt)
    headers = [("Content-Type", _CONTENT_TYPES["rdfxml" if result.kind == "graph" and fmt == "xml" else fmt])]
    if result.truncated:
        headers.append(("X-KG-Truncated", "true"))
    return "200 OK", headers, text.encode("utf-8")


def _merge(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, list[str]]:
    merged = {k: list(v) for k, v in first.items()}
    for key, values in second.items():
        merged.setdefault(key, []).extend(values)
    return merged


def _read_post(environ: Environ) -> dict[str, list[str]]:
    """The parameters carried by a POST body (a direct query or a form)."""
    length_text = environ.get("CONTENT_LENGTH") or ""
    if not length_text.strip().isdigit():
        raise _HTTPError("411 Length Required", "POST needs a Content-Length")
    length = int(length_text)
    if length > MAX_BODY:
        raise _HTTPError("413 Content Too Large", f"request body over {MAX_BODY} bytes")
    body = environ["wsgi.input"].read(length) if length else b""
    content_type = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise _HTTPError("400 Bad Request", "request body is not UTF-8") from None
    if content_type == "application/sparql-query":
        return {"query": [text]}
    if content_type == "application/sparql-update":
        raise _HTTPError("403 Forbidden", "updates are refused: this endpoint is read-only")
    if content_type == "application/x-www-form-urlencoded":
        return urllib.parse.parse_qs(text, keep_blank_values=True)
    raise _HTTPError("415 Unsupported Media Type",
                     "POST application/sparql-query or application/x-www-form-urlencoded")


def _run(graph: KnowledgeGraph, sparql: str, opts: QueryOptions) -> QueryResult:
    try:
        return run_query(graph, sparql, options=opts)
    except UpdateRefused as exc:
        operation = str(exc).split(":")[0]  # "updates are refused (INSERT DATA)"
        raise _HTTPError("403 Forbidden", f"{operation}: this endpoint is read-only") from None
    except QueryTimeout as exc:
        raise _HTTPError("503 Service Unavailable", str(exc), [("Retry-After", "5")]) from None
    except QueryError as exc:  # syntax errors and refusals
        raise _HTTPError("400 Bad Request", str(exc)) from None
    except StoreError as exc:
        raise _HTTPError("502 Bad Gateway", str(exc)) from None
    except KGError as exc:
        raise _HTTPError("500 Internal Server Error", str(exc)) from None


def _negotiate(result: QueryResult, environ: Environ, params: dict[str, list[str]]) -> str:
    """The result format: a ``format``/``output`` parameter, else the best match of ``Accept``."""
    table = _GRAPH_TYPES if result.kind == "graph" else _SELECT_TYPES
    default = "turtle" if result.kind == "graph" else "json"
    for name in ("format", "output"):
        for value in params.get(name, []):
            value = value.strip().lower()
            fmt = table.get(value) or _FORMAT_NAMES.get(value)
            if fmt is not None and fmt in table.values():
                return fmt
    for media in _accepted(environ.get("HTTP_ACCEPT", "")):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def _accepted(header: str) -> list[str]:
    """Media types of an Accept header, best first (stable for equal quality)."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        media, *attrs = [p.strip() for p in part.split(";")]
        quality = 1.0
        for attr in attrs:
            key, _, value = attr.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, index, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _service_description(environ: Environ) -> tuple[str, list[tuple[str, str]], bytes]:
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', '127.0.0.1')}:{environ.get('SERVER_PORT')}"
    endpoint = f"{environ.get('wsgi.url_scheme', 'http')}://{host}/sparql"
    text = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .

<{endpoint}#service> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:JSON-LD, fmt:RDF_XML ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ]
    ] .
"""
    return "200 OK", [("Content-Type", "text/turtle; charset=utf-8")], text.encode("utf-8")


# -- the server ------------------------------------------------------------------------------------
class _Handler(WSGIRequestHandler):
    timeout = SOCKET_TIMEOUT

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    #: Connections waiting to be accepted. socketserver's default (5) overflows under a few concurrent
    #: clients, and with SYN cookies the kernel then resets connections the client thinks are open.
    request_queue_size = 128


class _ThreadingServer6(_ThreadingServer):
    address_family = socket.AF_INET6


def make_server(
    graph: KnowledgeGraph, host: str = "127.0.0.1", port: int = 8000, *, options: QueryOptions | None = None
) -> WSGIServer:
    """A bound (not yet serving) threaded server for ``graph``; ``port=0`` picks a free port."""
    loopback = host in LOOPBACK_NAMES or host.startswith("127.")
    allowed = {host, *LOOPBACK_NAMES} if loopback else None
    app = make_app(graph, options=options, allowed_hosts=allowed)
    server_class = _ThreadingServer6 if ":" in host else _ThreadingServer
    try:
        server = server_class((host.strip("[]"), port), _Handler)
    except OSError as exc:
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    server.set_app(app)
    return server


def serve(
    graph: KnowledgeGraph,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    options: QueryOptions | None = None,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``graph`` at ``http://HOST:PORT/sparql`` until interrupted (Ctrl-C).

    Prints ``serving SPARQL at URL``; ``ready(URL)`` is called once the socket listens.
    """
    server = make_server(graph, host, port, options=options)
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    url = f"http://{shown}:{server.server_port}/sparql"
    print(f"serving SPARQL at {url}", flush=True)
    if ready is not None:
        ready(url)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
