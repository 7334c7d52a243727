"""The HTTP client machinery under a generated SDK's sync and async client classes.

Generated resource methods call ``self._client._request(...)`` or
``self._client._paginate(...)`` with a static :class:`Operation`; everything else
(URL and query encoding, headers, retries, errors, parsing, deprecation warnings,
raw and streamed responses) happens here, with three neighbours: :mod:`.auth`
(credentials and their masking), :mod:`.deadlines` (the time limits of an attempt and
of a call; :mod:`.transport` for the client's own pool) and :mod:`.streaming` (streamed
responses and the typed raw/streamed views, imported on first use; its public names
are importable from here too).

Authentication follows the spec's security schemes (``_security_schemes`` and
``_default_security`` on the generated class, ``Operation.security`` per call): bearer
tokens (``api_token=``), HTTP basic and API keys in a header, the query or a cookie
(``credentials=``). Secrets are masked on every request once it is done, in log lines
and in errors.

Start-up is kept cheap: pydantic and the models (:mod:`.models`) are imported when the
first response is parsed or body encoded, and httpx's transport is created when the
first request goes out, so creating a client costs little more than importing httpx.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast, overload
from urllib.request import getproxies

import httpx

from .auth import (
    _NO_AUTH,
    _AuthPlan,
    _checked_token,
    _Credential,
    _keyed_urls,
    _make_credential,
    _merge_extra_headers,
    _Outgoing,
    _Secret,
    _secret_headers,
)
from .deadlines import _Deadlines, send_async, send_sync
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    ResponseValidationError,
    decode_json,
    make_status_error,
)
from .operation import Operation, SecurityScheme, is_json_media
from .pagination import AsyncPager, Page, SyncPager
from .qs import (
    encode_cookies,
    encode_form,
    encode_pairs,
    expand_path,
    format_header_value,
    multipart_fields,
    query_pairs,
)
from .response import APIResponse
from .retries import retry_delay, should_retry_exception, should_retry_status
from .types import NOT_GIVEN, CredentialTypes, NotGiven, TimeoutTypes

# the names that moved to .streaming, still importable from here (lazily: ``__getattr__``)
_FROM_STREAMING = (
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
    "StreamedResponseManager",
    "AsyncStreamedResponseManager",
    "to_raw",
    "to_raw_listing",
    "to_async_raw",
    "to_async_raw_listing",
    "to_streamed",
    "to_streamed_listing",
    "to_async_streamed",
    "to_async_streamed_listing",
)

__all__ = [
    "SyncClient",
    "AsyncClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    *_FROM_STREAMING,
]

if TYPE_CHECKING:  # the streamed responses and views live in .streaming (lazily)
    from .streaming import AsyncStreamedAPIResponse as AsyncStreamedAPIResponse
    from .streaming import AsyncStreamedResponseManager as AsyncStreamedResponseManager
    from .streaming import StreamedAPIResponse as StreamedAPIResponse
    from .streaming import StreamedResponseManager as StreamedResponseManager
    from .streaming import to_async_raw as to_async_raw
    from .streaming import to_async_raw_listing as to_async_raw_listing
    from .streaming import to_async_streamed as to_async_streamed
    from .streaming import to_async_streamed_listing as to_async_streamed_listing
    from .streaming import to_raw as to_raw
    from .streaming import to_raw_listing as to_raw_listing
    from .streaming import to_streamed as to_streamed
    from .streaming import to_streamed_listing as to_streamed_listing


def __getattr__(name: str) -> Any:
    """The names that moved to :mod:`.streaming`, still importable from here."""
    if name in _FROM_STREAMING:
        from . import streaming

        return getattr(streaming, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


log = logging.getLogger(__name__)
#: The SDK's own logger, named after its package: schema mismatches are warned here.
sdk_log = logging.getLogger(__name__.split(".")[0])
_MAX_ERRORS_SHOWN = 5
_MAX_VALUE_SHOWN = 60


_LOG_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def _logging_from_env(variable: str) -> None:
    """Turn the SDK's logging on when ``variable`` (``<PREFIX>_LOG``)
    asks for it (once per process: a handler to stderr on the SDK's logger, unless one
    was added already); ``debug`` or ``info`` log each request (method, URL with secrets
    masked, status, attempt, elapsed time)."""
    if not variable:
        return
    level = _LOG_LEVELS.get(os.environ.get(variable, "").strip().lower())
    if level is None:
        return
    sdk_log.setLevel(level)
    if not any(getattr(h, "_from_env", False) for h in sdk_log.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        )
        handler._from_env = True  # type: ignore[attr-defined]
        sdk_log.addHandler(handler)


def _short_repr(error: Mapping[str, Any]) -> str:
    text = repr(error.get("input"))
    if len(text) > _MAX_VALUE_SHOWN:
        text = text[: _MAX_VALUE_SHOWN - 3] + "..."
    return text


DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2

_T = TypeVar("_T")
_SyncC = TypeVar("_SyncC", bound="SyncClient")
_AsyncC = TypeVar("_AsyncC", bound="AsyncClient")


def _checked_total_timeout(value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigurationError(
            f"total_timeout must be a positive number of seconds or None, not {value!r}"
        )
    return float(value)


def normalize_base_url(raw: str) -> str:
    """``https://host[:port][/prefix]`` from a bare host name or a full URL."""
    text = raw.strip()
    if "://" not in text:
        text = f"https://{text}"
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"Invalid base URL {raw!r}: {exc}") from None
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"Invalid base URL {raw!r}: the scheme must be http or https"
        )
    if not url.host:
        raise ConfigurationError(f"Invalid base URL {raw!r}: it has no host")
    if url.userinfo:
        raise ConfigurationError(
            "The base URL must not contain credentials; pass api_token= instead"
        )
    if url.query or url.fragment:
        raise ConfigurationError(
            f"Invalid base URL {raw!r}: it must not have a query or fragment"
        )
    path = url.raw_path.decode("ascii").rstrip("/")
    return f"{url.scheme}://{url.netloc.decode('ascii')}{path}"


_envelopes: dict[Any, Any] = {}


def _envelope_adapter(cast_to: Any) -> Any:
    """A validator of ``{"data": <cast_to>}`` (extra keys ignored): the fast path."""
    try:
        return _envelopes[cast_to]
    except KeyError:
        pass
    except TypeError:
        return None  # unhashable type expression: take the slow path
    from pydantic import ConfigDict, create_model

    from .models import get_adapter

    model = create_model(
        "DataEnvelope", __config__=ConfigDict(extra="ignore"), data=(cast_to, ...)
    )
    adapter = get_adapter(model)
    _envelopes[cast_to] = adapter
    return adapter


