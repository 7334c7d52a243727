"""Receiving webhook notifications: signature checks, typed parsing, dispatch.

The X-Signature scheme (the default for APIs that declare their notifications as
callbacks): each notification is POSTed as a JSON object to the subscriber's callback
URL with ``X-Signature`` (HMAC-SHA256 of the raw body, keyed with the access token),
``X-Timestamp``, ``X-Tenant``, ``X-Webhook-Id`` and ``X-Webhook-Type`` headers. The
generated ``<package>.webhooks`` module binds the classes here to the API's payload
models; this module knows no API in particular.

Only the body is signed: header values (timestamp, tenant, type) are reported as sent.
Nothing here ever puts the secret, or the signature a body should have, in a message.
"""

from __future__ import annotations

import base64
import enum
import binascii
import hashlib
import hmac
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import SDKError, ConfigurationError, decode_json
from .models import error_path, get_adapter, is_unknown_member

__all__ = [
    "DEFAULT_TOLERANCE",
    "DISCRIMINATOR",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "TENANT_HEADER",
    "WEBHOOK_ID_HEADER",
    "WEBHOOK_TYPE_HEADER",
    "WebhookError",
    "WebhookVerificationError",
    "WebhookPayloadError",
    "UnknownNotification",
    "Notification",
    "NotificationTypes",
    "WebhookDispatcher",
    "compute_signature",
    "verify_signature",
    "parse_timestamp",
    "header_value",
    "decode_payload",
    "PayloadShape",
    "Verifier",
    "STANDARD_ID_HEADER",
    "STANDARD_TIMESTAMP_HEADER",
    "STANDARD_SIGNATURE_HEADER",
    "standard_signature",
    "standard_webhook_headers",
    "verify_standard_webhook",
    "standard_webhooks_verifier",
    "configured_verifier",
]

#: Seconds an ``X-Timestamp`` may lie in the past (or future) before it is refused.
DEFAULT_TOLERANCE = 300.0
#: The payload field naming the notification's type.
DISCRIMINATOR = "notification"

SIGNATURE_HEADER = "X-Signature"
TIMESTAMP_HEADER = "X-Timestamp"
TENANT_HEADER = "X-Tenant"
WEBHOOK_ID_HEADER = "X-Webhook-Id"
WEBHOOK_TYPE_HEADER = "X-Webhook-Type"
# Standard Webhooks (standardwebhooks.com): the signed content is ``id.timestamp.body``
STANDARD_ID_HEADER = "webhook-id"
STANDARD_TIMESTAMP_HEADER = "webhook-timestamp"
STANDARD_SIGNATURE_HEADER = "webhook-signature"
_STANDARD_SECRET_PREFIX = "whsec_"

#: Checks one request (raw body, headers); raises to refuse it.
Verifier = Callable[[bytes, Mapping[str, str]], None]

# Unix timestamps above this are read as milliseconds (year 5138 in seconds).
_MILLISECONDS_FROM = 1e11
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


class WebhookError(SDKError):
    """A received webhook request was refused (base of the two errors below)."""


class WebhookVerificationError(WebhookError):
    """The request is not provably from the API: signature missing or wrong, or its
    timestamp missing, malformed or outside the tolerance."""


