"""Reading a spec's bytes, and where the user's cache lives: what even a run that finds its
output up to date needs, kept apart from the loader so that such a run imports no more."""

from __future__ import annotations

import os
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


def cache_dir() -> Path:
    """The user's cache folder: ``$AMPECO_CODEGEN_CACHE``, else ``$XDG_CACHE_HOME/ampeco-codegen``
    (``~/.cache/ampeco-codegen``)."""
    explicit = os.environ.get("AMPECO_CODEGEN_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ampeco-codegen"
