"""The timeline of one `ampeco-codegen generate`: when each stage starts and ends, in each of
the processes it forks (the template compiler, the checks beside the normaliser, the other
half of the rendering).

    python3 benchmarks/timeline.py                 # 3.110.0 from the manifest, cold
    python3 benchmarks/timeline.py path/to/openapi.json
    python3 benchmarks/timeline.py --warm          # a second run over the same caches

The output and the caches go to a new temporary folder (in /dev/shm when there is one), so
the run is cold unless --warm. Times are milliseconds from the start of the generator's
imports; each process writes its own spans (stage functions wrapped by this script) to a
log, printed at the end grouped by process. Wrapping costs a few microseconds a call.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (module, attribute path, "span" for each call, or "sum" for the calls' total)
STAGES = [
    ("generator.pipeline", "start_load", "span"),
    ("generator.pipeline", "normalise", "span"),
    ("generator.load.document", "Loading.finish", "span"),
    ("generator.load.validate", "SemanticChecker.run", "span"),
    ("generator.versions.lock", "locked_api", "span"),
    ("generator.emit.templates", "compile_all", "span"),
    ("generator.emit.templates", "compiled_early.ready", "span"),
    ("generator.pipeline", "render_then", "span"),
    ("generator.emit.sdk", "Renderer.sdk_files_but_resources", "span"),
    ("generator.emit.sdk", "Renderer.resource_files", "span"),
    ("generator.emit.package", "stub_files", "span"),
    ("generator.emit.package", "webhook_files", "span"),
    ("generator.emit.package", "format_python", "span"),
    ("generator.format.tree", "ruff_format", "span"),
    ("generator.parallel", "in_child.result", "span"),
    ("generator.cli", "write_tree", "span"),
    ("generator.writer", "remember_tree", "span"),
    ("generator.format.tree", "check_compiles", "sum"),
    ("generator.format.tree", "black_suspects", "sum"),
    ("generator.emit.sdk", "Renderer.template", "sum"),
]

CHILD = r"""
import collections, functools, importlib, os, sys, time
T0 = time.perf_counter()
LOG, STAGES = sys.argv[1], eval(sys.argv[2])
spans, sums = [], collections.defaultdict(lambda: [0.0, 0])

def flush():
    with open(LOG, "a", encoding="utf-8") as log:
        for line in spans:  # each with the process that recorded it (a fork copies the list)
            log.write(f"{line}\n")
        for name, (total, calls) in sums.items():
            log.write(f"{os.getpid()}\tsum\t{name}\t{total * 1000:.1f}\t{calls}\n")
    spans.clear()
    sums.clear()

def wrap(module, path, mode):
    owner = importlib.import_module(module)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    original = getattr(owner, name)

    @functools.wraps(original)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            end = time.perf_counter()
            if mode == "span":
                spans.append(f"{os.getpid()}\tspan\t{path}\t{(start - T0) * 1000:.0f}\t{(end - T0) * 1000:.0f}")
            else:
                sums[path][0] += end - start
                sums[path][1] += 1

    setattr(owner, name, timed)

import generator.cli as cli
import generator.pipeline  # what `generate` imports before it starts
for module, path, mode in STAGES:
    wrap(module, path, mode)
spans.append(f"{os.getpid()}\tspan\timports\t0\t{(time.perf_counter() - T0) * 1000:.0f}")
real_exit = os._exit

def leave(code):
    now = (time.perf_counter() - T0) * 1000
    spans.append(f"{os.getpid()}\tspan\texit\t{now:.0f}\t{now:.0f}")
    flush()
    real_exit(code)

os._exit = leave
sys.argv = ["ampeco-codegen", "generate", *sys.argv[3:]]
cli.run()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", nargs="?", default="3.110.0", help="a manifest version or a spec file (default 3.110.0)")
    parser.add_argument("--warm", action="store_true", help="generate once first, then time a run over the same caches")
    args = parser.parse_args()
    shm = Path("/dev/shm")
    scratch = Path(tempfile.mkdtemp(prefix="ampeco-timeline-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None))
    try:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["AMPECO_CODEGEN_CACHE"] = str(scratch / "cache")
        log = scratch / "timeline.log"
        command = [sys.executable, "-c", CHILD, str(log), repr(STAGES)]
        if args.warm:
            subprocess.run([*command, args.spec, "--out", str(scratch / "first"), "-q"], cwd=REPO, env=env, check=True, stderr=subprocess.DEVNULL)
            log.unlink()
        started = time.perf_counter()
        subprocess.run([*command, args.spec, "--out", str(scratch / "out"), "-q"], cwd=REPO, env=env, check=True, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        report(log.read_text(encoding="utf-8"), wall)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def report(text: str, wall: float) -> None:
    spans: dict[str, list[tuple[int, int, str]]] = collections.defaultdict(list)
    sums: dict[str, list[str]] = collections.defaultdict(list)
    for line in dict.fromkeys(text.splitlines()):  # a span copied into a forked child, once
        pid, kind, *rest = line.split("\t")
        if kind == "span":
            name, start, end = rest
            spans[pid].append((int(start), int(end), name))
        else:
            name, total, calls = rest
            sums[pid].append(f"{name} {float(total):.0f} ms in {calls} calls")
    first = min(spans, key=lambda pid: min(s for s, _, _ in spans[pid]))
    print(f"whole process (wall, interpreter start and exit included): {wall * 1000:.0f} ms")
    for pid in sorted(spans, key=lambda p: (p != first, min(s for s, _, _ in spans[p]))):
        print(f"\nprocess {pid}{' (the command)' if pid == first else ' (forked)'}")
        for start, end, name in sorted(spans[pid]):
            print(f"  {start:5d} .. {end:5d}  {end - start:5d} ms  {name}")
        for line in sums[pid]:
            print(f"  in all: {line}")


if __name__ == "__main__":
    main()
