"""The stages that run compiled, and the choice, at start-up, of running them compiled or
from their sources.

``setup.py`` compiles the modules of ``COMPILED`` with mypyc into C extensions placed
beside their ``.py`` files (``generator/_native__mypyc*.so`` holds them all; each
module's own extension only loads it). Python's import system prefers an extension to a
source, so a compiled module runs unless ``choose`` says otherwise, which it does, before
any of them is imported (``generator/__init__.py``), when:

- ``AMPECO_CODEGEN_PURE=1`` is set (the tests that replace a stage's function use it);
- a compiled module is older than its source: an edit after ``pip install -e .`` (by the
  source's size and time against the build's record, then by its sha256), so an edit is
  never silently ignored;
- the build is incomplete (a module's extension without the shared library, or no record).

Then every module of ``COMPILED`` is loaded from its ``.py`` file; all or none, since the
compiled modules call each other directly. The output is the same either way (the tests
generate with both and compare).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from types import ModuleType

# the modules mypyc compiles (setup.py reads this tuple): what a cold generation spends its
# Python time in, and nothing that forks or handles signals (a test that replaces one of
# their functions is marked ``sources``: compiled callers would not see the replacement)
COMPILED = (
    "generator.naming",
    "generator.model.ir",
    "generator.normalise.allof",
    "generator.normalise.ampeco",
    "generator.normalise.finish",
    "generator.normalise.names",
    "generator.normalise.normaliser",
    "generator.normalise.operations",
    "generator.normalise.records",
    "generator.normalise.refs",
    "generator.normalise.schemas",
    "generator.normalise.state",
    "generator.versions.lock",
    "generator.emit.docs",
    "generator.emit.examples",
    "generator.emit.identity",
    "generator.emit.sdk",
    "generator.emit.stub",
    "generator.emit.webhooks",
    "generator.format.pyfmt",
    "generator.format.tree",
)

_PACKAGE = os.path.dirname(os.path.abspath(__file__))
_ROOT = os.path.dirname(_PACKAGE)
_SHARED = "_native__mypyc"  # the shared library's module name inside the package
_SUFFIXES = tuple(EXTENSION_SUFFIXES)

# what ``choose`` found: whether the compiled modules run, and how the stages run, in words
compiled = False
status = "not checked"


def _source(module: str) -> str:
    return os.path.join(_ROOT, *module.split(".")) + ".py"


def _extensions(folder: str) -> set[str]:
    """The names of the extension modules in ``folder``."""
    try:
        names = os.listdir(folder)
    except OSError:
        return set()
    return {entry.partition(".")[0] for entry in names if entry.endswith(_SUFFIXES)}


def why_sources(record: dict[str, tuple[str, int, int]] | None, shared: bool, compiled_here: Sequence[str]) -> str:
    """Why the sources must run, or "" when the compiled modules may. ``record``: the build's
    (sha256, size, mtime_ns) of each compiled source, None when there is none; ``shared``:
    whether the shared library is there; ``compiled_here``: the modules with an extension."""
    if not compiled_here:
        return "no compiled module"
    if len(compiled_here) != len(COMPILED):  # a compiled module calls the others' compiled code
        return f"an incomplete build ({len(compiled_here)} of {len(COMPILED)} modules compiled)"
    if not shared:
        return "the compiled modules' shared library is missing"
    if record is None:
        return "no record of the build"
    for module in COMPILED:
        built = record.get(module)
        if built is None:
            return f"{module} was not compiled"
        digest, size, mtime_ns = built
        try:
            stat = os.stat(_source(module))
        except OSError:
            return f"{module} has no source"
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns) and source_digest(module) != digest:
            return f"{module} changed since it was compiled"
    return ""


def source_digest(module: str) -> str:
    """sha256 of the module's source (hex)."""
    import hashlib  # only where a source's size or time moved, or at build time

    with open(_source(module), "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def record_entry(module: str) -> tuple[str, int, int]:
    """What the build records of a compiled module's source and ``why_sources`` compares:
    its sha256, size and time (``setup.py`` writes them to ``generator/_native_record.py``)."""
    stat = os.stat(_source(module))
    return source_digest(module), stat.st_size, stat.st_mtime_ns


class _Sources:
    """A finder that loads every module of ``COMPILED`` from its ``.py`` file."""

    @staticmethod
    def find_spec(name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name not in COMPILED:
            return None
        from importlib.util import spec_from_file_location

        return spec_from_file_location(name, _source(name))


def _compiled_here() -> tuple[list[str], bool]:
    """The modules of ``COMPILED`` that have an extension beside their source, and whether
    the shared library is there."""
    found: dict[str, set[str]] = {}  # extension names by folder
    modules = []
    for module in COMPILED:
        folder = os.path.dirname(_source(module))
        if folder not in found:
            found[folder] = _extensions(folder)
        if module.rpartition(".")[2] in found[folder]:
            modules.append(module)
    shared = _SHARED in (found[_PACKAGE] if _PACKAGE in found else _extensions(_PACKAGE))
    return modules, shared


def choose() -> None:
    """Run the compiled modules, or make every one of them load from its source (see the
    module's docstring); sets ``compiled`` and ``status``."""
    global compiled, status
    compiled_here, shared = _compiled_here()
    if os.environ.get("AMPECO_CODEGEN_PURE", "").strip() == "1":
        reason = "AMPECO_CODEGEN_PURE=1"
    else:
        record: dict[str, tuple[str, int, int]] | None
        try:
            from ._native_record import SOURCES  # type: ignore[import-not-found,unused-ignore]

            record = SOURCES
        except ImportError:
            record = None
        reason = why_sources(record, shared, compiled_here)
    if not reason:
        compiled, status = True, "compiled with mypyc"
        return
    status = f"from their sources ({reason})"
    if compiled_here and not any(isinstance(finder, _Sources) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Sources())  # (with nothing compiled, the sources load anyway)
