"""Benchmark of ``ampeco-codegen diff`` on two full-size specs (run by hand, not by pytest).

    .venv/bin/python tests/versions/bench_diff.py [runs]

Prints the phases in one process (load, normalise, diff) and the whole command as a fresh
process each run (what a CI job pays), for two manifest versions and for a version against a
changed copy written to a temporary folder. docs/versions.md keeps the table.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from generator.versions.diff import diff_apis  # noqa: E402
from generator.load.document import load  # noqa: E402
from generator.versions.manifest import load_manifest  # noqa: E402
from generator.normalise.normaliser import normalise  # noqa: E402


def phases(path: Path) -> None:
    started = time.perf_counter()
    document = load(path, validate=False)
    loaded = time.perf_counter()
    api = normalise(document)
    normalised = time.perf_counter()
    diff_apis(api, api)
    done = time.perf_counter()
    print(f"  load {loaded - started:.3f} s, normalise {normalised - loaded:.3f} s, diff {done - normalised:.3f} s")


def command(args: list[str], runs: int) -> tuple[float, float, float]:
    walls, cpus = [], []
    exe = str(Path(sys.executable).with_name("ampeco-codegen"))
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([exe, *args], check=False, stdout=subprocess.DEVNULL, cwd=REPO)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), statistics.median(walls), statistics.median(cpus)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    entry = load_manifest().get("3.110.0")
    print(f"spec {entry.path} ({entry.path.stat().st_size:,} bytes), {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    phases(entry.path)
    with tempfile.TemporaryDirectory() as folder:
        data = json.loads(entry.path.read_bytes())
        data["info"]["version"] = "3.110.1"
        data["paths"].pop(sorted(data["paths"])[0])  # a real difference to report
        variant = Path(folder) / "openapi.json"
        variant.write_text(json.dumps(data))
        for label, args in (
            ("cold: --no-cache", ["diff", "3.110.0", str(variant), "--no-cache"]),
            ("cold: --no-cache --validate", ["diff", "3.110.0", str(variant), "--no-cache", "--validate"]),
            ("warm: IR cache", ["diff", "3.110.0", str(variant)]),
            ("warm: --format json", ["diff", "3.110.0", str(variant), "--format", "json"]),
            ("(the same version twice)", ["diff", "3.110.0", "3.110.0"]),
        ):
            best, median, cpu = command(args, runs)
            print(f"  diff 3.110.0 <changed copy>, {label:30} wall min {best:.2f} s, median {median:.2f} s, cpu {cpu:.2f} s")


if __name__ == "__main__":
    main()
