"""Shared fixtures. Test data is found relative to this file, never the working directory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "geekwire-2018-04-17.txt"
QUERIES = ROOT / "examples" / "queries"
KG = [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run the ``kg`` command line as a user would, in a subprocess."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("KG_DEBUG", None)
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=cwd, timeout=timeout, env=env)


@pytest.fixture(scope="session")
def seed_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "seed.ttl"
    done = run_kg("build", str(SEED), "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture()
def listener() -> Iterator[tuple[int, list[object]]]:
    """A TCP listener on 127.0.0.1 that counts connections (nothing may connect)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.1)
    accepted: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            accepted.append(conn)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join(2)
    server.close()
