"""How long the normaliser takes on a spec: ``normalise()`` alone, the document loaded once.

    python3 benchmarks/normaliser.py                    # AMPECO 3.110.0, 5 runs
    python3 benchmarks/normaliser.py --runs 9 path/to/openapi.json

Each run is a fresh process that loads the document (not timed) and normalises it once,
so every figure is a cold one (nothing imported or warmed by an earlier run); ``--same``
repeats ``normalise()`` in one process instead. Prints every run's wall and CPU seconds
and their median, minimum and maximum.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("spec", nargs="?", help="a spec file (default: 3.110.0 from the manifest)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--same", action="store_true", help="all runs in this process")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.same and not args.child:
        extra = [args.spec] if args.spec else []
        times = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child", "--runs", "1", *extra], capture_output=True, text=True, check=True)
            lines = out.stdout.splitlines()
            wall, cpu = lines[-1].split()
            times.append((float(wall), float(cpu)))
        report(lines[0], times)
        return
    os.environ["AMPECO_CODEGEN_CACHE"] = tempfile.mkdtemp(prefix="ampeco-norm-bench-")
    from generator.load.document import load
    from generator.normalise.normaliser import normalise
    from generator.pipeline import deep_recursion
    from generator.versions.manifest import load_manifest

    if args.spec:
        spec, sha = Path(args.spec), None
    else:
        entry = load_manifest(None).get("3.110.0")
        spec, sha = entry.path, entry.sha256 or None
    with deep_recursion():
        document = load(spec, expected_sha256=sha, validate=False)
        times = []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            api = normalise(document, "ampeco")
            times.append((time.perf_counter() - start, time.process_time() - start_cpu))
    title = f"spec: {spec} ({len(api.models)} models, {len(api.enums)} enums, {sum(len(r.operations) for r in api.resources)} operations)"
    if args.child:
        print(title)
        print(*times[0])
        return
    report(title, times)


def report(title: str, times: list[tuple[float, float]]) -> None:
    """Wall and CPU seconds per run (CPU time is the steadier figure on a shared machine)."""
    print(title)
    print("| run | wall s | CPU s |\n|---|---|---|")
    for i, (wall, cpu) in enumerate(times, 1):
        print(f"| {i} | {wall:.3f} | {cpu:.3f} |")
    walls, cpus = [t[0] for t in times], [t[1] for t in times]
    for label, pick in (("median", statistics.median), ("min", min), ("max", max)):
        print(f"| {label} | {pick(walls):.3f} | {pick(cpus):.3f} |")


if __name__ == "__main__":
    main()
