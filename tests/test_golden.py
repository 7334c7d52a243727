"""Golden files: the committed generated/<version>/ trees equal a fresh generation.

To update them after a deliberate change: ``ampeco-codegen generate --all`` and review
the diff in generated/ before committing.
"""

from __future__ import annotations

import pytest

from generator.cli import compare, diff_text, main
from generator.pipeline import generate
from generator.writer import read_tree

from .conftest import REPO


def versions():
    from generator.versions.manifest import load_manifest

    return [e.version for e in load_manifest(REPO / "specs" / "versions.toml").entries]


@pytest.mark.parametrize("version", versions())
def test_golden_tree_matches_fresh_generation(manifest, version):
    entry = manifest.get(version)
    fresh = generate(entry.path, sha256=entry.sha256, names_lock=REPO / "specs" / "names.lock.json").files
    golden_root = REPO / "generated" / version
    golden = read_tree(golden_root)
    problems = compare(fresh, golden_root)
    if problems:
        shown = [diff_text(fresh[rel], golden[rel], rel) for rel in sorted(set(fresh) & set(golden)) if fresh[rel] != golden[rel]][:5]
        pytest.fail(
            f"generated/{version} is out of date ({len(problems)} files); "
            "run `ampeco-codegen generate --all` and review the diff\n" + "\n".join(problems[:40]) + "\n\n" + "\n\n".join(shown)
        )


def test_check_mode_passes_on_the_committed_tree(capsys):
    assert main(["generate", "--all", "--check"]) == 0
