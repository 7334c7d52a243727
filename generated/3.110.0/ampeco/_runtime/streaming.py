"""Streamed responses and the typed raw/streamed views of a client's methods.

``client.with_streaming_response`` gives a view of the client (:class:`_StreamingView`)
whose calls return a manager; entering it sends the request and gives a
:class:`StreamedAPIResponse` (async: :class:`AsyncStreamedAPIResponse`) whose body is
read only as it is consumed. The ``to_*`` helpers type the generated
``<Resource>WithRawResponse`` / ``WithStreamingResponse`` views.

Imported when a streamed call is first made or a resource module first loaded.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, cast

import httpx

from .client import _connection_error
from .errors import APIConnectionError, decode_json
from .pagination import AsyncPager, Page, SyncPager
from .response import APIResponse, ResponseBase

__all__ = [
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
    "StreamedResponseManager",
    "AsyncStreamedResponseManager",
    "to_raw",
    "to_raw_listing",
    "to_async_raw",
    "to_async_raw_listing",
    "to_streamed",
    "to_streamed_listing",
    "to_async_streamed",
    "to_async_streamed_listing",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")
_Chunk = TypeVar("_Chunk", bytes, str)


class _BinaryWriter(Protocol):
    """Anything with a ``write(bytes)``: a file opened ``"wb"``, ``io.BytesIO``..."""

    def write(self, data: bytes, /) -> object: ...


class _StreamedBase(ResponseBase[_T]):
    """What sync and async streamed responses share beyond :class:`ResponseBase`."""

    @property
    def is_closed(self) -> bool:
        """Whether the connection has been released (the body can no longer be read)."""
        return self.http_response.is_closed

    def _failed(self, exc: Exception) -> APIConnectionError:
        return _connection_error(self.http_request, exc)


class StreamedAPIResponse(_StreamedBase[_T]):
    """A response whose body is read only as it is consumed.

    What ``client.with_streaming_response`` calls give inside their ``with`` block: the
    status was a success (errors raised, retries done, before the block began). Iterate
    the body (:meth:`iter_bytes`, :meth:`iter_text`, :meth:`iter_lines`), write it to a
    file (:meth:`write_to`), or read it whole (:meth:`read`) and :meth:`parse` it the
    way the normal call would. Leaving the block releases the connection, read or not.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives (decompressed), in ``chunk_size`` pieces if given."""
        return self._guard(self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded as text."""
        return self._guard(self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        """The body as it arrives, decoded as text, one line at a time."""
        return self._guard(self.http_response.iter_lines())

    def write_to(
        self,
        file: str | os.PathLike[str] | _BinaryWriter,
        chunk_size: int | None = None,
    ) -> int:
        """Write the body to ``file`` (a path, or a binary file object) as it arrives.

        Returns the number of bytes written; only one chunk is in memory at a time.
        """
        if isinstance(file, (str, os.PathLike)):
            with open(file, "wb") as handle:
                return self.write_to(handle, chunk_size)
        written = 0
        for chunk in self.iter_bytes(chunk_size):
            file.write(chunk)
            written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body (unless iterating has begun); read once, then kept."""
        try:
            return self.http_response.read()
        except httpx.RequestError as exc:
            raise self._failed(exc) from exc

    def text(self) -> str:
        """The whole body as text."""
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        """The whole body decoded as JSON, without any model parsing."""
        return decode_json(self.read())

    def parse(self) -> _T:
        """The value the normal call returns (the body is read whole first)."""
        self.read()
        return self._parse_read_body()

    def close(self) -> None:
        """Release the connection (the ``with`` block does it; calling again is fine)."""
        self.http_response.close()

    def _guard(self, chunks: Iterator[_Chunk]) -> Iterator[_Chunk]:
        """``chunks``, with a network failure raised as the SDK's connection error."""
        try:
            yield from chunks
        except httpx.RequestError as exc:
            raise self._failed(exc) from exc


class AsyncStreamedAPIResponse(_StreamedBase[_T]):
    """The async :class:`StreamedAPIResponse`: ``aiter_bytes()``, ``aiter_text()`` and
    ``aiter_lines()`` are async iterators; ``aread()``, ``text()``, ``json()``,
    ``parse()``, ``write_to()`` and ``aclose()`` are coroutines."""

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed), in ``chunk_size`` pieces if given."""
        return self._guard(self.http_response.aiter_bytes(chunk_size))

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded as text."""
        return self._guard(self.http_response.aiter_text(chunk_size))

    def aiter_lines(self) -> AsyncIterator[str]:
        """The body as it arrives, decoded as text, one line at a time."""
        return self._guard(self.http_response.aiter_lines())

    async def write_to(
        self,
        file: str | os.PathLike[str] | _BinaryWriter,
        chunk_size: int | None = None,
    ) -> int:
        """Write the body to ``file`` (a path, or a binary file object) as it arrives.

        Returns the number of bytes written; only one chunk is in memory at a time. The
        file is written with ordinary (blocking) calls, one chunk at a time.
        """
        if isinstance(file, (str, os.PathLike)):
            with open(file, "wb") as handle:
                return await self.write_to(handle, chunk_size)
        written = 0
        async for chunk in self.aiter_bytes(chunk_size):
            file.write(chunk)
            written += len(chunk)
        return written

    async def aread(self) -> bytes:
        """The whole body (unless iterating has begun); read once, then kept."""
        try:
            return await self.http_response.aread()
        except httpx.RequestError as exc:
            raise self._failed(exc) from exc

    async def text(self) -> str:
        """The whole body as text."""
        await self.aread()
        return self.http_response.text

    async def json(self) -> Any:
        """The whole body decoded as JSON, without any model parsing."""
        return decode_json(await self.aread())

    async def parse(self) -> _T:
        """The value the normal call returns (the body is read whole first)."""
        await self.aread()
        return self._parse_read_body()

    async def aclose(self) -> None:
        """Release the connection (the ``async with`` block does it; again is fine)."""
        await self.http_response.aclose()

    async def _guard(self, chunks: AsyncIterator[_Chunk]) -> AsyncIterator[_Chunk]:
        """``chunks``, with a network failure raised as the SDK's connection error."""
        try:
            async for chunk in chunks:
                yield chunk
        except httpx.RequestError as exc:
            raise self._failed(exc) from exc


