"""The whole generated tree: the SDK, its stub, webhooks and reference docs, the runtime
copied in; every Python file proven to compile and formatted in one pass
(``format.tree``)."""

from __future__ import annotations

from ..format.tree import format_python
from ..model.ir import Api
from .docs import docs_files
from .sdk import RUNTIME_SUFFIXES, Renderer, templates_dir
from .stub import stub_files
from .webhooks import webhook_files


def emitted(api: Api, sdk_version: str, distribution: str = "") -> dict[str, str]:
    """The generated files as the emitters write them, before the formatting pass."""
    renderer = Renderer(api, sdk_version, distribution)
    out = renderer.sdk_files()
    out.update(docs_files(renderer))
    out.update(stub_files(renderer))
    out.update(webhook_files(renderer))
    return out


def render(api: Api, sdk_version: str, distribution: str = "", use_cache: bool = True) -> dict[str, str]:
    """Every file of the generated package, by path relative to the output folder."""
    out = format_python(emitted(api, sdk_version, distribution), use_cache=use_cache)
    runtime = templates_dir() / "runtime"
    for path in sorted(runtime.iterdir()):
        if path.suffix in RUNTIME_SUFFIXES and path.is_file():
            out[f"{api.package}/_runtime/{path.name}"] = path.read_text(encoding="utf-8")
    return out
