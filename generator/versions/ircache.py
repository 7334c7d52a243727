"""A cache of built IRs, so neither ``generate`` nor ``diff`` loads and normalises the same spec twice.

Loading, normalising and naming AMPECO's full spec takes about 0.35 s; finding and reading
its pickled IR back (1.4 MB) about 0.03 s, and storing it about 0.02 s. An entry holds the finished IR (normalised and
named by the names lock: what ``pipeline.build_api`` returns) and the loader's warnings, and
is keyed by everything that decides them: the spec's sha256 and its path (warnings name it
as given, the IR's own warnings resolved); the package name, client name and
``unused_components``; ``validate`` and every ``LoadOptions`` setting but the ``warn``
callback; the names lock (a digest of all of its content, or "no lock") and the version
label it is read with; and ``code_digest()`` (the generator's code and templates, and the
Python version). The key's full text is stored in the entry and compared on lookup, so a
clash of the file name's short digest cannot serve a wrong IR.

A hit gives the loader's warnings to ``LoadOptions.report`` again, in the order a miss
reports them. A spec whose ``$ref`` reached other files (bundled by the loader) is never
cached: the IR then depends on files this key does not cover.

Entries live in ``<cache>/ir/`` beside the validator's verdicts (``$AMPECO_CODEGEN_CACHE``,
else ``$XDG_CACHE_HOME/ampeco-codegen``); a damaged or unreadable entry is ignored and
rebuilt; storing an entry drops those of the same spec built by other generator code, and
the least recently used beyond ``MAX_ENTRIES``. The cache holds only what this user's own
generator wrote there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import Problem
from ..load.files import cache_dir, remembered, spec_sha256, stat_state

if TYPE_CHECKING:  # imported where used: a run that finds its output up to date needs neither
    from ..load.document import LoadOptions
    from ..model.ir import Api
    from .lock import VersionsLock

MAX_ENTRIES = 64  # IRs kept at most (each spec, package and settings an entry), least recently used dropped


@lru_cache(maxsize=1)
def generator_digest() -> str:
    """sha256 of the generator's Python code and its templates (``tree_code_digest``),
    read again only when one of those files changed since it was last noted (by their
    sizes, times and inodes: ``load.files.remembered``)."""
    package = Path(__file__).resolve().parent.parent
    roots = [package, package.parent / "templates"]
    files = _code_files(roots)
    state = stat_state([(path, os.stat(path)) for _, path in files])
    return remembered("code", "\0".join(map(str, roots)), state, lambda: _files_digest(files))


def tree_code_digest(roots: list[Path]) -> str:
    """sha256 of every file under ``roots`` (by root name and relative path, in path order)
    but built files (``_is_code``) and hidden ones: a tool's cache (``.ruff_cache``, ``.mypy_cache``,
    made by a lint run in the checkout) must not make every stamp and cached IR stale."""
    return _files_digest(_code_files(roots))


# built from the sources, never the code itself: bytecode, and the stages mypyc compiled
# (their output is the same as their sources', ``native``) with the record of that build
_BUILT = (".pyc", ".so", ".pyd")


def _is_code(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(_BUILT) and name != "_native_record.py"


def _code_files(roots: list[Path]) -> list[tuple[str, str]]:
    """(root name and relative path, path) of each file ``tree_code_digest`` reads, in its order."""
    out: list[tuple[str, str]] = []
    for root in roots:
        if not root.is_dir():
            continue
        found: list[tuple[str, str]] = []
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = [d for d in subfolders if not d.startswith(".") and d != "__pycache__"]
            rel = os.path.relpath(folder, root).replace(os.sep, "/")
            prefix = "" if rel == "." else rel + "/"
            found.extend((prefix + name, os.path.join(folder, name)) for name in names if _is_code(name))
        out.extend((f"{root.name}/{rel}", path) for rel, path in sorted(found))
    return out


def _files_digest(files: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for name, path in files:
        digest.update(f"{name}\0".encode())
        with open(path, "rb") as handle:
            digest.update(handle.read())
        digest.update(b"\0")
    return digest.hexdigest()


def output_stamp(spec_sha256: str, names: str, package: str) -> str:
    """What an output folder was made from: the spec, its names entry (as text), the package
    name, the generator's own code and templates, and the formatters that lay out its files
    (ruff's, through ``ruff-api``, and black, by their installed versions). Same stamp,
    same files."""
    from ..distributions import version_of

    formatters = f"ruff-api {version_of('ruff-api')}, black {version_of('black')}"
    text = "\n".join((spec_sha256, package, generator_digest(), formatters, names))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The key part that changes with the generator code (any of it) and the Python version."""
    return hashlib.sha256(f"{sys.version_info[:2]} {generator_digest()}".encode()).hexdigest()[:16]


class Entry(NamedTuple):  # a named tuple: see ``errors.Problem``
    """What the cache keeps of one build: its key's full text, the IR, the loader's warnings."""

    key: str
    api: Api
    warnings: tuple[Problem, ...]


def lock_digest(lock: VersionsLock | None) -> str:
    """The names lock's part of the key: every field of it (``repr`` of its records), hashed."""
    return "no lock" if lock is None else hashlib.sha256(repr(lock).encode("utf-8")).hexdigest()


def key_text(
    spec: Path,
    digest: str,
    *,
    package: str = "ampeco",
    validate: bool = True,
    lock: VersionsLock | None = None,
    version: str | None = None,
    unused_components: bool = True,
    client_name: str = "",
    options: LoadOptions | None = None,
) -> str:
    """Everything that decides an IR and its warnings, as one text (the ``warn`` callback aside)."""
    from ..load.document import LoadOptions

    options = options or LoadOptions()
    settings = {name: repr(value) for name, value in options._asdict().items() if name != "warn"}
    return json.dumps(
        {
            "spec": [digest, str(spec), str(spec.resolve())],
            "package": package,
            "client_name": client_name,
            "unused_components": unused_components,
            "validate": validate,
            "options": settings,
            "lock": lock_digest(lock),
            "version": version,
            "code": code_digest(),
        },
        sort_keys=True,
    )


def _entry(digest: str, key: str) -> Path:
    short = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return cache_dir() / "ir" / f"{digest}-{code_digest()}-{short}.pickle"


def file_digest(spec: Path, sha256: str | None = None) -> str:
    """The sha256 of a spec file, checked against the manifest's pin when there is one."""
    return spec_sha256(spec, sha256)


def lookup(digest: str, key: str) -> Entry | None:
    """The cached build with this key text (of the spec with this sha256), or None."""
    import pickle  # here and in ``store``: an output that is up to date reads no cache

    path = _entry(digest, key)
    try:
        with path.open("rb") as handle:
            entry = pickle.load(handle)
    except Exception:  # missing, damaged, or from an incompatible build: rebuild it
        return None
    from ..model.ir import Api

    if not (isinstance(entry, Entry) and entry.key == key and isinstance(entry.api, Api) and isinstance(entry.warnings, tuple)):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used
    return entry


def is_cached(spec: Path, digest: str, *, package: str = "ampeco", validate: bool = False) -> bool:
    """Whether ``build_api_cached`` would read this spec's IR from the cache."""
    return lookup(digest, key_text(spec, digest, package=package, validate=validate)) is not None


def cached_build_api(spec: Path, **settings: Any) -> Api:
    """``pipeline.build_api`` (same settings), from the cache when the same build was made
    before (not with ``use_cache`` false), a new build stored at once. A hit reports the
    loader's warnings as the build did."""
    api, keep = build_api_to_keep(spec, **settings)
    if keep is not None:
        keep()
    return api


def build_api_to_keep(
    spec: Path,
    *,
    package: str = "ampeco",
    sha256: str | None = None,
    validate: bool = True,
    use_cache: bool = True,
    names_lock: Path | VersionsLock | None = None,
    version: str | None = None,
    unused_components: bool = True,
    client_name: str = "",
    options: LoadOptions | None = None,
) -> tuple[Api, Callable[[], None] | None]:
    """``cached_build_api``, and what stores a freshly built IR in the cache (None: nothing
    to store, a hit or no cache), for the caller to run when it has a moment (~20-35 ms of a
    cold run): ``pipeline.generate`` runs it once its share of the rendering is done, or,
    for ``generate`` on the command line, has the rendering's forked half run it once it has
    handed its files over, while the files are written."""
    from ..load.document import BUNDLE_KEY, LoadOptions
    from ..pipeline import load_and_normalise, named_api

    options = options or LoadOptions()
    lock = names_lock
    digest = key = ""
    if use_cache:
        from .lock import read_versions_lock

        digest = file_digest(spec, sha256)  # the spec's errors first, as build_api gives them
        lock = read_versions_lock(names_lock) if isinstance(names_lock, Path) else names_lock
        key = key_text(
            spec,
            digest,
            package=package,
            validate=validate,
            lock=lock,
            version=version,
            unused_components=unused_components,
            client_name=client_name,
            options=options,
        )
        hit = lookup(digest, key)
        if hit is not None:
            for problem in hit.warnings:
                options.report(problem)
            return hit.api, None
    # ``pipeline.build_api``, in its two halves
    document, api = load_and_normalise(
        spec, package=package, sha256=sha256, validate=validate, use_cache=use_cache, unused_components=unused_components, options=options
    )
    api = named_api(document, api, package=package, names_lock=lock, version=version, client_name=client_name)
    if not use_cache or document.sha256 != digest or BUNDLE_KEY in document.data:  # changed since hashed, or not one file
        return api, None
    entry = Entry(key, api, document.warnings)
    return api, lambda: store(_entry(digest, key), entry)


def build_api_cached(spec: Path, *, package: str = "ampeco", sha256: str | None = None, validate: bool = False, use_cache: bool = True) -> Api:
    """``pipeline.build_api`` with no names lock (what ``diff`` builds), through the cache."""
    return cached_build_api(spec, package=package, sha256=sha256, validate=validate, use_cache=use_cache)


def store(path: Path, entry: Entry) -> None:
    """Write an entry atomically; a cache that cannot be written is simply not used."""
    import pickle
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ir-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(entry, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _prune(path)
    except (OSError, pickle.PicklingError, RecursionError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(kept: Path) -> None:
    """Drop the entries of ``kept``'s spec built by other generator code, then the least
    recently used beyond ``MAX_ENTRIES``."""
    spec_prefix = kept.name.split("-")[0] + "-"
    others: list[tuple[float, Path]] = []
    for other in kept.parent.glob("*.pickle"):
        if other.name == kept.name:
            continue
        if other.name.startswith(spec_prefix) and code_digest() not in other.name:
            other.unlink(missing_ok=True)
            continue
        with contextlib.suppress(OSError):
            others.append((other.stat().st_mtime, other))
    others.sort(key=lambda item: (item[0], item[1].name))
    for _, other in others[: max(0, len(others) - (MAX_ENTRIES - 1))]:
        other.unlink(missing_ok=True)
