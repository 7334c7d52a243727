"""What a request sent, decoded before validation: its body as the route's media type
says (JSON, a form, multipart parts or raw bytes; :class:`Unreadable` when it cannot be
read) and its cookies.

Part of the stub runtime.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

from .operation import media_kind
from .stub_query import MAX_JSON_DEPTH, parse_php_query
from .stub_records import JSON, FormPart, RecordedRequest
from .stub_routes import Route
from .stub_schema import Type

__all__ = ["Unreadable", "read_body", "is_structured", "parse_cookies"]


@dataclass(frozen=True)
class Unreadable:
    """A body the stub cannot read: 415 (another media type) or 422 (malformed)."""

    status: int
    message: str


def read_body(route: Route | None, record: RecordedRequest) -> Any:
    """The body decoded as the route's media type says (None when empty), recorded in
    ``record``; an :class:`Unreadable` when it cannot be decoded."""
    body = record.body
    declared = route.request_content_type if route is not None else JSON
    kind = media_kind(declared)
    if not body:
        return None
    if kind == "json":
        try:
            decoded = json.loads(body)
        except RecursionError:
            return Unreadable(400, _TOO_DEEP)
        except ValueError:
            return Unreadable(422, "The request body must be valid JSON.")
        if _depth_exceeds(decoded, MAX_JSON_DEPTH):
            return Unreadable(400, _TOO_DEEP)
        record.json = decoded
        return record.json
    if kind == "raw":
        return body
    sent = record.headers.get("content-type", "")
    if (sent or kind == "multipart") and media_kind(sent) != kind:
        return Unreadable(415, f"The request body must be {declared}.")
    if kind == "form":
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Unreadable(422, "The request body must be valid form data.")
        record.form = parse_php_query(parse_qsl(text, keep_blank_values=True))
        return record.form
    parts = _multipart_parts(sent, body)
    if parts is None:
        return Unreadable(422, "The request body must be valid multipart form data.")
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
    # here: email.policy (which httpx does not load) comes with the first multipart body
    from email.parser import BytesParser
    from email.policy import HTTP
    from email.utils import collapse_rfc2231_value

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


def is_structured(t: Type) -> bool:
    """Whether values of ``t`` are JSON objects or arrays (sent as JSON text)."""
    if t.kind == "union":
        return all(is_structured(item) for item in t.items)
    return t.kind in ("list", "tuple", "dict", "model")


def parse_cookies(header: str) -> dict[str, str]:
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
