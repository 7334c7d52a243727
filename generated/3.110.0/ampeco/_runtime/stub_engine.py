"""The machinery of the generated mock server (``<package>.stub``).

The generated ``_handlers.py`` registers one :class:`Route` per operation of the spec
(method, path template, typed parameters, security, body and result types and their
media types) with a handler that picks the operation's behaviour: create, read,
update, delete, listing, singleton or a plain invented response. :class:`Stub` routes
requests to them the way a Laravel backend does (404, 405, 401, 422 with
``{"message", "errors"}``), keeps created records in memory, paginates listings, and
lets a test script failures and latency. It answers in-process as an httpx transport,
or over HTTP via ``stub_server``.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import math
import random
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timezone
from email.parser import BytesParser
from email.policy import HTTP
from email.utils import collapse_rfc2231_value
from http import HTTPStatus
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import httpx

from .operation import SecurityScheme, is_json_media, media_kind
from .stub_schema import (
    ANY,
    NO_VALUE,
    Checker,
    Errors,
    Field,
    Schemas,
    Synth,
    Type,
    display_name,
    merge_patch,
    parse_datetime,
    project,
    unproducible_patterns,
)
from .types import CredentialTypes

if TYPE_CHECKING:
    from .stub_server import ASGIApp

__all__ = [
    "Route",
    "RouteTable",
    "Reply",
    "Call",
    "RecordedRequest",
    "FormPart",
    "Store",
    "Stub",
    "StubTransport",
    "AsyncStubTransport",
    "parse_php_query",
    "read_query",
    "MalformedRequest",
]

Handler = Callable[["Call"], "Reply"]
Requirements = tuple[tuple[str, ...], ...]
log = logging.getLogger(__name__)
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 100
JSON = "application/json"
#: The runtime's default security, also used for specs that declare no security schemes: one bearer
#: scheme, required by every operation.
DEFAULT_SCHEMES: Mapping[str, SecurityScheme] = MappingProxyType(
    {"bearerAuth": SecurityScheme("bearerAuth", "http", "bearer")}
)
DEFAULT_SECURITY: Requirements = (("bearerAuth",),)


# -- routes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """What the stub knows about one operation.

    ``security`` holds OpenAPI's requirement alternatives: tuples of scheme names, all
    of which a request must satisfy; any one alternative will do, ``()`` among them
    makes credentials optional and no alternatives at all means none are needed.
    ``request_content_type`` and ``response_content_type`` are the media types of the
    body it reads and of the result it answers.
    """

    operation_id: str
    method: str
    path: str
    handler: Handler
    path_params: tuple[Field, ...] = ()
    query: tuple[Field, ...] = ()
    body: Type | None = None
    body_required: bool = False
    status: int = 200
    result: Type | None = None
    envelope: str = ""  # "", "data" ({"data": ...}) or "page" ({data, links, meta})
    pagination: str = ""  # "", "cursor", "page" or "cursor+page"
    headers: tuple[Field, ...] = ()
    cookies: tuple[Field, ...] = ()
    security: Requirements = DEFAULT_SECURITY
    request_content_type: str = JSON
    response_content_type: str = JSON


class RouteTable:
    """Collects the routes of a generated handlers module (``@routes.add(...)``).

    ``schemes`` are the API's security schemes (one bearer scheme when not given)
    and ``default_security`` the security of routes added without their own.
    """

    def __init__(
        self,
        schemes: Sequence[SecurityScheme] | None = None,
        default_security: Requirements = DEFAULT_SECURITY,
    ) -> None:
        self.routes: list[Route] = []
        self.schemes: Mapping[str, SecurityScheme] = (
            DEFAULT_SCHEMES
            if schemes is None
            else MappingProxyType({scheme.name: scheme for scheme in schemes})
        )
        self.default_security = default_security

    def add(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        path_params: Sequence[Field] = (),
        query: Sequence[Field] = (),
        headers: Sequence[Field] = (),
        cookies: Sequence[Field] = (),
        body: Type | None = None,
        request_content_type: str = JSON,
        body_required: bool = False,
        status: int = 200,
        result: Type | None = None,
        response_content_type: str = JSON,
        envelope: str = "",
        pagination: str = "",
        security: Requirements | None = None,
    ) -> Callable[[Handler], Handler]:
        """Register a handler; ``security=None`` gives it the table's default."""

        def register(handler: Handler) -> Handler:
            self.routes.append(
                Route(
                    operation_id,
                    method,
                    path,
                    handler,
                    path_params=tuple(path_params),
                    query=tuple(query),
                    body=body,
                    body_required=body_required,
                    status=status,
                    result=result,
                    envelope=envelope,
                    pagination=pagination,
                    headers=tuple(headers),
                    cookies=tuple(cookies),
                    security=self.default_security if security is None else security,
                    request_content_type=request_content_type,
                    response_content_type=response_content_type,
                )
            )
            return handler

        return register


#: At most this many ways of splitting one segment among its parameters are tried.
_MAX_SPLITS = 64


@dataclass(frozen=True)
class _Segment:
    """One piece of a path template: a literal, a whole parameter (``{id}``) or a
    literal with parameters inside (``{Sid}.json``, ``{name}.{ext}``, ``v{n}``).

    ``parts`` alternate literal text and parameter names (``["", "name", ".",
    "ext", ""]``)."""

    literal: str | None = None
    parts: tuple[str, ...] = ()

    def splits(self, piece: str) -> list[dict[str, str]]:
        """Every reading of ``piece`` as this segment (parameters take at least one
        character), shortest first parameter first; [] when none."""
        if self.literal is not None:
            return [{}] if piece == self.literal else []
        out: list[dict[str, str]] = []
        _split(self.parts, 0, piece, 0, {}, out)
        return out


def _split(
    parts: tuple[str, ...],
    index: int,
    piece: str,
    at: int,
    texts: dict[str, str],
    out: list[dict[str, str]],
) -> None:
    if len(out) >= _MAX_SPLITS:
        return
    literal = parts[index]
    if not piece.startswith(literal, at):
        return
    at += len(literal)
    if index == len(parts) - 1:
        if at == len(piece):
            out.append(dict(texts))
        return
    name, following = parts[index + 1], parts[index + 2]
    last = index + 2 == len(parts) - 1
    ends = [len(piece) - len(following)] if last else []
    if not last:
        start = at + 1
        while True:
            found = piece.find(following, start) if following else start
            if found < 0 or found > len(piece):
                break
            ends.append(found)
            start = found + 1
            if not following and start > len(piece):
                break
    for end in ends:
        if end > at:
            texts[name] = piece[at:end]
            _split(parts, index + 2, piece, end, texts, out)
            del texts[name]


@dataclass(frozen=True)
class _Template:
    path: str
    segments: tuple[_Segment, ...]
    rank: tuple[int, int, int]  # more literal segments, then more literal text, win
    methods: dict[str, Route]


@dataclass(frozen=True)
class _Match:
    status: int  # 200 found, 404 no such path, 405 wrong method
    route: Route | None = None
    values: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    allowed: tuple[str, ...] = ()


_INNER_PARAM = re.compile(r"\{([^{}]+)\}")


def _segment(piece: str) -> _Segment:
    parts = tuple(_INNER_PARAM.split(piece))
    return _Segment(literal=piece) if len(parts) == 1 else _Segment(parts=parts)


