"""The whole generated tree: the SDK, its stub, webhooks and reference docs, the runtime
copied in; every Python file proven to compile and formatted in one pass
(``format.tree``)."""

from __future__ import annotations

from collections.abc import Callable

from ..format.tree import format_python
from ..model.ir import Api
from ..parallel import in_child
from .docs import docs_files
from .sdk import RUNTIME_SUFFIXES, Renderer
from .stub import stub_files
from .templates import templates_dir
from .webhooks import webhook_files


def emitted(api: Api, sdk_version: str, distribution: str = "") -> dict[str, str]:
    """The generated files as the emitters write them, before the formatting pass."""
    renderer = Renderer(api, sdk_version, distribution)
    out = renderer.sdk_files()
    out.update(docs_files(renderer))
    out.update(stub_files(renderer))
    out.update(webhook_files(renderer))
    return out


def render(
    api: Api,
    sdk_version: str,
    distribution: str = "",
    use_cache: bool = True,
    ready: dict[str, bytes] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, str]:
    """Every file of the generated package, by path relative to the output folder.

    The resource modules and the docs, stub and webhook files are made and formatted in a
    forked child while this process makes and formats the rest of the SDK (models, params,
    client: ``parallel.in_child``): the same files as ``format_python(emitted(...))``, in
    about half the time on two cores. The two halves take about as long on AMPECO's spec.
    ``ready``: templates compiled beforehand (``templates.compiled_early``); ``meanwhile``
    runs here once this half is done, while the child may still be at work."""
    renderer = Renderer(api, sdk_version, distribution, use_cache=use_cache, ready=ready)

    def other_half() -> dict[str, str]:
        files = renderer.resource_files()
        files.update(docs_files(renderer))
        files.update(stub_files(renderer))
        files.update(webhook_files(renderer))
        return format_python(files, use_cache=use_cache)

    with in_child(other_half) as others:
        out = format_python(renderer.sdk_files_but_resources(), use_cache=use_cache)
        if meanwhile is not None:
            meanwhile()
        out.update(others.result())
    runtime = templates_dir() / "runtime"
    for path in sorted(runtime.iterdir()):
        if path.suffix in RUNTIME_SUFFIXES and path.is_file():
            out[f"{api.package}/_runtime/{path.name}"] = path.read_text(encoding="utf-8")
    return out
