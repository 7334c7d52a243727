"""Signature and timestamp checks: what passes, what is refused, and what messages say."""

from __future__ import annotations

import base64
import hashlib
import hmac

import httpx
import pytest

from conftest import NOW, SECRET

PAYLOAD = {
    "notification": "evse.changed",
    "evseId": 17,
    "action": "updated",
    "lastUpdatedAt": "2024-05-01T12:30:00Z",
}


def _hmac(body: bytes, secret: str = SECRET) -> bytes:
    return hmac.new(secret.encode(), body, hashlib.sha256).digest()


@pytest.fixture
def request_(sign):
    return sign(PAYLOAD)


def test_valid_signature_passes(hooks, request_, clock):
    body, headers = request_
    assert headers["X-Signature"] == _hmac(body).hex()
    assert hooks.verify_signature(body, headers, SECRET, now=clock) is None
    assert hooks.compute_signature(body, SECRET) == _hmac(body).hex()


@pytest.mark.parametrize(
    "form",
    [
        lambda d: d.hex(),
        lambda d: d.hex().upper(),
        lambda d: "sha256=" + d.hex(),
        lambda d: base64.b64encode(d).decode(),
        lambda d: base64.b64encode(d).decode().rstrip("="),
        lambda d: base64.urlsafe_b64encode(d).decode(),
        lambda d: f"{'0' * 64}, {d.hex()}",  # several values: one must match
    ],
    ids=["hex", "HEX", "prefixed", "base64", "base64-unpadded", "base64url", "list"],
)
def test_signature_forms(hooks, request_, clock, form):
    body, headers = request_
    headers["X-Signature"] = form(_hmac(body))
    hooks.verify_signature(body, headers, SECRET, now=clock)


@pytest.mark.parametrize("style", ["lower", "upper", "wsgi", "httpx"])
def test_header_names_in_any_case(hooks, request_, clock, style):
    body, headers = request_
    if style == "lower":
        headers = {k.lower(): v for k, v in headers.items()}
    elif style == "upper":
        headers = {k.upper(): v for k, v in headers.items()}
    elif style == "wsgi":  # HTTP_X_SIGNATURE with the HTTP_ prefix cut
        headers = {k.upper().replace("-", "_"): v for k, v in headers.items()}
    else:
        headers = httpx.Headers(headers)
    hooks.verify_signature(body, headers, SECRET, now=clock)
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert (note.tenant, note.webhook_id, note.webhook_type) == ("tenant-7", "hook-42", "evse.changed")


def _refused(hooks, body, headers, secret=SECRET, **options):
    options.setdefault("now", lambda: NOW)
    with pytest.raises(hooks.WebhookVerificationError) as info:
        hooks.verify_signature(body, headers, secret, **options)
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.parse(body, headers, secret, **options)
    message = str(info.value)
    for leak in (SECRET, _hmac(body).hex(), base64.b64encode(_hmac(body)).decode()):
        assert leak not in message and leak not in repr(info.value)
    return message


def test_tampered_body(hooks, request_):
    body, headers = request_
    message = _refused(hooks, body.replace(b"17", b"18"), headers)
    assert "does not match" in message


def test_wrong_secret(hooks, request_):
    body, headers = request_
    assert "does not match" in _refused(hooks, body, headers, secret="another-token")


def test_missing_signature_header(hooks, request_):
    body, headers = request_
    del headers["X-Signature"]
    assert "missing X-Signature" in _refused(hooks, body, headers)
    headers["X-Signature"] = "  "
    assert "missing X-Signature" in _refused(hooks, body, headers)


@pytest.mark.parametrize("value", ["nonsense", "abc", "é" * 64, "zz" * 32, base64.b64encode(b"short").decode()])
def test_unreadable_signature(hooks, request_, value):
    body, headers = request_
    headers["X-Signature"] = value
    assert "not a hex or base64" in _refused(hooks, body, headers)


def test_truncated_signature_does_not_match(hooks, request_):
    body, headers = request_
    headers["X-Signature"] = headers["X-Signature"][:-2]
    _refused(hooks, body, headers)


