"""Benchmarks of ampeco-codegen and the SDK it generates.

    python3 benchmarks/run.py            # full run (a few minutes), writes benchmarks/RESULTS.md
    python3 benchmarks/run.py --quick    # smoke run: fewer runs, smaller specs, no file written

Every figure is the median of several runs, each in a fresh process where start-up state
matters (generation, imports, memory). Generation is timed through the real command line
(``python -m generator generate 3.110.0 --out DIR``) with the caches of the validator
verdict and of black pointed at temporary folders (``AMPECO_CODEGEN_CACHE``), so the
user's own cache is never read or written. The spec is read where the manifest says;
synthetic specs (for linearity) are written to a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PROBES = HERE / "probes.py"
VERSION = "3.110.0"
PACKAGE = "ampeco"
PYTHON = sys.executable

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))


# -- running children ------------------------------------------------------------------


@dataclass
class Child:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child
    max_rss_mb: float
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout.strip().splitlines()[-1])


def run_child(
    argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Child:
    """Run ``argv`` to completion; wall time, CPU time and peak RSS of that child alone."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} failed ({proc.returncode}):\n{stderr[-3000:]}"
        )
    return Child(
        wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, stderr
    )


def child_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "AMPECO_CODEGEN_CACHE")
    }
    env.update(extra)
    return env


# -- statistics and the table -------------------------------------------------------------


@dataclass
class Row:
    section: str
    what: str
    samples: list[float]
    unit: str
    target: float | None = None
    note: str = ""
    lower_is_better: bool = True
    digits: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def fmt(self, value: float) -> str:
        return f"{value:,.{self.digits}f}"

    def cells(self) -> list[str]:
        spread = (
            f"{self.fmt(min(self.samples))}–{self.fmt(max(self.samples))}"
            if len(self.samples) > 1
            else "–"
        )
        if self.target is None:
            goal = ""
        else:
            met = (
                self.median <= self.target
                if self.lower_is_better
                else self.median >= self.target
            )
            sign = "≤" if self.lower_is_better else "≥"
            goal = f"{sign} {self.fmt(self.target)} {'✅' if met else '❌'}"
        return [
            self.section,
            self.what,
            f"**{self.fmt(self.median)}** {self.unit}",
            spread,
            str(len(self.samples)),
            goal,
            self.note,
        ]


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # further Markdown sections

    def add(self, *args: Any, **kwargs: Any) -> Row:
        row = Row(*args, **kwargs)
        self.rows.append(row)
        print(
            f"  {row.what}: {row.fmt(row.median)} {row.unit} (n={len(row.samples)})",
            file=sys.stderr,
            flush=True,
        )
        return row

    def table(self) -> str:
        head = ["#", "measurement", "median", "min–max", "runs", "target", "notes"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row.cells()) + " |" for row in self.rows]
        return "\n".join(lines)


# -- the machine --------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _pkg(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> list[tuple[str, str]]:
    affinity = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    packages = [
        "httpx",
        "httpcore",
        "pydantic",
        "pydantic-core",
        "black",
        "ruff-api",
        "openapi-spec-validator",
        "jsonschema",
        "Jinja2",
        "PyYAML",
        "trio",
        "anyio",
    ]
    return [
        ("CPU", _cpu_model()),
        ("cores", f"{os.cpu_count()} logical ({affinity} usable)"),
        ("RAM", _ram_gib()),
        ("OS", f"{platform.system()} {platform.release()}"),
        (
            "Python",
            f"{platform.python_implementation()} {platform.python_version()} ({PYTHON})",
        ),
        ("packages", ", ".join(f"{p} {_pkg(p)}" for p in packages)),
        ("generator", _stages()),
        ("commit", _git()),
    ]