class Router:
    """Finds the route of a request path; literal segments win over parameters, and
    a segment with literal text around a parameter over a bare parameter."""

    def __init__(self, routes: Sequence[Route], checker: Checker) -> None:
        self.checker = checker
        by_path: dict[str, dict[str, Route]] = {}
        for route in routes:
            by_path.setdefault(route.path, {})[route.method.upper()] = route
        self._by_length: dict[int, list[_Template]] = {}
        for path in sorted(by_path):
            segments = tuple(_segment(piece) for piece in path.strip("/").split("/"))
            literal_text = sum(
                len(_INNER_PARAM.sub("", piece)) for piece in path.strip("/").split("/")
            )
            rank = (
                -sum(1 for s in segments if s.literal is not None),
                -sum(1 for s in segments if any(s.parts[::2])),
                -literal_text,
            )
            template = _Template(path, segments, rank, by_path[path])
            self._by_length.setdefault(len(segments), []).append(template)
        for templates in self._by_length.values():
            templates.sort(key=lambda t: (t.rank, t.path))

    def match(self, method: str, path: str) -> _Match:
        pieces = [unquote(piece) for piece in path.strip("/").split("/")]
        typed: list[tuple[_Template, dict[str, Any], dict[str, str]]] = []
        for template in self._by_length.get(len(pieces), ()):
            readings: list[dict[str, str]] = [{}]
            for segment, piece in zip(template.segments, pieces):
                splits = segment.splits(piece)
                readings = [{**done, **more} for done in readings for more in splits][
                    :_MAX_SPLITS
                ]
                if not readings:
                    break
            for texts in readings:  # the first reading whose values fit their types
                values = self._typed(template, texts)
                if values is not None:
                    typed.append((template, values, texts))
                    break
        if not typed:
            return _Match(404)
        wanted = "GET" if method == "HEAD" else method
        for template, values, texts in typed:
            route = template.methods.get(wanted)
            if route is not None:
                return _Match(200, route, values, texts)
        allowed = sorted({m for t, _, _ in typed for m in t.methods})
        if "GET" in allowed:
            allowed.append("HEAD")
        return _Match(405, allowed=tuple(allowed))

    def _typed(
        self, template: _Template, texts: dict[str, str]
    ) -> dict[str, Any] | None:
        """Path values converted to their types, or None when one does not fit."""
        route = next(iter(template.methods.values()))
        specs = {p.name: p for p in route.path_params}
        values: dict[str, Any] = {}
        for name, text in texts.items():
            if text == "":
                return None
            spec = specs.get(name)
            if spec is None:
                values[name] = text
                continue
            problems: Errors = []
            value = self.checker.coerce_text(text, spec.type, name, problems)
            if not problems:
                self.checker.check_param(value, spec, problems)
            if problems:
                return None
            values[name] = value
        return values


# -- replies and recorded requests ------------------------------------------------------------


@dataclass
class Reply:
    """An answer of the stub: status, body (``None`` for none), headers, media type.

    A body of ``bytes`` is sent as it is, a ``str`` as UTF-8 text when the media type
    is not JSON; anything else is sent as JSON.
    """

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = JSON

    def content(self) -> bytes:
        body = self.body
        if body is None:
            return b""
        if isinstance(body, bytes):
            return body
        if isinstance(body, str) and not is_json_media(self.media_type):
            return body.encode("utf-8")
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8")

    def header_items(self) -> list[tuple[str, str]]:
        items = list(self.headers.items())
        if self.body is not None and not any(
            k.lower() == "content-type" for k, _ in items
        ):
            media_type = self.media_type
            if media_type.startswith("text/") and "charset" not in media_type:
                media_type += "; charset=utf-8"
            items.append(("Content-Type", media_type))
        return items

    @classmethod
    def message(
        cls, status: int, message: str, headers: Mapping[str, str] | None = None
    ) -> Reply:
        return cls(status, {"message": message}, dict(headers or {}))


@dataclass(frozen=True)
class FormPart:
    """One part of a ``multipart/form-data`` body (``filename`` is None for a field)."""

    name: str
    content: bytes
    filename: str | None = None
    content_type: str = "text/plain"


@dataclass
class RecordedRequest:
    """A request the stub received, and what it answered.

    ``json`` is the body decoded as JSON (when the operation takes JSON); ``form`` the
    fields of a form or multipart body as sent (text, and ``bytes`` for files, a list
    for a name sent more than once) and ``parts`` a multipart body's parts.
    """

    method: str
    url: str
    path: str
    raw_query: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    json: Any
    operation_id: str | None
    status: int = 0
    response: Any = None
    error: Exception | None = None  # what a handler raised (the answer was a 500)
    form: dict[str, Any] | None = None
    parts: list[FormPart] = field(default_factory=list)
    #: ``filter[...]`` keys a listing got that its operation does not declare (the
    #: stub ignores them, as it cannot know what the real API does with them)
    unknown_filters: list[str] = field(default_factory=list)
    #: declared filters the stub could not apply (they name no field of the records)
    unapplied_filters: list[str] = field(default_factory=list)

    def query_value(self, name: str) -> str | None:
        """The last value sent for a query key (``"per_page"``, ``"filter[id]"``)."""
        values = self.query.get(name)
        return values[-1] if values else None


@dataclass
class _Failure:
    status: int
    body: Any
    headers: dict[str, str]


# -- state ---------------------------------------------------------------------------------


