"""Files written as they are made (``writer.Staging`` given to ``render`` as its sink):
each rendering process writes its own files into a hidden folder beside the output as soon
as they are final, and the output is replaced only once every file is made. A failure in
either process, or a bad spec, leaves the previous output as it was and no folder behind."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator import parallel
from generator.cli import main
from generator.emit.sdk import Renderer
from generator.writer import MARKER, is_current, read_marker, read_tree

MINI = Path(__file__).parent / "fixtures" / "mini.yaml"


@pytest.fixture(params=["forked", "one-process"])
def forking(request, monkeypatch):
    """Both ways ``render`` runs: its second half in a forked child, or all here."""
    if request.param == "forked":
        if not sys.platform.startswith("linux"):
            pytest.skip("forking is used on Linux only")
        monkeypatch.setattr(parallel, "forking_allowed", lambda: True)
    else:
        monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    return request.param


@pytest.fixture()
def previous(tmp_path, monkeypatch):
    """An output folder a first run made, and its files."""
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_pkg", "-q"]) == 0
    return out, read_tree(out)


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.mark.parametrize(
    ("emitter", "share"),
    [("operations_module", "this process's"), ("resource_module", "the forked process's")],
)
def test_a_broken_file_in_either_share_leaves_the_previous_output(previous, forking, monkeypatch, capsys, emitter, share):
    """The other process may have written its files already: they go with the hidden folder."""
    out, before = previous
    original = getattr(Renderer, emitter)

    def broken(self, *args):  # an emitter bug: one line of it is not Python
        return original(self, *args) + "\nbroken = = 1\n"

    monkeypatch.setattr(Renderer, emitter, broken)
    capsys.readouterr()
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_pkg", "-q", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "generator bug" in err and "broken = = 1" in err and "Traceback" not in err, (share, err)
    assert read_tree(out) == before
    assert _leftovers(out) == []


def test_a_bad_spec_leaves_the_previous_output(previous, forking, tmp_path, capsys):
    out, before = previous
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINI.read_text(encoding="utf-8").replace("paths:", "paths: 7\nnot_paths:", 1), encoding="utf-8")
    assert main(["generate", str(bad), "--out", str(out), "--package-name", "mini_pkg", "-q"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert read_tree(out) == before
    assert _leftovers(out) == []


def test_the_written_tree_is_the_generated_one_and_its_note_is_true(previous, forking, monkeypatch):
    """Every file written once, by one process, as ``generate`` made it; the note taken from
    the writes lets the next run find the folder current without reading a file."""
    from generator.pipeline import generate

    out, _ = previous
    (out / "stray.txt").write_text("from an earlier run")  # the swap replaces the whole folder
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_pkg", "-q", "--no-cache"]) == 0
    assert read_tree(out) == generate(MINI, package="mini_pkg", use_cache=False).files
    assert _leftovers(out) == []
    assert (out / MARKER).is_file()

    reads: list[int] = []
    import generator.writer as writer

    real = writer.read_tree
    monkeypatch.setattr(writer, "read_tree", lambda root: reads.append(1) or real(root))
    assert is_current(out, read_marker(out)["stamp"])
    assert reads == []  # the note from the writes matched the folder as it is
