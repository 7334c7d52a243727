"""Credentials and their masking: the secrets of each security scheme, where they go on
the wire (header, query, cookie), and how a request shows them once it is done.

Secrets are held in :class:`_Secret` (no repr, log line or ``vars()`` dump shows one),
applied to a request only while it is sent, and masked on every request reachable from
the outcome afterwards (:class:`_Outgoing`): the SDK's own, redirects a caller's
``http_client`` followed, and any Authorization header its ``auth=`` set.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence
from urllib.parse import quote, unquote_plus

import httpx

from .errors import ConfigurationError
from .operation import SecurityScheme

_MASK = "[masked]"
# RFC 6265 cookie-octets (and "%"): an API key made of these travels in a cookie as is.
_COOKIE_SAFE = "!#$%&'()*+-./:<=>?@[]^_`{|}~"


class _Secret:
    """Holds the API token so that no repr, log line or ``vars()`` dump can show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'[masked]'"


def _checked_token(raw: str, what: str = "The API token") -> _Secret:
    token = raw.strip()
    if not token:
        raise ConfigurationError(f"{what} is empty")
    if not all("!" <= char <= "~" for char in token):
        # Checked here so that httpx never echoes the token in an encoding error.
        raise ConfigurationError(
            f"{what} contains spaces, control or non-ASCII characters"
        )
    return _Secret(token)


class _Credential:
    """One security scheme's secret, ready for the wire: where, under what name, what."""

    __slots__ = ("location", "name", "value")

    def __init__(self, location: str, name: str, value: _Secret) -> None:
        self.location = location  # "header", "query" or "cookie"
        self.name = name
        self.value = value  # the whole wire value, e.g. "Bearer <token>"

    def __repr__(self) -> str:
        return f"_Credential({self.location!r}, {self.name!r}, {self.value!r})"


def _make_credential(scheme: SecurityScheme, value: object) -> _Credential:
    """The credential for ``scheme`` from what the caller passed (never echoed)."""
    what = f"credentials[{scheme.name!r}]"
    if scheme.kind == "http" and scheme.scheme.lower() == "basic":
        if not (
            isinstance(value, tuple)
            and len(value) == 2
            and all(isinstance(part, str) for part in value)
        ):
            raise ConfigurationError(
                f"{what} must be a (username, password) tuple for HTTP basic "
                f"authentication"
            )
        username, password = value
        if ":" in username:
            raise ConfigurationError(f"The username in {what} must not contain ':'")
        pair = base64.b64encode(f"{username}:{password}".encode("utf-8"))
        return _Credential(
            "header", "Authorization", _Secret(f"Basic {pair.decode('ascii')}")
        )
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string ({scheme.describe()})")
    if scheme.kind == "apiKey":
        if not scheme.parameter:
            raise ConfigurationError(f"Security scheme {scheme.name!r} has no name")
        if scheme.location == "header":
            return _Credential("header", scheme.parameter, _checked_token(value, what))
        key = value.strip()
        if not key:
            raise ConfigurationError(f"{what} is empty")
        if scheme.location == "query":
            return _Credential("query", scheme.parameter, _Secret(key))
        if scheme.location == "cookie":
            return _Credential(
                "cookie", scheme.parameter, _Secret(quote(key, safe=_COOKIE_SAFE))
            )
        raise ConfigurationError(
            f"Security scheme {scheme.name!r} puts its API key in an unsupported "
            f"place ({scheme.location!r})"
        )
    if scheme.uses_token or (scheme.kind == "http" and scheme.scheme):
        # Bearer tokens, and any other HTTP scheme as "<scheme> <credentials>".
        word = "Bearer" if scheme.uses_token else scheme.scheme
        token = _checked_token(value, what)
        return _Credential(
            "header", "Authorization", _Secret(f"{word} {token.reveal()}")
        )
    raise ConfigurationError(
        f"Security scheme {scheme.name!r} ({scheme.describe()}) is not supported"
    )


def _masked_authorization(value: str) -> str:
    """``Bearer [masked]``, ``Basic [masked]``...: the scheme stays readable."""
    word, space, _ = value.partition(" ")
    return f"{word} {_MASK}" if space else _MASK


_Swap = tuple[str, _Secret, str]


class _AuthPlan:
    """The credentials one operation sends, grouped by where they go on the wire."""

    __slots__ = ("headers", "query", "cookies", "swaps", "sets_authorization")

    def __init__(self, credentials: Sequence[_Credential]) -> None:
        self.headers = tuple(
            (c.name, c.value) for c in credentials if c.location == "header"
        )
        self.query = tuple(
            (c.name, c.value) for c in credentials if c.location == "query"
        )
        self.cookies = tuple(
            (c.name, c.value) for c in credentials if c.location == "cookie"
        )
        # (header name, value sent, value shown once the request is done)
        self.swaps = tuple(
            (
                name,
                value,
                (
                    _masked_authorization(value.reveal())
                    if name.lower() == "authorization"
                    else _MASK
                ),
            )
            for name, value in self.headers
        )
        self.sets_authorization = any(
            name.lower() == "authorization" for name, _ in self.headers
        )

    def __repr__(self) -> str:
        names = [
            name
            for part in (self.headers, self.query, self.cookies)
            for name, _ in part
        ]
        return f"_AuthPlan({names!r})"


_NO_AUTH = _AuthPlan(())