def _key(value: Any) -> str:
    """The text a record id is known by: ``7``, ``"7"`` and a path's ``7`` are one id."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Entry:
    __slots__ = ("id", "data", "cache")

    def __init__(self, id: Any, data: dict[str, Any]) -> None:
        self.id = id
        self.data = data
        self.cache: dict[str, Any] = {}


def _id_key(value: Any) -> tuple[int, int, str]:
    if isinstance(value, int) and not isinstance(value, bool):
        return (0, value, "")
    return (1, 0, str(value))


class _Collection:
    """Records by id text (``_key``); each keeps the id it was created with."""

    def __init__(self, sample_items: int) -> None:
        self.entries: dict[str, _Entry] = {}
        self.deleted: set[str] = set()
        for number in range(1, sample_items + 1):
            self.entries[_key(number)] = _Entry(number, {})

    def next_id(self) -> int:
        """One more than the largest whole-number id ever used (deleted ones too)."""
        ints = [
            int(k)
            for k in (*self.entries, *self.deleted)
            if k.isascii() and k.isdigit()
        ]
        return max(ints, default=0) + 1

    def find(self, id: Any) -> _Entry | None:
        return self.entries.get(_key(id))

    def put(self, id: Any, data: dict[str, Any]) -> _Entry:
        entry = self.entries[_key(id)] = _Entry(id, data)
        self.deleted.discard(_key(id))
        return entry

    def drop(self, id: Any) -> bool:
        self.deleted.add(_key(id))
        return self.entries.pop(_key(id), None) is not None

    def ordered(self) -> list[_Entry]:
        return sorted(self.entries.values(), key=lambda e: _id_key(e.id))


class Store:
    """Records by collection (``resources/evses``, ``resources/charge-points/7/evses``).

    A collection starts with ``sample_items`` records (ids 1..n) the first time it is
    used; their fields are invented (deterministically from the seed) when read. A
    record holds only what clients wrote; reads lay it over the invented values.
    """

    def __init__(self, sample_items: int = 3) -> None:
        self.sample_items = sample_items
        self._collections: dict[str, _Collection] = {}

    def _get(self, collection: str, *, samples: bool = True) -> _Collection:
        found = self._collections.get(collection)
        if found is None:
            found = _Collection(self.sample_items if samples else 0)
            self._collections[collection] = found
        return found

    def add(
        self, collection: str, data: Mapping[str, Any] | None = None, id: Any = None
    ) -> Any:
        """Store a record (a new integer id unless ``id`` is given); returns its id."""
        coll = self._get(collection)
        key = coll.next_id() if id is None else id
        coll.put(key, dict(data or {}))
        return key

    def get(self, collection: str, id: Any) -> dict[str, Any] | None:
        """What was written to a record (``{}`` for a sample), or None when absent.

        ``7`` and ``"7"`` name the same record (as they do in a URL)."""
        entry = self._get(collection).find(id)
        return dict(entry.data) if entry is not None else None

    def ids(self, collection: str) -> list[Any]:
        return [entry.id for entry in self._get(collection).ordered()]

    def remove(self, collection: str, id: Any) -> bool:
        return self._get(collection).drop(id)

    def clear(self, collection: str | None = None) -> None:
        """Forget one collection (or all): it starts over with its samples."""
        if collection is None:
            self._collections.clear()
        else:
            self._collections.pop(collection, None)

    def collections(self) -> list[str]:
        return sorted(self._collections)


# -- the call a handler sees ----------------------------------------------------------------

_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


class Call:
    """One validated request, as a generated handler sees it.

    ``path_params``, ``query`` and ``cookies`` hold typed values (``query`` without the
    API keys it carried); ``body`` the decoded body: JSON, the typed fields of a form
    or multipart body (files as ``bytes``), or the bytes (or text) of any other. The
    behaviour methods (``create``, ``read``...) return the :class:`Reply`.
    """

    def __init__(
        self,
        stub: Stub,
        route: Route,
        *,
        base_url: str,
        path: str,
        path_params: dict[str, Any],
        path_texts: dict[str, str],
        query: dict[str, Any],
        query_pairs: list[tuple[str, str]],
        headers: dict[str, str],
        cookies: dict[str, Any],
        body: Any,
        record: RecordedRequest | None = None,
    ) -> None:
        self.stub = stub
        self.record = record
        self.route = route
        self.base_url = base_url
        self.path = path
        self.path_params = path_params
        self.path_texts = path_texts
        self.query = query
        self.query_pairs = query_pairs
        self.headers = headers
        self.cookies = cookies
        self.body = body

    @property
    def json(self) -> Any:
        """The decoded body: another name for ``body``, from when it was only JSON."""
        return self.body

    @property
    def operation_id(self) -> str:
        return self.route.operation_id

    # -- helpers ------------------------------------------------------------------------

    def collection_key(self, template: str) -> str:
        """``resources/charge-points/{chargePoint}/evses`` with this call's path values."""
        return _TEMPLATE_PARAM.sub(
            lambda m: quote(self.path_texts.get(m.group(1), m.group(0)), safe=""),
            template,
        )

    def reply(self, value: Any, status: int | None = None) -> Reply:
        """``value`` in the operation's envelope, with its success status and media
        type (text and binary results are sent as they are, not as JSON)."""
        route = self.route
        media_type = route.response_content_type
        if not is_json_media(media_type):
            return Reply(
                status or route.status, _raw_result(value, route.result), {}, media_type
            )
        body = {"data": value} if route.envelope == "data" else value
        return Reply(status or route.status, body, {}, media_type)

    def empty(self) -> Reply:
        """The success status with whatever the operation returns (nothing, usually)."""
        if self.route.result is None:
            return Reply(self.route.status)
        return self.respond()

    def not_found(self) -> Reply:
        return Reply.message(404, "Not Found")

    def invent(self, t: Type, salt: str) -> Any:
        """A deterministic value of type ``t`` for this stub's seed and ``salt``."""
        rng = random.Random(f"{self.stub.seed}|{salt}")
        return Synth(self.stub.schemas, rng, depth=self.stub.depth).value(t)

    def _view(self, collection: str, entry: _Entry, id_param: str | None) -> Any:
        """The record as the operation's result type shows it (cached per operation).

        Its ``id`` (and a field named like the id parameter) is the record's id in the
        field's type: ``7`` for an integer or number field, ``"7"`` for a string one, so
        what a listing shows reads back the same record.
        """
        t = self.route.result or ANY
        cached = entry.cache.get(self.route.operation_id, NO_VALUE)
        if cached is not NO_VALUE:
            return cached
        base = self.invent(t, f"{collection}|{_key(entry.id)}")
        value = project(self.stub.checker, base, entry.data, t)
        shape = self.stub.schemas.models.get(t.name) if t.kind == "model" else None
        if shape is not None and isinstance(value, dict):
            for name in ("id", id_param):
                spec = shape.by_name.get(name) if name else None
                if spec is None:
                    continue
                typed = _typed_id(entry.id, spec.type)
                if typed is not NO_VALUE and self.stub.checker.ok(
                    typed, spec.type, spec
                ):
                    value[spec.name] = typed
        entry.cache[self.route.operation_id] = value
        return value

    def _natural(self, id_param: str) -> bool:
        """Whether every value of the id parameter names a record (a date, a weekday):
        such records exist without being created."""
        spec = next((p for p in self.route.path_params if p.name == id_param), None)
        if spec is None:
            return False
        value = self.path_params.get(id_param)
        options = spec.type.items if spec.type.kind == "union" else (spec.type,)
        return any(
            t.kind in _NATURAL_KINDS and self.stub.checker.ok(value, t, spec)
            for t in options
        )

    def _entry(
        self, collection: str, id_param: str
    ) -> tuple[_Collection, _Entry | None]:
        """The record the id parameter names, or None. Nothing is stored: a record of a
        natural key that was never written is a fresh, unsaved one."""
        coll = self.stub.store._get(collection)
        key = self.path_params.get(id_param)
        entry = coll.find(key) if key is not None else None
        if entry is None and key is not None and self._natural(id_param):
            entry = _Entry(key, {})
        return coll, entry

    # -- behaviours ---------------------------------------------------------------------

    def create(self, collection: str) -> Reply:
        """Store the body as a new record (the next whole-number id) and answer it."""
        key = self.collection_key(collection)
        coll = self.stub.store._get(key)
        data = dict(self.body) if isinstance(self.body, dict) else {}
        entry = coll.put(coll.next_id(), data)
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, None))

    def read(self, collection: str, id_param: str) -> Reply:
        """The record, or 404 (and nothing changes) when there is none."""
        key = self.collection_key(collection)
        _, entry = self._entry(key, id_param)
        if entry is None:
            return self.not_found()
        return self.reply(self._view(key, entry, id_param))

    def update(self, collection: str, id_param: str) -> Reply:
        """Merge the body into the record (objects key by key) and answer it; 404 when
        there is no such record."""
        return self._write(collection, id_param, create=False)

    def upsert(self, collection: str, id_param: str) -> Reply:
        """Like ``update``, creating the record under the id the path gives when it
        does not exist (a PUT to a collection nothing else creates records in)."""
        return self._write(collection, id_param, create=True)

    def _write(self, collection: str, id_param: str, *, create: bool) -> Reply:
        key = self.collection_key(collection)
        coll, entry = self._entry(key, id_param)
        if entry is None:
            if not create:
                return self.not_found()
            entry = _Entry(self.path_params[id_param], {})
        if coll.find(entry.id) is None:
            entry = coll.put(entry.id, entry.data)
        if isinstance(self.body, dict):
            entry.data = merge_patch(entry.data, self.body)
            entry.cache.clear()
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, id_param))

    def delete(self, collection: str, id_param: str) -> Reply:
        """Delete the record; 404 when there is none (a natural key's unsaved record
        is reset, which always succeeds)."""
        key = self.collection_key(collection)
        coll, entry = self._entry(key, id_param)
        if entry is None:
            return self.not_found()
        reply = self.empty()
        if coll.find(entry.id) is not None:
            coll.drop(entry.id)
        return reply

    def singleton(self, collection: str) -> Reply:
        """A resource without an id (``contact-details``): read, write or reset it."""
        key = self.collection_key(collection)
        coll = self.stub.store._get(key, samples=False)
        entry = coll.find("")
        method = self.route.method.upper()
        if method == "DELETE":
            coll.entries.pop("", None)
            return self.empty()
        if entry is None:
            entry = _Entry("", {})
            if method != "GET":
                coll.put("", entry.data)
                entry = coll.find("") or entry
        if method != "GET" and isinstance(self.body, dict):
            entry.data = merge_patch(entry.data, self.body)
            entry.cache.clear()
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, None))

    def respond(self) -> Reply:
        """An invented answer, the same for the same path and seed."""
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(
            self.invent(self.route.result, f"{self.operation_id}|{self.path}")
        )

    def listing(self, collection: str) -> Reply:
        """One page of the collection, filtered by ``filter[field]=value`` equality."""
        key = self.collection_key(collection)
        coll = self.stub.store._get(key)
        items = [(e.id, self._view(key, e, None)) for e in coll.ordered()]
        raw = _raw_filters(self.query_pairs)
        declared = self._declared_filters()
        unknown = sorted(
            name for name in raw if declared is not None and name not in declared
        )
        applied = {name: v for name, v in raw.items() if name not in unknown}
        unapplied: set[str] = set()
        if applied:
            items = _apply_filters(items, applied, unapplied)
        if self.record is not None:
            self.record.unknown_filters = unknown
            self.record.unapplied_filters = sorted(unapplied)
        if unknown:
            log.warning(
                "%s: filter key(s) %s are not declared by the operation and were "
                "ignored",
                self.operation_id,
                ", ".join(unknown),
            )
        if unapplied:
            log.info(
                "%s: filter(s) %s name no field of the records; not applied",
                self.operation_id,
                ", ".join(sorted(unapplied)),
            )
        per_page = self.query.get("per_page")
        if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
            per_page = DEFAULT_PER_PAGE
        per_page = min(per_page, MAX_PER_PAGE)
        pagination = self.route.pagination or "page"
        by_page = "page" in pagination and (
            "page" in self.query or "cursor" not in pagination
        )
        if by_page:
            body = self._page_listing(items, per_page)
        else:
            body = self._cursor_listing(items, per_page)
        return Reply(self.route.status, body)

    def _declared_filters(self) -> set[str] | None:
        """The keys the operation's ``filter`` parameter declares (None: any key)."""
        spec = next((f for f in self.route.query if f.name == "filter"), None)
        if spec is None:
            return set()
        options = spec.type.items if spec.type.kind == "union" else (spec.type,)
        names: set[str] = set()
        for option in options:
            shape = self.stub.schemas.models.get(option.name)
            if option.kind != "model" or shape is None or shape.extra is not None:
                return None
            names.update(shape.by_name)
        return names

    def _url(self, **extra: Any) -> str:
        pairs = [(k, v) for k, v in self.query_pairs if k not in ("cursor", "page")]
        pairs.extend((k, str(v)) for k, v in extra.items())
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
        return f"{self.base_url}{self.path}" + (f"?{query}" if query else "")

    def _page_listing(self, items: list[tuple[Any, Any]], per_page: int) -> Any:
        page = self.query.get("page")
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            page = 1
        total = len(items)
        last_page = max(1, math.ceil(total / per_page))
        start = (page - 1) * per_page
        chunk = [value for _, value in items[start : start + per_page]]
        prev_url = self._url(page=page - 1) if page > 1 else None
        next_url = self._url(page=page + 1) if page < last_page else None
        links = [{"url": prev_url, "label": "&laquo; Previous", "active": False}]
        links.extend(
            {"url": self._url(page=n), "label": str(n), "active": n == page}
            for n in range(1, last_page + 1)
        )
        links.append({"url": next_url, "label": "Next &raquo;", "active": False})
        return {
            "data": chunk,
            "links": {
                "first": self._url(page=1),
                "last": self._url(page=last_page),
                "prev": prev_url,
                "next": next_url,
            },
            "meta": {
                "current_page": page,
                "from": start + 1 if chunk else None,
                "last_page": last_page,
                "links": links,
                "path": f"{self.base_url}{self.path}",
                "per_page": per_page,
                "to": start + len(chunk) if chunk else None,
                "total": total,
            },
        }

    def _cursor_listing(self, items: list[tuple[Any, Any]], per_page: int) -> Any:
        cursor = _decode_cursor(self.query.get("cursor"))
        keys = [_id_key(i) for i, _ in items]
        if cursor is None:
            start, end = 0, min(per_page, len(items))
        elif cursor[1]:  # points to the items after cursor[0]
            start = next((n for n, k in enumerate(keys) if k > cursor[0]), len(items))
            end = min(start + per_page, len(items))
        else:  # points to the items before cursor[0]
            end = next((n for n, k in enumerate(keys) if k >= cursor[0]), len(items))
            start = max(0, end - per_page)
        chunk = items[start:end]
        next_cursor = (
            _encode_cursor(chunk[-1][0], True) if chunk and end < len(items) else None
        )
        prev_cursor = (
            _encode_cursor(chunk[0][0], False)
            if chunk and start > 0 and cursor is not None
            else None
        )
        return {
            "data": [value for _, value in chunk],
            "links": {
                "first": None,
                "last": None,
                "prev": self._url(cursor=prev_cursor) if prev_cursor else None,
                "next": self._url(cursor=next_cursor) if next_cursor else None,
            },
            "meta": {
                "path": f"{self.base_url}{self.path}",
                "per_page": per_page,
                "next_cursor": next_cursor,
                "prev_cursor": prev_cursor,
            },
        }