def _describe_body(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    return repr(text[:200] + ("..." if len(text) > 200 else ""))


def _response_content(response: httpx.Response) -> bytes:
    return response.content


def _response_itself(response: httpx.Response) -> httpx.Response:
    return response


def _raw_content(op: Operation, body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, (bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    if hasattr(body, "read"):  # a file object: read whole, so a retry can resend it
        data = body.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    raise TypeError(
        f"{op.display_name} sends {op.request_content_type}: pass bytes, str or a "
        f"binary file object as body=, not {type(body).__name__}"
    )


def _encode_multipart(
    body: Any, op: Operation | None = None, model: Any = None
) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its Content-Type (with the boundary)."""
    fields = multipart_fields(
        body, op._encoding_index if op is not None else None, model
    )
    if not fields:  # httpx would send no body at all; send an empty multipart
        boundary = os.urandom(16).hex()
        return (
            f"--{boundary}--\r\n".encode("ascii"),
            f"multipart/form-data; boundary={boundary}",
        )
    # httpx renders the parts; reading them whole lets a retry resend the body.
    request = httpx.Request("POST", "http://multipart.invalid/", files=fields)
    return request.read(), request.headers["Content-Type"]


def _encode_other_body(
    op: Operation, kind: str, body: Any, model: Any = None
) -> tuple[bytes, str]:
    """A form, multipart or raw (octet-stream, text, ...) request body; ``model`` is
    the body's model, for a mapping given in its place."""
    content_type = op.request_content_type or "application/octet-stream"
    if kind == "multipart":
        return _encode_multipart(body, op, model)
    if kind == "form" and not isinstance(body, (bytes, bytearray, memoryview, str)):
        return encode_form(body, op._encoding_index, model), content_type
    return _raw_content(op, body), content_type


def _connection_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    method, url = request.method, str(request.url)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}) for {method} {url}",
            request_method=method,
            request_url=url,
        )
    return APIConnectionError(
        f"Connection error ({type(exc).__name__}: {exc}) for {method} {url}",
        request_method=method,
        request_url=url,
    )


