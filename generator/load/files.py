"""Reading a spec's bytes, and where the user's cache lives: what even a run that finds its
output up to date needs, kept apart from the loader so that such a run imports no more."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import SpecError


def read_bytes(path: Path) -> bytes:
    """The bytes of the spec file ``path``, or a ``SpecError`` that says why not."""
    if not path.exists():
        raise SpecError(f"{path}: no such file")
    if path.is_dir():
        raise SpecError(f"{path}: is a directory, expected an OpenAPI document")
    try:
        return path.read_bytes()
    except PermissionError:
        raise SpecError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror or exc}") from None


# the last spec read and hashed, by what ``os.stat`` says of it: a cold ``generate`` asks for
# the same spec's bytes and sha256 three times (the up-to-date check, the IR cache's key, the
# loader), ~2.3 ms each for AMPECO's 2.9 MB
_last: tuple[tuple[str, int, int, int, int], bytes, str] | None = None


def spec_bytes(path: Path, expected_sha256: str | None = None) -> tuple[bytes, str]:
    """The bytes of the spec file ``path`` and their sha256 (read once while the file stays
    as it was), checked against the manifest's pin ``expected_sha256`` when there is one:
    a ``SpecError`` when the file cannot be read or does not match."""
    global _last
    try:
        stat = path.stat()
        key = (os.path.abspath(path), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    except OSError:
        key = None
    if key is not None and _last is not None and _last[0] == key:
        raw, digest = _last[1], _last[2]
    else:
        raw = read_bytes(path)
        digest = hashlib.sha256(raw).hexdigest()
        if key is not None and len(raw) == key[3]:
            _last = (key, raw, digest)
    _check_pin(path, digest, expected_sha256)
    return raw, digest


def _check_pin(path: Path, digest: str, expected_sha256: str | None) -> None:
    if expected_sha256 and digest != expected_sha256:
        raise SpecError(
            f"{path}: checksum mismatch: the manifest pins sha256 {expected_sha256}, "
            f"the file has {digest}; if the new file is intended, update specs/versions.toml"
        )


def stat_state(stats: list[tuple[str, os.stat_result]]) -> str:
    """What changes when any of these files (by name) is edited, replaced, added or removed:
    their sizes, modification times and inodes, hashed."""
    digest = hashlib.sha256()
    for name, st in stats:
        digest.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\0{st.st_dev}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _note(kind: str, subject: str) -> Path:
    return cache_dir() / kind / hashlib.sha256(os.fsencode(subject)).hexdigest()


def read_note(kind: str, subject: str, state: str) -> str | None:
    """What was noted (``write_note``) of ``subject`` while its files were in ``state``
    (``stat_state``), or None: no note, another state, or a note that cannot be read."""
    try:
        saved = _note(kind, subject).read_text(encoding="utf-8").split()
    except (OSError, UnicodeDecodeError):
        return None
    return saved[1] if len(saved) == 2 and saved[0] == state else None


def write_note(kind: str, subject: str, state: str, value: str) -> None:
    """Note in the user's cache that ``subject`` gives ``value`` while its files are in
    ``state``: trusted as Python trusts a file's size and time for its bytecode. Written
    whole or not at all; any trouble only means no note."""
    from ..writer import replace_text

    try:
        path = _note(kind, subject)
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_text(path, f"{state} {value}\n")
    except OSError:
        pass


def remembered(kind: str, subject: str, state: str, compute: Callable[[], str]) -> str:
    """``compute()``, or what it gave before for ``subject`` while the files it reads are in
    the same ``state`` (``read_note``, ``write_note``)."""
    value = read_note(kind, subject, state)
    if value is None:
        value = compute()
        write_note(kind, subject, state, value)
    return value


def spec_sha256(path: Path, expected_sha256: str | None = None) -> str:
    """The sha256 of the spec file ``path``, checked against the manifest's pin as
    ``spec_bytes`` does; the file is read only when it changed since its sha256 was last
    noted (``remembered``): a run that finds its output up to date reads no spec."""
    try:
        stat = path.stat()
    except OSError:
        return spec_bytes(path, expected_sha256)[1]  # says why the file cannot be read
    absolute = os.path.abspath(path)
    digest = remembered("specs", absolute, stat_state([(absolute, stat)]), lambda: spec_bytes(path)[1])
    _check_pin(path, digest, expected_sha256)
    return digest


def cache_dir() -> Path:
    """The user's cache folder: ``$AMPECO_CODEGEN_CACHE``, else ``$XDG_CACHE_HOME/ampeco-codegen``
    (``~/.cache/ampeco-codegen``)."""
    explicit = os.environ.get("AMPECO_CODEGEN_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ampeco-codegen"
