"""CPU of the serial steps around the normaliser: normalise, the names lock, the lock entry.

    python3 benchmarks/serial.py                        # AMPECO 3.110.0, 9 runs
    python3 benchmarks/serial.py --runs 7 --repo /tmp/base --repo .   # A/B, alternating

Each run is a fresh process that loads the document (not timed), then times, one after
the other as ``generate`` runs them: ``normalise(document, "ampeco")``, reading
``specs/names.lock.json`` (``read_versions_lock``), ``locked_api`` (with the client name
set first, as ``pipeline.named_api`` does) and ``entry_of`` on the locked IR. Figures are
CPU milliseconds (``time.process_time``: steadier than wall time on a shared machine);
the table gives each step's median, min and max over the runs. With several ``--repo``
trees (each a checkout of this repository) the runs alternate between them, round by
round, so a busy moment of the machine falls on all of them alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STEPS = ("normalise", "read lock", "locked_api", "entry_of")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--repo", action="append", type=Path, help="a checkout to time (repeat to compare; default: this one)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child)))
        return
    repos = [r.resolve() for r in args.repo] if args.repo else [REPO]
    results: dict[Path, list[dict[str, float]]] = {r: [] for r in repos}
    for _ in range(args.runs):
        for repo in repos:
            out = subprocess.run([sys.executable, __file__, "--child", str(repo)], capture_output=True, text=True, check=True)
            results[repo].append(json.loads(out.stdout.splitlines()[-1]))
    print(f"CPU ms per step, {args.runs} fresh processes per tree (median [min-max])\n")
    print("| step | " + " | ".join(str(r) for r in repos) + " |")
    print("|---|" + "---|" * len(repos))
    for step in (*STEPS, "total"):
        cells = []
        for repo in repos:
            values = [run[step] for run in results[repo]]
            cells.append(f"{statistics.median(values):.1f} [{min(values):.1f}-{max(values):.1f}]")
        print(f"| {step} | " + " | ".join(cells) + " |")


def child(repo: Path) -> dict[str, float]:
    """One cold run of the steps in ``repo``'s generator: CPU ms per step."""
    sys.path.insert(0, str(repo))
    os.environ["AMPECO_CODEGEN_CACHE"] = tempfile.mkdtemp(prefix="ampeco-serial-bench-")
    from dataclasses import replace

    from generator import naming
    from generator.load.document import load
    from generator.normalise.normaliser import normalise
    from generator.pipeline import deep_recursion
    from generator.versions.lock import entry_of, locked_api, read_versions_lock
    from generator.versions.manifest import load_manifest

    assert Path(sys.modules["generator"].__file__ or "").resolve().is_relative_to(repo), "imported the wrong tree"
    entry = load_manifest(repo / "specs" / "versions.toml").get("3.110.0")
    times: dict[str, float] = {}
    with deep_recursion():
        document = load(entry.path, expected_sha256=entry.sha256 or None, validate=False)
        start = time.process_time()
        api = normalise(document, "ampeco")
        times["normalise"] = time.process_time() - start
        start = time.process_time()
        lock = read_versions_lock(repo / "specs" / "names.lock.json")
        times["read lock"] = time.process_time() - start
        api = replace(api, client_name=naming.client_class_name("ampeco", ""))
        start = time.process_time()
        api = locked_api(api, lock, "3.110.0", document.sha256)
        times["locked_api"] = time.process_time() - start
        start = time.process_time()
        entry_of(api, document.sha256)
        times["entry_of"] = time.process_time() - start
    out = {step: 1000 * seconds for step, seconds in times.items()}
    out["total"] = sum(out.values())
    return out


if __name__ == "__main__":
    main()
