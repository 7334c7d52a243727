"""The stub's routes: :class:`Route` (what the stub knows about one operation),
:class:`RouteTable` (what a generated ``_handlers.py`` fills with ``@routes.add``) and
:class:`Router`, which finds the route of a request path by full path templates
(literal segments win over parameters, ``{id}.json`` over ``{id}``) and answers 404
or 405 the way Laravel does.

Part of the stub runtime (``stub_engine`` re-exports the public names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from .operation import SecurityScheme
from .stub_records import JSON, Reply
from .stub_schema import Checker, Errors, Field, Type

if TYPE_CHECKING:
    from .stub_call import Call

__all__ = [
    "Handler",
    "Requirements",
    "DEFAULT_SCHEMES",
    "DEFAULT_SECURITY",
    "Route",
    "RouteTable",
    "Router",
]

Handler = Callable[["Call"], Reply]
Requirements = tuple[tuple[str, ...], ...]
#: The runtime's default security, also used for specs that declare no security schemes: one bearer
#: scheme, required by every operation.
DEFAULT_SCHEMES: Mapping[str, SecurityScheme] = MappingProxyType(
    {"bearerAuth": SecurityScheme("bearerAuth", "http", "bearer")}
)
DEFAULT_SECURITY: Requirements = (("bearerAuth",),)


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

    A handler answers with one behaviour of its :class:`~.stub_call.Call`: before a
    422, the stub calls it with a lookup-only call (``call.lookup``) to answer 404 for
    a record that does not exist, so it should have no effects of its own.
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
