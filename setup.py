"""Builds the generator's hot stages as C extensions with mypyc, where it can.

Everything else about the package is in ``pyproject.toml``; this file only adds the
extension modules. The stages listed in ``generator/native.py`` (``COMPILED``: the
normaliser, the names lock, the emitters and the formatting pass's own Python) are pure
Python modules that mypyc compiles as they are; their ``.py`` files stay beside the
compiled ones. A cold generation of AMPECO's spec is ~15% faster compiled (see
``benchmarks/README.md``), and the output is the same byte for byte (tests compare both).

Nothing here can stop an install: without mypy, without a C compiler, or with
``AMPECO_CODEGEN_PURE=1`` set while building, the package is the pure-Python one, and the
generator runs it (slower, same output). The record written beside the modules lets the
generator notice a compiled module older than its source (an edit after
``pip install -e .``) and run the sources instead (``generator/native.py``).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup

HERE = Path(__file__).resolve().parent
RECORD = HERE / "generator" / "_native_record.py"


def native_module() -> ModuleType:
    """``generator/native.py`` loaded on its own (it imports nothing of the package): its
    ``COMPILED`` list and its ``record_entry``, which the build and the start-up share."""
    spec = importlib.util.spec_from_file_location("_ampeco_codegen_native", HERE / "generator" / "native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_record(native: ModuleType) -> None:
    """``generator/_native_record.py``: each compiled module's ``native.record_entry`` when
    it was built (what ``native.why_sources`` compares)."""
    lines = ['"""Written by setup.py when it compiles the stages with mypyc: do not edit."""', "", "SOURCES = {"]
    lines.extend(f"    {module!r}: {native.record_entry(module)!r}," for module in native.COMPILED)
    lines.append("}")
    RECORD.write_text("\n".join(lines) + "\n", encoding="utf-8")


# mypyc type-checks what it compiles (and what that imports) with pyproject's strict mypy
# settings, but in pip's isolated build environment, where no dependency is installed:
# the third-party modules are left untyped (``Any``, which the compiled code calls as
# Python does), the same whatever is installed beside the build; ``mypy generator`` in the
# tests keeps the strict check
MYPY_FLAGS = [
    "--no-site-packages",
    "--ignore-missing-imports",
    "--allow-subclassing-any",
    "--no-warn-return-any",
    "--allow-untyped-calls",
    "--allow-untyped-decorators",
]


def extensions() -> list[object]:
    if os.environ.get("AMPECO_CODEGEN_PURE", "").strip() == "1":
        RECORD.unlink(missing_ok=True)
        return []
    native = native_module()
    try:
        from mypyc.build import mypycify

        built = mypycify(
            [*MYPY_FLAGS, *(module.replace(".", "/") + ".py" for module in native.COMPILED)],
            group_name="generator._native",  # the shared library goes inside the package
            opt_level="3",
            debug_level="0",
        )
    except BaseException as exc:  # noqa: BLE001 (mypy missing or a type error: pure Python)
        print(f"ampeco-codegen: not compiling the stages ({type(exc).__name__}: {exc}); the package is pure Python", file=sys.stderr)
        RECORD.unlink(missing_ok=True)
        return []
    for extension in built:
        extension.optional = True  # no C compiler: the pure-Python modules are used
    write_record(native)
    return list(built)


setup(ext_modules=extensions())