class StreamedResponseManager(Generic[_T]):
    """What a ``client.with_streaming_response`` call returns: ``with`` it to send.

    Entering sends the request (retrying and raising errors as usual) and gives the
    :class:`StreamedAPIResponse`; leaving closes it, also on an exception or a
    ``break``.
    """

    def __init__(self, send: Callable[[], StreamedAPIResponse[_T]]) -> None:
        self._send = send
        self._response: StreamedAPIResponse[_T] | None = None

    def __enter__(self) -> StreamedAPIResponse[_T]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamedResponseManager(Generic[_T]):
    """What an async client's ``with_streaming_response`` call returns: ``async with`` it.

    Entering sends the request (retrying and raising errors as usual) and gives the
    :class:`AsyncStreamedAPIResponse`; leaving closes it, also on an exception or a
    ``break``.
    """

    def __init__(
        self, send: Callable[[], Awaitable[AsyncStreamedAPIResponse[_T]]]
    ) -> None:
        self._send = send
        self._response: AsyncStreamedAPIResponse[_T] | None = None

    async def __aenter__(self) -> AsyncStreamedAPIResponse[_T]:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.aclose()


# -- typed views for ``with_raw_response`` / ``with_streaming_response`` -------------
# The generated ``<Resource>WithRawResponse`` classes wrap the methods of a resource of
# a raw-mode (or streaming-mode) client copy with these, so that type checkers see the
# precise result of each call. The raw ones change nothing at run time (the copy
# already returns APIResponse objects); the streamed ones wrap the call in its manager.