class WebhookPayloadError(WebhookError):
    """The body is not a JSON object, or does not fit its notification's model.

    ``errors`` lists the mismatches as pydantic reports them (empty when the body is
    not JSON at all); ``str()`` names each field.
    """

    def __init__(
        self, message: str, errors: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(message)
        self.errors: list[dict[str, Any]] = errors or []

    @classmethod
    def from_validation(
        cls, name: str, model: type[Any], exc: ValidationError
    ) -> WebhookPayloadError:
        errors: list[dict[str, Any]] = [dict(e) for e in exc.errors(include_url=False)]
        listed = "; ".join(
            f"{error_path(tuple(e['loc']))}: {e['msg']}"
            + ("" if e["type"] == "missing" else f" (got {_short(e.get('input'))})")
            for e in errors[:10]
        )
        if len(errors) > 10:
            listed += f"; and {len(errors) - 10} more"
        return cls(
            f"the {name} payload does not fit {model.__name__}: {listed}", errors
        )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ---------------------------------------------------------------------------------
# Headers, signatures and timestamps


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name`` in ``headers``, whatever the case of its key.

    Works with plain dicts, ``httpx.Headers``, ``email.message.Message`` and WSGI-style
    names (``X-SIGNATURE``); ``None`` when absent.
    """
    value = headers.get(name)
    if value is None:
        wanted = name.lower()
        for key, item in headers.items():
            if isinstance(key, str) and key.lower().replace("_", "-") == wanted:
                value = item
                break
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return str(value)


def _secret_bytes(secret: str | bytes) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    if not isinstance(secret, (bytes, bytearray)):
        raise TypeError("secret must be str or bytes")
    if not secret:
        raise ConfigurationError("the webhook secret (the API access token) is empty")
    return bytes(secret)


def _body_bytes(body: bytes | bytearray | memoryview) -> bytes:
    if isinstance(body, str):
        raise TypeError(
            "body must be the raw request bytes; decoding and re-encoding text can "
            "change it and break the signature"
        )
    return bytes(body)


def compute_signature(body: bytes, secret: str | bytes) -> str:
    """The ``X-Signature`` value sent for ``body``: lower-case hex HMAC-SHA256."""
    key = _secret_bytes(secret)
    return hmac.new(key, _body_bytes(body), hashlib.sha256).hexdigest()


def _candidate_digest(text: str) -> bytes | None:
    """The 32 bytes a signature header spells, in hex or base64; None if neither."""
    if text.lower().startswith("sha256="):
        text = text[7:]
    if len(text) == 64 and all(ch in _HEX_DIGITS for ch in text):
        return bytes.fromhex(text)
    padded = text + "=" * (-len(text) % 4)
    for altchars in (b"+/", b"-_"):
        try:
            raw = base64.b64decode(padded, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(raw) == 32:
            return raw
    return None


def parse_timestamp(value: str) -> datetime:
    """An ``X-Timestamp`` as an aware UTC datetime.

    Accepts ISO 8601 (``2024-05-01T12:00:00.123456Z``; no offset means UTC) and Unix
    time in seconds (milliseconds when the number is too large for seconds). Raises
    ``ValueError`` for anything else.
    """
    text = value.strip()
    if not text:
        raise ValueError("empty timestamp")
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isnan(number):
        if math.isinf(number):
            raise ValueError("timestamp out of range")
        if abs(number) >= _MILLISECONDS_FROM:
            number /= 1000.0
        try:
            return datetime.fromtimestamp(number, timezone.utc)
        except (OverflowError, OSError, ValueError) as exc:
            raise ValueError("timestamp out of range") from exc
    if text[-1:] in ("z", "Z"):
        text = text[:-1] + "+00:00"
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:  # 0001-01-01T00:00:00+01:00 is before year 1 in UTC
        return when.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("timestamp out of range") from None


def _check_freshness(
    headers: Mapping[str, str],
    tolerance: float,
    now: Callable[[], float] | None,
) -> None:
    raw = header_value(headers, TIMESTAMP_HEADER)
    if raw is None:
        raise WebhookVerificationError(
            f"missing {TIMESTAMP_HEADER} header (pass tolerance=None to skip the "
            "freshness check)"
        )
    try:
        sent = parse_timestamp(raw).timestamp()
    except (ValueError, OverflowError):
        raise WebhookVerificationError(
            f"{TIMESTAMP_HEADER} header is neither ISO 8601 nor Unix time: {raw[:64]!r}"
        ) from None
    current = (now or time.time)()
    age = current - sent
    if age > tolerance:
        raise WebhookVerificationError(
            f"{TIMESTAMP_HEADER} is {age:.0f} s old, more than the {tolerance:g} s "
            "tolerance (a replayed or long-delayed notification?)"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            f"{TIMESTAMP_HEADER} is {-age:.0f} s in the future, more than the "
            f"{tolerance:g} s tolerance (is the clock right?)"
        )


def verify_signature(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> None:
    """Check that ``body`` was signed with ``secret`` (X-Signature scheme); raise if not.

    ``X-Signature`` must hold the HMAC-SHA256 of the raw body keyed with ``secret``
    (the access token), as hex (any case) or base64; several comma-separated values
    are accepted if any one matches. The comparison takes constant time. With a
    ``tolerance`` (seconds, default 5 minutes) ``X-Timestamp`` must also be within
    that distance of ``now()`` (default ``time.time``), to narrow replays; ``None``
    skips that check. The timestamp is not covered by the signature, so this narrows
    naive replays rather than preventing them. Raises :class:`WebhookVerificationError`.
    """
    expected = hmac.new(_secret_bytes(secret), _body_bytes(body), hashlib.sha256)
    digest = expected.digest()
    header = header_value(headers, SIGNATURE_HEADER)
    if header is None or not header.strip():
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    candidates = [part.strip() for part in header.replace(" ", ",").split(",")]
    matched = False
    readable = False
    for candidate in candidates:
        if not candidate or not candidate.isascii():
            continue
        given = _candidate_digest(candidate)
        if given is None:
            continue
        readable = True
        # no early exit: every candidate is compared, each in constant time
        matched = hmac.compare_digest(given, digest) or matched
    if not readable:
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} header is not a hex or base64 HMAC-SHA256 signature"
        )
    if not matched:
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match the body (wrong secret, or the body "
            "was changed after signing)"
        )
    if tolerance is not None:
        _check_freshness(headers, tolerance, now)


# ---------------------------------------------------------------------------------
# Standard Webhooks: an option for any API


def _standard_key(secret: str | bytes) -> bytes:
    """The HMAC key of a Standard Webhooks secret: ``whsec_<base64>`` (the prefix is
    optional), or raw bytes."""
    if isinstance(secret, (bytes, bytearray)):
        if not secret:
            raise ConfigurationError("the webhook secret is empty")
        return bytes(secret)
    text = secret.strip()
    text = text.removeprefix(_STANDARD_SECRET_PREFIX)
    try:
        key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigurationError(
            "a Standard Webhooks secret is 'whsec_' followed by base64"
        ) from None
    if not key:
        raise ConfigurationError("the webhook secret is empty")
    return key


def standard_signature(
    secret: str | bytes, msg_id: str, timestamp: int | str, body: bytes
) -> str:
    """``v1,<base64 HMAC-SHA256 of "id.timestamp.body">``: one ``webhook-signature`` entry."""
    signed = f"{msg_id}.{timestamp}.".encode() + _body_bytes(body)
    digest = hmac.new(_standard_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def standard_webhook_headers(
    body: bytes,
    secret: str | bytes,
    *,
    msg_id: str,
    timestamp: float | None = None,
) -> dict[str, str]:
    """The three headers a Standard Webhooks sender adds (to test a receiver)."""
    when = str(int(time.time() if timestamp is None else timestamp))
    return {
        STANDARD_ID_HEADER: msg_id,
        STANDARD_TIMESTAMP_HEADER: when,
        STANDARD_SIGNATURE_HEADER: standard_signature(secret, msg_id, when, body),
    }


def verify_standard_webhook(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> None:
    """Check a Standard Webhooks signature; raise :class:`WebhookVerificationError`.

    ``webhook-signature`` holds space-separated ``v1,<base64>`` entries, one of which
    must be the HMAC-SHA256 of ``webhook-id.webhook-timestamp.body`` keyed with the
    secret (compared in constant time); ``webhook-timestamp`` (Unix seconds) must be
    within ``tolerance`` seconds of ``now()`` (``None``: not checked).
    """
    key = _standard_key(secret)
    msg_id = header_value(headers, STANDARD_ID_HEADER)
    stamp = header_value(headers, STANDARD_TIMESTAMP_HEADER)
    signature = header_value(headers, STANDARD_SIGNATURE_HEADER)
    for name, value in (
        (STANDARD_ID_HEADER, msg_id),
        (STANDARD_TIMESTAMP_HEADER, stamp),
        (STANDARD_SIGNATURE_HEADER, signature),
    ):
        if value is None or not value.strip():
            raise WebhookVerificationError(f"missing {name} header")
    assert msg_id is not None and stamp is not None and signature is not None
    signed = f"{msg_id}.{stamp.strip()}.".encode() + _body_bytes(body)
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    matched = False
    for entry in signature.split():
        version, _, value = entry.partition(",")
        if version != "v1" or not value.isascii():
            continue
        try:
            given = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            continue
        matched = hmac.compare_digest(given, digest) or matched
    if not matched:
        raise WebhookVerificationError(
            f"{STANDARD_SIGNATURE_HEADER} does not match (wrong secret, or the body, "
            "id or timestamp changed after signing)"
        )
    if tolerance is not None:
        try:
            sent = float(int(stamp.strip()))
        except ValueError:
            raise WebhookVerificationError(
                f"{STANDARD_TIMESTAMP_HEADER} is not Unix time in seconds: {stamp[:32]!r}"
            ) from None
        age = (now or time.time)() - sent
        if abs(age) > tolerance:
            raise WebhookVerificationError(
                f"{STANDARD_TIMESTAMP_HEADER} is {abs(age):.0f} s "
                f"{'old' if age > 0 else 'in the future'}, more than the "
                f"{tolerance:g} s tolerance"
            )


def standard_webhooks_verifier(
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> Verifier:
    """A :data:`Verifier` for the Standard Webhooks scheme with ``secret``."""
    _standard_key(secret)  # a malformed secret fails here, not on the first request

    def verify(body: bytes, headers: Mapping[str, str]) -> None:
        verify_standard_webhook(body, headers, secret, tolerance=tolerance, now=now)

    return verify


def configured_verifier(
    secret: str | bytes | None,
    verify: Verifier | None,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> Verifier | None:
    """What checks requests for an API without the X-Signature scheme: ``verify`` (the
    caller's own check), or the Standard Webhooks scheme when a ``secret`` is given, or
    nothing (``None``) when neither is."""
    if verify is not None and secret is not None:
        raise ConfigurationError("pass secret= or verify=, not both")
    if verify is not None:
        if not callable(verify):
            raise ConfigurationError("verify= must be a callable (body, headers)")
        return verify
    if secret is not None:
        return standard_webhooks_verifier(secret, tolerance=tolerance, now=now)
    return None


# ---------------------------------------------------------------------------------
# Payloads


def decode_payload(body: bytes | bytearray | memoryview) -> dict[str, Any]:
    """The JSON object in ``body``; :class:`WebhookPayloadError` if it is not one."""
    data = _body_bytes(body)
    if not data.strip():
        raise WebhookPayloadError(
            "the notification body is empty; expected a JSON object"
        )
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise WebhookPayloadError(
            "the notification body is not UTF-8 text; expected a JSON object"
        ) from None
    try:
        value = decode_json(text)
    except ValueError as exc:
        raise WebhookPayloadError(
            f"the notification body is not valid JSON ({exc})"
        ) from None
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean"}.get(
            type(value), "a number" if isinstance(value, (int, float)) else "null"
        )
        raise WebhookPayloadError(
            f"the notification body is {kind}; expected a JSON object"
        )
    return value


class UnknownNotification:
    """A notification of a type this SDK does not know (a newer API, most likely).

    ``notification`` is the type name the payload carries (``None`` if it has none) and
    ``raw`` the payload exactly as decoded, so nothing is lost.
    """

    __slots__ = ("notification", "raw")

    def __init__(self, notification: str | None, raw: dict[str, Any]) -> None:
        self.notification = notification
        self.raw = raw

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnknownNotification):
            return NotImplemented
        return self.notification == other.notification and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"UnknownNotification(notification={self.notification!r}, raw={self.raw!r})"
        )


PayloadT = TypeVar("PayloadT", covariant=True)


@dataclass(frozen=True)
class PayloadShape:
    """How a payload shows its notification type when it carries no ``notification``
    field: ``field`` holding one of ``values`` (a discriminator, a const or an enum of
    a type field), else ``required`` fields all present (used when exactly one type's
    are)."""

    name: str
    field: str = ""
    values: tuple[str, ...] = ()
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Notification(Generic[PayloadT]):
    """A verified notification: the typed payload and the request's header values.

    ``type`` is the payload's ``notification`` value (or ``X-Webhook-Type`` when the
    payload has none); ``timestamp`` is ``X-Timestamp`` parsed (``None`` when absent
    or unreadable); ``raw`` is the decoded JSON object.
    """

    type: str
    payload: PayloadT
    tenant: str | None = None
    webhook_id: str | None = None
    webhook_type: str | None = None
    timestamp: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def known(self) -> bool:
        """False when the payload is an :class:`UnknownNotification`."""
        return not isinstance(self.payload, UnknownNotification)


def _unknown_members(model: Any) -> int:
    """How many of a parsed model's constant fields (an enum of one value, such as a
    discriminator tag) hold another value: a sign the payload is a different model."""
    fields = getattr(type(model), "model_fields", {})
    count = 0
    for name in fields:
        value = getattr(model, name, None)
        if (
            isinstance(value, enum.Enum)
            and len(type(value).__members__) == 1
            and is_unknown_member(value)
        ):
            count += 1
    return count


class NotificationTypes:
    """Notification type name -> payload model(s), and parsing by that name.

    ``types`` maps each name to its model; ``alternatives`` lists further models to try,
    in order, for a name whose payload has had several shapes (API versions). Unknown
    fields and unknown enum values are accepted (a newer server); a payload that fits
    none of the models (a field missing or of the wrong type) raises
    :class:`WebhookPayloadError` naming the fields, rather than giving a handler a
    payload whose required fields are ``None``.
    """

    def __init__(
        self,
        types: Mapping[str, type[BaseModel]],
        alternatives: Mapping[str, Sequence[type[BaseModel]]] | None = None,
        *,
        discriminator: str = DISCRIMINATOR,
        shapes: Sequence[PayloadShape] = (),
    ) -> None:
        self.discriminator = discriminator
        self.shapes = tuple(shapes)
        self._candidates: dict[str, tuple[type[BaseModel], ...]] = {}
        for name, model in types.items():
            extra = tuple((alternatives or {}).get(name, ()))
            self._candidates[name] = (model, *(m for m in extra if m is not model))

    def names(self) -> list[str]:
        """Every known type name, sorted."""
        return sorted(self._candidates)

    def names_of(self, model: type[Any]) -> list[str]:
        """The type names ``model`` is a payload of, sorted (empty if none)."""
        return sorted(n for n, ms in self._candidates.items() if model in ms)

    def type_of(self, data: Mapping[str, Any], webhook_type: str | None = None) -> str:
        """The notification type of a payload: its discriminator, else a type field
        (:class:`PayloadShape`), else ``webhook_type`` (a header, or the caller's word),
        else the only type whose required fields are all present."""
        value = data.get(self.discriminator)
        if isinstance(value, str) and value:
            return value
        by_field = [
            s.name
            for s in self.shapes
            if s.field
            and isinstance(data.get(s.field), str)
            and data[s.field] in s.values
        ]
        if len(set(by_field)) == 1:
            return by_field[0]
        if webhook_type:
            return webhook_type
        by_required = [
            s.name
            for s in self.shapes
            if not s.field and s.required and all(k in data for k in s.required)
        ]
        return by_required[0] if len(set(by_required)) == 1 else ""

    def payload(self, data: Mapping[str, Any], webhook_type: str | None = None) -> Any:
        """``data`` as its payload model, or an :class:`UnknownNotification`."""
        raw = dict(data)
        name = self.type_of(raw, webhook_type)
        candidates = self._candidates.get(name)
        if not candidates:
            value = raw.get(self.discriminator)
            return UnknownNotification(
                value if isinstance(value, str) else (name or None), raw
            )
        versions = [raw]
        if self.discriminator not in raw:
            # the type came from X-Webhook-Type: a model that requires the field is
            # given the name the header says
            versions.append({**raw, self.discriminator: name})
        first_error: ValidationError | None = None
        for version in versions:
            try:
                return self._best_fit(candidates, version)
            except ValidationError as exc:
                first_error = first_error or exc
            except RecursionError:
                raise WebhookPayloadError(
                    f"the {name} payload is nested too deeply"
                ) from None
        assert first_error is not None
        raise WebhookPayloadError.from_validation(name, candidates[0], first_error)

    @staticmethod
    def _best_fit(candidates: Sequence[type[BaseModel]], data: dict[str, Any]) -> Any:
        """The first model ``data`` fits without unknown enum values, else the one with
        the fewest; raises the first model's ``ValidationError`` if none fits."""
        best: Any = None
        best_unknown = 0
        first_error: ValidationError | None = None
        for model in candidates:
            try:
                parsed = get_adapter(model).validate_python(data)
            except ValidationError as exc:
                first_error = first_error or exc
                continue
            unknown = _unknown_members(parsed)
            if unknown == 0:  # open enums accept anything: a clean fit wins
                return parsed
            if best is None or unknown < best_unknown:
                best, best_unknown = parsed, unknown
        if best is not None:
            return best
        assert first_error is not None
        raise first_error

    def parse(
        self,
        body: bytes,
        headers: Mapping[str, str],
        secret: str,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
    ) -> Notification[Any]:
        """Verify the request (see :func:`verify_signature`), then parse its body."""
        verify_signature(body, headers, secret, tolerance=tolerance, now=now)
        return self.unverified(body, headers)

    def verified_by(
        self, body: bytes, headers: Mapping[str, str], verifier: Verifier | None
    ) -> Notification[Any]:
        """The notification in a request, checked first by ``verifier`` when there is
        one (``None``: the API declares no signing and none was configured)."""
        if verifier is not None:
            verifier(_body_bytes(body), headers)
        return self.unverified(body, headers)

    def unverified(self, body: bytes, headers: Mapping[str, str]) -> Notification[Any]:
        """The notification in a request WITHOUT checking its signature.

        Only for requests already verified (or for tests): anyone can send anything.
        """
        data = decode_payload(body)
        webhook_type = header_value(headers, WEBHOOK_TYPE_HEADER)
        raw_timestamp = header_value(headers, TIMESTAMP_HEADER) or header_value(
            headers, STANDARD_TIMESTAMP_HEADER
        )
        timestamp: datetime | None = None
        if raw_timestamp is not None:
            try:
                timestamp = parse_timestamp(raw_timestamp)
            except ValueError:
                timestamp = None
        return Notification(
            type=self.type_of(data, webhook_type),
            payload=self.payload(data, webhook_type),
            tenant=header_value(headers, TENANT_HEADER),
            webhook_id=header_value(headers, WEBHOOK_ID_HEADER)
            or header_value(headers, STANDARD_ID_HEADER),
            webhook_type=webhook_type,
            timestamp=timestamp,
            raw=data,
        )


# ---------------------------------------------------------------------------------
# Dispatch

Handler = Callable[[Notification[Any]], Any]
HandlerT = TypeVar("HandlerT", bound=Handler)


class WebhookDispatcher:
    """Verify, parse and hand each notification to the handler registered for its type.

    ::

        dispatcher = WebhookDispatcher(secret, types)

        @dispatcher.on("session.start.stop.notification")
        def started_or_stopped(notification): ...

        @dispatcher.fallback
        def anything_else(notification): ...

        dispatcher.dispatch(body, headers)

    A handler receives the :class:`Notification`; ``dispatch`` returns what it returns
    (an ``async def`` handler's coroutine, for the caller to await), or ``None`` when
    no handler and no fallback is registered for the type.
    """

    def __init__(
        self,
        secret: str | None,
        types: NotificationTypes,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
        verifier: Verifier | None = None,
        verify_with_secret: bool = True,
    ) -> None:
        # ``verify_with_secret``: the X-Signature scheme with ``secret``; otherwise
        # ``verifier`` checks each request (``None``: no check, the API signs nothing)
        if verify_with_secret:
            _secret_bytes(secret or "")  # fail early on an empty secret
        self._verify_with_secret = verify_with_secret
        self._verifier = verifier
        self._secret = secret or ""
        self.types = types
        self.tolerance = tolerance
        self._now = now
        self._handlers: dict[str, Handler] = {}
        self._fallback: Handler | None = None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(handlers={sorted(self._handlers)!r}, "
            f"fallback={self._fallback is not None}, tolerance={self.tolerance!r})"
        )

    def on(self, *notifications: str | type[Any]) -> Callable[[HandlerT], HandlerT]:
        """Decorator registering a handler for one or more notification types.

        Give type names (``"evse.changed"``; names this SDK does not know are fine:
        their notifications arrive as :class:`UnknownNotification`) or payload model
        classes. Registering a type twice replaces the earlier handler.
        """
        if not notifications:
            raise TypeError("on() needs at least one notification type")
        names: list[str] = []
        for item in notifications:
            if isinstance(item, str):
                if not item:
                    raise ValueError("a notification type name must not be empty")
                names.append(item)
            elif isinstance(item, type):
                found = self.types.names_of(item)
                if not found:
                    raise ValueError(
                        f"{item.__name__} is not a notification payload model"
                    )
                names.extend(found)
            else:
                raise TypeError(
                    f"expected a notification type name or model class, got {item!r}"
                )

        def register(handler: HandlerT) -> HandlerT:
            for name in names:
                self._handlers[name] = handler
            return handler

        return register

    def fallback(self, handler: HandlerT) -> HandlerT:
        """Decorator registering the handler for every type without its own handler
        (unknown types included)."""
        self._fallback = handler
        return handler

    def handler_for(self, notification_type: str) -> Handler | None:
        """The handler ``dispatch`` would call for a type (the fallback if none)."""
        return self._handlers.get(notification_type, self._fallback)

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Notification[Any]:
        """Verify and parse a request without dispatching it."""
        if not self._verify_with_secret:
            return self.types.verified_by(body, headers, self._verifier)
        return self.types.parse(
            body, headers, self._secret, tolerance=self.tolerance, now=self._now
        )

    def dispatch(self, body: bytes, headers: Mapping[str, str]) -> Any:
        """Verify the request, parse it and call the matching handler.

        Raises :class:`WebhookVerificationError` or :class:`WebhookPayloadError` (answer
        those with a 4xx); a handler's own exceptions propagate unchanged.
        """
        notification = self.parse(body, headers)
        handler = self.handler_for(notification.type)
        if handler is None:
            return None
        return handler(notification)
