"""Start-up: whole processes, as a user runs them (targets: ``kg --help`` <= 0.3 s, ``kg build`` of the seed
article <= 2 s), beside ``python -c pass`` as the floor.

Timed with hyperfine when it is on the PATH (``apt-get install hyperfine``), else with timed
subprocess runs; either way the median, min and max of ``runs`` runs after one warm-up run.

    python -m benchmarks.bench_startup
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "geekwire-2018-04-17.txt"


def kg_command() -> list[str]:
    """The ``kg`` console script next to this Python (the installed entry point)."""
    script = Path(sys.executable).parent / "kg"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())"]


def commands(out_dir: Path) -> dict[str, list[str]]:
    kg = kg_command()
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "kg --help": [*kg, "--help"],
        "kg build SEED -o seed.ttl": [*kg, "build", str(SEED), "-o", str(out_dir / "seed.ttl"), "-q"],
    }


def _time_subprocess(argv: list[str], runs: int) -> list[float]:
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def _time_hyperfine(argv: list[str], runs: int, hyperfine: str) -> list[float]:
    import shlex

    with tempfile.TemporaryDirectory(prefix="kg-bench-hf-") as tmp:
        export = Path(tmp) / "hf.json"
        subprocess.run([hyperfine, "--warmup", "1", "--runs", str(runs), "--style", "none", "-N",
                        "--export-json", str(export), shlex.join(argv)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = json.loads(export.read_text(encoding="utf-8"))
    return [float(t) for t in data["results"][0]["times"]]


def run(runs: int = 10) -> dict[str, Any]:
    """Seconds per command: ``{"tool": ..., "rows": [{"command", "median_s", "min_s", "max_s", "runs"}]}``."""
    hyperfine = shutil.which("hyperfine")
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-start-") as tmp:
        for name, argv in commands(Path(tmp)).items():
            try:
                times = _time_hyperfine(argv, runs, hyperfine) if hyperfine else _time_subprocess(argv, runs)
            except (subprocess.CalledProcessError, OSError, KeyError, ValueError):
                times = _time_subprocess(argv, runs)  # hyperfine failed: fall back
            rows.append({"command": name, "median_s": statistics.median(times), "min_s": min(times),
                         "max_s": max(times), "runs": len(times)})
    return {"tool": "hyperfine" if hyperfine else "subprocess", "rows": rows}


def import_profile(top: int = 12) -> str:
    """The slowest imports of ``kg --help`` (``python -X importtime``), by cumulative time."""
    code = ("import sys\nsys.argv = ['kg', '--help']\nfrom kg.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                          check=False)
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        self_us, cumulative, name = line.split(":", 1)[1].split("|", 2)
        if not self_us.strip().isdigit():
            continue  # the header line
        rows.append((int(cumulative), int(self_us), name.rstrip()))
    rows.sort(key=lambda r: -r[0])
    return "\n".join(f"{c / 1000:8.1f} ms cumulative {s / 1000:7.1f} ms self  {n}" for c, s, n in rows[:top])


def main() -> None:
    result = run()
    print(f"tool: {result['tool']}")
    for row in result["rows"]:
        print(f"{row['command']:32s} median {row['median_s']:.3f} s  (min {row['min_s']:.3f}, max {row['max_s']:.3f}, "
              f"{row['runs']} runs)")
    print(import_profile())


if __name__ == "__main__":
    main()
