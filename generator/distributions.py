"""Installed versions of the tools the generator's caches depend on (ruff, black,
openapi-spec-validator), read from the ``<name>-<version>.dist-info`` folder on
``sys.path``: what ``importlib.metadata.version`` answers, without the ~50 ms its import
(``email``, ``socket``, ``zipfile``) adds to a cold run."""

from __future__ import annotations

import functools
import os
import re
import sys


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@functools.cache
def version_of(name: str) -> str:
    """The installed version of the distribution ``name``; ``"unknown"`` if it is not installed."""
    wanted = _normalised(name)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                project, _, version = folder[: -len(".dist-info")].rpartition("-")
                if _normalised(project) == wanted and version:
                    return version
            elif folder.endswith(".egg-info") and _normalised(folder[: -len(".egg-info")].split("-")[0]) == wanted:
                return _by_importlib(name)  # an older layout: let importlib.metadata read it
    return _by_importlib(name)


def _by_importlib(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"
