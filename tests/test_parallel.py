"""``generator.parallel``: work in a forked child gives what the same work gives here."""

from __future__ import annotations

import os
import time

import pytest

from generator import parallel
from generator.errors import GeneratorError
from generator.format.tree import GeneratorBug

_real_forking_allowed = parallel.forking_allowed


@pytest.fixture()
def fork_anyway(monkeypatch):
    """Fork even if an earlier test left a thread running (a server's, say): the children
    here only compute, pickle and write to a pipe."""
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)


needs_fork = pytest.mark.usefixtures("fork_anyway")


@needs_fork
def test_the_child_computes_and_hands_back_its_result():
    with parallel.in_child(lambda: {"pid": os.getpid(), "text": "é" * 100_000}) as child:
        mine = os.getpid()
        got = child.result()
    assert got["pid"] != mine and got["text"] == "é" * 100_000


@needs_fork
def test_what_the_child_raises_is_raised_here_with_its_message():
    def broken() -> None:
        raise GeneratorBug("pkg/m.py:2:7: generator bug: ruff format failed")

    with parallel.in_child(broken) as child, pytest.raises(GeneratorBug, match=r"^pkg/m\.py:2:7: generator bug"):
        child.result()


@needs_fork
def test_an_exception_that_does_not_pickle_still_arrives_as_a_generator_error():
    class Local(Exception):  # a local class does not pickle
        pass

    def broken() -> None:
        raise Local("no pickle")

    with parallel.in_child(broken) as child, pytest.raises(GeneratorError, match="Local: no pickle"):
        child.result()


