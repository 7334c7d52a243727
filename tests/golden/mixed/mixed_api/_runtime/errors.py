"""Exceptions raised by the SDK. Every one derives from :class:`SDKError`
(which the generated package also exports under the API's own name).

Messages and reprs name the request (method and URL) but never carry the API token or
any other credential (an API key in the query shows as ``[masked]``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from http import HTTPStatus
from typing import Any

import httpx

__all__ = [
    "SDKError",
    "ConfigurationError",
    "UnsafeRedirectError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "ResponseValidationError",
    "UnknownKeyError",
    "make_status_error",
    "parse_retry_after",
    "decode_json",
]

_MAX_MESSAGE_BODY = 300


class SDKError(Exception):
    """Base class of every error the SDK raises."""


class ConfigurationError(SDKError):
    """A setting is missing or malformed: the base URL, the API token or a credential.

    Raised when the client is built, or at call time when an operation's security
    needs a credential the client was not given.
    """


class UnknownKeyError(SDKError, ValueError):
    """A mapping passed as a body or a ``filter`` has a key its schema does not know.

    Raised before anything is sent. ``key`` is the offending key, ``path`` where it
    was (``body.evse.nmae``), ``suggestion`` the closest valid wire key (or None) and
    ``valid`` every key the schema allows there. snake_case spellings of known keys
    are not errors: they are renamed to the wire (camelCase) key.
    """

    def __init__(
        self,
        message: str,
        *,
        key: str,
        path: str,
        suggestion: str | None,
        valid: list[str],
    ) -> None:
        super().__init__(message)
        self.key = key
        self.path = path
        self.suggestion = suggestion
        self.valid = valid


class UnsafeRedirectError(SDKError):
    """The API pointed at a URL on another origin; the SDK refuses to send the token there."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class APIError(SDKError):
    """A request to the API failed: no usable response, or an error status."""

    request_method: str
    request_url: str

    def __init__(self, message: str, *, request_method: str, request_url: str) -> None:
        super().__init__(message)
        self.message = message
        self.request_method = request_method
        self.request_url = request_url


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke before a response came."""

    def __init__(
        self,
        message: str | None = None,
        *,
        request_method: str,
        request_url: str,
    ) -> None:
        if message is None:
            message = f"Connection error for {request_method} {request_url}"
        super().__init__(
            message, request_method=request_method, request_url=request_url
        )


class APITimeoutError(APIConnectionError):
    """The request took longer than the configured timeout."""

    def __init__(
        self,
        message: str | None = None,
        *,
        request_method: str,
        request_url: str,
    ) -> None:
        if message is None:
            message = f"Request timed out for {request_method} {request_url}"
        super().__init__(
            message, request_method=request_method, request_url=request_url
        )


def _request_of(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:
        return "", ""
    return request.method, str(request.url)


class APIResponseValidationError(APIError):
    """A success response whose body is not the JSON the operation promises."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        method, url = _request_of(response)
        super().__init__(message, request_method=method, request_url=url)
        self.response = response
        self.status_code = response.status_code


class ResponseValidationError(APIResponseValidationError):
    """A JSON response that does not fit its schema, raised with ``strict_responses=True``.

    ``errors`` lists each mismatch as pydantic reports it (``loc`` is the path of wire
    keys, ``input`` the value received); ``operation`` is the operationId and
    ``status`` the HTTP status. Without ``strict_responses`` the same mismatches are
    logged once on the package's logger and kept on the returned model
    (``model.model_validation_errors``).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        errors: list[dict[str, Any]],
        response: httpx.Response,
    ) -> None:
        super().__init__(message, response=response)
        self.operation = operation
        self.status = response.status_code
        self.errors = errors


# Python 3.13 renamed some phrases (RFC 9110); keep messages identical on every version.
_STABLE_REASONS = {
    413: "Request Entity Too Large",
    416: "Requested Range Not Satisfiable",
    422: "Unprocessable Entity",
}


def _reason(status_code: int, response: httpx.Response) -> str:
    if status_code in _STABLE_REASONS:
        return _STABLE_REASONS[status_code]
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return response.reason_phrase or "Error"


def decode_json(content: bytes | str) -> Any:
    """``json.loads``, with nesting too deep for Python's stack a ``ValueError`` too.

    A hostile body nested 100,000 deep must fail like any other bad JSON, never with
    a ``RecursionError``.
    """
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None


def _parse_body(response: httpx.Response) -> Any:
    content = response.content
    if not content:
        return None
    try:
        return decode_json(content)
    except ValueError:
        return response.text


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_MESSAGE_BODY:
        return text[: _MAX_MESSAGE_BODY - 3] + "..."
    return text


def _field_errors(body: Any) -> dict[str, list[str]]:
    if not isinstance(body, Mapping):
        return {}
    errors = body.get("errors")
    if not isinstance(errors, Mapping):
        return {}
    result: dict[str, list[str]] = {}
    for field, messages in errors.items():
        if isinstance(messages, list):
            result[str(field)] = [str(message) for message in messages]
        elif messages is not None:
            result[str(field)] = [str(messages)]
    return result


def parse_retry_after(headers: httpx.Headers | Mapping[str, str]) -> float | None:
    """Seconds to wait according to ``Retry-After`` (delta seconds or an HTTP date)."""
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)


class APIStatusError(APIError):
    """The API answered with an error status (4xx, 5xx, or an unexpected 1xx/3xx).

    ``body`` is the parsed JSON (or the text when it is not JSON); ``message`` is
    the API's ``message`` field when there is one.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
    ) -> None:
        method, url = _request_of(response)
        super().__init__(message, request_method=method, request_url=url)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        api_message = body.get("message") if isinstance(body, Mapping) else None
        self.message = api_message if isinstance(api_message, str) else message


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the API token is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden: the token may not perform this action."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422: the API rejected the payload; ``errors`` maps each field to its messages."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        self.errors: dict[str, list[str]] = _field_errors(body)


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after: float | None = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """A 5xx status: the failure is on the server's side."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _describe(status_code: int, response: httpx.Response, body: Any) -> str:
    method, url = _request_of(response)
    text = f"{status_code} {_reason(status_code, response)} for {method} {url}"
    detail = ""
    if isinstance(body, Mapping):
        api_message = body.get("message")
        if api_message:
            detail = str(api_message)
        fields = _field_errors(body)
        if fields:
            listed = "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in fields.items()
            )
            detail = f"{detail} ({listed})" if detail else listed
        if not detail:
            detail = _shorten(_dumps(body))
    elif isinstance(body, str) and body.strip():
        detail = _shorten(body)
    elif body is not None:
        detail = _shorten(_dumps(body))
    return f"{text}: {detail}" if detail else text


def _dumps(body: Any) -> str:
    try:
        return json.dumps(body, default=str)
    except (RecursionError, ValueError):
        return "<a JSON value nested too deeply to show>"


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error response, of the class matching its status."""
    status = response.status_code
    body = _parse_body(response)
    if status in _BY_STATUS:
        cls = _BY_STATUS[status]
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = APIStatusError
    return cls(_describe(status, response, body), response=response, body=body)
