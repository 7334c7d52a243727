"""Write a generated tree safely: into a temporary folder, then swapped into place.

- An error at any point leaves the previous output untouched.
- The swap is one ``renameat2(RENAME_EXCHANGE)`` where the system has it, so at every
  moment ``out`` holds either the complete old tree or the complete new one. Elsewhere it
  is two renames, and the next run finishes or undoes one that was interrupted between
  them (``recover``).
- A folder we generated holds a marker file. A non-empty folder without it is never
  replaced unless forced, and even then never deleted: it is moved aside beside itself.
  A folder that holds the input spec is never replaced at all.
- Names that come from a spec (a version folder, the package name) are checked here.
"""

from __future__ import annotations

import functools
import hashlib
import keyword
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from .errors import OutputError

MARKER = ".ampeco-codegen"
_SEGMENT = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,99}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# what every generated SDK imports at run time (httpx, pydantic v2) and what they import
SDK_DEPENDENCIES = frozenset(
    {
        "httpx",
        "httpcore",
        "h11",
        "h2",
        "anyio",
        "sniffio",
        "idna",
        "certifi",
        "pydantic",
        "pydantic_core",
        "annotated_types",
        "typing_extensions",
        "typing_inspection",
        "exceptiongroup",
    }
)


def safe_segment(text: str, what: str = "version") -> str:
    """``text`` if it can name one folder (letters, digits, ``. + _ -``; no ``..``), else an error."""
    if not _SEGMENT.fullmatch(text) or ".." in text:
        raise OutputError(
            f"{what} {text!r} cannot name an output folder (one path segment of letters, digits, "
            "'.', '+', '_', '-', at most 100 characters); pass --out"
        )
    return text


def package_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be the generated package's import name, or None if it can."""
    if not _IDENTIFIER.fullmatch(name):
        return "is not a Python identifier (letters, digits and '_', not starting with a digit)"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    lowered = name.lower()
    if lowered in {n.lower() for n in sys.stdlib_module_names}:
        return "would shadow the standard library module of that name"
    if lowered in SDK_DEPENDENCIES:
        return "would shadow a package the SDK itself imports"
    return None


def escapes(rel: str) -> bool:
    """Whether the relative path ``rel`` could name something outside the folder it is
    written under: a ``..`` part, or an absolute path (a drive or a share on Windows).
    Only a path with ``..``, a leading ``/``, a backslash or a ``:`` can, so the others,
    every file a generation writes, skip building a ``Path`` (~7 ms for AMPECO's tree)."""
    if ".." not in rel and not rel.startswith("/") and "\\" not in rel and ":" not in rel:
        return False
    path = Path(rel)
    return ".." in path.parts or path.is_absolute() or bool(path.drive) or bool(path.root)


