"""A live Oxigraph SPARQL server for tests (``oxigraph serve``, the CLI of the ``oxigraph`` package).

Use :func:`running_oxigraph` in a fixture of the scope you need::

    @pytest.fixture(scope="module")
    def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
        with running_oxigraph(tmp_path_factory.mktemp("server")) as url:
            yield url  # http://127.0.0.1:PORT, for the store spec sparql:URL

The server binds 127.0.0.1 on a free port, stores its data under the folder
given, and is stopped (SIGTERM, then SIGKILL) when the block ends. Without the
CLI the test is skipped; a server that does not start fails it, with its stderr.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

#: Seconds to wait for the server to answer its first query.
START_TIMEOUT = 20.0


def oxigraph_cli() -> Path | None:
    """The ``oxigraph`` command beside this Python (the virtualenv's), else on PATH, else None."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return beside
    found = shutil.which("oxigraph")
    return Path(found) if found else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_oxigraph(folder: Path) -> Iterator[str]:
    """Run ``oxigraph serve --location FOLDER/data --bind 127.0.0.1:PORT``; yield ``http://127.0.0.1:PORT``."""
    cli = oxigraph_cli()
    if cli is None:
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    folder.mkdir(parents=True, exist_ok=True)
    log_path = folder / "oxigraph-server.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(cli), "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(url, process, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output = log_path.read_text(encoding="utf-8", errors="replace").strip()[-2000:]
                pytest.fail(f"the oxigraph server at {url} did not start "
                            f"(exit code {process.poll()}): {output or 'no output'}")
            time.sleep(0.1)
