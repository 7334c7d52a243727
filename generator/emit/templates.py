"""The Jinja2 environment the emitters render with, and its compiled templates.

Compiling the 23 templates (Jinja parses each, writes Python for it and compiles that) is
~0.15 s of CPU. Three ways round it, in this order (``_Compiled``):

1. the generator ships each template's Python as Jinja writes it, in ``templates/_compiled``
   (``emit.precompiled`` writes it; a test keeps it equal to what Jinja writes now). Python
   keeps its bytecode like any module's, so loading all of them costs a few milliseconds. A
   template edited since, another Jinja version or other settings: that template is
   compiled as below, never its stale Python used;
2. ``compiled_early`` compiles the others on the idle core while the spec is loaded and
   normalised: a forked child compiles them and hands the code back, marshalled;
3. compiled templates are also kept in the user's cache (Jinja's own file cache).
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import jinja2.bccache

from ..format import pyfmt
from ..parallel import in_child

TEMPLATE_SUFFIX = ".j2"
COMPILED = "_compiled"  # the shipped Python of each template, in templates_dir()
INDEX = "index.json"  # in COMPILED: each template's module and the source it was made from


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


def settings_key(env: jinja2.Environment) -> str:
    """What, besides a template's source and Jinja's version, decides the Python Jinja
    writes for it: the environment's syntax and compiler settings."""
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.autoescape,
        env.finalize is None,
        env.is_async,
        env.optimized,
        sorted(env.extensions),
        env.code_generator_class.__qualname__,
    )
    return hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()


class Shipped:
    """The templates' Python shipped with the generator (``templates/_compiled``), for the
    templates whose source is still the one it was made from, by this Jinja with these
    settings; none when the index is missing or unreadable."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.folder = templates_dir() / COMPILED
        self.entries: dict[str, Any] = {}
        try:
            index = json.loads((self.folder / INDEX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(index, dict) and index.get("jinja2") == jinja2.__version__ and index.get("settings") == settings_key(env):
            entries = index.get("templates")
            self.entries = entries if isinstance(entries, dict) else {}

    def fresh(self, name: str, checksum: str) -> bool:
        entry = self.entries.get(name)
        if not isinstance(entry, dict) or entry.get("source_sha1") != checksum:
            return False
        module = entry.get("module")  # a file of the folder itself, never a path out of it
        return isinstance(module, str) and module.endswith(".py") and module == Path(module).name and not module.startswith(".")

    def code(self, name: str, checksum: str, filename: str) -> CodeType | None:
        """The compiled code of template ``name`` whose source has ``checksum``, named after
        the template's file (as Jinja names what it compiles), or None: not shipped, stale
        or unreadable (the template is then compiled)."""
        if not self.fresh(name, checksum):
            return None
        path = self.folder / self.entries[name]["module"]
        module = f"{__name__}.{COMPILED}.{path.stem}"
        try:  # through Python's own bytecode cache (``__pycache__``), like any module
            code = SourceFileLoader(module, str(path)).get_code(module)
        except (OSError, ImportError, SyntaxError, ValueError):
            return None
        return None if code is None else code.replace(co_filename=filename)


class _Compiled(jinja2.BytecodeCache):
    """The shipped Python of a template (``Shipped``), else compiled templates handed over
    by ``compiled_early`` (Jinja's bucket bytes, by bucket key), then the file cache. A
    handed-over entry whose source has changed since (Jinja compares checksums) or that does
    not load is simply compiled again."""

    def __init__(self, ready: dict[str, bytes], files: _FileCache | None) -> None:
        self.ready = ready
        self.files = files
        self.shipped: Shipped | None = None  # set by ``environment``, which it needs
        self.made: dict[str, bytes] = {}  # what this environment compiled itself

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> jinja2.bccache.Bucket:
        checksum = self.get_source_checksum(source)
        code = None if self.shipped is None else self.shipped.code(name, checksum, filename or name)
        if code is None:
            return super().get_bucket(environment, name, filename, source)
        bucket = jinja2.bccache.Bucket(environment, self.get_cache_key(name, filename), checksum)
        bucket.code = code  # Jinja's loader then neither compiles nor stores it
        return bucket

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


def environment(use_cache: bool, ready: dict[str, bytes] | None = None, shipped: bool = True) -> tuple[jinja2.Environment, _Compiled]:
    """The environment every emitter renders with (plain text out: no autoescape; a
    missing variable is an error), and its bytecode cache; ``shipped``: templates whose
    Python the generator ships (``Shipped``) are not compiled."""
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
    if shipped:
        compiled.shipped = Shipped(env)
    return env, compiled


def _toml_str(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def template_names() -> list[str]:
    """Every template, as Jinja names it (``docs/model.md.j2``), in a stable order."""
    root = templates_dir()
    return sorted(path.relative_to(root).as_posix() for path in root.rglob(f"*{TEMPLATE_SUFFIX}"))


def not_shipped() -> list[str]:
    """The templates whose shipped Python cannot be used (``Shipped``): edited since it was
    made, new, or all of them under another Jinja version or other settings."""
    env, compiled = environment(use_cache=False)
    shipped = compiled.shipped
    assert shipped is not None and env.loader is not None
    return [name for name in template_names() if not shipped.fresh(name, compiled.get_source_checksum(env.loader.get_source(env, name)[0]))]


def compile_all(use_cache: bool, names: list[str] | None = None) -> dict[str, bytes]:
    """Compile every template, or those of ``names`` (shipped ones and those the file cache
    holds are read from there); what had to be compiled, as bucket bytes by bucket key."""
    env, compiled = environment(use_cache)
    for name in template_names() if names is None else names:
        env.get_template(name)
    return compiled.made


class compiled_early:
    """``with compiled_early(use_cache) as templates:`` compiles every template the
    generator does not ship compiled (``not_shipped``: none, unless one was edited or Jinja
    is another version) in a forked child while the block goes on; ``templates.ready()`` is
    what it compiled (empty where nothing needed compiling, or forking is not allowed: the
    environment then compiles each template itself, on first use). Leaving the block early
    stops the child."""

    def __init__(self, use_cache: bool) -> None:
        from ..parallel import forking_allowed

        names = not_shipped() if forking_allowed() else []
        self._child = in_child(lambda: compile_all(use_cache, names)) if names else None
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
