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

import ast
import hashlib
import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
RECORD = HERE / "generator" / "_native_record.py"


def compiled_modules() -> list[str]:
    """``COMPILED`` of ``generator/native.py`` (a tuple of module names), read without
    importing the package."""
    source = (HERE / "generator" / "native.py").read_text(encoding="utf-8")
    start = source.index("COMPILED = (") + len("COMPILED = ")
    end = source.index(")\n", start) + 1
    modules = ast.literal_eval(source[start:end])
    assert isinstance(modules, tuple) and all(isinstance(name, str) for name in modules)
    return list(modules)


def write_record(modules: list[str]) -> None:
    """``generator/_native_record.py``: each compiled module's source digest, size and time
    when it was built (what ``native.why_sources`` compares)."""
    lines = ['"""Written by setup.py when it compiles the stages with mypyc: do not edit."""', "", "SOURCES = {"]
    for module in modules:
        path = HERE / (module.replace(".", "/") + ".py")
        data = path.read_bytes()
        stat = path.stat()
        lines.append(f"    {module!r}: ({hashlib.sha256(data).hexdigest()!r}, {stat.st_size}, {stat.st_mtime_ns}),")
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
    modules = compiled_modules()
    try:
        from mypyc.build import mypycify

        built = mypycify(
            [*MYPY_FLAGS, *(module.replace(".", "/") + ".py" for module in modules)],
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
    write_record(modules)
    return list(built)


setup(ext_modules=extensions())