def _contains(folder: Path, path: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def check_target(out: Path, force: bool = False, protect: Sequence[Path] = ()) -> None:
    out = out.absolute()
    real = out.resolve()
    for path in protect:
        if _contains(real, path.resolve()):
            raise OutputError(f"{out}: holds the input {path}; refusing to replace it (choose another --out)")
    try:
        cwd = Path.cwd().resolve()
    except OSError:  # the current folder was removed: nothing of it to protect
        cwd = None
    if cwd is not None and _contains(real, cwd):
        raise OutputError(f"{out}: is the current folder or one above it; refusing to replace it (choose another --out)")
    if out.is_symlink():
        raise OutputError(f"{out}: is a symbolic link; refusing to replace it")
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a directory")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file() and not force:
        raise OutputError(
            f"{out}: not empty and not made by ampeco-codegen (no {MARKER} marker); "
            "pass --force to put it aside (it is kept, renamed) and write there"
        )
    probe = out.parent
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{probe}: is not a directory")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"{probe}: not writable")


# -- the swap --------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """libc's ``renameat2`` (Linux), loaded on first use: the process's own symbols hold it."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False when the system or file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    import ctypes

    error = ctypes.get_errno()
    if error in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: not supported here
        return False
    raise OSError(error, os.strerror(error), str(b))


def _staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.new-*"))


def _backups(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.old-*"))


def recover(out: Path) -> str:
    """Finish or undo a swap that an earlier run did not complete; say what was done.

    A staging folder is complete once it holds the marker (written last). With no output
    in place: a complete staging folder is moved in (finish), else the backup of the
    previous output is moved back (restore). Leftovers are then removed.
    """
    if not out.parent.is_dir():
        return ""
    done = ""
    if not out.exists():
        complete = [p for p in _staging(out) if (p / MARKER).is_file()]
        backups = [p for p in _backups(out) if (p / MARKER).is_file() or any(p.iterdir())]
        if complete:
            os.rename(complete[-1], out)
            done = f"finished an interrupted run: {out} now holds its output"
        elif backups:
            os.rename(backups[-1], out)
            done = f"restored the previous output of an interrupted run to {out}"
    for leftover in (*_staging(out), *_backups(out)):
        shutil.rmtree(leftover, ignore_errors=True)
    return done


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """One writer at a time in ``out``'s parent folder (so recovery never takes a live run's
    folders). The lock is on the folder itself: no lock file is left behind."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def write_tree(
    files: dict[str, str],
    out: Path,
    force: bool = False,
    marker_text: str = "",
    protect: Sequence[Path] = (),
    notes: list[str] | None = None,
    stats: dict[str, os.stat_result] | None = None,
) -> None:
    """Replace ``out`` with exactly ``files`` (relative path -> text), atomically per tree.

    ``protect``: inputs (the spec) that ``out`` must not contain. ``notes`` collects what
    the user should hear about (a recovered run, a foreign folder kept aside). ``stats``,
    when given, gets each file's status as written (for ``remember_tree``).
    """
    out = out.absolute()
    notes = notes if notes is not None else []
    for rel in files:
        if escapes(rel):
            raise OutputError(f"refusing to write outside the output folder: {rel!r}")
    check_target(out, force, protect)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with _locked(out):
            note = recover(out)
            if note:
                notes.append(note)
            check_target(out, force, protect)
            _swap_in(files, out, marker_text, notes, stats)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write: {exc.strerror or exc}") from None


def write_files(root: str, files: dict[str, str], stats: dict[str, os.stat_result] | None = None) -> None:
    """``files`` written under the new folder ``root``: each folder made once, each file
    created (never an existing one followed) and written in one call, through the OS
    directly (pathlib's per-file folder checks and text layer were 40% of writing the
    1,700 files of AMPECO's SDK). ``stats``, when given, gets each file's status once
    written (from the open file: no second lookup of its path)."""
    made = {""}
    for rel, text in files.items():
        folder = rel.rpartition("/")[0]
        if folder not in made:
            os.makedirs(os.path.join(root, folder), exist_ok=True)
            made.add(folder)
        data = memoryview(text.encode("utf-8"))
        fd = os.open(os.path.join(root, rel), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        try:
            while data:
                data = data[os.write(fd, data) :]
            if stats is not None:
                stats[rel] = os.fstat(fd)
        finally:
            os.close(fd)


def _swap_in(files: dict[str, str], out: Path, marker_text: str, notes: list[str], stats: dict[str, os.stat_result] | None) -> None:
    import tempfile  # here: an output that is up to date needs none

    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(staging, 0o777 & ~mask)  # mkdtemp makes it private; the output is not
    try:
        write_files(os.fspath(staging), files, stats)
        (staging / MARKER).write_text(marker_text or "generated by ampeco-codegen\n", encoding="utf-8")
        foreign = out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file()
        if foreign:  # forced: keep it, renamed, never delete it
            kept = Path(tempfile.mkdtemp(prefix=f"{out.name}.replaced-", dir=out.parent))
            kept.rmdir()
            os.rename(out, kept)
            notes.append(f"{out} was not made by ampeco-codegen; kept as {kept}")
        if out.exists() and exchange(staging, out):
            shutil.rmtree(staging, ignore_errors=True)  # now the old tree
            return
        backup = None
        if out.exists():
            backup = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            backup.rmdir()
            os.rename(out, backup)
        try:
            os.rename(staging, out)
        except OSError:
            if backup is not None:
                os.rename(backup, out)
            raise
        if backup is not None:
            shutil.rmtree(backup, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


# what tools leave in a package they ran over (bytecode, type checker, linter, test runner)
_TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def _tree_paths(root: Path) -> list[tuple[str, str]]:
    """(relative posix path, path) of every file of the tree at ``root``, in path order,
    skipping the marker and what a build of the package or a tool run over it may leave
    behind (``build/``, ``*.egg-info``, caches)."""
    found: list[tuple[str, str]] = []
    top = os.fspath(root)
    for folder, subfolders, names in os.walk(top):
        rel_folder = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if rel_folder == "." else rel_folder + "/"
        subfolders[:] = [d for d in subfolders if d not in _TOOL_CACHES and not d.endswith(".egg-info") and not (not prefix and d == "build")]
        for name in names:
            if name == MARKER or name.endswith(".pyc") or name.endswith(".egg-info"):
                continue
            found.append((prefix + name, os.path.join(folder, name)))
    found.sort()
    return found


def read_tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path -> text), skipping the marker and what
    a build of the package or a tool may leave behind (``build/``, ``*.egg-info``,
    caches). A file that is not UTF-8 reads with its odd bytes as lone surrogates
    (``surrogateescape``): it differs from any generated text, and is never an error."""
    if not root.is_dir():
        return {}
    out: dict[str, str] = {}
    for rel, path in _tree_paths(root):
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            out[rel] = handle.read()
    return out


def _stat_digest(paths: list[tuple[str, str]], known: dict[str, os.stat_result] | None = None) -> str:
    """``load.files.stat_state`` of the files (by relative path): what changes when one is
    edited, replaced, added or removed. ``known``: statuses already at hand."""
    from .load.files import stat_state

    return stat_state([(rel, known[rel] if known is not None else os.stat(path)) for rel, path in paths])


def _walked(rel: str) -> bool:
    """Whether ``_tree_paths`` lists the file ``rel`` (it skips the marker, compiled files,
    build leftovers and caches)."""
    *folders, name = rel.split("/")
    if name == MARKER or name.endswith((".pyc", ".egg-info")):
        return False
    if folders and folders[0] == "build":
        return False
    return not any(folder == "__pycache__" or folder.endswith(".egg-info") for folder in folders)


def remember_tree(out: Path, tree: str, written: dict[str, os.stat_result] | None = None) -> None:
    """Note (in the user's cache: ``load.files.write_note``) that the files at ``out`` have
    the digest ``tree`` as they are now, by their sizes, times and inodes: ``is_current``
    then need not read them again until one of those changes. ``written``: the status of
    every file of the folder as ``write_tree`` just wrote it, which spares walking the
    folder. Any trouble only means no note."""
    from .load.files import write_note

    try:
        if written is not None and all(_walked(rel) for rel in written):
            state = _stat_digest([(rel, "") for rel in sorted(written)], written)
        else:
            state = _stat_digest(_tree_paths(out))
    except OSError:  # a file gone meanwhile
        return
    write_note("trees", str(out.absolute()), state, tree)


def _remembered(out: Path, tree: str) -> bool:
    from .load.files import read_note

    try:
        state = _stat_digest(_tree_paths(out))
    except OSError:  # a file gone meanwhile
        return False
    return bool(tree) and read_note("trees", str(out.absolute()), state) == tree


# -- the stamp in the marker: what the folder was made from, and what it holds ---------------
def tree_digest(files: dict[str, str]) -> str:
    """sha256 of a tree's files (relative path and text), in path order."""
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(rel.encode("utf-8", "surrogateescape") + b"\0" + files[rel].encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def marker_text(stamp: str, files: dict[str, str]) -> str:
    """The marker of a folder made from inputs ``stamp`` holding exactly ``files``."""
    return f"generated by ampeco-codegen\nstamp: {stamp}\ntree: {tree_digest(files)}\n"


def read_marker(out: Path) -> dict[str, str]:
    """The ``key: value`` lines of ``out``'s marker ({} when there is none)."""
    try:
        text = (out / MARKER).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    pairs = (line.split(": ", 1) for line in text.splitlines() if ": " in line)
    return {key.strip(): value.strip() for key, value in pairs}


def is_current(out: Path, stamp: str) -> bool:
    """True when ``out`` was made from inputs ``stamp`` and its files are untouched since."""
    marker = read_marker(out)
    if not stamp or marker.get("stamp") != stamp or "tree" not in marker:
        return False
    if _remembered(out, marker["tree"]):  # no file changed since its contents were checked
        return True
    if tree_digest(read_tree(out)) != marker["tree"]:
        return False
    remember_tree(out, marker["tree"])
    return True


def restamp(out: Path, files: dict[str, str], text: str) -> bool:
    """Replace only the marker of ``out`` when the folder already holds exactly ``files``
    (the inputs changed, the output did not); False when the tree differs."""
    if not (out / MARKER).is_file() or read_tree(out) != files:
        return False
    try:
        replace_text(out / MARKER, text)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write its marker: {exc.strerror or exc}") from None
    return True


def replace_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it, swapped in whole (a
    reader sees the old file or the new one), with the mode a new file gets under the
    umask (``mkstemp`` makes it private)."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