@needs_fork
def test_leaving_early_stops_the_child():
    child = parallel.in_child(lambda: time.sleep(60))
    pid = child._pid
    with pytest.raises(RuntimeError), child:
        raise RuntimeError("the caller's own work failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left behind


def test_without_forking_the_work_runs_here(monkeypatch):
    monkeypatch.setenv("AMPECO_CODEGEN_JOBS", "1")
    assert not parallel.forking_allowed()
    with parallel.in_child(os.getpid) as child:
        assert child.result() == os.getpid()


def test_forking_is_refused_when_other_threads_run():
    import threading

    assert parallel.forking_allowed is _real_forking_allowed

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.forking_allowed()
    finally:
        stop.set()
        thread.join()


@needs_fork
def test_doc_pages_are_shared_out_once_each_and_the_files_are_the_same(monkeypatch, tmp_path):
    """``emit.package.render``: each shared job (the stub and webhook files, then each batch
    of doc pages) is done by exactly one process, whichever takes it first, and the tree
    is the one made in one process."""
    from pathlib import Path

    from generator.emit import package
    from generator.pipeline import build_api, sdk_version

    spec = Path(__file__).resolve().parent / "fixtures" / "mixed" / "mixed.yaml"
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    api = build_api(spec, package="mixed_api", use_cache=False)
    monkeypatch.setattr(package, "_BATCH", 3)  # many batches for a small spec
    waited: list[int] = []  # ``while_waiting`` runs once, in this process
    forked, wait = package.render_then(api, sdk_version(api.version), use_cache=False, while_waiting=lambda: waited.append(os.getpid()))
    assert os.WIFEXITED(wait()) and wait() == 0  # the forked half reaped (once)
    monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    alone, wait = package.render_then(api, sdk_version(api.version), use_cache=False, while_waiting=lambda: waited.append(os.getpid()))
    wait()
    assert waited == [os.getpid()] * 2
    assert forked == alone
    assert list(forked) == list(alone)  # in the same order too
    assert sum(path.startswith("docs/") for path in forked) > 3 * 4


@needs_fork
@pytest.mark.parametrize("forked", [True, False])
def test_every_formatted_file_reaches_the_format_cache_once_the_halves_are_done(monkeypatch, tmp_path, forked):
    """The format cache is written by each process once its part is done (this one before
    it waits for the child's files, the child after handing them over), never while both
    are busy: all the same, every Python file made by either ends up in it."""
    from pathlib import Path

    from generator.emit import package
    from generator.format import cache
    from generator.pipeline import build_api, sdk_version

    spec = Path(__file__).resolve().parent / "fixtures" / "mixed" / "mixed.yaml"
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    api = build_api(spec, package="mixed_api", use_cache=False)
    if not forked:
        monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    stores: list[tuple[int, int]] = []  # (process, entries) of each write, in this process
    real_put = cache.put_many
    monkeypatch.setattr(cache, "put_many", lambda entries: stores.append((os.getpid(), len(entries))) or real_put(entries))
    files, wait = package.render_then(api, sdk_version(api.version), use_cache=True)
    assert wait() == 0
    emitted = package.emitted(api, sdk_version(api.version))
    keys = [cache.key(text) for rel, text in emitted.items() if rel.endswith(".py")]
    known = cache.get_many(keys)
    assert len(known) == len(set(keys)) > 20
    assert {known[cache.key(emitted[rel])] for rel in emitted if rel.endswith(".py")} <= set(files.values())
    # here: one write of this process's files, the child's written by the child; not forked,
    # this process takes every shared job itself before it asks the other half, which finds
    # none left to do
    assert [pid for pid, entries in stores if entries] == [os.getpid()]


def test_each_batch_number_is_taken_once_across_processes():
    import sys

    from generator.emit.package import _Batches

    if not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    with _Batches(200) as queue:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child takes what it can, slowly, and reports it
            os.close(read)
            mine = []
            for number in queue.take():
                mine.append(number)
                time.sleep(0.0005)
            os.write(write, bytes(mine))
            os._exit(0)
        os.close(write)
        here = []
        for number in queue.take():
            here.append(number)
            time.sleep(0.0005)
        theirs = b""
        while chunk := os.read(read, 4096):
            theirs += chunk
        os.close(read)
        os.waitpid(pid, 0)
    assert sorted(here + list(theirs)) == list(range(200))  # every number, once
    assert here and theirs  # both took some


@pytest.mark.parametrize("count", [0, 1, 39, 40, 41, 930, 10_200, 10_201, 60_000])
def test_doc_pages_fit_in_at_most_255_batches_in_order(count):
    from generator.emit.package import _BATCH, _MAX_BATCHES, _in_batches

    batches = _in_batches(list(range(count)))
    assert [item for batch in batches for item in batch] == list(range(count))
    assert len(batches) <= _MAX_BATCHES and all(batches)
    assert count > _BATCH * _MAX_BATCHES or all(len(batch) <= _BATCH for batch in batches)


@pytest.mark.parametrize("sizes", [[], [1], [66, 27, 21, 20, 16, 3, 3, 1], [5] * 700, [0, 0, 9, 0], [400, 1, 1, 400]])
def test_resources_are_batched_in_order_by_operations(sizes):
    """The resource modules go to the shared queue in batches (``render_then``): every
    resource once, in the API's order, no batch over its share of the operations but a
    resource larger than that alone, and few batches however many resources."""
    from generator.emit.package import _RESOURCE_BATCHES, _operations, _resource_batches
    from generator.model.ir import Operation, Resource

    operation = Operation(operation_id="x", http_method="GET", path="/x", tag="t", resource="r", method="m")
    resources = tuple(Resource(f"r{i}", f"R{i}", f"r{i}", (operation,) * n) for i, n in enumerate(sizes))
    batches = _resource_batches(resources)
    assert [r for batch in batches for r in batch] == list(resources)
    assert all(batches)
    share = max(1, -(-sum(sizes) // _RESOURCE_BATCHES))
    assert all(_operations(batch) <= share or len(batch) == 1 for batch in batches)
    assert len(batches) <= 2 * _RESOURCE_BATCHES + 1


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "here"])
def test_then_runs_after_the_answer_and_wait_waits_for_it(tmp_path, monkeypatch, forked):
    """``in_child(fn, then=...)``: the answer comes back as soon as ``fn`` is done while
    ``then`` goes on in the child (not forked: at ``wait()``), and ``wait()`` waits for it;
    leaving the block after the answer does not stop it."""
    import sys

    if forked and not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    monkeypatch.setattr(parallel, "forking_allowed", lambda: forked)
    go, done = tmp_path / "go", tmp_path / "then"

    def then() -> None:  # goes on only once the parent holds the answer
        for _ in range(1000):
            if go.exists():
                done.write_text(str(os.getpid()))
                return
            time.sleep(0.01)
        done.write_text("the answer waited for then")

    with parallel.in_child(lambda: os.getpid(), then=then) as child:
        pid = child.result()
        assert not done.exists()
    go.write_text("")
    child.wait()
    assert done.read_text() == str(pid)  # in the process that answered
    assert (pid != os.getpid()) == forked
    child.wait()  # again: nothing left to do


@pytest.mark.parametrize("forked", [True, False], ids=["forked", "here"])
def test_then_is_skipped_when_fn_fails_and_an_unasked_child_is_stopped(tmp_path, monkeypatch, forked):
    monkeypatch.setattr(parallel, "forking_allowed", lambda: forked)
    done = tmp_path / "then"

    def broken() -> None:
        raise GeneratorError("no answer")

    with parallel.in_child(broken, then=lambda: done.write_text("ran")) as child, pytest.raises(GeneratorError, match="no answer"):
        child.result()
    child.wait()
    with parallel.in_child(lambda: time.sleep(5), then=lambda: done.write_text("ran")) as child:
        pass  # left without asking: stopped (forked) or never run (here), no wait of 5 s
    child.wait()
    assert not done.exists()