def to_raw(method: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    """A raw-mode method, typed as returning ``APIResponse[<its result>]``."""
    return cast("Callable[_P, APIResponse[_T]]", method)


def to_raw_listing(
    method: Callable[_P, SyncPager[_T]],
) -> Callable[_P, APIResponse[Page[_T]]]:
    """A raw-mode listing: the first page's ``APIResponse[Page[<item>]]``."""
    return cast("Callable[_P, APIResponse[Page[_T]]]", method)


def to_async_raw(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    """An async raw-mode method, typed as giving ``APIResponse[<its result>]``."""
    return cast("Callable[_P, Awaitable[APIResponse[_T]]]", method)


def to_async_raw_listing(
    method: Callable[_P, AsyncPager[_T]],
) -> Callable[_P, Awaitable[APIResponse[Page[_T]]]]:
    """An async raw-mode listing: an awaitable of the first page's response."""
    return cast("Callable[_P, Awaitable[APIResponse[Page[_T]]]]", method)


def to_streamed(
    method: Callable[_P, _T],
) -> Callable[_P, StreamedResponseManager[_T]]:
    """A streaming-mode method: the call gives a manager to ``with``."""

    @functools.wraps(method)
    def streamed(*args: _P.args, **kwargs: _P.kwargs) -> StreamedResponseManager[_T]:
        call = cast(
            "Callable[[], StreamedAPIResponse[_T]]",
            functools.partial(method, *args, **kwargs),
        )
        return StreamedResponseManager(call)

    return streamed


def to_streamed_listing(
    method: Callable[_P, SyncPager[_T]],
) -> Callable[_P, StreamedResponseManager[Page[_T]]]:
    """A streaming-mode listing: a manager of the first page's unread response."""
    return cast("Callable[_P, StreamedResponseManager[Page[_T]]]", to_streamed(method))


def to_async_streamed(
    method: Callable[_P, Awaitable[_T]],
) -> Callable[_P, AsyncStreamedResponseManager[_T]]:
    """An async streaming-mode method: the call gives a manager to ``async with``."""

    @functools.wraps(method)
    def streamed(
        *args: _P.args, **kwargs: _P.kwargs
    ) -> AsyncStreamedResponseManager[_T]:
        call = cast(
            "Callable[[], Awaitable[AsyncStreamedAPIResponse[_T]]]",
            functools.partial(method, *args, **kwargs),
        )
        return AsyncStreamedResponseManager(call)

    return streamed


def to_async_streamed_listing(
    method: Callable[_P, AsyncPager[_T]],
) -> Callable[_P, AsyncStreamedResponseManager[Page[_T]]]:
    """An async streaming-mode listing: a manager of the first page's response."""
    return cast(
        "Callable[_P, AsyncStreamedResponseManager[Page[_T]]]",
        to_async_streamed(cast("Callable[_P, Awaitable[Any]]", method)),
    )


class _StreamingView:
    """``client.with_streaming_response``: the client's resources, whose methods take
    the same arguments but return a (sync or async) streamed response manager."""

    __slots__ = ("_target", "_manager")

    def __init__(
        self, target: object, manager: Callable[[Callable[[], Any]], object]
    ) -> None:
        self._target = target  # a client in streaming mode, or one of its resources
        self._manager = manager

    def __getattr__(self, name: str) -> Any:
        value = None if name.startswith("_") else getattr(self._target, name)
        if hasattr(value, "_client"):  # a resource of the client
            return _StreamingView(value, self._manager)
        if callable(value) and hasattr(self._target, "_client"):  # an operation
            operation, manager = value, self._manager

            @functools.wraps(operation)
            def streamed(*args: Any, **kwargs: Any) -> object:
                return manager(functools.partial(operation, *args, **kwargs))

            return streamed
        raise AttributeError(
            f"with_streaming_response has the client's resources and their "
            f"operations, not {name!r}"
        )

    def __repr__(self) -> str:
        return f"<with_streaming_response of {self._target!r}>"