#: Path parameter types whose every value names a record: a date, a weekday, one of
#: the configuration keys an enum lists.
_NATURAL_KINDS = frozenset({"date", "datetime", "time", "enum", "bool"})


def _typed_id(id: Any, t: Type) -> Any:
    """A record id as a value of the field type ``t`` (NO_VALUE when it is none)."""
    if t.kind == "union":
        for item in t.items:
            found = _typed_id(id, item)
            if found is not NO_VALUE:
                return found
        return NO_VALUE
    text = _key(id)
    if t.kind in ("int", "float", "decimal"):
        if text.isascii() and text.lstrip("-").isdigit() and len(text) < 19:
            return int(text)
        return NO_VALUE
    if t.kind == "str":
        return text
    return id


def _raw_result(value: Any, result: Type | None) -> bytes | str:
    """A text or binary result as sent: invented text is encoded for ``bytes``."""
    if isinstance(value, str) and result is not None and result.kind == "bytes":
        return value.encode("utf-8")
    if isinstance(value, (bytes, str)):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _encode_cursor(id: Any, forward: bool) -> str:
    text = json.dumps({"id": id, "_pointsToNextItems": forward}, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _decode_cursor(raw: Any) -> tuple[tuple[int, int, str], bool] | None:
    if not isinstance(raw, str) or not raw:
        return None
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        data = json.loads(text)
    except (ValueError, binascii.Error):
        return None
    if not isinstance(data, dict) or "id" not in data:
        return None
    return _id_key(data["id"]), data.get("_pointsToNextItems") is not False


def _raw_filters(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    """``filter[name]`` (and ``filter[name][]``) values as sent, by field name."""
    found: dict[str, list[str]] = {}
    for key, value in pairs:
        if key.startswith("filter[") and "]" in key:
            name = key[len("filter[") : key.index("]")]
            found.setdefault(name, []).append(value)
    return found


def _as_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return None


#: Filter names that bound a range, and how: ``createdAfter`` keeps the records whose
#: ``createdAt`` is at or after the value. Bounds are inclusive except the ``...Than``
#: ones (the real API's choice cannot be seen in the spec).
_RANGE_SUFFIXES = (
    ("GreaterThan", ">"),
    ("LessThan", "<"),
    ("After", ">="),
    ("Before", "<="),
    ("Since", ">="),
    ("Until", "<="),
    ("From", ">="),
    ("To", "<="),
    ("Min", ">="),
    ("Max", "<="),
)
_RANGE_PREFIXES = (("min", ">="), ("max", "<="), ("from", ">="), ("to", "<="))
#: Where a range's base name (``created``, ``lastUpdated``) finds its field.
_FIELD_ENDINGS = ("", "At", "Date", "DateTime", "Time", "On", "Timestamp")


def _range_of(name: str) -> tuple[str, str] | None:
    """``("created", ">=")`` for ``createdAfter``; None for a name that bounds nothing."""
    for suffix, op in _RANGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], op
    for prefix, op in _RANGE_PREFIXES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest[:1].isupper():
            return rest[0].lower() + rest[1:], op
    return None


def _filter_plan(name: str, item: Mapping[str, Any]) -> tuple[str, str] | None:
    """The item field a filter applies to and how (``eq`` or a comparison); None when
    the stub cannot tell (no such field: a filter on a relation, say).

    A field named exactly like the filter is compared by equality, unless the name
    bounds a range (``reservedFrom``: the record's ``reservedFrom`` at or after it).
    """
    bound = _range_of(name)
    if bound is not None:
        base, op = bound
        if name in item:
            return name, op
        for ending in _FIELD_ENDINGS:
            if base + ending in item:
                return base + ending, op
        return None
    return (name, "eq") if name in item else None


def _comparable(value: Any) -> tuple[int, Any] | None:
    """A value to order by: (0, number) or (1, UTC date-time) or (2, text)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return (0, float(value))
    if not isinstance(value, str):
        return None
    try:
        return (0, float(value))
    except ValueError:
        pass
    moment = parse_datetime(value)
    if moment is not None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return (1, moment)
    return (2, value)


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
}


def _in_range(value: Any, op: str, bounds: list[str]) -> bool:
    mine = _comparable(value)
    if mine is None:
        return False
    for bound in bounds:
        theirs = _comparable(bound)
        if theirs is None or theirs[0] != mine[0]:
            return False
        if not _COMPARE[op](mine[1], theirs[1]):
            return False
    return True


def _equal(value: Any, wanted: list[str]) -> bool | None:
    """Equality with any wanted text (membership for a list field); None when the
    value is an object the text cannot be compared with."""
    values = value if isinstance(value, list) else [value]
    texts = [_as_text(v) for v in values]
    if any(t is None and v is not None for t, v in zip(texts, values)):
        return None
    accepted = {w.lower() if w.lower() in ("true", "false") else w for w in wanted}
    accepted |= {{"1": "true", "0": "false"}[w] for w in wanted if w in ("1", "0")}
    return any(t is not None and t in accepted for t in texts)


def _apply_filters(
    items: list[tuple[Any, Any]],
    filters: dict[str, list[str]],
    unapplied: set[str],
) -> list[tuple[Any, Any]]:
    """The items every filter keeps: equality (or membership) on the item's own
    fields, ranges by name (``...After``/``...Before``, ``...From``/``...To``,
    ``min...``/``max...``, ``...GreaterThan``/``...LessThan``) compared as numbers or
    date-times. A filter the stub cannot apply to an item (no such field, an object
    field) keeps it, and its name goes to ``unapplied``."""
    kept = []
    for id, item in items:
        keep = True
        if isinstance(item, dict):
            for name, wanted in filters.items():
                plan = _filter_plan(name, item)
                if plan is None:
                    unapplied.add(name)
                    continue
                field_name, op = plan
                value = item.get(field_name)
                if op == "eq":
                    found = _equal(value, wanted)
                    if found is None:
                        unapplied.add(name)
                        continue
                    keep = found
                else:
                    keep = value is not None and _in_range(value, op, wanted)
                if not keep:
                    break
        if keep:
            kept.append((id, item))
    return kept


# -- query strings ---------------------------------------------------------------------------

#: Deepest ``a[b][c]...`` key and deepest JSON body the stub reads (deeper: 400).
MAX_QUERY_DEPTH = 32
MAX_JSON_DEPTH = 128


class MalformedRequest(ValueError):
    """A request the stub cannot read at all: answered 400, never a traceback."""


_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_PHP_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def parse_php_query(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """PHP's reading of a query: ``a[b][]=1&a[b][]=2&c=3`` -> ``{a: {b: [1, 2]}, c: 3}``.

    Values stay text; objects whose keys are all digits become lists.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        found = _PHP_KEY.match(key)
        if found is None:
            root[key] = value
            continue
        parts = [found.group(1), *_BRACKETS.findall(found.group(2))]
        if len(parts) > MAX_QUERY_DEPTH:
            raise MalformedRequest(
                f"The query key {key[:40]!r}... nests deeper than {MAX_QUERY_DEPTH}."
            )
        node = root
        for index, part in enumerate(parts):
            if part == "":
                part = str(len(node))
            if index == len(parts) - 1:
                node[part] = value
                break
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
    return {name: _listify(value) for name, value in root.items()}


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _structure(t: Type) -> str:
    """ "list" or "object" for a parameter of array or object type, else ""."""
    if t.kind == "union":
        found = {_structure(item) for item in t.items} - {""}
        return found.pop() if len(found) == 1 else ""
    if t.kind in ("list", "tuple"):
        return "list"
    if t.kind in ("model", "dict"):
        return "object"
    return ""


def _object_keys(t: Type, schemas: Schemas | None) -> set[str] | None:
    """The property names an object parameter may have (None: any name)."""
    if t.kind == "union":
        names: set[str] = set()
        for item in t.items:
            found = _object_keys(item, schemas)
            if found is None:
                return None
            names |= found
        return names
    shape = schemas.models.get(t.name) if schemas is not None else None
    if t.kind != "model" or shape is None or shape.extra is not None:
        return None
    return set(shape.by_name)


def read_query(
    specs: Sequence[Field],
    pairs: Sequence[tuple[str, str]],
    schemas: Schemas | None = None,
) -> dict[str, Any]:
    """The query's values by parameter name, read back the way each was sent.

    PHP keys (``a[b]=1``, ``a[]=1``) are read as PHP does; a ``form``,
    ``spaceDelimited`` or ``pipeDelimited`` parameter as OpenAPI defines them: an
    exploded array repeats its name (``id=1&id=2``), an exploded object sends its
    properties as parameters (``lat=1&lon=2``), and without ``explode`` an array is
    joined by the style's delimiter (``id=1,2``) and an object is ``key,value`` pairs
    (``point=lat,1,lon,2``).
    """
    sent = parse_php_query(pairs)
    declared = {spec.name for spec in specs}
    plain: dict[str, list[str]] = {}
    for key, value in pairs:
        plain.setdefault(key, []).append(value)
    for spec in specs:
        shape = _structure(spec.type)
        if spec.style not in _DELIMITERS or not shape:
            continue
        delimiter = _DELIMITERS[spec.style]
        if shape == "list":
            values = plain.get(spec.name)
            if values is None:
                continue
            if spec.explode:
                sent[spec.name] = list(values)
            else:
                text = values[-1]
                sent[spec.name] = text.split(delimiter) if text else []
        elif spec.explode:
            keys = _object_keys(spec.type, schemas)
            found = {
                key: values[-1]
                for key, values in plain.items()
                if key not in declared
                and (keys is None or key in keys)
                and "[" not in key
            }
            if found:
                for key in found:
                    sent.pop(key, None)
                sent[spec.name] = found
        elif spec.name in plain:
            items = plain[spec.name][-1].split(delimiter)
            if len(items) % 2:
                sent[spec.name] = plain[spec.name][-1]  # not pairs: reported as invalid
            else:
                sent[spec.name] = dict(zip(items[::2], items[1::2]))
    return sent


def _listify(node: Any) -> Any:
    if isinstance(node, dict):
        converted = {k: _listify(v) for k, v in node.items()}
        if converted and all(
            k.isascii() and k.isdigit() and len(k) < 10 for k in converted
        ):
            return [converted[k] for k in sorted(converted, key=int)]
        return converted
    if isinstance(node, list):
        return [_listify(v) for v in node]
    return node


# -- the stub ----------------------------------------------------------------------------------


def _laravel_errors(errors: Errors) -> dict[str, Any]:
    grouped: dict[str, list[str]] = {}
    for key, message in errors:
        bucket = grouped.setdefault(key or "body", [])
        if message not in bucket:
            bucket.append(message)
    first = next(iter(grouped.values()))[0]
    more = sum(len(v) for v in grouped.values()) - 1
    if more:
        first += f" (and {more} more error{'s' if more > 1 else ''})"
    return {"message": first, "errors": grouped}


class Stub:
    """A stateful mock of the API; the generated stub class fills in the routes.

    ``seed`` fixes every invented value; each collection starts with ``sample_items``
    records; ``depth`` bounds how deep invented objects nest.

    Each operation asks for the credentials its security says (by default: a bearer
    token), else answers 401. Any well-formed, non-empty credentials are accepted
    unless configured: ``token`` is then the only bearer token accepted, and
    ``credentials`` (keyed by security scheme name, as the client takes them) the only
    secret of each scheme it names: a ``(username, password)`` tuple for HTTP basic, a
    string for a bearer token or an API key (header, query or cookie).
    """

    routes: ClassVar[Sequence[Route]] = ()
    security_schemes: ClassVar[Mapping[str, SecurityScheme]] = DEFAULT_SCHEMES
    schemas: ClassVar[Schemas] = Schemas({}, {})
    api_version: ClassVar[str] = ""
    _routers: ClassVar[dict[type, Router]] = {}
    _unproducible_cache: ClassVar[dict[type, list[str]]] = {}

    def __init__(
        self,
        *,
        seed: int = 0,
        sample_items: int = 3,
        token: str | None = None,
        credentials: CredentialTypes | None = None,
        depth: int = 4,
    ) -> None:
        self.seed = seed
        self.token = token
        self._expected = self._expected_credentials(token, credentials or {})
        self.depth = depth
        self.checker = Checker(
            self.schemas, unchecked_patterns=frozenset(self._unproducible())
        )
        router = Stub._routers.get(type(self))
        if router is None:
            router = Stub._routers[type(self)] = Router(self.routes, self.checker)
        self._router = router
        self._by_id = {route.operation_id: route for route in self.routes}
        self.store = Store(sample_items)
        self.requests: list[RecordedRequest] = []
        self._failures: dict[str, deque[_Failure]] = {}
        self._latency: dict[str, float] = {}
        self._overrides: dict[str, Handler] = {}
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} seed={self.seed} routes={len(self.routes)}>"

    @classmethod
    def _unproducible(cls) -> list[str]:
        """Patterns of the API the stub cannot invent values for: said once (a
        warning when the first stub of its class starts) and not enforced, so the
        stub never answers 422 to what it invented itself."""
        found = Stub._unproducible_cache.get(cls)
        if found is None:
            fields = [f for shape in cls.schemas.models.values() for f in shape.fields]
            for route in cls.routes:
                fields.extend((*route.path_params, *route.query, *route.headers))
                fields.extend(route.cookies)
            found = Stub._unproducible_cache[cls] = unproducible_patterns(fields)
            if found:
                log.warning(
                    "%s cannot invent values for %d pattern(s) and does not enforce "
                    "them: %s",
                    cls.__name__,
                    len(found),
                    ", ".join(map(repr, found)),
                )
        return found

    @classmethod
    def _expected_credentials(
        cls, token: str | None, credentials: CredentialTypes
    ) -> dict[str, str | tuple[str, str]]:
        """The only secret accepted for each configured scheme, checked."""
        expected: dict[str, str | tuple[str, str]] = {}
        for name, value in credentials.items():
            scheme = cls.security_schemes.get(name)
            if scheme is None:
                known = ", ".join(map(repr, cls.security_schemes)) or "none"
                raise ValueError(
                    f"credentials= names {name!r}, which is not a security scheme "
                    f"of this API (it has: {known})"
                )
            if _is_basic(scheme):
                if not (
                    isinstance(value, tuple)
                    and len(value) == 2
                    and all(isinstance(part, str) for part in value)
                    and value[0]
                ):
                    raise ValueError(
                        f"credentials[{name!r}] must be a (username, password) tuple"
                    )
            elif not isinstance(value, str) or not value:
                raise ValueError(f"credentials[{name!r}] must be a non-empty string")
            expected[name] = value
        if token is not None:
            for name, scheme in cls.security_schemes.items():
                if scheme.uses_token:
                    expected.setdefault(name, token)
        return expected

    # -- scripting ---------------------------------------------------------------------

    def route(self, operation_id: str) -> Route:
        """The route of an operation (``KeyError`` names the unknown id)."""
        try:
            return self._by_id[operation_id]
        except KeyError:
            raise KeyError(f"no operation {operation_id!r} in this stub") from None

    def _target(self, operation_id: str) -> str:
        if operation_id != "*":
            self.route(operation_id)
        return operation_id

    def fail_next(
        self,
        operation_id: str,
        *,
        times: int = 1,
        status: int = 429,
        body: Any = NO_VALUE,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Make the next ``times`` calls of an operation (``"*"``: any) fail.

        The default body is Laravel's ``{"message": ...}`` for the status.
        """
        target = self._target(operation_id)
        if body is NO_VALUE:
            body = {"message": _status_message(status)}
        with self._lock:
            queue = self._failures.setdefault(target, deque())
            for _ in range(times):
                queue.append(_Failure(status, body, dict(headers or {})))

    def add_latency(self, operation_id: str, seconds: float) -> None:
        """Delay every answer of an operation (``"*"``: all) by ``seconds``."""
        target = self._target(operation_id)
        with self._lock:
            if seconds > 0:
                self._latency[target] = seconds
            else:
                self._latency.pop(target, None)

    def override(self, operation_id: str, handler: Handler | None) -> None:
        """Answer an operation with ``handler(call)`` instead (``None`` restores it)."""
        target = self._target(operation_id)
        with self._lock:
            if handler is None:
                self._overrides.pop(target, None)
            else:
                self._overrides[target] = handler

    def reset(self) -> None:
        """Forget records, requests, scripted failures, latency and overrides."""
        with self._lock:
            self.store.clear()
            self.requests.clear()
            self._failures.clear()
            self._latency.clear()
            self._overrides.clear()

    def sample_body(self, operation_id: str, *, salt: str = "") -> Any:
        """A request body the operation accepts (invented, deterministic), or None."""
        route = self.route(operation_id)
        if route.body is None:
            return None
        rng = random.Random(f"{self.seed}|body|{operation_id}|{salt}")
        return Synth(self.schemas, rng, depth=self.depth).value(route.body)

    # -- handling -----------------------------------------------------------------------

    def handle(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes = b"",
    ) -> tuple[Reply, float]:
        """Answer one request; also returns the latency to apply before answering.

        A request the stub cannot read (a malformed URL or query) is answered 400, and
        a failure of the stub itself 500, always as a JSON error: it keeps serving.
        """
        method = method.upper()
        try:
            parts = urlsplit(url)
            pairs = parse_qsl(parts.query, keep_blank_values=True)
        except ValueError:
            parts = urlsplit("http://stub.invalid/")
            pairs = []
            early: Reply | None = Reply.message(400, "The request URL is malformed.")
        else:
            early = None
        query: dict[str, list[str]] = {}
        for key, value in pairs:
            query.setdefault(key, []).append(value)
        record = RecordedRequest(
            method=method,
            url=url,
            path=parts.path,
            raw_query=parts.query,
            query=query,
            headers={k.lower(): v for k, v in headers.items()},
            body=body,
            json=None,
            operation_id=None,
        )
        with self._lock:
            delay = 0.0
            try:
                if early is not None:
                    reply = early
                else:
                    reply, delay = self._dispatch(record, parts, pairs)
            except MalformedRequest as exc:
                reply = Reply.message(400, str(exc))
            except RecursionError:
                reply = Reply.message(400, "The request nests too deeply.")
            except Exception as exc:  # a bug of the stub must not stop the server
                log.exception("stub failed on %s %s", method, url[:200])
                record.error = exc
                reply = Reply.message(500, "Server Error")
            record.status = reply.status
            record.response = reply.body
            self.requests.append(record)
        return reply, delay

    def _dispatch(
        self,
        record: RecordedRequest,
        parts: Any,
        pairs: list[tuple[str, str]],
    ) -> tuple[Reply, float]:
        path = parts.path or "/"
        method = record.method
        found = self._router.match(method, path)
        payload = _read_body(found.route, record)
        if found.status == 404 or found.route is None:
            if found.status == 405:
                allowed = ", ".join(found.allowed)
                return (
                    Reply.message(
                        405,
                        f"The {method} method is not supported for route "
                        f"{path.lstrip('/')}. Supported methods: {allowed}.",
                        {"Allow": allowed},
                    ),
                    0.0,
                )
            return (
                Reply.message(404, f"The route {path.lstrip('/')} could not be found."),
                0.0,
            )
        route = found.route
        op = route.operation_id
        record.operation_id = op
        delay = self._latency.get(op, self._latency.get("*", 0.0))
        for target in (op, "*"):
            queue = self._failures.get(target)
            if queue:
                failure = queue.popleft()
                return Reply(failure.status, failure.body, dict(failure.headers)), delay
        cookies = _parse_cookies(record.headers.get("cookie", ""))
        if not self._authorised(route, record.headers, pairs, cookies):
            return Reply.message(401, "Unauthenticated."), delay
        if isinstance(payload, _Unreadable) and payload.status in (400, 415):
            return Reply.message(payload.status, payload.message), delay
        pairs = self._without_api_keys(route, pairs)
        errors: Errors = []
        sent = read_query(route.query, pairs, self.schemas)
        query = self._params(route.query, sent, errors)
        sent_headers = {
            spec.name: record.headers[spec.name.lower()]
            for spec in route.headers
            if spec.name.lower() in record.headers
        }
        self._params(route.headers, sent_headers, errors)
        typed_cookies = self._params(route.cookies, cookies, errors)
        body = self._body(route, payload, errors)
        if errors:
            return Reply(422, _laravel_errors(errors)), delay
        scheme = parts.scheme or "http"
        call = Call(
            self,
            route,
            base_url=f"{scheme}://{parts.netloc}",
            path=path,
            path_params=found.values,
            path_texts=found.texts,
            query=query,
            query_pairs=pairs,
            headers=record.headers,
            cookies=typed_cookies,
            body=body,
            record=record,
        )
        handler = self._overrides.get(op) or route.handler
        try:
            reply = handler(call)
        except Exception as exc:  # a broken override must not kill the server thread
            log.exception("stub handler for %s failed", op)
            record.error = exc
            reply = Reply.message(500, "Server Error")
        if method == "HEAD":
            reply = Reply(reply.status, None, reply.headers)
        return reply, delay

    # -- credentials --------------------------------------------------------------------

    def _authorised(
        self,
        route: Route,
        headers: Mapping[str, str],
        pairs: list[tuple[str, str]],
        cookies: Mapping[str, str],
    ) -> bool:
        """Whether the request satisfies one of the route's security alternatives."""
        if not route.security:
            return True
        query = dict(pairs)  # the last value of each key
        return any(
            all(self._satisfied(name, headers, query, cookies) for name in alternative)
            for alternative in route.security
        )

    def _satisfied(
        self,
        name: str,
        headers: Mapping[str, str],
        query: Mapping[str, str],
        cookies: Mapping[str, str],
    ) -> bool:
        scheme = self.security_schemes.get(name)
        if scheme is None:
            return False
        expected = self._expected.get(name)
        if scheme.kind == "apiKey":
            if scheme.location == "header":
                sent = headers.get(scheme.parameter.lower(), "")
            elif scheme.location == "query":
                sent = query.get(scheme.parameter, "")
            elif scheme.location == "cookie":
                sent = cookies.get(scheme.parameter, "")
            else:
                return False
            sent = sent.strip()
            return bool(sent) and expected in (None, sent)
        word, _, secret = headers.get("authorization", "").strip().partition(" ")
        secret = secret.strip()
        if _is_basic(scheme):
            pair = _basic_pair(secret) if word.lower() == "basic" else None
            return pair is not None and expected in (None, pair)
        if scheme.uses_token or (scheme.kind == "http" and scheme.scheme):
            wanted = "bearer" if scheme.uses_token else scheme.scheme.lower()
            return (
                word.lower() == wanted and bool(secret) and expected in (None, secret)
            )
        return False  # a kind of scheme the stub cannot check

    def _without_api_keys(
        self, route: Route, pairs: list[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        """The query without the API keys of the route's security (unless declared)."""
        declared = {spec.name for spec in route.query}
        keys: set[str] = set()
        for name in {n for alternative in route.security for n in alternative}:
            scheme = self.security_schemes.get(name)
            if scheme is not None and scheme.kind == "apiKey":
                if scheme.location == "query" and scheme.parameter not in declared:
                    keys.add(scheme.parameter)
        return [(k, v) for k, v in pairs if k not in keys] if keys else pairs

    # -- parameters and bodies ----------------------------------------------------------

    def _params(
        self, specs: Sequence[Field], sent: Mapping[str, Any], errors: Errors
    ) -> dict[str, Any]:
        """What was sent, with the declared parameters typed and checked (a required
        one that is missing, or a value that does not fit, is an error)."""
        result: dict[str, Any] = dict(sent)
        for spec in specs:
            if spec.name not in sent:
                if spec.required:
                    errors.append(
                        (spec.name, f"The {display_name(spec.name)} field is required.")
                    )
                continue
            found: Errors = []
            value = self.checker.coerce_text(
                sent[spec.name], spec.type, spec.name, found
            )
            if not found:
                self.checker.check_param(value, spec, found)
            errors.extend(found)
            result[spec.name] = value
        return result

    def _body(self, route: Route, payload: Any, errors: Errors) -> Any:
        """The body the handler gets, typed as the route says; problems go to ``errors``.

        A missing JSON object counts as ``{}`` (its required fields are reported, as
        Laravel does); any other required body that is missing is an error itself.
        """
        if isinstance(payload, _Unreadable):
            errors.append(("body", payload.message))
            return None
        if route.body is None:
            return payload
        kind = media_kind(route.request_content_type)
        if payload is None:
            if not route.body_required:
                return None
            if kind == "json" and route.body.kind == "model":
                payload = {}
            else:
                errors.append(("body", "The body field is required."))
                return None
        if kind in ("form", "multipart"):
            payload = self._typed_fields(payload, route.body, kind, errors)
        elif kind == "raw":
            if route.body.kind == "str":
                try:
                    payload = payload.decode("utf-8")
                except UnicodeDecodeError:
                    errors.append(("body", "The body field must be UTF-8 text."))
                    return None
            elif route.body.kind != "bytes":
                return payload  # a schema the stub cannot read in this media type
        errors.extend(self.checker.errors(payload, route.body, ""))
        return payload

    def _typed_fields(
        self, fields: dict[str, Any], t: Type, kind: str, errors: Errors
    ) -> Any:
        """Form or multipart fields (text, and bytes for files) as values of ``t``.

        Text is read as a query string is (``2`` is an integer for an integer field);
        in a multipart body, objects and arrays come as JSON text. An empty value of a
        nullable field is null (the encodings have no null of their own: the client
        sends a required field set to ``None`` empty).
        """
        shape = self.schemas.models.get(t.name) if t.kind == "model" else None
        if shape is None:
            return self.checker.coerce_text(fields, t, "", errors)
        typed: dict[str, Any] = {}
        for name, raw in fields.items():
            spec = shape.by_name.get(name)
            field_type = spec.type if spec is not None else shape.extra or ANY
            if raw in ("", b"") and field_type.nullable:
                typed[name] = None
                continue
            if kind == "multipart" and isinstance(raw, str) and _structured(field_type):
                try:
                    typed[name] = json.loads(raw)
                    continue
                except ValueError:
                    pass  # reported as the wrong type below
            typed[name] = self.checker.coerce_text(raw, field_type, name, errors)
        return typed

    # -- running ------------------------------------------------------------------------

    def transport(self) -> StubTransport:
        """An httpx transport answering in-process: ``Client(..., transport=...)``."""
        return StubTransport(self)

    def async_transport(self) -> AsyncStubTransport:
        """The same for the async client (an ``httpx.AsyncBaseTransport``)."""
        return AsyncStubTransport(self)

    @contextmanager
    def serve(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        server: str = "stdlib",
        timeout: float = 10.0,
    ) -> Iterator[str]:
        """Serve over HTTP in a background thread; yields the base URL.

        ``server`` is ``"stdlib"`` (http.server), ``"uvicorn"`` or ``"auto"`` (uvicorn
        when installed). Port 0 picks a free port. ``timeout`` is how long the
        built-in server waits for a client that stops sending.
        """
        from .stub_server import serve

        with serve(self, host, port, server=server, timeout=timeout) as url:
            yield url

    def serve_forever(
        self, host: str = "127.0.0.1", port: int = 8000, *, server: str = "auto"
    ) -> None:
        """Serve over HTTP until interrupted."""
        from .stub_server import serve_forever

        serve_forever(self, host, port, server=server)

    def asgi_app(self) -> ASGIApp:
        """This stub as an ASGI application (for uvicorn or any ASGI server)."""
        from .stub_server import asgi_app

        return asgi_app(self)


@dataclass(frozen=True)
class _Unreadable:
    """A body the stub cannot read: 415 (another media type) or 422 (malformed)."""

    status: int
    message: str


def _read_body(route: Route | None, record: RecordedRequest) -> Any:
    """The body decoded as the route's media type says (None when empty), recorded in
    ``record``; an :class:`_Unreadable` when it cannot be decoded."""
    body = record.body
    declared = route.request_content_type if route is not None else JSON
    kind = media_kind(declared)
    if not body:
        return None
    if kind == "json":
        try:
            decoded = json.loads(body)
        except RecursionError:
            return _Unreadable(400, _TOO_DEEP)
        except ValueError:
            return _Unreadable(422, "The request body must be valid JSON.")
        if _depth_exceeds(decoded, MAX_JSON_DEPTH):
            return _Unreadable(400, _TOO_DEEP)
        record.json = decoded
        return record.json
    if kind == "raw":
        return body
    sent = record.headers.get("content-type", "")
    if (sent or kind == "multipart") and media_kind(sent) != kind:
        return _Unreadable(415, f"The request body must be {declared}.")
    if kind == "form":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _Unreadable(422, "The request body must be valid form data.")
        record.form = parse_php_query(parse_qsl(text, keep_blank_values=True))
        return record.form
    parts = _multipart_parts(sent, body)
    if parts is None:
        return _Unreadable(422, "The request body must be valid multipart form data.")
    fields: dict[str, Any] = {}
    for part in parts:
        value = part.content if part.filename is not None else _part_text(part)
        if part.name not in fields:
            fields[part.name] = value
        elif isinstance(fields[part.name], list):
            fields[part.name].append(value)
        else:
            fields[part.name] = [fields[part.name], value]
    record.parts = parts
    record.form = fields
    return fields


_TOO_DEEP = f"The request body nests deeper than {MAX_JSON_DEPTH} levels."


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether JSON ``value`` nests deeper than ``limit`` (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _multipart_parts(content_type: str, body: bytes) -> list[FormPart] | None:
    """The parts of a ``multipart/form-data`` body, or None when it is malformed."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart() or message.defects:
        return None
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if name is None or part.defects or not isinstance(payload, bytes):
            return None
        filename = part.get_filename()
        parts.append(
            FormPart(
                collapse_rfc2231_value(name),
                payload,
                filename,
                part.get_content_type(),
            )
        )
    return parts


def _part_text(part: FormPart) -> str | bytes:
    """A multipart field's text (its bytes when they are not UTF-8)."""
    try:
        return part.content.decode("utf-8")
    except UnicodeDecodeError:
        return part.content


def _structured(t: Type) -> bool:
    """Whether values of ``t`` are JSON objects or arrays (sent as JSON text)."""
    if t.kind == "union":
        return all(_structured(item) for item in t.items)
    return t.kind in ("list", "tuple", "dict", "model")


def _parse_cookies(header: str) -> dict[str, str]:
    """``a=1; b="x%20y"`` -> ``{"a": "1", "b": "x y"}`` (the first of a repeated name)."""
    cookies: dict[str, str] = {}
    for item in header.split(";"):
        name, equals, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if equals and name:
            if len(value) > 1 and value[0] == value[-1] == '"':
                value = value[1:-1]
            cookies.setdefault(name, unquote(value))
    return cookies


def _is_basic(scheme: SecurityScheme) -> bool:
    return scheme.kind == "http" and scheme.scheme.lower() == "basic"


def _basic_pair(encoded: str) -> tuple[str, str] | None:
    """The ``(username, password)`` of HTTP basic credentials; None when malformed."""
    try:
        text = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    username, colon, password = text.partition(":")
    return (username, password) if colon and username else None


def _status_message(status: int) -> str:
    if status == 429:
        return "Too Many Attempts."
    if status >= 500:
        return "Server Error"
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _read_timeout(request: httpx.Request) -> float | None:
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        value = timeouts.get("read")
        if isinstance(value, (int, float)):
            return float(value)
    return None


def _wire_url(request: httpx.Request) -> str:
    """The URL as it goes on the wire (a client may make ``str(url)`` hide an API key)."""
    url = request.url
    return f"{url.scheme}://{url.netloc.decode('ascii')}{url.raw_path.decode('ascii')}"


def _response(request: httpx.Request, reply: Reply) -> httpx.Response:
    return httpx.Response(
        reply.status,
        headers=reply.header_items(),
        content=reply.content(),
        request=request,
    )


class StubTransport(httpx.BaseTransport):
    """Sends requests to a :class:`Stub` in-process (latency sleeps; a latency longer
    than the request's read timeout raises ``httpx.ReadTimeout`` like a real server)."""

    def __init__(self, stub: Stub) -> None:
        self.stub = stub

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        reply, delay = self.stub.handle(
            request.method, _wire_url(request), request.headers, content
        )
        if delay > 0:
            limit = _read_timeout(request)
            if limit is not None and delay > limit:
                time.sleep(limit)
                raise httpx.ReadTimeout("stub latency exceeded the read timeout")
            time.sleep(delay)
        return _response(request, reply)


class AsyncStubTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`StubTransport`."""

    def __init__(self, stub: Stub) -> None:
        self.stub = stub

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = await request.aread()
        reply, delay = self.stub.handle(
            request.method, _wire_url(request), request.headers, content
        )
        if delay > 0:
            limit = _read_timeout(request)
            if limit is not None and delay > limit:
                await asyncio.sleep(limit)
                raise httpx.ReadTimeout("stub latency exceeded the read timeout")
            await asyncio.sleep(delay)
        return _response(request, reply)