def test_stale_timestamp(hooks, sign):
    body, headers = sign(PAYLOAD, timestamp=NOW - 301)
    message = _refused(hooks, body, headers)
    assert "301 s old" in message and "300 s tolerance" in message
    hooks.verify_signature(body, headers, SECRET, now=lambda: NOW - 2)  # within tolerance
    hooks.verify_signature(body, headers, SECRET, now=lambda: NOW, tolerance=400)
    hooks.verify_signature(body, headers, SECRET, now=lambda: NOW, tolerance=None)


def test_future_timestamp(hooks, sign):
    body, headers = sign(PAYLOAD, timestamp=NOW + 301)
    assert "in the future" in _refused(hooks, body, headers)
    hooks.verify_signature(body, headers, SECRET, now=lambda: NOW + 1)


def test_edges_of_the_tolerance(hooks, sign):
    for offset in (-300, 300, -299.5, 0):
        body, headers = sign(PAYLOAD, timestamp=NOW + offset)
        hooks.verify_signature(body, headers, SECRET, now=lambda: NOW)


def test_missing_timestamp_only_matters_with_a_tolerance(hooks, request_):
    body, headers = request_
    del headers["X-Timestamp"]
    assert "missing X-Timestamp" in _refused(hooks, body, headers)
    hooks.verify_signature(body, headers, SECRET, tolerance=None)
    assert hooks.parse(body, headers, SECRET, tolerance=None).timestamp is None


@pytest.mark.parametrize(
    "stamp",
    [
        "2024-05-01T12:30:00.000000Z",
        "2024-05-01T12:30:00Z",
        "2024-05-01T14:30:00+02:00",
        "2024-05-01T12:30:00",  # no offset: UTC
        "2024-05-01T12:31:00.123456Z",
        str(int(NOW)),
        str(NOW + 0.5),
        str(int(NOW * 1000)),  # milliseconds
    ],
)
def test_timestamp_forms(hooks, sign, stamp):
    body, headers = sign(PAYLOAD, timestamp=stamp)
    assert headers["X-Timestamp"] == stamp
    hooks.verify_signature(body, headers, SECRET, now=lambda: NOW)
    note = hooks.parse(body, headers, SECRET, now=lambda: NOW)
    assert abs(note.timestamp.timestamp() - NOW) <= 61


@pytest.mark.parametrize(
    "stamp",
    [
        "yesterday",
        "",
        "2024-13-01T00:00:00Z",
        "inf",
        "nan",
        "1e300",
        "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
        "9999-12-31T23:59:59-01:00",  # after year 9999 in UTC
        "-99999999999999999",
    ],
)
def test_unreadable_timestamp(hooks, sign, stamp):
    body, headers = sign(PAYLOAD, timestamp=stamp)
    message = _refused(hooks, body, headers)
    assert "X-Timestamp" in message
    # without the freshness check it is reported as absent
    assert hooks.parse(body, headers, SECRET, tolerance=None).timestamp is None


def test_default_clock_is_time_time(hooks, sign):
    import time

    body, headers = sign(PAYLOAD, timestamp=time.time())
    hooks.verify_signature(body, headers, SECRET)
    body, headers = sign(PAYLOAD, timestamp=time.time() - 3600)
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.verify_signature(body, headers, SECRET)


def test_empty_secret_is_a_configuration_error(hooks, pkg, request_):
    body, headers = request_
    with pytest.raises(pkg.ConfigurationError):
        hooks.verify_signature(body, headers, "")
    with pytest.raises(pkg.ConfigurationError):
        hooks.WebhookDispatcher("")


def test_text_body_is_refused(hooks, request_):
    body, headers = request_
    with pytest.raises(TypeError, match="raw request bytes"):
        hooks.verify_signature(body.decode(), headers, SECRET)


def test_bytearray_and_memoryview_bodies(hooks, request_, clock):
    body, headers = request_
    hooks.verify_signature(bytearray(body), headers, SECRET, now=clock)
    hooks.verify_signature(memoryview(body), headers, SECRET, now=clock)


def test_error_classes(hooks, pkg):
    for cls in (hooks.WebhookVerificationError, hooks.WebhookPayloadError):
        assert issubclass(cls, hooks.WebhookError)
        assert issubclass(cls, pkg.AmpecoHooksError)  # the package is ampeco_hooks
