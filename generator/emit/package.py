"""The whole generated tree: the SDK, its stub, webhooks and reference docs, the runtime
copied in; every Python file proven to compile and formatted in one pass
(``format.tree``)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ..format import cache
from ..format.tree import GeneratorBug, format_python
from ..model.ir import Api, Resource
from ..parallel import in_child
from .docs import doc_pages, docs_files
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


def render(api: Api, sdk_version: str, distribution: str = "", use_cache: bool = True) -> dict[str, str]:
    """Every file of the generated package, by path relative to the output folder (see
    ``render_then``, which ``generate`` calls with its hooks)."""
    files, wait = render_then(api, sdk_version, distribution, use_cache)
    wait()
    return files


def render_then(
    api: Api,
    sdk_version: str,
    distribution: str = "",
    use_cache: bool = True,
    ready: dict[str, bytes] | None = None,
    meanwhile: Callable[[], None] | None = None,
    while_waiting: Callable[[], None] | None = None,
    afterwards: Callable[[], None] | None = None,
) -> tuple[dict[str, str], Callable[[], int]]:
    """Every file of the generated package, by path relative to the output folder.

    This process makes and formats the SDK but its resource modules (models, params,
    client) while a forked child takes jobs from a shared queue (``_Batches``), and so does
    this process once its own share is done, until none is left. The jobs come costliest
    first, so that the last ones are small and the two processes finish together (whichever
    finishes its part first takes more): the stub and webhook files, the resource modules in
    batches of about equal size, then pages of the reference docs (which need no
    formatting) in batches. The files are those of ``format_python(emitted(...))``, in an
    order that does not depend on which process made which. ``ready``: templates compiled beforehand
    (``templates.compiled_early``); ``meanwhile`` runs here once this process's share of
    the SDK is done, while the child may still be at work; ``while_waiting`` once no shared
    job is left, before this process waits for the child's files (time it would spend idle).
    ``afterwards`` is done by the child once it has handed its files over, while this
    process goes on with them (here, when not forked): the second value waits for it.

    The files each process formats go to the format cache when its part is done, not as
    they are made: this process's before it waits for the child's files, the child's once
    it has handed them over. Two writes to the cache's SQLite file then never meet while
    both processes are busy (one would wait for the other, in SQLite's steps of 1, 2, 5,
    10 ms...)."""
    renderer = Renderer(api, sdk_version, distribution, use_cache=use_cache, ready=ready)
    formatted: dict[str, str] = {}  # for the format cache, each process's own once forked

    def store() -> None:
        cache.put_many(formatted)
        formatted.clear()

    def then() -> None:  # in the child, once its files are handed over
        store()
        if afterwards is not None:
            afterwards()

    def checked(files: dict[str, str]) -> dict[str, str]:
        return format_python(files, use_cache=use_cache, keep=formatted)

    def stub_and_webhooks() -> dict[str, str]:
        files = stub_files(renderer)
        files.update(webhook_files(renderer))
        return checked(files)

    def resources(batch: list[Resource]) -> dict[str, str]:
        return checked({f"{api.package}/resources/{resource.module}.py": renderer.resource_module(resource) for resource in batch})

    batches = _resource_batches(api.resources)
    costliest = sorted(range(len(batches)), key=lambda index: (-_operations(batches[index]), index))
    jobs: list[Callable[[], dict[str, str]]] = [stub_and_webhooks]
    jobs.extend(functools.partial(resources, batches[index]) for index in costliest)
    jobs.extend(functools.partial(_pages, batch) for batch in _in_batches(doc_pages(renderer), _MAX_BATCHES - len(jobs)))
    # the order of the files: the resource modules in the API's order, then the stub and
    # webhooks, then the docs
    slot = {batch: 1 + position for position, batch in enumerate(costliest)}
    placed = [slot[batch] for batch in range(len(batches))] + [0] + list(range(1 + len(batches), len(jobs)))

    with _Batches(len(jobs)) as queue:

        def shared() -> dict[int, dict[str, str]]:
            return {index: jobs[index]() for index in queue.take()}

        with in_child(shared, then=then) as others:
            out = checked(renderer.sdk_files_but_resources())
            if meanwhile is not None:
                meanwhile()
            made = shared()
            store()
            if while_waiting is not None:
                while_waiting()
            made.update(others.result())
    if sorted(made) != list(range(len(jobs))):  # every job done once, by one process
        others.wait()
        raise GeneratorBug(f"generator bug: {len(jobs) - len(made)} shared job(s) of rendering went missing; nothing was written")
    for index in placed:
        out.update(made[index])
    runtime = templates_dir() / "runtime"
    for path in sorted(runtime.iterdir()):
        if path.suffix in RUNTIME_SUFFIXES and path.is_file():
            out[f"{api.package}/_runtime/{path.name}"] = path.read_text(encoding="utf-8")
    return out, others.wait


def _operations(batch: Sequence[Resource]) -> int:
    return sum(len(resource.operations) for resource in batch)


_RESOURCE_BATCHES = 8  # about; a resource with more operations than a batch's share is one alone


def _resource_batches(resources: tuple[Resource, ...]) -> list[list[Resource]]:
    """The resources cut in order into batches of about equal operations (AMPECO's 65
    resources, 452 operations: 9 batches of 15 to 66 operations, the largest one resource)."""
    share = max(1, -(-_operations(resources) // _RESOURCE_BATCHES))
    batches: list[list[Resource]] = []
    size = 0  # the operations of the last batch
    for resource in resources:
        count = len(resource.operations)
        if not batches or size + count > share:
            batches.append([])
            size = 0
        batches[-1].append(resource)
        size += count
    return batches


def _pages(batch: list[tuple[str, Callable[[], str]]]) -> dict[str, str]:
    """A batch of doc pages made (path -> text)."""
    return {path: make() for path, make in batch}


_Item = TypeVar("_Item")
_BATCH = 40  # doc pages per batch: AMPECO's ~930 pages make 24, ~3 ms each
_MAX_BATCHES = 255  # one byte each in ``_Batches``' pipe


def _in_batches(items: list[_Item], most: int = _MAX_BATCHES) -> list[list[_Item]]:
    """``items`` cut in order into batches of ``_BATCH`` (larger ones for a spec with more
    than ``_BATCH * most`` pages, so that there are never more than ``most``)."""
    size = max(_BATCH, -(-len(items) // most))
    return [items[start : start + size] for start in range(0, len(items), size)]


class _Batches:
    """The numbers 0..count-1, each taken once by whichever process asks first: one byte
    each in a pipe whose writing end is closed before the fork, so a read of one byte is
    atomic between the processes, and an empty pipe reads as the end, never blocks."""

    def __init__(self, count: int) -> None:
        if count > _MAX_BATCHES:
            raise ValueError(f"at most {_MAX_BATCHES} batches")
        self._read, write = os.pipe()
        try:
            os.write(write, bytes(range(count)))  # well under a pipe's capacity
        finally:
            os.close(write)

    def take(self) -> Iterator[int]:
        while True:
            got = os.read(self._read, 1)
            if not got:
                return
            yield got[0]

    def __enter__(self) -> _Batches:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._read)
