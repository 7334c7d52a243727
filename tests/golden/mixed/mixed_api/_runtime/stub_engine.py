"""The machinery of the generated mock server (``<package>.stub``): the :class:`Stub`
and the httpx transports that answer with it in-process.

The generated ``_handlers.py`` registers one :class:`Route` per operation of the spec
(method, path template, typed parameters, security, body and result types and their
media types) with a handler that picks the operation's behaviour: create, read,
update, delete, listing, singleton or a plain invented response. :class:`Stub` routes
requests to them the way a Laravel backend does (404, 405, 401, 422 with
``{"message", "errors"}``), keeps created records in memory, paginates listings, and
lets a test script failures and latency. It answers in-process as an httpx transport,
or over HTTP via ``stub_server``.

The rest of the machinery lives beside it, one concern a module: ``stub_routes``
(routes and the router), ``stub_records`` (replies and recorded requests),
``stub_state`` (the store of records), ``stub_call`` (the call a handler sees and its
behaviours), ``stub_filters`` (listing filters), ``stub_query`` (query strings) and
``stub_request`` (request bodies and cookies). The names handlers and tests use are
importable from here as they always were.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import httpx

from .operation import SecurityScheme, media_kind
from .stub_call import Call
from .stub_query import MalformedRequest, parse_php_query, read_query
from .stub_records import FormPart, RecordedRequest, Reply
from .stub_request import Unreadable, is_structured, parse_cookies, read_body
from .stub_routes import DEFAULT_SCHEMES, Handler, Route, Router, RouteTable
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
    unproducible_patterns,
)
from .stub_state import Store
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

log = logging.getLogger(__name__)


@dataclass
class _Failure:
    status: int
    body: Any
    headers: dict[str, str]


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
        payload = read_body(found.route, record)
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
        cookies = parse_cookies(record.headers.get("cookie", ""))
        if not self._authorised(route, record.headers, pairs, cookies):
            return Reply.message(401, "Unauthenticated."), delay
        if isinstance(payload, Unreadable) and payload.status in (400, 415):
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
            lookup=bool(errors),
        )
        override = self._overrides.get(op)
        if errors:
            missing = None if override is not None else self._missing(route, call)
            return missing or Reply(422, _laravel_errors(errors)), delay
        handler = override or route.handler
        try:
            reply = handler(call)
        except Exception as exc:  # a broken override must not kill the server thread
            log.exception("stub handler for %s failed", op)
            record.error = exc
            reply = Reply.message(500, "Server Error")
        if method == "HEAD":
            reply = Reply(reply.status, None, reply.headers)
        return reply, delay

    @staticmethod
    def _missing(route: Route, call: Call) -> Reply | None:
        """The 404 of a request for a record that does not exist, asked of the route's
        handler with a lookup-only call; None when the record exists. Laravel binds the
        route's model (answering 404) before it validates the request."""
        try:
            reply = route.handler(call)
        except Exception:  # the lookup cannot tell: the 422 stands
            return None
        return reply if reply.status == 404 else None

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
        if isinstance(payload, Unreadable):
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
            if (
                kind == "multipart"
                and isinstance(raw, str)
                and is_structured(field_type)
            ):
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
        import asyncio  # here: importing the stub does not load asyncio (~20 ms)

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
