"""Where one generation of a spec spends its time, stage by stage, in one process.

    python3 benchmarks/stages.py                      # AMPECO 3.110.0, as the manifest pins it
    python3 benchmarks/stages.py path/to/openapi.json

Stages: load (read + validate; the validator's verdict cache is a fresh temporary folder,
so this is the cold figure), normalise, emit (templates, plain code), format (compile
check, ruff's formatter in-process, black on the few files ruff may lay out differently;
then the whole pass with empty caches and again with them filled, as a regeneration
finds them), render as ``generate`` does it (the SDK's half here, the other half in a
forked child: ``emit.package.render``), write (the output into a temporary folder).
Every stage but the last render runs in this one process, one after the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    cache = tempfile.mkdtemp(prefix="ampeco-stages-cache-")
    os.environ["AMPECO_CODEGEN_CACHE"] = cache  # empty caches: cold figures
    import black

    from generator.emit.package import emitted, render

    from generator.format import tree
    from generator.load.document import load
    from generator.normalise.normaliser import normalise
    from generator.pipeline import deep_recursion, sdk_version
    from generator.versions.manifest import load_manifest
    from generator.writer import write_files, write_tree

    if len(sys.argv) > 1:
        spec, sha = Path(sys.argv[1]), None
    else:
        entry = load_manifest(None).get("3.110.0")
        spec, sha = entry.path, entry.sha256 or None
    times: dict[str, float] = {}

    def timed(name: str, fn, *args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        times[name] = time.perf_counter() - start
        return result

    with deep_recursion():
        document = timed("load (validate, cold)", load, spec, expected_sha256=sha, validate=True, use_cache=True)
        timed("load (validate, cached verdict)", load, spec, expected_sha256=sha, validate=True, use_cache=True)
        api = timed("normalise", normalise, document, "ampeco")
        files = timed("emit (templates, plain code)", emitted, api, sdk_version(api.version))
    python = {rel: text for rel, text in files.items() if rel.endswith(".py")}

    def compile_all() -> None:
        for rel, text in python.items():
            tree.check_compiles(rel, text)

    timed("format: compile check", compile_all)
    ruffed = timed("format: ruff's formatter (in-process, ruff-api)", tree.ruff_format, python)

    def ruff_command() -> dict[str, str]:  # the alternative: the `ruff format` command over a folder
        from ruff.__main__ import find_ruff_bin  # the dev extra's ruff

        with tempfile.TemporaryDirectory() as folder:
            write_files(folder, python)
            subprocess.run([find_ruff_bin(), "format", "--isolated", "--no-cache", "--line-length", "88", "."], cwd=folder, capture_output=True, check=True)
            return {rel: (Path(folder) / rel).read_text(encoding="utf-8") for rel in python}

    timed("format: the `ruff format` command over a temporary folder (for comparison)", ruff_command)
    suspects = timed("format: which statements need black", lambda: {r: tree.black_suspects(t) for r, t in ruffed.items()})
    flagged = [r for r, lines in suspects.items() if lines]
    timed("format: black on those statements", lambda: [tree.black_statements(ruffed[r], suspects[r]) for r in flagged])
    timed("format: black on those whole files (for comparison)", lambda: [black.format_str(ruffed[r], mode=black.Mode()) for r in flagged])
    timed("format: the whole pass, cold caches", tree.format_python, files, use_cache=True)
    timed("format: the whole pass, warm caches", tree.format_python, files, use_cache=True)
    os.environ["AMPECO_CODEGEN_CACHE"] = tempfile.mkdtemp(prefix="ampeco-stages-cache-")
    timed("render as generate does (emit + format, two processes), cold caches", render, api, sdk_version(api.version))
    out = Path(tempfile.mkdtemp(prefix="ampeco-stages-out-")) / "out"
    timed("write", write_tree, files, out)
    width = max(map(len, times))
    print(f"{spec.name}: {len(api.operations)} operations, {len(python)} Python files, {len(flagged)} with statements through black")
    for name, seconds in times.items():
        print(f"  {name:<{width}}  {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
