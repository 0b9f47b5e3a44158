"""Shared fixtures. Test data is found relative to this file, never the working directory."""

from __future__ import annotations

import os
import subprocess
import sys
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
