"""``writer.is_current``: an output folder is current when its stamp matches and its files
are the ones the marker names; a note of the files' sizes, times and inodes spares reading
them again, and any change to a file sends the check back to the contents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import writer

FILES = {"pkg/__init__.py": "x = 1\n", "pkg/models/a.py": "class A: ...\n", "README.md": "# pkg\n"}


@pytest.fixture()
def out(tmp_path, monkeypatch):
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "out"
    writer.write_tree(FILES, folder, marker_text=writer.marker_text("s1", FILES))
    return folder


def reads_during(monkeypatch, call):
    """How many files of the tree ``call`` opens through ``read_tree``."""
    count = []
    real = writer.read_tree

    def counting(root: Path) -> dict[str, str]:
        files = real(root)
        count.append(len(files))
        return files

    monkeypatch.setattr(writer, "read_tree", counting)
    result = call()
    monkeypatch.setattr(writer, "read_tree", real)
    return result, sum(count)


def test_the_contents_are_read_once_then_the_note_answers(out, monkeypatch):
    assert reads_during(monkeypatch, lambda: writer.is_current(out, "s1")) == (True, len(FILES))
    assert reads_during(monkeypatch, lambda: writer.is_current(out, "s1")) == (True, 0)
    assert not writer.is_current(out, "another stamp")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda out: (out / "README.md").write_text("# pkg\nedited\n"), id="edited"),
        pytest.param(lambda out: (out / "README.md").write_text("# pk!\n"), id="edited-same-size"),
        pytest.param(lambda out: (out / "pkg" / "extra.py").write_text(""), id="added"),
        pytest.param(lambda out: (out / "pkg" / "models" / "a.py").unlink(), id="removed"),
    ],
)
def test_any_change_to_the_files_is_caught_after_the_note(out, change):
    assert writer.is_current(out, "s1") and writer.is_current(out, "s1")  # the note exists
    change(out)
    assert not writer.is_current(out, "s1")


def test_a_same_size_edit_that_keeps_the_time_is_still_caught_by_its_inode(out):
    assert writer.is_current(out, "s1")
    target = out / "README.md"
    before = os.stat(target)
    replacement = out / "README.tmp"
    replacement.write_text("# pk!\n")
    os.utime(replacement, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(replacement, target)  # what an editor's save does: a new file, renamed over
    assert not writer.is_current(out, "s1")


def test_a_touched_but_unchanged_file_is_current_after_reading_it(out, monkeypatch):
    assert writer.is_current(out, "s1")
    os.utime(out / "README.md", ns=(1, 1))
    assert reads_during(monkeypatch, lambda: writer.is_current(out, "s1")) == (True, len(FILES))
    assert reads_during(monkeypatch, lambda: writer.is_current(out, "s1")) == (True, 0)


def test_read_tree_skips_what_a_build_leaves_behind(tmp_path):
    root = tmp_path / "t"
    for rel in ("a.py", "pkg/b.py", "pkg/__pycache__/b.cpython-311.pyc", "pkg/c.pyc", "build/lib/a.py", "pkg/build/x.py", "x.egg-info/PKG-INFO", writer.MARKER):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel)
    assert list(writer.read_tree(root)) == ["a.py", "pkg/b.py", "pkg/build/x.py"]


def _note(folder: Path) -> str:
    from generator.load import files

    return files._note("trees", str(folder.absolute())).read_text(encoding="utf-8")


@pytest.mark.parametrize("replacing", [False, True], ids=["new-folder", "replacing-a-tree"])
def test_the_statuses_from_writing_make_the_note_a_walk_would(tmp_path, monkeypatch, replacing):
    """``remember_tree`` given what ``write_tree`` saw as it wrote (no walk of the folder)
    notes exactly what walking the written folder notes, so the next check reads no file."""
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "out"
    if replacing:
        writer.write_tree({"old.txt": "old\n"}, folder, marker_text=writer.marker_text("s0", {"old.txt": "old\n"}))
    written: dict[str, os.stat_result] = {}
    writer.write_tree(FILES, folder, marker_text=writer.marker_text("s1", FILES), stats=written)
    assert sorted(written) == sorted(FILES)
    tree = writer.read_marker(folder)["tree"]
    writer.remember_tree(folder, tree, written)
    from_writing = _note(folder)
    writer.remember_tree(folder, tree)
    assert _note(folder) == from_writing
    assert reads_during(monkeypatch, lambda: writer.is_current(folder, "s1")) == (True, 0)


def test_statuses_of_files_a_walk_skips_are_not_trusted(tmp_path, monkeypatch):
    """A written file that ``_tree_paths`` would not list (under ``build/``, say) sends
    ``remember_tree`` back to walking the folder, so the note still matches a walk."""
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "out"
    files = {**FILES, "build/left.txt": "x\n", "pkg/__pycache__/a.cpython-311.pyc": ""}
    written: dict[str, os.stat_result] = {}
    writer.write_tree(files, folder, marker_text=writer.marker_text("s1", files), stats=written)
    writer.remember_tree(folder, "t", written)
    from_writing = _note(folder)
    writer.remember_tree(folder, "t")
    assert _note(folder) == from_writing


def test_a_file_that_is_not_utf8_reads_as_different_never_as_an_error(tmp_path, monkeypatch, capsys):
    """An output folder holding a file that is not UTF-8 (a binary a user or a tool put
    there): ``read_tree`` and the digest take it (its odd bytes as lone surrogates), the
    folder is not current, ``generate --check`` lists it and ``generate`` replaces the
    tree, without a traceback."""
    from generator.cli import main

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    spec = Path(__file__).parent / "fixtures" / "mini.yaml"
    out = tmp_path / "sdk"
    assert main(["generate", str(spec), "--out", str(out), "-q"]) == 0
    blob = out / "blob.bin"
    blob.write_bytes(b"\x9c\xff not text \x00")
    tree = writer.read_tree(out)
    assert tree["blob.bin"].encode("utf-8", "surrogateescape") == blob.read_bytes()
    assert writer.tree_digest(tree) != writer.read_marker(out)["tree"]
    assert main(["generate", str(spec), "--out", str(out), "--check"]) == 1
    assert "extra:   blob.bin" in capsys.readouterr().err
    assert main(["generate", str(spec), "--out", str(out), "-q"]) == 0
    assert not blob.exists() and writer.read_tree(out) == {k: v for k, v in tree.items() if k != "blob.bin"}
