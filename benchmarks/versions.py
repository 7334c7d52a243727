"""Twenty API versions, derived from the real spec, through ``generate --all`` and ``diff``.

    python3 benchmarks/versions.py            # about 3-5 minutes; prints the table, writes VERSIONS.md
    python3 benchmarks/versions.py --length 8 --no-write

Versions come from ``tests/versions/derive.long_chain`` (added operations and fields, a
removed operation, a merged enum, a split schema, a path-parameter rename, then new
resources, dropped operations and ``...Deprecated`` copies in turn), written to a temporary
repository; the spec is read where the manifest says and never copied here. Figures:

- renames per version, without the names lock (the naming rules alone, on each version's
  own IR) and with it (the names ``generate`` writes, as ``diff`` reports them);
- ``generate --all`` wall time: first run (validator cache empty), unchanged rerun,
  ``generate --all --check``, and every version made again with warm caches;
- the size of ``specs/names.lock.json`` after the run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.versions.diff import diff_apis
from generator.versions.ircache import build_api_cached
from generator.versions.lock import locked_api, read_versions_lock
from generator.versions.manifest import load_manifest
from tests.versions.derive import derive, long_chain, write_repository

RENAMES = {"sdk-class-renamed", "sdk-enum-renamed", "sdk-method-renamed", "sdk-field-renamed", "sdk-enum-member-renamed", "sdk-resource-renamed"}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=20)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    real = load_manifest(ROOT / "specs" / "versions.toml").default
    chain = long_chain(args.length)
    with tempfile.TemporaryDirectory(prefix="ampeco-versions-") as tmp:
        root = Path(tmp) / "repo"
        manifest = write_repository(root, derive(real.path.read_bytes(), chain))
        env = {k: v for k, v in os.environ.items() if k != "AMPECO_SPECS_DIR"}
        env["AMPECO_CODEGEN_CACHE"] = str(Path(tmp) / "cache")
        command = [sys.executable, "-m", "generator", "--manifest", str(manifest), "generate", "--all", "-q"]
        first = timed(command, env)
        rerun = timed(command, env)
        check = timed([*command, "--check"], env)
        shutil.rmtree(root / "generated")  # as after a generator change: every version made again
        again = timed(command, env)
        lock_path = root / "specs" / "names.lock.json"
        size = lock_path.stat().st_size
        lock = read_versions_lock(lock_path)
        os.environ["AMPECO_CODEGEN_CACHE"] = env["AMPECO_CODEGEN_CACHE"]
        entries = load_manifest(manifest).entries
        raw = [build_api_cached(e.path, sha256=e.sha256) for e in entries]
        rows = []
        for index in range(1, len(entries)):
            old, new = entries[index - 1], entries[index]
            without = [c for c in diff_apis(raw[index - 1], raw[index]).changes if c.kind in RENAMES]
            locked = diff_apis(locked_api(raw[index - 1], lock, old.version), locked_api(raw[index], lock, new.version))
            with_lock = [c for c in locked.changes if c.kind in RENAMES]
            aliased = [c for c in locked.changes if c.kind.endswith("-aliased")]
            doc = (chain[index][1].__doc__ or "").strip().splitlines()[0] if chain[index][1].__doc__ else ""
            rows.append((f"{old.version} -> {new.version}", len(without), len(with_lock), len(aliased), len(locked.breaking), doc))
    lines = [
        "# Versions: names across twenty releases",
        "",
        f"`python3 benchmarks/versions.py --length {args.length}`: {len(entries)} versions derived from AMPECO {real.version} "
        f"(`tests/versions/derive.long_chain`), in a temporary repository.",
        "",
        "| | wall time |",
        "|---|---|",
        f"| `generate --all`, first run (validator cache empty) | {first:.1f} s |",
        f"| `generate --all`, unchanged rerun | {rerun:.2f} s |",
        f"| `generate --all --check`, unchanged | {check:.2f} s |",
        f"| `generate --all`, every version made again (output deleted, caches warm) | {again:.1f} s |",
        "",
        f"`specs/names.lock.json` after the run: {size:,} bytes ({len(lock.versions)} entries, each stored as its differences from the one before).",
        "",
        "| release | renames without the lock | renames with the lock | old names kept as aliases | breaking (with the lock) |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows]
    lines.append(f"| **total** | **{sum(r[1] for r in rows)}** | **{sum(r[2] for r in rows)}** | {sum(r[3] for r in rows)} | {sum(r[4] for r in rows)} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        (ROOT / "benchmarks" / "VERSIONS.md").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