class _BaseClient:
    """Configuration and the I/O-free half of a request, shared by sync and async."""

    _sdk_name: str = "sdk"
    _sdk_version: str = "0.0.0"
    _api_version: str = "unknown"
    #: The spec's security schemes by name, and the security of operations that do not
    #: declare their own (alternatives of scheme names); generated subclasses set both.
    _security_schemes: ClassVar[Mapping[str, SecurityScheme]] = MappingProxyType(
        {"bearerAuth": SecurityScheme("bearerAuth", "http", "bearer")}
    )
    _default_security: ClassVar[tuple[tuple[str, ...], ...]] = (("bearerAuth",),)
    #: Where configuration comes from, set by the generated subclass from its own API
    #: (the bare runtime reads no environment variable): the variables holding the base
    #: URL and the bearer token, per-scheme variables for other credentials (apiKey: one
    #: variable; HTTP basic: username and password), the spec's server as the default
    #: base URL, and the API's name in the User-Agent.
    _base_url_env: ClassVar[str] = ""
    _api_token_env: ClassVar[str] = ""
    _log_env: ClassVar[str] = ""
    _credential_envs: ClassVar[Mapping[str, tuple[str, ...]]] = MappingProxyType({})
    _default_base_url: ClassVar[str] = ""
    _api_name: ClassVar[str] = "API"

    _base: str
    _base_url: httpx.URL
    _token: _Secret | None
    _explicit: dict[str, _Credential]  # from credentials=
    _credentials: dict[str, _Credential]  # every scheme that can be applied
    _auth_plans: dict[tuple[tuple[str, ...], ...] | None, _AuthPlan]
    _user_accept: bool
    _http: httpx.Client | httpx.AsyncClient
    _timeout: TimeoutTypes
    _max_retries: int
    _default_headers: dict[str, str]
    _static_headers: httpx.Headers
    # What calls return: an APIResponse (with_raw_response), an unread streamed
    # response (with_streaming_response), or else the parsed value.
    _raw: bool
    _streaming: bool
    _owns_http: bool
    _user_agent: str
    _strict_responses: bool  # raise ResponseValidationError instead of warning
    _total_timeout: float | None  # seconds for a whole call, retries included

    def _configure(
        self,
        base_url: str | None,
        api_token: str | None,
        credentials: CredentialTypes | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if base_url is None and self._base_url_env:
            base_url = os.environ.get(self._base_url_env) or None
        if base_url is None:
            base_url = self._default_base_url or None
        if base_url is None or not base_url.strip():
            where = (
                f" or set the {self._base_url_env} environment variable"
                if self._base_url_env
                else ""
            )
            raise ConfigurationError(
                f"No base URL: pass base_url= (the API's host or URL, e.g. "
                f"'api.example.com'){where}"
            )
        if (
            api_token is None
            and self._api_token_env
            and any(scheme.uses_token for scheme in self._security_schemes.values())
        ):
            api_token = os.environ.get(self._api_token_env) or None
        if max_retries < 0:
            raise ConfigurationError("max_retries must be zero or more")
        _logging_from_env(self._log_env)
        self._base = normalize_base_url(base_url)
        self._base_url = httpx.URL(self._base)
        self._token = (
            _checked_token(api_token) if api_token and api_token.strip() else None
        )
        self._explicit = {
            **self._env_credentials(),
            **self._check_credentials(credentials or {}),
        }
        self._resolve_credentials()
        self._require_default_credentials()
        self._timeout = timeout
        self._max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._raw = False
        self._streaming = False
        self._user_agent = self.user_agent()
        self._static_headers = self._merge_static_headers()

    def _copy_config_from(
        self,
        other: _BaseClient,
        *,
        api_token: str | NotGiven,
        credentials: CredentialTypes | NotGiven,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | NotGiven,
        strict_responses: bool | NotGiven,
        total_timeout: float | None | NotGiven,
        raw: bool,
        streaming: bool,
    ) -> None:
        self._base = other._base
        self._base_url = other._base_url
        self._token = (
            other._token
            if isinstance(api_token, NotGiven)
            else _checked_token(api_token)
        )
        self._explicit = dict(other._explicit)
        if not isinstance(credentials, NotGiven):
            self._explicit.update(self._check_credentials(credentials))
        self._resolve_credentials()
        self._timeout = other._timeout if isinstance(timeout, NotGiven) else timeout
        self._max_retries = (
            other._max_retries if isinstance(max_retries, NotGiven) else max_retries
        )
        self._default_headers = dict(other._default_headers)
        if not isinstance(default_headers, NotGiven):
            self._default_headers.update(default_headers)
        self._strict_responses = (
            other._strict_responses
            if isinstance(strict_responses, NotGiven)
            else strict_responses
        )
        self._total_timeout = (
            other._total_timeout
            if isinstance(total_timeout, NotGiven)
            else _checked_total_timeout(total_timeout)
        )
        self._raw = raw
        self._streaming = streaming
        self._user_agent = other._user_agent
        self._static_headers = self._merge_static_headers()
        self._owns_http = False  # the pool belongs to the client that created it

    # -- credentials -----------------------------------------------------------------

    @classmethod
    def _check_credentials(cls, given: CredentialTypes) -> dict[str, _Credential]:
        schemes = cls._security_schemes
        result: dict[str, _Credential] = {}
        for name, value in given.items():
            scheme = schemes.get(name)
            if scheme is None:
                known = ", ".join(repr(known) for known in schemes) or "none"
                raise ConfigurationError(
                    f"credentials= names {name!r}, which is not a security scheme "
                    f"of this API (it has: {known})"
                )
            result[name] = _make_credential(scheme, value)
        return result

    @classmethod
    def _env_credentials(cls) -> dict[str, _Credential]:
        """Credentials from this API's own per-scheme variables (all of a scheme's
        variables set and non-empty, or none taken)."""
        found: dict[str, _Credential] = {}
        for name, variables in cls._credential_envs.items():
            scheme = cls._security_schemes.get(name)
            values = [os.environ.get(variable) or "" for variable in variables]
            if scheme is None or not variables or not all(values):
                continue
            value: Any = values[0] if len(values) == 1 else tuple(values)
            found[name] = _make_credential(scheme, value)
        return found

    def _resolve_credentials(self) -> None:
        """Which schemes can be applied: ``credentials=``, then the token for bearers."""
        resolved = dict(self._explicit)
        if self._token is not None:
            bearer = _Secret(f"Bearer {self._token.reveal()}")
            for name, scheme in self._security_schemes.items():
                if scheme.uses_token and name not in resolved:
                    resolved[name] = _Credential("header", "Authorization", bearer)
        self._credentials = resolved
        self._auth_plans = {}

    def _require_default_credentials(self) -> None:
        """No API token is an error at once when the API's default security needs one."""
        default = self._default_security
        credentials = self._credentials
        if not default or any(all(n in credentials for n in alt) for alt in default):
            return  # no default security, satisfied, or optional (an empty alternative)
        schemes = self._security_schemes
        wanted = [
            name
            for alt in default
            for name in alt
            if name not in credentials and name in schemes and schemes[name].uses_token
        ]
        if wanted:  # a bearer scheme would do, had a token been given
            others = sorted(
                {name for alt in default for name in alt if name not in wanted}
            )
            hint = (
                f"; or pass credentials= for {', '.join(map(repr, others))}"
                if others
                else ""
            )
            where = (
                f" or set the {self._api_token_env} environment variable"
                if self._api_token_env
                else ""
            )
            raise ConfigurationError(f"No API token: pass api_token={where}{hint}")

    def _auth_for(self, op: Operation) -> _AuthPlan:
        """The credentials ``op`` sends (worked out once per security requirement)."""
        plans = self._auth_plans
        try:
            return plans[op.security]
        except KeyError:
            pass
        plan = self._plan_auth(op)
        plans[op.security] = plan
        return plan

    def _plan_auth(self, op: Operation) -> _AuthPlan:
        alternatives = self._default_security if op.security is None else op.security
        credentials = self._credentials
        for alt in alternatives:
            if alt and all(name in credentials for name in alt):
                return _AuthPlan([credentials[name] for name in alt])
        if not alternatives or () in alternatives:
            return _NO_AUTH  # no authentication, or optional and none configured
        raise ConfigurationError(self._missing_credentials(op, alternatives))

    @classmethod
    def _env_hint(cls, scheme: str) -> str:
        """`` or set A and B`` for a scheme read from the environment, else ""."""
        variables = cls._credential_envs.get(scheme, ())
        return f" or set {' and '.join(variables)}" if variables else ""

    def _missing_credentials(
        self, op: Operation, alternatives: tuple[tuple[str, ...], ...]
    ) -> str:
        schemes = self._security_schemes
        needs = " or ".join(" + ".join(map(repr, alt)) for alt in alternatives)
        hints = []
        for name in dict.fromkeys(n for alt in alternatives for n in alt):
            if name in self._credentials:
                continue
            scheme = schemes.get(name)
            if scheme is None:
                hints.append(f"{name!r} is not a security scheme this client knows")
            elif scheme.uses_token:
                hints.append(
                    f"{name!r} ({scheme.describe()}): pass api_token="
                    + (f" or set {self._api_token_env}" if self._api_token_env else "")
                    + f", or credentials={{{name!r}: ...}}"
                )
            elif scheme.kind == "http" and scheme.scheme.lower() == "basic":
                hints.append(
                    f"{name!r} (HTTP basic): pass credentials="
                    f"{{{name!r}: (username, password)}}" + self._env_hint(name)
                )
            else:
                hints.append(
                    f"{name!r} ({scheme.describe()}): pass credentials="
                    f"{{{name!r}: ...}}" + self._env_hint(name)
                )
        return f"No credentials for {op.display_name}, which needs {needs}: " + (
            "; ".join(hints)
        )

    # -- public read-only configuration ------------------------------------------

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @property
    def timeout(self) -> TimeoutTypes:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @classmethod
    def user_agent(cls) -> str:
        """``<sdk>/<version> (<API name> <api version>; python/x.y; httpx/<v>)``."""
        python = f"{sys.version_info.major}.{sys.version_info.minor}"
        return (
            f"{cls._sdk_name}/{cls._sdk_version} ({cls._api_name} {cls._api_version}; "
            f"python/{python}; httpx/{httpx.__version__})"
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base!r}, "
            f"api_version={self._api_version!r})"
        )

    # -- building requests ---------------------------------------------------------

    def _url_text(
        self,
        op: Operation,
        path: Mapping[str, Any] | None,
        pairs: list[tuple[str, str]],
    ) -> str:
        """The request URL as text (httpx parses it once, in ``build_request``)."""
        url = self._base + expand_path(op.path, path or {})
        if pairs:
            url = f"{url}?{encode_pairs(pairs)}"
        return url

    def _build_url(
        self,
        op: Operation,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
    ) -> httpx.URL:
        return httpx.URL(self._url_text(op, path, query_pairs(query or {}, op)))

    def _header_params(
        self,
        op: Operation,
        headers: Mapping[str, Any] | None,
        cookies: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None = None,
        auth: _AuthPlan = _NO_AUTH,
    ) -> dict[str, str]:
        result: dict[str, str] = {}
        accept = op._accept
        if accept is not None and not self._user_accept:
            result["Accept"] = accept  # text, CSV, PDF...: not application/json
        for name, value in (headers or {}).items():
            text = format_header_value(value, op.param("header", name))
            if text is not None:
                result[name] = text
        if cookies:
            cookie = encode_cookies(cookies)
            if cookie is not None:
                result["Cookie"] = cookie
        if extra_headers:
            _merge_extra_headers(result, extra_headers, auth)
        return result

    def _merge_static_headers(self) -> httpx.Headers:
        """The headers that are the same for every request (never the token)."""
        # httpx.Headers replaces case-insensitively: later sources win over earlier.
        headers = httpx.Headers(
            {"Accept": "application/json", "User-Agent": self._user_agent}
        )
        headers.update(self._default_headers)
        # An Accept of the caller's wins over the one an operation would choose.
        self._user_accept = any(
            name.lower() == "accept" for name in self._default_headers
        )
        return headers

    def _headers(
        self, extra: Mapping[str, str], content_type: str | None, auth: _AuthPlan
    ) -> httpx.Headers:
        headers = httpx.Headers(self._static_headers)  # a copy: cheap, never shared
        if extra:
            headers.update(extra)
        for name, secret in auth.headers:
            headers[name] = secret.reveal()
        if auth.cookies:
            parts = [headers["cookie"]] if "cookie" in headers else []
            parts.extend(f"{name}={secret.reveal()}" for name, secret in auth.cookies)
            headers["Cookie"] = "; ".join(parts)
        if content_type is not None:
            headers["Content-Type"] = content_type
        return headers

    @staticmethod
    def _encode_body(
        op: Operation,
        body: Any,
        body_type: Any = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> tuple[bytes | None, str | None]:
        given = not (body is None or isinstance(body, NotGiven))
        if not given and not extra_body:
            return None, None  # no body at all (a JSON null body helps nobody)
        kind = op._body_kind
        if extra_body and kind != "json":
            raise TypeError(
                f"extra_body= merges keys into a JSON body; {op.display_name} sends "
                f"{op.request_content_type or 'no body'}"
            )
        if kind != "json":
            return _encode_other_body(op, kind, body, body_type)
        content_type = op.request_content_type or "application/json"
        if isinstance(body, (bytes, bytearray)):
            return bytes(body), content_type
        from .models import check_keys, encode_json, to_jsonable

        if body_type is not None and isinstance(body, Mapping):
            body = check_keys(body_type, body, "body")
        if extra_body:
            value = to_jsonable(body) if given else {}
            if not isinstance(value, dict):
                raise TypeError(
                    f"extra_body= merges keys into a JSON object; the body of "
                    f"{op.display_name} is {type(value).__name__}"
                )
            body = {**value, **to_jsonable(dict(extra_body))}
        return encode_json(body), content_type

    def _outgoing(
        self,
        method: str,
        url: httpx.URL | str,
        headers: Mapping[str, str],
        content: bytes | None,
        content_type: str | None,
        timeout: TimeoutTypes,
        auth: _AuthPlan,
    ) -> _Outgoing:
        """The request to send, with its secrets applied and the means to hide them."""
        sent_url: httpx.URL | None = None
        shown_url: httpx.URL | None = None
        if auth.query:
            sent_url, shown_url = _keyed_urls(url, auth.query)
        request = self._http.build_request(
            method,
            url if sent_url is None else sent_url,
            headers=self._headers(headers, content_type, auth),
            content=content,
            timeout=timeout,
        )
        if sent_url is not None:
            request.url = sent_url  # httpx copied it into a plain URL
        return _Outgoing(
            request,
            _secret_headers(request, auth),
            sent_url,
            shown_url,
            url if shown_url is None else shown_url,
        )

    @staticmethod
    def _parsed_url(op: Operation, text: str) -> httpx.URL:
        try:
            return httpx.URL(text)
        except httpx.InvalidURL as exc:
            shown = text[:200]
            raise APIConnectionError(
                f"Cannot send {op.http_method} {shown}: {exc}",
                request_method=op.http_method,
                request_url=shown,
            ) from None

    def _prepare(
        self,
        method: str,
        url: httpx.URL | str,
        headers: Mapping[str, str],
        content: bytes | None,
        content_type: str | None,
        timeout: TimeoutTypes,
        auth: _AuthPlan,
    ) -> _Outgoing:
        """:meth:`_outgoing`, with a URL httpx cannot build reported as an SDK error."""
        try:
            return self._outgoing(
                method, url, headers, content, content_type, timeout, auth
            )
        except httpx.InvalidURL as exc:
            shown = str(url)[:200]
            raise APIConnectionError(
                f"Cannot send {method} {shown}: {exc}",
                request_method=method,
                request_url=shown,
            ) from None

    def _resolve_timeout(self, timeout: TimeoutTypes | NotGiven) -> TimeoutTypes:
        return self._timeout if isinstance(timeout, NotGiven) else timeout

    # -- responses -----------------------------------------------------------------

    def _parse(
        self,
        op: Operation,
        response: httpx.Response,
        cast_to: Any,
        unwrap: str | None,
    ) -> Any:
        if cast_to is None:
            return None
        from pydantic import ValidationError

        from .models import parse_checked, parse_json_checked

        content = response.content
        try:
            if unwrap is None:
                value, errors = parse_json_checked(cast_to, content)
                self._check_response(op, response, value, errors, None)
                return value
            if unwrap == "data":
                adapter = _envelope_adapter(cast_to)
                if adapter is not None:
                    try:
                        return adapter.validate_json(content).data
                    except ValidationError:
                        pass
            data = decode_json(content)
            if isinstance(data, dict) and unwrap in data:
                data = data[unwrap]
            else:
                unwrap = None
            value, errors = parse_checked(cast_to, data)
        except ValueError:
            raise APIResponseValidationError(
                f"Expected a JSON body from {response.request.method} "
                f"{response.request.url} (status {response.status_code}), got "
                f"{_describe_body(response)}",
                response=response,
            ) from None
        self._check_response(op, response, value, errors, unwrap)
        return value

    def _check_response(
        self,
        op: Operation,
        response: httpx.Response,
        value: Any,
        errors: list[dict[str, Any]],
        unwrap: str | None,
    ) -> None:
        """Raise (``strict_responses``) or warn once and keep the errors on ``value``."""
        if not errors:
            return
        from .models import attach_errors, error_path

        where = [
            {**error, "loc": (unwrap, *error["loc"])} if unwrap else error
            for error in errors
        ]
        shown = "; ".join(
            f"{error_path(error['loc'])}: {error['msg']} (got {_short_repr(error)})"
            for error in where[:_MAX_ERRORS_SHOWN]
        )
        more = len(where) - _MAX_ERRORS_SHOWN
        if more > 0:
            shown += f"; and {more} more"
        message = (
            f"The response of {op.operation_id} (status {response.status_code}) does "
            f"not fit its schema: {shown}"
        )
        if self._strict_responses:
            raise ResponseValidationError(
                message, operation=op.operation_id, errors=where, response=response
            )
        attach_errors(value, errors)
        sdk_log.warning("%s", message)

    def _parser(
        self, op: Operation, cast_to: Any, unwrap: str | None
    ) -> Callable[[httpx.Response], Any]:
        """How to turn ``op``'s response into ``cast_to``."""
        if cast_to is bytes:
            return _response_content
        if cast_to is httpx.Response:
            return _response_itself
        if cast_to is str:

            def parse_text(response: httpx.Response) -> Any:
                media_type = op.response_content_type
                if media_type is None:  # not declared: go by what came
                    media_type = response.headers.get("content-type")
                if is_json_media(media_type):
                    return self._parse(op, response, str, unwrap)  # a JSON string
                return response.text

            return parse_text
        return lambda response: self._parse(op, response, cast_to, unwrap)

    def _result(
        self, response: httpx.Response, parser: Callable[[httpx.Response], Any]
    ) -> Any:
        if self._raw:
            return APIResponse(response, parser)
        return parser(response)

    def _page_parser(
        self, op: Operation, item_type: Any
    ) -> Callable[[httpx.Response], Page[Any]]:
        def parse(response: httpx.Response) -> Page[Any]:
            from .models import parse_page

            try:
                page = parse_page(item_type, response)
            except ValueError:
                raise APIResponseValidationError(
                    f"Expected a JSON listing from {response.request.method} "
                    f"{response.request.url} (status {response.status_code}), got "
                    f"{_describe_body(response)}",
                    response=response,
                ) from None
            if page.validation_errors:  # items carry theirs already (parse_page)
                self._check_response(op, response, None, page.validation_errors, None)
            return page

        return parse

    # -- retries and deprecation -------------------------------------------------

    def _retry_status(self, attempt: int, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying this response, or None to give up."""
        method = response.request.method
        if attempt >= self._max_retries or not should_retry_status(
            method, response.status_code
        ):
            return None
        delay = retry_delay(attempt, response.headers)
        log.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after status %d",
            method,
            response.request.url,
            delay,
            attempt + 1,
            self._max_retries,
            response.status_code,
        )
        return delay

    def _retry_error(
        self, attempt: int, request: httpx.Request, exc: Exception
    ) -> float | None:
        if attempt >= self._max_retries or not should_retry_exception(
            request.method, exc
        ):
            return None
        delay = retry_delay(attempt)
        log.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method,
            request.url,
            delay,
            attempt + 1,
            self._max_retries,
            type(exc).__name__,
        )
        return delay

    def _start_attempt(self, limits: _Deadlines, out: _Outgoing) -> float | None:
        try:
            return limits.start_attempt(out.request)
        except httpx.TimeoutException as exc:
            out.hide()
            raise APITimeoutError(
                f"total_timeout of {self._total_timeout} s reached for "
                f"{out.request.method} {out.shown}",
                request_method=out.request.method,
                request_url=str(out.shown),
            ) from exc

    def _after_failure(
        self,
        attempt: int,
        out: _Outgoing,
        exc: Exception,
        started: float,
        limits: _Deadlines,
    ) -> float:
        """The wait before retrying a failed attempt; raises the SDK's error if none."""
        request = out.request
        log.info(
            "%s %s failed after %.3f s (attempt %d): %s",
            request.method,
            out.shown,
            time.monotonic() - started,
            attempt + 1,
            type(exc).__name__,
        )
        delay = (
            self._retry_error(attempt, request, exc)
            if isinstance(exc, httpx.RequestError)
            else None
        )
        if delay is None or not limits.allows_wait(delay):
            raise _connection_error(request, exc) from exc
        return delay

    @staticmethod
    def _log_response(
        out: _Outgoing, response: httpx.Response, attempt: int, started: float
    ) -> None:
        log.info(
            "%s %s -> %d in %.3f s (attempt %d)",
            out.request.method,
            out.shown,
            response.status_code,
            time.monotonic() - started,
            attempt + 1,
        )

    def _warn_deprecated(self, op: Operation) -> None:
        message = f"{op.display_name} is deprecated"
        if op.replacement:
            message += f"; use client.{op.replacement}() instead"
        # 1 this helper, 2 _request/_paginate, 3 the generated method, 4 the caller;
        # when streaming, 4 is the manager's __enter__ and 5 the caller's ``with``.
        stacklevel = 5 if self._streaming else 4
        warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


# What sending can raise besides a response: httpx's errors (a transport failure, a
# redirect loop, an event hook's raise_for_status), a URL it cannot parse, a stream
# misused by the caller's hooks. Each becomes an APIConnectionError.
_SEND_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError)


def _query_with(
    query: Mapping[str, Any] | None,
    types: Mapping[str, Any] | None,
    extra: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The query values with object-valued mappings checked against their models
    (unknown keys refused, snake_case keys renamed) and ``extra_query`` merged last."""
    values = dict(query or {})
    if types:
        for name, model in types.items():
            value = values.get(name)
            if isinstance(value, Mapping):
                from .models import check_keys

                values[name] = check_keys(model, value, name)
    if extra:
        values.update(extra)
    return values


def _env_proxies() -> bool:
    """Whether proxy variables are set (httpx then builds its transports itself)."""
    return bool(getproxies())


class _LazyTransport(httpx.BaseTransport):
    """httpx's default transport, created when the first request goes out, with each
    attempt's deadline on the socket (:class:`.transport.DeadlineTransport`).

    Creating it imports httpcore and loads the CA bundle into an SSL context, about a
    tenth of a second that a program constructing its client at start-up need not pay
    before it sends anything. Used only when no proxy variables are set, where it is
    the transport ``httpx.Client()`` would create, the same pool with the same limits.
    """

    def __init__(self) -> None:
        self._transport: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    def prepare(self) -> None:
        """Create the transport now, if it is not yet."""
        self._get()

    def _get(self) -> httpx.BaseTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                transport = self._transport
                if transport is None:
                    from .transport import DeadlineTransport

                    transport = self._transport = DeadlineTransport()
        return transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._get().handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class _LazyAsyncTransport(httpx.AsyncBaseTransport):
    """The async counterpart of :class:`_LazyTransport`."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None
        self._lock = threading.Lock()

    def prepare(self) -> None:
        """Create the transport now, if it is not yet."""
        self._get()

    def _get(self) -> httpx.AsyncHTTPTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                transport = self._transport
                if transport is None:
                    transport = self._transport = httpx.AsyncHTTPTransport()
        return transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._get().handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


def _make_sync_http(
    http_client: httpx.Client | None,
    transport: httpx.BaseTransport | None,
    timeout: TimeoutTypes,
) -> tuple[httpx.Client, bool, _LazyTransport | None]:
    """The client to send with, whether this SDK client owns it, and its own lazy
    transport if it has one (it bounds each attempt itself: see :mod:`.deadlines`)."""
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("Pass either http_client= or transport=, not both")
        return http_client, False, None
    lazy = None
    if transport is None and not _env_proxies():
        transport = lazy = _LazyTransport()
    return httpx.Client(transport=transport, timeout=timeout), True, lazy


class SyncClient(_BaseClient):
    """Base of a generated synchronous client."""

    _http: httpx.Client
    _sleep: Callable[[float], None]
    # httpx's default transport when this client made it (created on first use; it
    # bounds each attempt itself, headers included), else None
    _lazy: _LazyTransport | None

    def __init__(
        self,
        base_url: str | None = None,
        api_token: str | None = None,
        *,
        credentials: CredentialTypes | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        total_timeout: float | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._configure(
            base_url, api_token, credentials, timeout, max_retries, default_headers
        )
        self._strict_responses = strict_responses
        self._total_timeout = _checked_total_timeout(total_timeout)
        self._http, self._owns_http, self._lazy = _make_sync_http(
            http_client, transport, timeout
        )
        self._sleep = sleep if sleep is not None else time.sleep

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool, unless it was passed in or this is a copy."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _SyncC) -> _SyncC:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def with_options(
        self: _SyncC,
        *,
        api_token: str | NotGiven = NOT_GIVEN,
        credentials: CredentialTypes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        total_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> _SyncC:
        """A new client with some options changed, sharing this one's connection pool.

        ``credentials`` are added to (or replace, scheme by scheme) this client's.
        """
        return self._copy(
            api_token=api_token,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_responses=strict_responses,
            total_timeout=total_timeout,
            raw=self._raw,
            streaming=self._streaming,
        )

    copy = with_options

    @property
    def with_raw_response(self) -> Any:
        """The same client, but each call returns an :class:`APIResponse`."""
        return self._copy(raw=True)

    @property
    def with_streaming_response(self) -> Any:
        """The same resources, but each call returns a :class:`StreamedResponseManager`:
        ``with`` it to get a :class:`StreamedAPIResponse` whose body is read only as you
        consume it (``iter_bytes()``, ``write_to(path)``, ``parse()``...)."""
        from .streaming import StreamedResponseManager, _StreamingView

        return _StreamingView(self._copy(streaming=True), StreamedResponseManager)

    def _copy(
        self: _SyncC,
        *,
        api_token: str | NotGiven = NOT_GIVEN,
        credentials: CredentialTypes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        total_timeout: float | None | NotGiven = NOT_GIVEN,
        raw: bool = False,
        streaming: bool = False,
    ) -> _SyncC:
        new = object.__new__(type(self))
        new._copy_config_from(
            self,
            api_token=api_token,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_responses=strict_responses,
            total_timeout=total_timeout,
            raw=raw,
            streaming=streaming,
        )
        new._http = self._http
        new._sleep = self._sleep
        new._lazy = self._lazy
        return new

    # -- sending -------------------------------------------------------------------

    def _send(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        headers: Mapping[str, str],
        content: bytes | None,
        content_type: str | None,
        timeout: TimeoutTypes,
        auth: _AuthPlan = _NO_AUTH,
        stream: bool = False,
    ) -> httpx.Response:
        """Send with retries; a success's body is left unread when ``stream`` is set."""
        out = self._prepare(method, url, headers, content, content_type, timeout, auth)
        request = out.request
        if self._lazy is not None:
            self._lazy.prepare()  # the pool's set-up is not the server's time
        limits = _Deadlines(timeout, self._total_timeout)
        attempt = 0
        while True:
            if attempt:
                out.show()
            deadline = self._start_attempt(limits, out)
            log.debug("Sending %s %s (attempt %d)", method, out.shown, attempt + 1)
            started = time.monotonic()
            response: httpx.Response | None = None
            failure: Exception | None = None
            try:
                response = send_sync(
                    self._http, request, stream, deadline, self._lazy is not None
                )
            except _SEND_ERRORS as exc:
                failure = exc
            finally:
                out.hide_everywhere(response, failure)
            if failure is not None:
                delay = self._after_failure(attempt, out, failure, started, limits)
            else:
                assert response is not None
                self._log_response(out, response, attempt, started)
                if response.is_success:
                    return response
                wait = self._retry_status(attempt, response)
                if wait is None or not limits.allows_wait(wait):
                    raise make_status_error(response)
                delay = wait
                response.close()
            self._sleep(delay)
            attempt += 1

    @overload
    def _request(
        self,
        op: Operation,
        cast_to: None,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> None: ...

    @overload
    def _request(
        self,
        op: Operation,
        cast_to: type[_T],
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> _T: ...

    @overload
    def _request(
        self,
        op: Operation,
        cast_to: Any,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> Any: ...

    def _request(
        self,
        op: Operation,
        cast_to: Any,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        unwrap: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        body_type: Any = None,
        query_types: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call ``op`` and return its response parsed as ``cast_to``.

        ``cast_to`` is a type to parse the JSON body as, ``None`` (no body), ``bytes``
        (the body), ``str`` (the text) or ``httpx.Response`` (the response itself).
        When streaming, the result is the unread :class:`StreamedAPIResponse` instead.
        """
        if op.deprecated:
            self._warn_deprecated(op)
        auth = self._auth_for(op)
        content, content_type = self._encode_body(op, body, body_type, extra_body)
        response = self._send(
            op.http_method,
            self._url_text(
                op, path, query_pairs(_query_with(query, query_types, extra_query), op)
            ),
            headers=self._header_params(op, headers, cookies, extra_headers, auth),
            content=content,
            content_type=content_type,
            timeout=self._resolve_timeout(timeout),
            auth=auth,
            stream=self._streaming,
        )
        parser = self._parser(op, cast_to, unwrap)
        if self._streaming:
            from .streaming import StreamedAPIResponse

            return StreamedAPIResponse(response, parser)
        return self._result(response, parser)

    @overload
    def _paginate(
        self,
        op: Operation,
        item_type: type[_T],
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
    ) -> SyncPager[_T]: ...

    @overload
    def _paginate(
        self,
        op: Operation,
        item_type: Any,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
    ) -> SyncPager[Any]: ...

    def _paginate(
        self,
        op: Operation,
        item_type: Any,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        query_types: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SyncPager[Any]:
        """A lazy pager over every item of the listing ``op``.

        With ``with_raw_response`` this returns the first page's :class:`APIResponse`
        instead, and when streaming its unread :class:`StreamedAPIResponse`.
        """
        if op.deprecated:
            self._warn_deprecated(op)
        auth = self._auth_for(op)
        path = dict(path or {})
        query = _query_with(query, query_types, extra_query)
        header_params = self._header_params(op, headers, cookies, extra_headers, auth)
        resolved_timeout = self._resolve_timeout(timeout)
        parser = self._page_parser(op, item_type)

        def send(url: httpx.URL, stream: bool = False) -> httpx.Response:
            return self._send(
                op.http_method,
                url,
                headers=header_params,
                content=None,
                content_type=None,
                timeout=resolved_timeout,
                auth=auth,
                stream=stream,
            )

        def fetch(url: httpx.URL) -> Page[Any]:
            return parser(send(url))

        pairs = query_pairs(query, op)
        first_url = self._parsed_url(op, self._url_text(op, path, pairs))
        # Raw and streaming modes give the first page's response (typed loosely anyway).
        if self._raw:
            return cast("SyncPager[Any]", APIResponse(send(first_url), parser))
        if self._streaming:
            from .streaming import StreamedAPIResponse

            streamed = StreamedAPIResponse(send(first_url, stream=True), parser)
            return cast("SyncPager[Any]", streamed)
        return SyncPager(
            fetch,
            first_url=first_url,
            base_url=self._base_url,
            pagination=op.pagination,
            query=query,
            query_pairs=pairs,
            build_url=lambda q: self._build_url(op, path, q),
        )


async def _async_sleep(seconds: float) -> None:
    """anyio's sleep (asyncio or trio, whichever runs the call), imported when a retry
    first waits."""
    import anyio

    await anyio.sleep(seconds)


def _make_async_http(
    http_client: httpx.AsyncClient | None,
    transport: httpx.AsyncBaseTransport | None,
    timeout: TimeoutTypes,
) -> tuple[httpx.AsyncClient, bool, _LazyAsyncTransport | None]:
    if http_client is not None:
        if transport is not None:
            raise ConfigurationError("Pass either http_client= or transport=, not both")
        return http_client, False, None
    lazy = None
    if transport is None and not _env_proxies():
        transport = lazy = _LazyAsyncTransport()
    return httpx.AsyncClient(transport=transport, timeout=timeout), True, lazy


class AsyncClient(_BaseClient):
    """Base of a generated asynchronous client."""

    _http: httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]
    _lazy: _LazyAsyncTransport | None  # as on SyncClient

    def __init__(
        self,
        base_url: str | None = None,
        api_token: str | None = None,
        *,
        credentials: CredentialTypes | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        total_timeout: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._configure(
            base_url, api_token, credentials, timeout, max_retries, default_headers
        )
        self._strict_responses = strict_responses
        self._total_timeout = _checked_total_timeout(total_timeout)
        self._http, self._owns_http, self._lazy = _make_async_http(
            http_client, transport, timeout
        )
        self._sleep = sleep if sleep is not None else _async_sleep

    # -- lifecycle -----------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool, unless it was passed in or this is a copy."""
        if self._owns_http:
            await self._http.aclose()

    close = aclose

    async def __aenter__(self: _AsyncC) -> _AsyncC:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def with_options(
        self: _AsyncC,
        *,
        api_token: str | NotGiven = NOT_GIVEN,
        credentials: CredentialTypes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        total_timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> _AsyncC:
        """A new client with some options changed, sharing this one's connection pool.

        ``credentials`` are added to (or replace, scheme by scheme) this client's.
        """
        return self._copy(
            api_token=api_token,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_responses=strict_responses,
            total_timeout=total_timeout,
            raw=self._raw,
            streaming=self._streaming,
        )

    copy = with_options

    @property
    def with_raw_response(self) -> Any:
        """The same client, but each call returns an :class:`APIResponse`."""
        return self._copy(raw=True)

    @property
    def with_streaming_response(self) -> Any:
        """The same resources, but each call returns an
        :class:`AsyncStreamedResponseManager`: ``async with`` it to get an
        :class:`AsyncStreamedAPIResponse` whose body is read only as you consume it
        (``aiter_bytes()``, ``write_to(path)``, ``parse()``...)."""
        from .streaming import AsyncStreamedResponseManager, _StreamingView

        return _StreamingView(self._copy(streaming=True), AsyncStreamedResponseManager)

    def _copy(
        self: _AsyncC,
        *,
        api_token: str | NotGiven = NOT_GIVEN,
        credentials: CredentialTypes | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        strict_responses: bool | NotGiven = NOT_GIVEN,
        total_timeout: float | None | NotGiven = NOT_GIVEN,
        raw: bool = False,
        streaming: bool = False,
    ) -> _AsyncC:
        new = object.__new__(type(self))
        new._copy_config_from(
            self,
            api_token=api_token,
            credentials=credentials,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict_responses=strict_responses,
            total_timeout=total_timeout,
            raw=raw,
            streaming=streaming,
        )
        new._http = self._http
        new._sleep = self._sleep
        new._lazy = self._lazy
        return new

    # -- sending -------------------------------------------------------------------

    async def _send(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        headers: Mapping[str, str],
        content: bytes | None,
        content_type: str | None,
        timeout: TimeoutTypes,
        auth: _AuthPlan = _NO_AUTH,
        stream: bool = False,
    ) -> httpx.Response:
        """Send with retries; a success's body is left unread when ``stream`` is set."""
        out = self._prepare(method, url, headers, content, content_type, timeout, auth)
        request = out.request
        if self._lazy is not None:
            self._lazy.prepare()  # the pool's set-up is not the server's time
        limits = _Deadlines(timeout, self._total_timeout)
        attempt = 0
        while True:
            if attempt:
                out.show()
            deadline = self._start_attempt(limits, out)
            log.debug("Sending %s %s (attempt %d)", method, out.shown, attempt + 1)
            started = time.monotonic()
            response: httpx.Response | None = None
            failure: Exception | None = None
            try:
                response = await send_async(self._http, request, stream, deadline)
            except _SEND_ERRORS as exc:
                failure = exc
            finally:
                out.hide_everywhere(response, failure)
            if failure is not None:
                delay = self._after_failure(attempt, out, failure, started, limits)
            else:
                assert response is not None
                self._log_response(out, response, attempt, started)
                if response.is_success:
                    return response
                wait = self._retry_status(attempt, response)
                if wait is None or not limits.allows_wait(wait):
                    raise make_status_error(response)
                delay = wait
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    @overload
    async def _request(
        self,
        op: Operation,
        cast_to: None,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> None: ...

    @overload
    async def _request(
        self,
        op: Operation,
        cast_to: type[_T],
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> _T: ...

    @overload
    async def _request(
        self,
        op: Operation,
        cast_to: Any,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        body: Any = ...,
        unwrap: str | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        body_type: Any = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
    ) -> Any: ...

    async def _request(
        self,
        op: Operation,
        cast_to: Any,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        unwrap: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        body_type: Any = None,
        query_types: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call ``op`` and return its response parsed as ``cast_to``.

        ``cast_to`` is a type to parse the JSON body as, ``None`` (no body), ``bytes``
        (the body), ``str`` (the text) or ``httpx.Response`` (the response itself).
        When streaming, the result is the unread :class:`AsyncStreamedAPIResponse` instead.
        """
        if op.deprecated:
            self._warn_deprecated(op)
        auth = self._auth_for(op)
        content, content_type = self._encode_body(op, body, body_type, extra_body)
        response = await self._send(
            op.http_method,
            self._url_text(
                op, path, query_pairs(_query_with(query, query_types, extra_query), op)
            ),
            headers=self._header_params(op, headers, cookies, extra_headers, auth),
            content=content,
            content_type=content_type,
            timeout=self._resolve_timeout(timeout),
            auth=auth,
            stream=self._streaming,
        )
        parser = self._parser(op, cast_to, unwrap)
        if self._streaming:
            from .streaming import AsyncStreamedAPIResponse

            return AsyncStreamedAPIResponse(response, parser)
        return self._result(response, parser)

    @overload
    def _paginate(
        self,
        op: Operation,
        item_type: type[_T],
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
    ) -> AsyncPager[_T]: ...

    @overload
    def _paginate(
        self,
        op: Operation,
        item_type: Any,
        *,
        path: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        cookies: Mapping[str, Any] | None = ...,
        timeout: TimeoutTypes | NotGiven = ...,
        query_types: Mapping[str, Any] | None = ...,
        extra_headers: Mapping[str, str] | None = ...,
        extra_query: Mapping[str, Any] | None = ...,
    ) -> AsyncPager[Any]: ...

    def _paginate(
        self,
        op: Operation,
        item_type: Any,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        query_types: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Any]:
        """A lazy async pager over every item of the listing ``op``.

        With ``with_raw_response`` this returns an awaitable of the first page's
        :class:`APIResponse` instead, and when streaming one of its unread
        :class:`AsyncStreamedAPIResponse`.
        """
        if op.deprecated:
            self._warn_deprecated(op)
        auth = self._auth_for(op)
        path = dict(path or {})
        query = _query_with(query, query_types, extra_query)
        header_params = self._header_params(op, headers, cookies, extra_headers, auth)
        resolved_timeout = self._resolve_timeout(timeout)
        parser = self._page_parser(op, item_type)

        async def send(url: httpx.URL, stream: bool = False) -> httpx.Response:
            return await self._send(
                op.http_method,
                url,
                headers=header_params,
                content=None,
                content_type=None,
                timeout=resolved_timeout,
                auth=auth,
                stream=stream,
            )

        async def fetch(url: httpx.URL) -> Page[Any]:
            return parser(await send(url))

        pairs = query_pairs(query, op)
        first_url = self._parsed_url(op, self._url_text(op, path, pairs))
        if self._raw:

            async def raw_first_page() -> APIResponse[Page[Any]]:
                return APIResponse(await send(first_url), parser)

            # Raw mode: an awaitable of the first page's APIResponse.
            return cast("AsyncPager[Any]", raw_first_page())
        if self._streaming:

            async def streamed_first_page() -> AsyncStreamedAPIResponse[Page[Any]]:
                from .streaming import AsyncStreamedAPIResponse

                response = await send(first_url, stream=True)
                return AsyncStreamedAPIResponse(response, parser)

            # Streaming mode: an awaitable of the first page's unread response.
            return cast("AsyncPager[Any]", streamed_first_page())
        return AsyncPager(
            fetch,
            first_url=first_url,
            base_url=self._base_url,
            pagination=op.pagination,
            query=query,
            query_pairs=pairs,
            build_url=lambda q: self._build_url(op, path, q),
        )