def _stages() -> str:
    """How the generator's stages run in the interpreter measured (``--version``)."""
    try:
        done = subprocess.run([PYTHON, "-m", "generator", "--version"], cwd=REPO, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- 1. generation ----------------------------------------------------------------------


def spec_path() -> Path:
    from generator.versions.manifest import load_manifest

    return load_manifest().get(VERSION).path


def generate_cmd(out: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "generator",
        "generate",
        VERSION,
        "--out",
        str(out),
        "--quiet",
    ]


def file_creation_us(folder: Path, count: int = 1000) -> float:
    """Microseconds to create one 2 KB file in ``folder`` (the disk's share of writing a tree)."""
    target = Path(tempfile.mkdtemp(dir=folder))  # left for the end (see ``main``)
    started = time.perf_counter()
    for index in range(count):
        (target / f"m{index}.py").write_text("x" * 2000, encoding="utf-8")
    return (time.perf_counter() - started) / count * 1e6


def settle_disk(report: Report, section: str, folder: Path, limit: float = 120.0) -> None:
    """Wait (up to ``limit`` seconds) until creating a file in ``folder`` costs under 100 µs,
    and report what it cost before and after. On this machine's disk (ext4 with ``discard``
    on a virtual disk) file creation is 20-30 µs at rest and 300-900 µs for a while after
    many files were deleted (a test run just before, say): a figure taken then measures
    that aftermath, not the generator."""
    sync = getattr(os, "sync", None)
    before = file_creation_us(folder, 200)
    now, started = before, time.perf_counter()
    while now > 100 and time.perf_counter() - started < limit:
        if sync is not None:
            sync()
        time.sleep(5)
        now = file_creation_us(folder, 200)
    waited = time.perf_counter() - started
    report.add(section, "creating one 2 KB file on the disk, before the section (reference)", [before], "µs", note=f"then {now:.0f} µs after waiting {waited:.0f} s for the disk to settle")


def bench_generation(report: Report, work: Path, runs: int, extra_runs: int) -> Path:
    """Cold, validator-only-cold and warm generation; returns the generated package's folder."""
    print("1. generation", file=sys.stderr)
    settle_disk(report, "1", work)
    report.add(
        "1",
        "creating one 2 KB file in the output's file system (reference)",
        [file_creation_us(work) for _ in range(3)],
        "µs",
        note="writing the generated tree costs this per file",
    )
    primed = work / "cache-primed"
    cold: list[Child] = []
    for i in range(runs):
        cache = work / f"cache-cold-{i}"
        cache.mkdir()
        cold.append(
            run_child(
                generate_cmd(work / f"gen-cold-{i}"),
                env=child_env(AMPECO_CODEGEN_CACHE=str(cache)),
                cwd=REPO,
            )
        )
        if i == 0:
            shutil.copytree(cache, primed)
    report.add(
        "1",
        "cold generation, wall (empty caches, output on the disk)",
        [c.wall for c in cold],
        "s",
        1.0,
        digits=2,
    )
    report.add(
        "1", "cold generation, CPU (user+sys)", [c.cpu for c in cold], "s", digits=2
    )
    report.add(
        "1", "cold generation, peak RSS", [c.max_rss_mb for c in cold], "MB", 120
    )

    # the same cold run with the output in memory: the generator's own cost, without the
    # disk's (creating ~1,700 files costs 0.05-1.5 s on this machine's disk, by its state)
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        in_memory: list[Child] = []
        for i in range(runs):
            scratch = Path(tempfile.mkdtemp(prefix="ampeco-bench-", dir=shm))
            (scratch / "cache").mkdir()
            in_memory.append(run_child(generate_cmd(scratch / "gen"), env=child_env(AMPECO_CODEGEN_CACHE=str(scratch / "cache")), cwd=REPO))
            shutil.rmtree(scratch)
        report.add("1", "cold generation, output and caches in memory (/dev/shm): wall", [c.wall for c in in_memory], "s", 1.0, digits=2)
        report.add("1", "… CPU (user+sys)", [c.cpu for c in in_memory], "s", digits=2, note="both processes (the forked half included)")

    if extra_runs:  # caches warm, output new: everything made again, the format cache hit
        warm_new: list[Child] = []
        for i in range(extra_runs):
            warm_new.append(run_child(generate_cmd(work / f"gen-w-{i}"), env=child_env(AMPECO_CODEGEN_CACHE=str(primed)), cwd=REPO))
        report.add("1", "warm regeneration into a new folder (caches warm), wall", [c.wall for c in warm_new], "s", 0.6, digits=2)
        report.add("1", "… CPU (user+sys)", [c.cpu for c in warm_new], "s", digits=2)

    out = work / "gen"
    warm: list[Child] = []
    run_child(
        generate_cmd(out), env=child_env(AMPECO_CODEGEN_CACHE=str(primed)), cwd=REPO
    )
    for _ in range(runs):
        warm.append(
            run_child(
                generate_cmd(out),
                env=child_env(AMPECO_CODEGEN_CACHE=str(primed)),
                cwd=REPO,
            )
        )
    report.add(
        "1",
        "unchanged regeneration, wall (same inputs, output exists: up to date)",
        [c.wall for c in warm],
        "s",
        0.1,
        digits=2,
    )
    report.add("1", "… CPU (user+sys)", [c.cpu for c in warm], "s", digits=2)
    report.add("1", "… peak RSS", [c.max_rss_mb for c in warm], "MB")
    return out


# -- 2. imports -----------------------------------------------------------------------------


def _importtime(gen: Path, code: str) -> list[tuple[int, int, int, str]]:
    """(self µs, cumulative µs, nesting level, module) of each import, in order."""
    child = run_child(
        [PYTHON, "-X", "importtime", "-c", code], env=child_env(PYTHONPATH=str(gen))
    )
    entries = []
    for line in child.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            entries.append(
                (
                    int(match.group(1)),
                    int(match.group(2)),
                    (len(match.group(3)) - 1) // 2,
                    match.group(4),
                )
            )
    return entries


def importtime_section(gen: Path, title: str, code: str, top: int = 10) -> str:
    entries = _importtime(gen, code)
    total = sum(cum for _, cum, level, _ in entries if level == 0)
    roots = sorted((e for e in entries if e[2] == 0), key=lambda e: -e[1])[:top]
    heavy = sorted(entries, key=lambda e: -e[0])[:top]
    lines = [
        f"### -X importtime: {title}",
        "",
        f'One run of `python -X importtime -c "{code}"`: {len(entries)} modules, {total / 1e3:.0f} ms in imports '
        "(importtime's own overhead included). Left: what was imported at the top level "
        "(cumulative, children included); right: the modules whose own body took longest (self).",
        "",
        "| imported at top level | cumulative (ms) | | heaviest module | self (ms) |",
        "|---|---|---|---|---|",
    ]
    for index in range(max(len(roots), len(heavy))):
        left = (
            f"`{roots[index][3]}` | {roots[index][1] / 1e3:.1f}"
            if index < len(roots)
            else " | "
        )
        right = (
            f"`{heavy[index][3]}` | {heavy[index][0] / 1e3:.1f}"
            if index < len(heavy)
            else " | "
        )
        lines.append(f"| {left} | | {right} |")
    return "\n".join(lines)


def listing_body(gen: Path, work: Path) -> Path:
    """A 100-item EVSE listing body, invented once by the generated stub server."""
    out = work / "listing.json"
    run_child(
        [PYTHON, str(PROBES), "body", PACKAGE, str(out)],
        env=child_env(PYTHONPATH=str(gen)),
    )
    return out


def bench_imports(report: Report, gen: Path, body: Path, runs: int) -> None:
    print("2. imports", file=sys.stderr)
    env = child_env(PYTHONPATH=str(gen))
    probe = [PYTHON, str(PROBES)]
    bare = [run_child([PYTHON, "-c", "pass"], env=env).wall * 1e3 for _ in range(runs)]
    wall = [
        run_child([PYTHON, "-c", f"import {PACKAGE}"], env=env).wall * 1e3
        for _ in range(runs)
    ]
    inproc = [
        run_child([*probe, "import", PACKAGE], env=env).json()["import_ms"]
        for _ in range(runs)
    ]
    report.add(
        "2", "`python -c pass` (interpreter start-up, for reference)", bare, "ms"
    )
    report.add("2", f'`python -c "import {PACKAGE}"`, wall', wall, "ms", 60)
    report.add(
        "2", f"`import {PACKAGE}` measured inside the process", inproc, "ms", digits=1
    )
    construct = [
        run_child([*probe, "construct", PACKAGE], env=env).json() for _ in range(runs)
    ]
    report.add(
        "2",
        "import + `Ampeco(...)` + first `client.evses`, inside a fresh process",
        [c["total_ms"] for c in construct],
        "ms",
        150,
        note=f"{construct[0]['models_loaded']} model modules loaded; httpcore loaded: {construct[0]['httpcore_loaded']}",
    )
    report.add(
        "2",
        "… its CPU time (`time.process_time`)",
        [c["cpu_ms"] for c in construct],
        "ms",
    )
    report.add(
        "2",
        "… of which the first `client.evses`",
        [c["first_resource_ms"] for c in construct],
        "ms",
        digits=1,
    )
    first = [
        run_child([*probe, "first_call", PACKAGE, str(body)], env=env).json()
        for _ in range(runs)
    ]
    report.add(
        "2",
        "first listing call of a process (100 EVSEs, MockTransport)",
        [f["first_call_ms"] for f in first],
        "ms",
        note="imports pydantic and the models; builds the validators of Evse and its parts",
    )
    models = [
        run_child([*probe, "all_models", PACKAGE], env=env).json() for _ in range(runs)
    ]
    report.add(
        "2",
        f"import every model ({models[0]['names']} names in `models.__all__`)",
        [m["all_models_ms"] for m in models],
        "ms",
    )

    report.extra.append(
        importtime_section(gen, f"`import {PACKAGE}`", f"import {PACKAGE}")
    )
    report.extra.append(
        importtime_section(
            gen,
            "construction and first resource",
            f"import {PACKAGE}; {PACKAGE}.Ampeco(base_url='cpo.example.com', api_token='t').evses",
        )
    )


# -- 3. per-call overhead ------------------------------------------------------------------


def bench_percall(report: Report, gen: Path, body: Path, rounds: int) -> None:
    print("3. per-call overhead", file=sys.stderr)
    result = run_child(
        [PYTHON, str(PROBES), "percall", PACKAGE, str(body), str(rounds), "40"],
        env=child_env(PYTHONPATH=str(gen)),
    ).json()
    labels = {
        "listing": "`client.evses.listing(per_page=100).first_page()`, 100 EVSEs",
        "filtered": "the same with `filter={...}, include=[...]`",
        "read": "`client.evses.read(17)`, one EVSE",
    }
    for key, label in labels.items():
        case = result[key]
        report.add("3", f"{label}: SDK", case["sdk_us"], "µs/call")
        report.add(
            "3",
            "… hand-written: httpx + `TypeAdapter(list[Evse] or Evse).validate_python(r.json()['data'])`",
            case["hand_us"],
            "µs/call",
        )
        report.add(
            "3",
            "… ratio SDK / hand-written (per round)",
            case["ratios"],
            "×",
            1.3,
            digits=2,
        )
        report.add(
            "3",
            "… tuned hand-written: httpx + `validate_json` of a `{data: ...}` model",
            case["tuned_us"],
            "µs/call",
        )
        report.add(
            "3",
            "… ratio SDK / tuned hand-written (per round)",
            case["tuned_ratios"],
            "×",
            digits=2,
        )


# -- 4. memory ---------------------------------------------------------------------------


def bench_memory(report: Report, gen: Path, runs: int) -> None:
    print("4. memory", file=sys.stderr)
    samples = [
        run_child(
            [PYTHON, str(PROBES), "memory", PACKAGE], env=child_env(PYTHONPATH=str(gen))
        ).json()
        for _ in range(runs)
    ]
    report.add(
        "4",
        "RSS of a bare interpreter (for reference)",
        [s["bare_mb"] for s in samples],
        "MB",
        digits=1,
    )
    report.add(
        "4",
        f"RSS after `import {PACKAGE}`",
        [s["import_mb"] for s in samples],
        "MB",
        digits=1,
    )
    report.add(
        "4",
        f"RSS after `Ampeco(...)` and touching every resource ({samples[0]['resource_count']})",
        [s["resources_mb"] for s in samples],
        "MB",
        digits=1,
    )
    report.add(
        "4",
        "RSS after also importing every model",
        [s["models_mb"] for s in samples],
        "MB",
        digits=1,
    )


# -- 5. linearity --------------------------------------------------------------------------


def bench_linearity(
    report: Report,
    work: Path,
    runs: int,
    sizes: list[int],
    big: int | None,
    big_runs: int,
) -> None:
    print("5. linearity", file=sys.stderr)
    shm = Path("/dev/shm")
    outputs = (
        Path(tempfile.mkdtemp(prefix="ampeco-bench-", dir=shm))
        if shm.is_dir() and os.access(shm, os.W_OK)
        else work
    )
    cases: list[tuple[str, list[str], int]] = [
        (f"{n}x", ["--copies", str(n)], runs) for n in sizes
    ]
    if big:
        cases.append((f"{big:,} operations", ["--operations", str(big)], big_runs))
    lines = [
        "### Linearity: generation time against spec size",
        "",
        "Synthetic specs: the real spec's paths and components replicated under new names "
        "(see `benchmarks/synth.py`; written to a temporary folder by a separate process). Timed in a "
        "fresh process through `generator.pipeline.generate` plus `write_tree`, cold (an empty cache "
        "folder per run), with the default fast validation (what a plain path gets), black run on the "
        "statements in the last column. The output goes to a memory file system (`/dev/shm`) when "
        "there is one, so the disk's per-file cost (section 1) does not blur the scaling. CPU is the "
        "child's user+sys time: on a busy machine it is the steadier measure.",
        "",
        "| spec | operations | models | files | runs | wall (s) | CPU (s) | CPU ms per operation | × the 1x rate | peak RSS (MB) | statements through black |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    base_per_op = None
    for label, how, n_runs in cases:
        spec = work / "synth.json"
        run_child([PYTHON, str(HERE / "synth.py"), str(spec_path()), str(spec), *how])
        results = []
        for i in range(n_runs):
            out = outputs / f"synth-out-{i}"
            child = run_child(
                [PYTHON, str(PROBES), "generate", str(REPO), str(spec), str(out)],
                env=child_env(AMPECO_CODEGEN_CACHE=str(work / f"cache-synth-{label}-{i}")),
            )
            results.append((child, child.json()))
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(work / f"cache-synth-{label}-{i}", ignore_errors=True)  # every run cold
        spec.unlink()
        walls = [c.wall for c, _ in results]
        cpus = [c.cpu for c, _ in results]
        info = results[0][1]
        per_op = statistics.median(cpus) / info["operations"] * 1e3
        base_per_op = base_per_op or per_op
        report.add(
            "5",
            f"generation of a {label} synthetic spec ({info['operations']:,} operations), cold, wall",
            walls,
            "s",
            15.0 if big and label == f"{big:,} operations" else None,
            digits=2,
        )
        report.add(
            "5",
            "… CPU (user+sys)",
            cpus,
            "s",
            digits=2,
            note=f"{per_op:.2f} ms/operation, {per_op / base_per_op:.2f}× the 1x rate",
        )
        lines.append(
            f"| {label} | {info['operations']:,} | {info['models']:,} | {info['files']:,} | {n_runs} | "
            f"{statistics.median(walls):.2f} ({min(walls):.2f}–{max(walls):.2f}) | "
            f"{statistics.median(cpus):.2f} ({min(cpus):.2f}–{max(cpus):.2f}) | {per_op:.2f} | {per_op / base_per_op:.2f} | "
            f"{statistics.median(c.max_rss_mb for c, _ in results):.0f} | {info['black_statements']:,} |"
        )
        print(f"    {label}: {per_op:.2f} CPU ms/op", file=sys.stderr)
    if outputs != work:
        shutil.rmtree(outputs, ignore_errors=True)
    report.extra.append("\n".join(lines))


# -- 6. validation ---------------------------------------------------------------------------


def bench_validation(report: Report, work: Path, runs: int, sizes: list[int], openapi_generator: str | None = None) -> None:
    """Cold generation as a manifest version (validation trusted) and as a plain path (the
    fast check), the loader's stages at growing sizes, the two compiled validators, and the
    full openapi-spec-validator once for reference."""
    print("6. validation", file=sys.stderr)
    settle_disk(report, "6", work)
    probe = HERE / "validation.py"
    spec = spec_path()
    # a spec never seen: the same API with one more byte (a final newline), in a temporary
    # folder outside the checkout, so that no manifest entry, names-lock entry, validation
    # record or cache knows it (the manifest's own file, given by its path, is that version)
    unseen = Path(tempfile.mkdtemp(prefix="ampeco-bench-unseen-")) / "openapi.json"
    unseen.write_bytes(spec.read_bytes() + b"\n")
    ways = {
        "manifest version 3.110.0 (sha256 + validated record)": VERSION,
        "plain path never seen (fast check, no names lock)": str(unseen),
    }
    shm = Path("/dev/shm")
    memory = shm.is_dir() and os.access(shm, os.W_OK)

    def ours_once(target: str, parent: Path) -> Child:
        cache = Path(tempfile.mkdtemp(prefix="cache-val-", dir=parent))
        out = Path(tempfile.mkdtemp(prefix="gen-val-", dir=parent)) / "out"
        argv = [PYTHON, "-m", "generator", "generate", target, "--out", str(out), "--quiet"]
        return run_child(argv, env=child_env(AMPECO_CODEGEN_CACHE=str(cache)), cwd=REPO)

    def theirs_once(parent: Path) -> Child:
        out = Path(tempfile.mkdtemp(prefix="oag-", dir=parent)) / "out"
        argv = [openapi_generator or "", "generate", "-i", str(spec), "-g", "python", "-o", str(out)]
        return run_child(argv, env=child_env())

    # rounds interleaved (each of ours, then openapi-generator), so that a machine whose speed
    # drifts during the run weighs on both sides alike; outputs on the disk stay till the end
    disk: dict[str, list[Child]] = {label: [] for label in [*ways, "oag"]}
    in_memory: dict[str, list[Child]] = {label: [] for label in [*ways, "oag"]}
    for _ in range(runs):
        for label, target in ways.items():
            disk[label].append(ours_once(target, work))
        if openapi_generator:
            disk["oag"].append(theirs_once(work))
        if memory:
            scratch = Path(tempfile.mkdtemp(prefix="ampeco-bench-", dir=shm))
            for label, target in ways.items():
                in_memory[label].append(ours_once(target, scratch))
            if openapi_generator:
                in_memory["oag"].append(theirs_once(scratch))
            shutil.rmtree(scratch)
    shutil.rmtree(unseen.parent, ignore_errors=True)
    for label in ways:
        report.add("6", f"cold generation, {label}: wall", [c.wall for c in disk[label]], "s", 1.0, digits=2)
        report.add("6", "… CPU (user+sys)", [c.cpu for c in disk[label]], "s", digits=2)
        report.add("6", "… peak RSS", [c.max_rss_mb for c in disk[label]], "MB", 120)
        if memory:
            report.add("6", "… the same, output and caches in memory (/dev/shm): wall", [c.wall for c in in_memory[label]], "s", 1.0, digits=2)
    if openapi_generator:
        theirs = disk["oag"]
        version = run_child([openapi_generator, "version"], env=child_env()).stdout.strip()
        report.add("6", f"openapi-generator {version} (`-g python`, same spec), cold: wall", [c.wall for c in theirs], "s", digits=2, note="measured in this run, its runs between ours")
        report.add("6", "… CPU (user+sys)", [c.cpu for c in theirs], "s", digits=2)
        report.add("6", "… peak RSS", [c.max_rss_mb for c in theirs], "MB")
        # beside the ratio of the medians (the target), each round's own ratio: ours and
        # openapi-generator's runs of one round follow each other, so a change of the
        # machine's speed between rounds weighs less on it
        paired_note = "each round's ratio (its runs back to back), for reference"
        for label in ways:
            ratio = statistics.median(c.wall for c in theirs) / statistics.median(c.wall for c in disk[label])
            report.add("6", f"openapi-generator's cold wall / ours ({label.split(' (')[0]}), both writing to the disk", [ratio], "×", 8, lower_is_better=False, digits=1)
            paired = [t.wall / o.wall for t, o in zip(theirs, disk[label], strict=True)]
            report.add("6", "… per round", paired, "×", lower_is_better=False, digits=1, note=paired_note)
        if memory:
            report.add("6", "openapi-generator, output in memory (/dev/shm): wall", [c.wall for c in in_memory["oag"]], "s", digits=2)
            for label in ways:
                ratio = statistics.median(c.wall for c in in_memory["oag"]) / statistics.median(c.wall for c in in_memory[label])
                report.add("6", f"openapi-generator's cold wall / ours ({label.split(' (')[0]}), both writing to memory", [ratio], "×", 8, lower_is_better=False, digits=1)
                paired = [t.wall / o.wall for t, o in zip(in_memory["oag"], in_memory[label], strict=True)]
                report.add("6", "… per round", paired, "×", lower_is_better=False, digits=1, note=paired_note)
    lines = [
        "### Validation: the loader's stages against spec size",
        "",
        "`benchmarks/validation.py` in a fresh process per run (medians, seconds): structural checks "
        "(kind, every `$ref`, operationIds), the OpenAPI meta-schema through jsonschema_rs (compile "
        "included), the semantic checks (each distinct schema root once). Synthetic specs from `synth.py`.",
        "",
        "| spec | parse | structural | meta-schema | semantic | validation total | ms per 100 operations | × the 1x rate |",
        "|---|---|---|---|---|---|---|---|",
    ]
    base_rate = None
    from synth import count_operations

    for n in sizes:
        synth = work / "synth-val.json"
        run_child([PYTHON, str(HERE / "synth.py"), str(spec), str(synth), "--copies", str(n)])
        operations = count_operations(json.loads(synth.read_text()))
        results = [run_child([PYTHON, str(probe), str(synth)]).json() for _ in range(runs)]
        synth.unlink()
        med = {k: statistics.median(r[k] for r in results) for k in ("parse", "structural", "meta-schema", "semantic", "validation")}
        rate = med["validation"] / operations * 1e5
        base_rate = base_rate or rate
        report.add("6", f"validation stage (fast check), {n}x ({operations:,} operations)", [r["validation"] for r in results], "s", digits=3, note=f"{rate / base_rate:.2f}× the 1x rate per operation")
        lines.append(
            f"| {n}x ({operations:,} ops) | {med['parse']:.3f} | {med['structural']:.3f} | {med['meta-schema']:.3f} | "
            f"{med['semantic']:.3f} | {med['validation']:.3f} | {rate:.2f} | {rate / base_rate:.2f} |"
        )
    engine_runs = [run_child([PYTHON, str(probe), str(spec), "--engines"]).json() for _ in range(runs)]
    lines += ["", "Compiled validators on the meta-schema of the 3.110.0 spec (seconds, median):", ""]
    for key in engine_runs[0]:
        lines.append(f"- {key}: {statistics.median(r[key] for r in engine_runs):.4f}")
    cache = work / "cache-full"
    cache.mkdir()
    full = run_child([PYTHON, "-m", "generator", "validate", str(spec), "--no-cache"], env=child_env(AMPECO_CODEGEN_CACHE=str(cache)), cwd=REPO)
    report.add("6", "full openapi-spec-validator (`validate --no-cache`, 1x), wall", [full.wall], "s", digits=2, note="what `validate`, `generate --strict` and `add-version` run")
    report.extra.append("\n".join(lines))


# -- main ------------------------------------------------------------------------------------


SECTIONS = ("gen", "import", "call", "memory", "linear", "validate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 3 runs, 1 cold generation, 1x/2x only, nothing written",
    )
    parser.add_argument(
        "--runs", type=int, help="runs per figure (default 5; --quick 3)"
    )
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run ({', '.join(SECTIONS)})",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=HERE / "RESULTS.md",
        help="where to write the Markdown (default benchmarks/RESULTS.md)",
    )
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--openapi-generator",
        metavar="CLI",
        default=shutil.which("openapi-generator-cli"),
        help="openapi-generator's command line, run beside ours in the validate section "
        "(`pip install openapi-generator-cli` in a venv of its own; needs Java); "
        "default: openapi-generator-cli on PATH",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO,
        help="where the outputs written to the disk go (in a temporary folder there; default: "
        "this checkout, where `generate` writes by default, `generated/`)",
    )
    args = parser.parse_args(argv)
    sections = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    runs = args.runs or (3 if args.quick else 5)
    gen_runs = 1 if args.quick and not args.runs else runs
    extra_runs = 0 if args.quick else max(3, runs - 2)
    sizes = [1, 2] if args.quick else [1, 4, 10]
    big = None if args.quick else 5_000
    write = not args.no_write and (not args.quick or args.output != HERE / "RESULTS.md")

    started = time.perf_counter()
    load_before = load()
    report = Report()
    # every output stays until the end: deleting thousands of files makes the next ones
    # slower to create for a while on some disks (this machine's: 20 µs a file becomes 900)
    with tempfile.TemporaryDirectory(prefix=".bench-", dir=args.work) as tmp:
        work = Path(tmp)
        if "gen" in sections:
            gen = bench_generation(report, work, gen_runs, extra_runs)
        else:
            gen = work / "gen"
            cache = work / "cache-primed"
            run_child(
                generate_cmd(gen),
                env=child_env(AMPECO_CODEGEN_CACHE=str(cache)),
                cwd=REPO,
            )
        # Byte-compile, as pip does on install: import timings should not include compiling.
        run_child([PYTHON, "-m", "compileall", "-q", str(gen / PACKAGE)])
        body = (
            listing_body(gen, work)
            if sections & {"import", "call"}
            else work / "listing.json"
        )
        if "import" in sections:
            bench_imports(report, gen, body, runs)
        if "call" in sections:
            bench_percall(report, gen, body, max(runs, 15))
        if "memory" in sections:
            bench_memory(report, gen, runs)
        if "linear" in sections:
            bench_linearity(report, work, runs, sizes, big, max(3, runs - 2))
        if "validate" in sections:
            bench_validation(report, work, runs, [1, 2] if args.quick else [1, 4, 10], args.openapi_generator)
    elapsed = time.perf_counter() - started

    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    doc = [
        "# Benchmarks",
        "",
        f"`python3 benchmarks/run.py{' --quick' if args.quick else ''}` on {now}, {elapsed:.0f} s in all. "
        f"Spec: AMPECO.CHARGE Public API {VERSION} (read from the manifest, never copied). "
        "Each figure is the median of the runs shown; the spread is min–max. Other work was "
        f"running on the machine (load average {load_before} before, {load()} after), so expect "
        "some noise; the per-call ratios alternate SDK and hand-written rounds to share it.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in machine()],
        "",
        "## Results",
        "",
        report.table(),
        "",
        *[part + "\n" for part in report.extra],
        "## How each figure is taken",
        "",
        "1. `python -m generator generate 3.110.0 --out <new folder>` in a child process; CPU is the "
        "child's user+sys time and peak RSS its `ru_maxrss` (`os.wait4`). *Cold*: "
        "`AMPECO_CODEGEN_CACHE` points at an empty folder, so nothing is taken from a cache: the "
        "manifest version's validation record is trusted after its sha256, every file is compiled and "
        "formatted, and every statement ruff and black may disagree on goes through black. *Warm*: the same "
        "command again over the previous output with the caches filled.",
        "2. The generated package is byte-compiled first (as `pip install` does). Wall times are whole "
        "`python -c` processes; the in-process figures time the statement alone with "
        "`time.perf_counter`. `Ampeco(...)` is constructed as a user would (no transport given).",
        "3. One process, both sides on an `httpx.MockTransport` returning the same bytes; the body is "
        "a 100-item page invented by the generated stub server (so it fits the model: the fast path). "
        "Hand-written: `httpx.Client.get(...)`, `raise_for_status()`, "
        "`TypeAdapter(list[Evse]).validate_python(response.json()['data'])`; *tuned*: "
        "`TypeAdapter(Body).validate_json(response.content).data` with `class Body(BaseModel): data: list[Evse]` "
        "(what the SDK does internally). Each round times 40 calls (400 for `read`) of each side in turn.",
        "4. RSS from `/proc/self/statm` inside one fresh process after each step.",
        "5. See the linearity section.",
        "",
        "What moved each figure, and where the generator spends its time: `benchmarks/README.md`.",
        "",
    ]
    text = "\n".join(doc)
    print(text)
    if write:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
