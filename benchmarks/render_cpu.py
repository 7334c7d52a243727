"""CPU time of making the generated text, part by part, in one process (no compile check,
no ruff, no black): what the two rendering processes of a cold ``generate`` spend besides
the formatting pass.

    python3 benchmarks/render_cpu.py                 # 3.110.0 from the manifest, 9 rounds
    python3 benchmarks/render_cpu.py --rounds 15
    python3 benchmarks/render_cpu.py --repo /path/to/other/checkout   # A/B: that code

The IR is built once (the names lock applied, as ``generate`` does); the templates are
compiled once beforehand and handed to each ``Renderer`` as ``generate`` does
(``templates.compiled_early``). Each round makes a fresh ``Renderer`` per part, so nothing
one part computes is reused by another, and times with ``time.process_time()`` (CPU of
this process) with the cyclic garbage collector off, as during ``generate``:

- setup: ``Renderer(...)`` and ``doc_pages`` (which runs before the fork)
- sdk_files_but_resources, resource_files, stub_files, webhook_files
- doc pages: every page ``doc_pages`` lists, made
- black_suspects: over every ``.py`` file of the formatted golden tree ``generated/3.110.0``
  but the copied-in runtime

Prints the median, min and max of each part in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent, help="the checkout whose generator is timed")
    parser.add_argument("--golden", type=Path, default=None, help="formatted tree for black_suspects (default: <repo>/generated/3.110.0)")
    args = parser.parse_args()
    repo = args.repo.resolve()
    sys.path.insert(0, str(repo))

    from generator.emit.docs import doc_pages
    from generator.emit.sdk import Renderer
    from generator.emit.stub import stub_files
    from generator.emit.templates import compile_all
    from generator.emit.webhooks import webhook_files
    from generator.format.tree import black_suspects
    from generator.pipeline import build_api, deep_recursion, sdk_version
    from generator.versions.manifest import load_manifest

    entry = load_manifest(None).get("3.110.0")
    with deep_recursion():
        api = build_api(entry.path, sha256=entry.sha256 or None, use_cache=False, names_lock=repo / "specs" / "names.lock.json", version="3.110.0")
    version = sdk_version(api.version)
    ready = compile_all(use_cache=False)
    golden = args.golden or repo / "generated" / "3.110.0"
    # what ``format_python`` sees: every formatted file but the runtime, which is copied in afterwards
    formatted = [path.read_text(encoding="utf-8") for path in sorted(golden.rglob("*.py")) if "_runtime" not in path.parts]

    def fresh() -> Renderer:
        return Renderer(api, version, "ampeco", use_cache=False, ready=ready)

    def setup() -> Callable[[], object]:
        return lambda: doc_pages(fresh())

    def part(method: str) -> Callable[[], Callable[[], object]]:
        def prepare() -> Callable[[], object]:
            renderer = fresh()
            return lambda: getattr(renderer, method)()

        return prepare

    def over(function: Callable[[Renderer], object]) -> Callable[[], Callable[[], object]]:
        def prepare() -> Callable[[], object]:
            renderer = fresh()
            return lambda: function(renderer)

        return prepare

    def pages() -> Callable[[], object]:
        listed = doc_pages(fresh())
        return lambda: [make() for _, make in listed]

    def suspects() -> Callable[[], object]:
        return lambda: [black_suspects(text) for text in formatted]

    parts: dict[str, Callable[[], Callable[[], object]]] = {
        "setup (Renderer + doc_pages)": setup,
        "sdk_files_but_resources": part("sdk_files_but_resources"),
        "resource_files": part("resource_files"),
        "stub_files": over(stub_files),
        "webhook_files": over(webhook_files),
        "doc pages": pages,
        "black_suspects (golden tree)": suspects,
    }
    times: dict[str, list[float]] = {name: [] for name in parts}
    with deep_recursion():  # the collector off, as in ``generate``
        for prepare in parts.values():  # one unmeasured round: first-use costs (template loading)
            prepare()()
        for _ in range(args.rounds):
            for name, prepare in parts.items():
                run = prepare()
                gc.collect()
                start = time.process_time()
                run()
                times[name].append(time.process_time() - start)
    print(f"{repo}: CPU ms, {args.rounds} rounds")
    print(f"| {'part':<30} | median |    min |    max |")
    print(f"|{'-' * 32}|--------|--------|--------|")
    total = 0.0
    for name, values in times.items():
        median = statistics.median(values) * 1000
        total += median if not name.startswith("setup") else 0.0
        print(f"| {name:<30} | {median:6.1f} | {min(values) * 1000:6.1f} | {max(values) * 1000:6.1f} |")
    print(f"| {'sum of medians (but setup)':<30} | {total:6.1f} |        |        |")


if __name__ == "__main__":
    main()
