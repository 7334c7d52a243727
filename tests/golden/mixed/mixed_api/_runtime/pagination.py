"""Listing pages and the pagers that walk them lazily.

Listing responses (the envelope this runtime knows) look like ``{"data": [...], "links": {...}, "meta": {...}}``.
Cursor pagination follows ``links.next``; page-number pagination follows ``links.next``
too when present, else asks for ``page=current_page+1`` while ``current_page <
last_page``. A ``links.next`` on another origin than the client's base URL is refused
with :class:`UnsafeRedirectError`, so the token is never sent anywhere else.

This module needs no pydantic, so generated resource modules import it cheaply; the
models of a listing body (``PageLinks``, ``PageMeta``) and ``parse_page`` live in
:mod:`.models` and are re-exported here on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl

import httpx

from .errors import APIResponseValidationError, UnsafeRedirectError
from .qs import encode_pairs

if TYPE_CHECKING:
    from .models import PageLinks, PageMeta, parse_page

__all__ = [
    "PageLinks",
    "PageMeta",
    "Page",
    "SyncPager",
    "AsyncPager",
    "parse_page",
    "next_page_url",
    "same_origin",
]

T = TypeVar("T")

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass
class Page(Generic[T]):
    """One page of a listing: its items, ``links``, ``meta`` and the HTTP response.

    ``validation_errors`` lists how the body did not fit its schema (see
    ``SDKModel.model_validation_errors``); ``loc`` starts at the body's top level.
    """

    data: list[T]
    links: PageLinks | None
    meta: PageMeta | None
    response: httpx.Response = field(repr=False)
    validation_errors: list[dict[str, Any]] = field(default_factory=list, repr=False)

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme)


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """True when both URLs have the same scheme, host and (effective) port."""
    return _origin(a) == _origin(b)


def _names(pairs: Sequence[tuple[str, str]]) -> set[str]:
    return {key.split("[", 1)[0] for key, _ in pairs}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def next_page_url(
    page: Page[Any],
    *,
    pagination: str | None,
    base_url: httpx.URL,
    current_url: httpx.URL,
    query_pairs: Sequence[tuple[str, str]],
    build_url: Callable[[Mapping[str, Any]], httpx.URL],
) -> httpx.URL | None:
    """The URL of the page after ``page``, or None when the listing is complete.

    ``query_pairs`` are the decoded query pairs of the first request: parameters the
    server left out of ``links.next`` (a Laravel paginator without ``withQueryString``)
    are added back, so a filtered listing stays filtered. ``build_url`` builds this
    operation's URL with other query values (for the ``page``/``cursor`` fallbacks).
    """
    if not page.data:
        return None
    link = page.links.next if page.links is not None else None
    if isinstance(link, str) and link:
        try:
            url = current_url.join(link)
            url.query.decode("ascii")
        except (httpx.InvalidURL, ValueError) as exc:
            raise APIResponseValidationError(
                f"The listing's links.next is not a usable URL ({exc}): {link[:200]!r}",
                response=page.response,
            ) from None
        if not same_origin(url, base_url):
            raise UnsafeRedirectError(
                f"Refusing to follow links.next to {url.scheme}://{url.netloc.decode()}: "
                f"it is not the configured API origin "
                f"{base_url.scheme}://{base_url.netloc.decode()}",
                url=str(url),
            )
        present = _names(parse_qsl(url.query.decode("ascii"), keep_blank_values=True))
        missing = [
            (key, value)
            for key, value in query_pairs
            if key.split("[", 1)[0] not in present | {"cursor", "page"}
        ]
        if missing:
            query = url.query.decode("ascii")
            extra = encode_pairs(missing)
            url = url.copy_with(query=f"{query}&{extra}".lstrip("&").encode("ascii"))
        return url
    meta = page.meta
    if meta is None or pagination is None:
        return None
    if (
        "cursor" in pagination
        and isinstance(meta.next_cursor, str)
        and meta.next_cursor
    ):
        return build_url({"cursor": meta.next_cursor})
    current, last = _int(meta.current_page), _int(meta.last_page)
    if "page" in pagination and current is not None and last is not None:
        if current < last:
            return build_url({"page": current + 1})
    return None


class _Walk:
    """Shared bookkeeping of one walk through the pages (URLs seen, next URL)."""

    def __init__(self, pager: _PagerBase[Any]) -> None:
        self.pager = pager
        self.seen: set[str] = set()

    def after(self, page: Page[Any], url: httpx.URL) -> httpx.URL | None:
        self.seen.add(str(url))
        nxt = self.pager._next_url(page, url)
        if nxt is None or str(nxt) in self.seen:
            return None  # the server pointed back at a page already fetched
        return nxt


class _PagerBase(Generic[T]):
    def __init__(
        self,
        *,
        first_url: httpx.URL,
        base_url: httpx.URL,
        pagination: str | None,
        query: Mapping[str, Any],
        query_pairs: Sequence[tuple[str, str]],
        build_url: Callable[[Mapping[str, Any]], httpx.URL],
    ) -> None:
        self._first_url = first_url
        self._base_url = base_url
        self._pagination = pagination
        self._query = dict(query)
        self._query_pairs = list(query_pairs)
        self._build_url = build_url
        self._first: Page[T] | None = None

    def _next_url(self, page: Page[Any], url: httpx.URL) -> httpx.URL | None:
        return next_page_url(
            page,
            pagination=self._pagination,
            base_url=self._base_url,
            current_url=url,
            query_pairs=self._query_pairs,
            build_url=lambda extra: self._build_url({**self._query, **extra}),
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._first_url}>"


class SyncPager(_PagerBase[T]):
    """Iterates over every item of a listing, fetching pages only as they are needed."""

    def __init__(
        self,
        fetch: Callable[[httpx.URL], Page[T]],
        *,
        first_url: httpx.URL,
        base_url: httpx.URL,
        pagination: str | None,
        query: Mapping[str, Any],
        query_pairs: Sequence[tuple[str, str]],
        build_url: Callable[[Mapping[str, Any]], httpx.URL],
    ) -> None:
        super().__init__(
            first_url=first_url,
            base_url=base_url,
            pagination=pagination,
            query=query,
            query_pairs=query_pairs,
            build_url=build_url,
        )
        self._fetch = fetch

    def first_page(self) -> Page[T]:
        """The first page (fetched once, then remembered)."""
        if self._first is None:
            self._first = self._fetch(self._first_url)
        return self._first

    def iter_pages(self) -> Iterator[Page[T]]:
        """Every page in order, each fetched when the previous one is done."""
        walk = _Walk(self)
        page = self.first_page()
        url: httpx.URL | None = self._first_url
        while url is not None:
            yield page
            url = walk.after(page, url)
            if url is not None:
                page = self._fetch(url)

    pages = iter_pages

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPager(_PagerBase[T]):
    """Async-iterates over every item of a listing, fetching pages lazily.

    ``await pager`` (or ``await pager.first_page()``) gives the first page.
    """

    def __init__(
        self,
        fetch: Callable[[httpx.URL], Awaitable[Page[T]]],
        *,
        first_url: httpx.URL,
        base_url: httpx.URL,
        pagination: str | None,
        query: Mapping[str, Any],
        query_pairs: Sequence[tuple[str, str]],
        build_url: Callable[[Mapping[str, Any]], httpx.URL],
    ) -> None:
        super().__init__(
            first_url=first_url,
            base_url=base_url,
            pagination=pagination,
            query=query,
            query_pairs=query_pairs,
            build_url=build_url,
        )
        self._fetch = fetch

    async def first_page(self) -> Page[T]:
        """The first page (fetched once, then remembered)."""
        if self._first is None:
            self._first = await self._fetch(self._first_url)
        return self._first

    async def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Every page in order, each fetched when the previous one is done."""
        walk = _Walk(self)
        page = await self.first_page()
        url: httpx.URL | None = self._first_url
        while url is not None:
            yield page
            url = walk.after(page, url)
            if url is not None:
                page = await self._fetch(url)

    pages = iter_pages

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()


_FROM_MODELS = frozenset({"PageLinks", "PageMeta", "parse_page"})


def __getattr__(name: str) -> Any:
    """``PageLinks``, ``PageMeta`` and ``parse_page``, imported from ``.models`` on use."""
    if name in _FROM_MODELS:
        from . import models

        value = getattr(models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
