"""The Jinja2 environment the emitters render with, and its compiled templates.

Compiling the 23 templates (Jinja parses each and compiles the Python it makes) is about
0.1 s of CPU, which a cold run used to spend in the middle of rendering, on both cores.
``compiled_early`` moves it onto the idle core while the spec is loaded and normalised: a
forked child compiles every template and hands the code back, marshalled, and the
environment takes it from there (``_Compiled``). Compiled templates are also kept in the
user's cache (Jinja's own file cache), so a later run compiles nothing at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import jinja2.bccache

from ..format import pyfmt
from ..parallel import in_child

TEMPLATE_SUFFIX = ".j2"


def templates_dir() -> Path:
    """``templates/`` of a source checkout, or the copy installed inside the package."""
    package = Path(__file__).resolve().parent.parent
    source = package.parent / "templates"
    if (source / "runtime").is_dir():
        return source
    return package / "_templates"


class _FileCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, except that a damaged entry (Jinja lets ``pickle`` errors of a
    truncated file through) is compiled again instead of stopping generation."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 (whatever a damaged file raises)
            bucket.reset()


def _file_cache(use_cache: bool) -> _FileCache | None:
    """The compiled templates in the user's cache (by template source and Python version)."""
    if not use_cache:
        return None
    from ..load.document import cache_dir

    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a cache that cannot be written is simply not used
        return None
    return _FileCache(str(folder))


class _Compiled(jinja2.BytecodeCache):
    """Compiled templates handed over by ``compiled_early`` (Jinja's bucket bytes, by bucket
    key), then the file cache. A handed-over entry whose source has changed since (Jinja
    compares checksums) or that does not load is simply compiled again."""

    def __init__(self, ready: dict[str, bytes], files: _FileCache | None) -> None:
        self.ready = ready
        self.files = files
        self.made: dict[str, bytes] = {}  # what this environment compiled itself

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.ready.get(bucket.key)
        if data is not None:
            try:
                bucket.bytecode_from_string(data)
            except Exception:  # noqa: BLE001 (a damaged hand-over: compile again)
                bucket.reset()
        if bucket.code is None and self.files is not None:
            self.files.load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.made[bucket.key] = bucket.bytecode_to_string()
        if self.files is not None:
            self.files.dump_bytecode(bucket)


def environment(use_cache: bool, ready: dict[str, bytes] | None = None) -> tuple[jinja2.Environment, _Compiled]:
    """The environment every emitter renders with (plain text out: no autoescape; a
    missing variable is an error), and its bytecode cache."""
    compiled = _Compiled(ready or {}, _file_cache(use_cache))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=compiled,
        # templates do not change during a run: no ``stat`` of the file at every use
        auto_reload=False,
    )
    env.filters["pystr"] = pyfmt.py_str
    env.filters["docstring"] = pyfmt.docstring
    env.filters["inline"] = pyfmt.inline
    env.filters["tomlstr"] = _toml_str
    return env, compiled


def _toml_str(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def template_names() -> list[str]:
    """Every template, as Jinja names it (``docs/model.md.j2``), in a stable order."""
    root = templates_dir()
    return sorted(path.relative_to(root).as_posix() for path in root.rglob(f"*{TEMPLATE_SUFFIX}"))


def compile_all(use_cache: bool) -> dict[str, bytes]:
    """Compile every template (those the file cache holds are read from it); what had to be
    compiled, as bucket bytes by bucket key."""
    env, compiled = environment(use_cache)
    for name in template_names():
        env.get_template(name)
    return compiled.made


class compiled_early:
    """``with compiled_early(use_cache) as templates:`` compiles every template in a forked
    child while the block goes on; ``templates.ready()`` is what it compiled (empty where
    nothing needed compiling, or forking is not allowed: the environment then compiles each
    template itself, on first use). Leaving the block early stops the child."""

    def __init__(self, use_cache: bool) -> None:
        from ..parallel import forking_allowed

        self._child = in_child(lambda: compile_all(use_cache)) if forking_allowed() else None
        self._ready: dict[str, bytes] | None = None if self._child is not None else {}

    def ready(self) -> dict[str, bytes]:
        if self._ready is None and self._child is not None:
            self._ready = self._child.result()
        return self._ready or {}

    def __enter__(self) -> compiled_early:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.__exit__(None, None, None)
