"""What the stub answers and what it remembers of a request: :class:`Reply` (status,
body, headers, media type), :class:`RecordedRequest` (one request received, with the
answer it got) and :class:`FormPart` (a part of a multipart body).

Part of the stub runtime (``stub_engine`` re-exports these names).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .operation import is_json_media

__all__ = ["JSON", "Reply", "FormPart", "RecordedRequest"]

JSON = "application/json"


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
