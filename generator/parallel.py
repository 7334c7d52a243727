"""One piece of work on the machine's other core: ``in_child(fn)`` runs ``fn`` in a forked
process while the caller goes on, and ``.result()`` hands back what it returned (or raises
what it raised).

Generation is one process, and most of it must be: the normaliser builds one model. But
once the IR exists, the SDK's files and the docs, stub and webhook files are made and
formatted independently, and on two cores doing both at once takes ~0.2 s off a cold run
of the AMPECO spec. The child is a fork, so it starts with the IR already in memory
(shared until written), and sends its files back through a pipe, pickled.

The work stays in this process (``fn`` runs when ``.result()`` is asked for) where forking
is not safe or not worth it: not Linux, one core, other threads running (a fork copies
their locks held, never their progress), or ``AMPECO_CODEGEN_JOBS=1``. Output is the same
either way: each piece is deterministic on its own.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

from .errors import GeneratorError

_T = TypeVar("_T")


def forking_allowed() -> bool:
    """Whether ``in_child`` forks here (see the module's docstring)."""
    if os.environ.get("AMPECO_CODEGEN_JOBS", "").strip() == "1":
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        return False
    try:  # threads Python does not know about (a native library's) count too
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class in_child(Generic[_T]):
    """``fn()`` computed in a forked child (or lazily here, where forking is not allowed),
    and then, with ``then``, ``then()`` there once the answer is sent (``wait()`` waits
    for it: the caller goes on with the answer meanwhile).

    Use as a context manager: leaving the block before ``result()`` (an error of the
    caller's own work, say) stops the child and reaps it; leaving it after, the child is
    reaped by ``result()`` or, with ``then``, by ``wait()``."""

    def __init__(self, fn: Callable[[], _T], then: Callable[[], None] | None = None) -> None:
        self._fn = fn
        self._then = then
        self._answered = False
        self._pid = 0
        self._pipe = -1
        if not forking_allowed():
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            self._child(write)
        os.close(write)
        self._pid, self._pipe = pid, read

    def _child(self, pipe: int) -> None:
        code = 0
        try:
            try:
                payload = pickle.dumps((True, self._fn()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # noqa: BLE001 (everything goes back to the parent)
                code = 1
                try:
                    payload = pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL)
                    pickle.loads(payload)  # an exception whose arguments do not rebuild it fails here
                except Exception:  # noqa: BLE001 (an exception that does not travel)
                    payload = pickle.dumps((False, GeneratorError(f"{type(exc).__name__}: {exc}")))
            with os.fdopen(pipe, "wb") as stream:
                stream.write(payload)
            if self._then is not None and code == 0:  # answered: the parent goes on meanwhile
                self._then()
        except BaseException:  # noqa: BLE001 (the parent sees a child that said nothing)
            code = code or 2
        finally:
            os._exit(code)  # no atexit handlers, no second flush of the parent's buffers

    def result(self) -> _T:
        """What ``fn`` returned; what it raised is raised here. With ``then``, the child
        goes on with it: ``wait()`` waits for that (``then`` runs there when not forked)."""
        if not self._pid:
            value = self._fn()
            self._answered = True
            return value
        with os.fdopen(self._pipe, "rb") as stream:
            self._pipe = -1
            data = stream.read()
        answer = None
        try:  # unpickled while the child, its answer sent, is torn down or goes on with ``then``
            answer = pickle.loads(data) if data else None
        finally:
            if answer is None or not answer[0] or self._then is None:
                status = self.wait()
        if answer is None:
            raise GeneratorError(f"generator bug: a worker process ended without an answer (wait status {status})")
        ok, value = answer
        if not ok:
            raise value
        self._answered = True
        return value

    def wait(self) -> int:
        """Wait for the child to end (``then`` done) and give its wait status; not forked,
        run ``then`` here (once ``fn`` has answered)."""
        if self._pid:
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            return status
        if self._answered and self._then is not None:
            then, self._then = self._then, None
            then()
        return 0

    def __enter__(self) -> in_child[_T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._answered:  # what is left is ``then``: whoever holds this waits for it
            return
        if self._pipe >= 0:
            os.close(self._pipe)
            self._pipe = -1
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0
