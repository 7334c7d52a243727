"""Writes ``templates/_compiled``: the Python Jinja writes for each template, shipped with
the generator so that no run has to compile a template (``templates.Shipped`` reads it).

    python -m generator.emit.precompiled          # after editing a template, or on a new Jinja

Each module is exactly what Jinja compiles for its template in the emitters' environment
(``Environment.compile(..., raw=True)``), so a template renders the same from either; the
index names each template's module and the checksum of the source it was made from, with
Jinja's version and the environment's settings. ``tests/test_template_cache.py`` checks
that the folder is what this writes now.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import jinja2

from .templates import COMPILED, INDEX, environment, settings_key, template_names, templates_dir


def module_name(template: str) -> str:
    """The module file of a template: ``docs/model.md.j2`` -> ``docs__model_md_j2.py``."""
    return re.sub(r"[^0-9A-Za-z]", "_", template.replace("/", "__")) + ".py"


def compiled_files() -> dict[str, str]:
    """File name in ``templates/_compiled`` -> its text: the index, and each template's module."""
    env, compiled = environment(use_cache=False, shipped=False)
    assert env.loader is not None
    files: dict[str, str] = {}
    entries: dict[str, dict[str, str]] = {}
    for name in template_names():
        source, filename, _ = env.loader.get_source(env, name)
        module = module_name(name)
        if module in files:  # two templates whose names differ only in punctuation
            raise ValueError(f"templates {name!r} and another both map to {module}")
        files[module] = env.compile(source, name, filename, raw=True)
        entries[name] = {"module": module, "source_sha1": compiled.get_source_checksum(source)}
    index = {
        "about": "Jinja's Python for each template (python -m generator.emit.precompiled); do not edit",
        "jinja2": jinja2.__version__,
        "settings": settings_key(env),
        "templates": entries,
    }
    files[INDEX] = json.dumps(index, indent=1, sort_keys=True) + "\n"
    return files


def write() -> list[str]:
    """Rewrite ``templates/_compiled`` (files no template needs any more removed); the
    names of the files that changed."""
    folder = templates_dir() / COMPILED
    folder.mkdir(exist_ok=True)
    files = compiled_files()
    changed = []
    for old in sorted(folder.iterdir()):
        if old.is_file() and old.name not in files:
            old.unlink()
            changed.append(old.name)
    for name, text in files.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
            if name.endswith(".py"):  # Python trusts its bytecode by the source's size and second
                Path(importlib.util.cache_from_source(str(path))).unlink(missing_ok=True)
    return changed


def main() -> int:
    changed = write()
    print(f"{templates_dir() / COMPILED}: {len(changed)} file(s) written or removed" + "".join(f"\n  {name}" for name in changed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
