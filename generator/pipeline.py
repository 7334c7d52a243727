"""The whole flow in one call: spec file -> loader -> normaliser -> IR -> rendered files."""

from __future__ import annotations

import functools
import gc
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from . import naming
from .emit.package import render_then
from .emit.templates import compiled_early
from .load.document import Document, LoadOptions, start_load
from .model.ir import Api, evolve
from .normalise.normaliser import normalise
from .versions.ircache import build_api_to_keep
from .versions.ircache import output_stamp as output_stamp  # re-exported
from .versions.lock import VersionsLock


def _ended(wait: Callable[[], int]) -> None:
    wait()  # its status: a store that failed only leaves the cache without the entry


class Generated(NamedTuple):
    api: Api
    files: dict[str, str]
    #: with ``generate(keep_later=True)``: what the caller runs before it leaves, so that a
    #: freshly built IR is in the IR cache: it waits for the forked half of the rendering,
    #: which stores it once it has handed its files over (or stores it here, not forked).
    #: None: nothing to store (a hit, or no cache)
    keep: Callable[[], None] | None = None


def sdk_version(api_version: str) -> str:
    """The generated distribution's version: the API version, PEP 440 safe."""
    cleaned = re.sub(r"[^0-9A-Za-z.]+", ".", api_version).strip(".")
    return cleaned if re.match(r"^\d", cleaned or "") else f"0+{cleaned or 'unknown'}"


def valid_client_name(name: str) -> bool:
    """``--client-name``: an identifier starting with a letter, not a keyword (and, like a
    package name, nothing that shadows the standard library or the SDK's dependencies)."""
    from .writer import package_name_problem

    return package_name_problem(name) is None and name[:1].isalpha() and name.isascii()


def build_api(
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
) -> Api:
    """The IR of ``spec``; with ``names_lock``, classes and methods keep their locked names;
    without ``unused_components``, schemas nothing uses get no classes.

    The lock's entry is the one of ``version`` (a manifest version), else the one made from
    this very file (by sha256), else the one of the spec's own ``info.version``; a version the
    lock does not know yet is named after the versions before it (``versions.lock.locked_api``).
    """
    document, api = load_and_normalise(
        spec, package=package, sha256=sha256, validate=validate, use_cache=use_cache, unused_components=unused_components, options=options
    )
    return named_api(document, api, package=package, names_lock=names_lock, version=version, client_name=client_name)


def load_and_normalise(
    spec: Path,
    *,
    package: str = "ampeco",
    sha256: str | None = None,
    validate: bool = True,
    use_cache: bool = True,
    unused_components: bool = True,
    options: LoadOptions | None = None,
) -> tuple[Document, Api]:
    """The loaded, checked document and its IR before naming (``build_api``'s first half).
    The checks that only read the document run on the other core while it is normalised
    (``load.start_load``)."""
    with start_load(spec, expected_sha256=sha256, validate=validate, use_cache=use_cache, options=options) as loading:
        try:
            api = normalise(loading.document, package, unused_components)
        except Exception:
            loading.finish()  # the spec's own problems first: they may be why normalising failed
            raise
        return loading.finish(), api


def named_api(
    document: Document,
    api: Api,
    *,
    package: str = "ampeco",
    names_lock: Path | VersionsLock | None = None,
    version: str | None = None,
    client_name: str = "",
) -> Api:
    """``build_api``'s second half: the client's class name, and the names of the lock."""
    api = evolve(api, client_name=naming.client_class_name(package, client_name))
    if names_lock is not None:
        from .versions.lock import locked_api, read_versions_lock

        lock = names_lock if isinstance(names_lock, VersionsLock) else read_versions_lock(names_lock)
        api = locked_api(api, lock, version, document.sha256)
    return api


class deep_recursion:
    """Let deeply nested schemas (hundreds of levels) through the validator and normaliser,
    with the cyclic garbage collector paused meanwhile."""

    def __init__(self, limit: int = 20000) -> None:
        self.limit = limit
        self.previous = 0

    def __enter__(self) -> None:
        self.previous = sys.getrecursionlimit()
        sys.setrecursionlimit(max(self.previous, self.limit))
        # generation builds many small objects and frees little: the cyclic collector
        # only costs time here (16% on a 10,000-operation spec)
        self.gc_was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        sys.setrecursionlimit(self.previous)
        if self.gc_was_enabled:
            gc.enable()


def generate(
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
    keep_later: bool = False,
    while_waiting: Callable[[Api], None] | None = None,
) -> Generated:
    """Load, check, normalise and render ``spec``: the whole flow, nothing written. The
    IR comes from the cache when the same build was made before (``versions.ircache``);
    the templates are compiled meanwhile, on the other core (``templates.compiled_early``),
    and a new IR is kept in that cache by this process once its share of the rendering is
    done, or, with ``keep_later``, by the forked half once it has handed its files over,
    while this process goes on (``generate`` on the command line writes the files then):
    the caller runs ``Generated.keep`` before it leaves.
    ``while_waiting`` is given the finished IR when this process has made its share of the
    files and waits for the forked half's (``generate`` on the command line works out the
    names-lock entry then)."""
    with deep_recursion(), compiled_early(use_cache) as templates:
        api, keep = build_api_to_keep(
            spec,
            package=package,
            sha256=sha256,
            validate=validate,
            use_cache=use_cache,
            names_lock=names_lock,
            version=version,
            unused_components=unused_components,
            client_name=client_name,
            options=options,
        )
        distribution = package.replace("_", "-")
        ready = templates.ready()
        waiting = None if while_waiting is None else functools.partial(while_waiting, api)
        later = keep_later and keep is not None  # the forked half of the rendering stores it, once done
        files, stored = render_then(
            api,
            sdk_version(api.version),
            distribution,
            use_cache=use_cache,
            ready=ready,
            meanwhile=None if later else keep,
            while_waiting=waiting,
            afterwards=keep if later else None,
        )
        if later:
            return Generated(api, files, functools.partial(_ended, stored))
        stored()
        return Generated(api, files)
