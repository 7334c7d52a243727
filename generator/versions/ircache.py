"""A cache of built IRs, so ``diff`` does not normalise the same spec twice.

Normalising AMPECO's full spec takes about half a second; reading a pickled IR back takes
about a tenth of that. An entry is keyed by the spec's sha256, the package name, the Python
version and a digest of the generator modules that decide the IR (loader, normaliser,
naming, ir), so any change to the code or the file makes a new key. Entries live in
``<cache>/ir/`` beside the validator's verdicts (``$AMPECO_CODEGEN_CACHE``, else
``$XDG_CACHE_HOME/ampeco-codegen``); a damaged or unreadable entry is ignored and rebuilt,
and storing an entry drops those of the same spec built by older generator code.
The cache holds only what this user's own generator wrote there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from ..errors import SpecError
from ..load.document import cache_dir, read_bytes
from ..model.ir import Api


@lru_cache(maxsize=1)
def generator_digest() -> str:
    """sha256 of the generator's Python code and its templates (every file, by relative path)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for root in (package, package.parent / "templates"):
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0".encode())
                digest.update(path.read_bytes())
                digest.update(b"\0")
    return digest.hexdigest()


def output_stamp(spec_sha256: str, names: str, package: str) -> str:
    """What an output folder was made from: the spec, its names entry (as text), the package
    name and the generator's own code and templates. Same stamp, same files."""
    text = "\n".join((spec_sha256, package, generator_digest(), names))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The key part that changes with the generator code (any of it) and the Python version."""
    return hashlib.sha256(f"{sys.version_info[:2]} {generator_digest()}".encode()).hexdigest()[:16]


def _entry(sha256: str, package: str, validated: bool) -> Path:
    mark = "-valid" if validated else ""
    return cache_dir() / "ir" / f"{sha256}-{package}-{code_digest()}{mark}.pickle"


def file_digest(spec: Path, sha256: str | None = None) -> str:
    """The sha256 of a spec file, checked against the manifest's pin when there is one."""
    digest = hashlib.sha256(read_bytes(spec)).hexdigest()
    if sha256 and digest != sha256:
        raise SpecError(
            f"{spec}: checksum mismatch: the manifest pins sha256 {sha256}, "
            f"the file has {digest}; if the new file is intended, update specs/versions.toml"
        )
    return digest


def lookup(digest: str, package: str = "ampeco", validate: bool = False) -> Api | None:
    """The cached IR of the spec with this sha256, or None.

    An IR built with the validator serves every request; one built without serves only
    requests that do not ask for validation.
    """
    for validated in (True, False) if not validate else (True,):
        entry = _entry(digest, package, validated)
        try:
            with entry.open("rb") as handle:
                api = pickle.load(handle)
        except FileNotFoundError:
            continue
        except Exception:  # a damaged entry, or one from an incompatible build: rebuild it
            continue
        if isinstance(api, Api):
            return api
    return None


def build_api_cached(spec: Path, *, package: str = "ampeco", sha256: str | None = None, validate: bool = False, use_cache: bool = True) -> Api:
    """``pipeline.build_api``, remembered by the spec's sha256 (checked against ``sha256``)."""
    from ..pipeline import build_api

    if not use_cache:
        return build_api(spec, package=package, sha256=sha256, validate=validate)
    digest = file_digest(spec, sha256)
    api = lookup(digest, package, validate)
    if api is None:
        api = build_api(spec, package=package, sha256=digest, validate=validate)
        store(_entry(digest, package, validate), api)
    return api


def store(entry: Path, api: Api) -> None:
    """Write an entry atomically; a cache that cannot be written is simply not used."""
    tmp = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".ir-", suffix=".tmp", dir=entry.parent)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(api, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry)
        tmp = None
        stale_prefix = entry.name.split("-")[0] + "-"  # the same spec built by other generator code
        for other in entry.parent.glob(stale_prefix + "*.pickle"):
            if other.name != entry.name and code_digest() not in other.name:
                other.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