class _KeyedURL(httpx.URL):
    """A URL carrying an API key in its query: sent as it is, shown with the key masked.

    httpx logs each request's URL while sending it; this keeps the key out of that line.
    """

    def __init__(self, url: str, shown: str) -> None:
        super().__init__(url)
        self._shown = shown

    def __str__(self) -> str:
        return self._shown

    def __repr__(self) -> str:
        return f"URL({self._shown!r})"


def _keyed_urls(
    url: httpx.URL | str, keys: Sequence[tuple[str, _Secret]]
) -> tuple[_KeyedURL, httpx.URL]:
    """``url`` with the query API keys added (replacing any it had), and its masked twin."""
    base, _, query = str(url).partition("?")
    names = {name for name, _ in keys}
    kept = [
        part
        for part in query.split("&")
        if part and unquote_plus(part.split("=", 1)[0]) not in names
    ]
    sent = kept + [f"{quote(n, safe='')}={quote(v.reveal(), safe='')}" for n, v in keys]
    shown = kept + [f"{quote(n, safe='')}={_MASK}" for n, _ in keys]
    shown_url = f"{base}?{'&'.join(shown)}"
    return _KeyedURL(f"{base}?{'&'.join(sent)}", shown_url), httpx.URL(shown_url)


class _Outgoing:
    """A request being sent, and how to hide its secrets once each attempt is done."""

    __slots__ = ("request", "swaps", "sent_url", "shown_url", "shown")

    def __init__(
        self,
        request: httpx.Request,
        swaps: Sequence[_Swap],
        sent_url: httpx.URL | None,
        shown_url: httpx.URL | None,
        shown: httpx.URL | str,
    ) -> None:
        self.request = request
        self.swaps = swaps  # (header name, value sent, value shown afterwards)
        self.sent_url = sent_url  # set when an API key travels in the query
        self.shown_url = shown_url
        self.shown = shown  # the URL as log lines show it

    def hide(self) -> None:
        """Mask the secrets of a request that is done, so a stored one can't leak them."""
        request = self.request
        for name, _, shown in self.swaps:
            request.headers[name] = shown
        if self.shown_url is not None:
            request.url = self.shown_url

    def hide_everywhere(
        self, response: httpx.Response | None, exc: BaseException | None
    ) -> None:
        """:meth:`hide`, and mask every other request reachable from the outcome."""
        self.hide()
        for request in _requests_of(response, exc):
            if request is not self.request:
                _mask_request(request, self.swaps)

    def show(self) -> None:
        """Put the secrets back before the request is sent again (a retry)."""
        request = self.request
        for name, sent, _ in self.swaps:
            request.headers[name] = sent.reveal()
        if self.sent_url is not None:
            request.url = self.sent_url


_ALWAYS_MASKED = ("authorization", "proxy-authorization")


def _mask_request(request: httpx.Request, swaps: Sequence[_Swap]) -> None:
    """Mask a request httpx built on its own (a redirect followed by the caller's
    ``http_client``, or its ``auth=``): our secrets, and any Authorization header."""
    headers = request.headers
    for name, sent, shown in swaps:
        if headers.get(name) == sent.reveal():
            headers[name] = shown
    for name in _ALWAYS_MASKED:
        value = headers.get(name)
        if value is not None and not value.endswith(_MASK):
            headers[name] = _masked_authorization(value)


def _requests_of(
    response: httpx.Response | None, exc: BaseException | None
) -> list[httpx.Request]:
    found: list[httpx.Request] = []
    if response is not None:
        for earlier in response.history:
            found.append(earlier.request)
        found.append(response.request)
    if isinstance(exc, httpx.RequestError):
        try:
            found.append(exc.request)
        except RuntimeError:  # raised without a request
            pass
    return found


def _secret_headers(request: httpx.Request, auth: _AuthPlan) -> Sequence[_Swap]:
    """``(name, value sent, value shown afterwards)`` of each header holding a secret."""
    if auth.sets_authorization and not auth.cookies:
        return auth.swaps  # the usual case: known in advance
    swaps = list(auth.swaps)
    headers = request.headers
    if not auth.sets_authorization:
        authorization = headers.get("authorization")
        if authorization is not None:  # one the caller put in default_headers
            masked = _masked_authorization(authorization)
            swaps.append(("Authorization", _Secret(authorization), masked))
    if auth.cookies:
        sent = headers["cookie"]
        count = len(auth.cookies)
        parts = sent.rsplit("; ", count)  # ours come last and never hold "; "
        kept = parts[:1] if len(parts) > count else []
        shown = "; ".join(kept + [f"{name}={_MASK}" for name, _ in auth.cookies])
        swaps.append(("Cookie", _Secret(sent), shown))
    return swaps


def _merge_extra_headers(
    result: dict[str, str], extra: Mapping[str, str], auth: _AuthPlan
) -> None:
    """Add ``extra_headers`` last; a header carrying the credentials is refused."""
    guarded = {name.lower() for name, _ in auth.headers}
    if auth.cookies:
        guarded.add("cookie")
    for name, value in extra.items():
        if name.lower() in guarded:
            raise ConfigurationError(
                f"extra_headers= would replace the {name} header that carries this "
                f"client's credentials; use with_options(api_token=...) or "
                f"credentials= instead"
            )
        for existing in [key for key in result if key.lower() == name.lower()]:
            del result[existing]
        result[name] = value
