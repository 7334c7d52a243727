"""Static description of one API operation, as emitted by the generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

__all__ = [
    "Param",
    "Encoding",
    "Operation",
    "SecurityScheme",
    "PARAM_LOCATIONS",
    "PAGINATION_KINDS",
    "SECURITY_KINDS",
    "media_kind",
    "is_json_media",
]

PARAM_LOCATIONS = frozenset({"path", "query", "header", "cookie"})
PAGINATION_KINDS = frozenset({"cursor", "page", "cursor+page"})
SECURITY_KINDS = frozenset({"http", "apiKey", "oauth2", "openIdConnect"})


def _base_media_type(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def is_json_media(media_type: str | None) -> bool:
    """Whether a media type is JSON: ``application/json`` or any ``+json`` type."""
    if not media_type:
        return False
    base = _base_media_type(media_type)
    return base in ("application/json", "text/json") or base.endswith("+json")


def media_kind(media_type: str | None) -> str:
    """How a request body of this media type is encoded.

    ``"json"`` (also when no media type is declared), ``"form"``
    (``application/x-www-form-urlencoded``), ``"multipart"`` (``multipart/form-data``)
    or ``"raw"`` (anything else: the bytes are sent as they are).
    """
    if media_type is None or is_json_media(media_type):
        return "json"
    base = _base_media_type(media_type)
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base == "multipart/form-data":
        return "multipart"
    return "raw"


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One entry of the spec's ``components/securitySchemes``, under its name there.

    ``kind`` is OpenAPI's ``type``: ``"http"`` (``scheme`` ``"bearer"`` or ``"basic"``),
    ``"apiKey"`` (``location`` ``"header"``, ``"query"`` or ``"cookie"``, ``parameter``
    the header, query or cookie name), ``"oauth2"`` or ``"openIdConnect"`` (both sent as
    bearer tokens).
    """

    name: str
    kind: str
    scheme: str = ""
    location: str = ""
    parameter: str = ""

    @property
    def uses_token(self) -> bool:
        """Whether the client's ``api_token`` serves this scheme (a bearer token)."""
        if self.kind == "http":
            return self.scheme.lower() == "bearer"
        return self.kind in ("oauth2", "openIdConnect")

    def describe(self) -> str:
        """What the scheme is, in words (for error messages; never a secret)."""
        if self.kind == "http":
            return f"HTTP {self.scheme.lower() or 'authentication'}"
        if self.kind == "apiKey":
            return f"API key in {self.location} {self.parameter!r}"
        if self.kind in ("oauth2", "openIdConnect"):
            return f"{self.kind} bearer token"
        return f"unsupported kind {self.kind!r}"


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: where it goes on the wire and how it is styled."""

    name: str
    location: str
    style: str = ""
    explode: bool | None = None
    required: bool = False

    @property
    def effective_style(self) -> str:
        """The OpenAPI style, with the default for the location filled in."""
        if self.style:
            return self.style
        return "form" if self.location in ("query", "cookie") else "simple"

    @property
    def effective_explode(self) -> bool:
        """OpenAPI's explode flag; it defaults to true only for the form style."""
        if self.explode is not None:
            return self.explode
        return self.effective_style == "form"


@dataclass(frozen=True, slots=True)
class Encoding:
    """How one property of a form or multipart body goes on the wire (OpenAPI's
    ``encoding`` object): ``style``/``explode`` for form bodies (``""``/``None``: the
    runtime's default), ``content_type`` of the value (JSON text for
    ``application/json``), and whether the property is required, so that an empty
    array is sent (``name=``) rather than left out."""

    name: str
    style: str = ""
    explode: bool | None = None
    content_type: str = ""
    required: bool = False


@dataclass(frozen=True)
class Operation:
    """Everything the runtime needs to call one operation of the spec.

    ``security`` is None for the API's default security, ``()`` for an operation that
    needs no authentication, otherwise OpenAPI's alternatives: tuples of scheme names,
    all of which are applied together (an empty tuple among them makes auth optional).
    ``response_content_type`` is the media type of the primary success response (None
    when it has no body).
    """

    operation_id: str
    http_method: str
    path: str
    resource: str
    method: str
    deprecated: bool
    summary: str
    params: tuple[Param, ...] = field(default=(), repr=False)
    pagination: str | None = field(default=None, repr=False)
    replacement: str | None = field(default=None, repr=False)
    success_statuses: tuple[int, ...] = field(default=(200,), repr=False)
    request_content_type: str | None = field(default=None, repr=False)
    security: tuple[tuple[str, ...], ...] | None = field(default=None, repr=False)
    response_content_type: str | None = field(default=None, repr=False)
    body_encoding: tuple[Encoding, ...] = field(default=(), repr=False)

    @cached_property
    def _body_kind(self) -> str:
        """:func:`media_kind` of the request body, computed once per operation."""
        return media_kind(self.request_content_type)

    @cached_property
    def _accept(self) -> str | None:
        """The ``Accept`` header for a non-JSON response (JSON errors still welcome)."""
        media_type = self.response_content_type
        if media_type is None or is_json_media(media_type):
            return None
        return f"{media_type}, application/json;q=0.9"

    @cached_property
    def _encoding_index(self) -> dict[str, Encoding]:
        """The body's per-property encodings by property name."""
        return {encoding.name: encoding for encoding in self.body_encoding}

    @cached_property
    def _param_index(self) -> dict[tuple[str, str], Param]:
        return {(param.location, param.name): param for param in self.params}

    def param(self, location: str, name: str) -> Param | None:
        """The declared parameter with this wire name at this location, if any."""
        return self._param_index.get((location, name))

    @property
    def display_name(self) -> str:
        """``operationId (METHOD /path)``, the way messages refer to an operation."""
        return f"{self.operation_id} ({self.http_method} {self.path})"
