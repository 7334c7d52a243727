"""Python SDK for the AMPECO.CHARGE Public API 3.110.0, generated from its OpenAPI document.

    from ampeco import Ampeco

    client = Ampeco(base_url="https://cpo.example.com", api_token="...")
    for evse in client.evses.listing():
        print(evse.id, evse.status)

Names are imported on first use, so ``import ampeco`` is cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from . import models as models
    from . import resources as resources
    from . import stub as stub
    from . import webhooks as webhooks
    from ._client import Ampeco as Ampeco
    from ._client import AsyncAmpeco as AsyncAmpeco
    from ._exceptions import AmpecoError as AmpecoError
    from ._operations import OPERATIONS as OPERATIONS
    from ._runtime.errors import APIConnectionError as APIConnectionError
    from ._runtime.errors import APIError as APIError
    from ._runtime.errors import (
        APIResponseValidationError as APIResponseValidationError,
    )
    from ._runtime.errors import APIStatusError as APIStatusError
    from ._runtime.errors import APITimeoutError as APITimeoutError
    from ._runtime.errors import AuthenticationError as AuthenticationError
    from ._runtime.errors import BadRequestError as BadRequestError
    from ._runtime.errors import ConfigurationError as ConfigurationError
    from ._runtime.errors import ConflictError as ConflictError
    from ._runtime.errors import InternalServerError as InternalServerError
    from ._runtime.errors import NotFoundError as NotFoundError
    from ._runtime.errors import PermissionDeniedError as PermissionDeniedError
    from ._runtime.errors import RateLimitError as RateLimitError
    from ._runtime.errors import ResponseValidationError as ResponseValidationError
    from ._runtime.errors import UnknownKeyError as UnknownKeyError
    from ._runtime.errors import UnprocessableEntityError as UnprocessableEntityError
    from ._runtime.errors import UnsafeRedirectError as UnsafeRedirectError
    from ._runtime.operation import Operation as Operation
    from ._runtime.pagination import AsyncPager as AsyncPager
    from ._runtime.pagination import Page as Page
    from ._runtime.pagination import SyncPager as SyncPager
    from ._runtime.streaming import AsyncStreamedAPIResponse as AsyncStreamedAPIResponse
    from ._runtime.streaming import StreamedAPIResponse as StreamedAPIResponse
    from ._runtime.types import NOT_GIVEN as NOT_GIVEN
    from ._runtime.types import NotGiven as NotGiven

_LAZY: dict[str, str] = {
    "Ampeco": "._client",
    "AsyncAmpeco": "._client",
    "AmpecoError": "._exceptions",
    "OPERATIONS": "._operations",
    "APIConnectionError": "._runtime.errors",
    "APIError": "._runtime.errors",
    "APIResponseValidationError": "._runtime.errors",
    "APIStatusError": "._runtime.errors",
    "APITimeoutError": "._runtime.errors",
    "AuthenticationError": "._runtime.errors",
    "BadRequestError": "._runtime.errors",
    "ConfigurationError": "._runtime.errors",
    "ConflictError": "._runtime.errors",
    "InternalServerError": "._runtime.errors",
    "NotFoundError": "._runtime.errors",
    "PermissionDeniedError": "._runtime.errors",
    "RateLimitError": "._runtime.errors",
    "ResponseValidationError": "._runtime.errors",
    "UnknownKeyError": "._runtime.errors",
    "UnprocessableEntityError": "._runtime.errors",
    "UnsafeRedirectError": "._runtime.errors",
    "Operation": "._runtime.operation",
    "AsyncPager": "._runtime.pagination",
    "Page": "._runtime.pagination",
    "SyncPager": "._runtime.pagination",
    "StreamedAPIResponse": "._runtime.streaming",
    "AsyncStreamedAPIResponse": "._runtime.streaming",
    "NOT_GIVEN": "._runtime.types",
    "NotGiven": "._runtime.types",
}

# imported on first use too: ``ampeco.models.X`` works after ``import ampeco``
_SUBMODULES = ("models", "resources", "stub", "webhooks")

__all__ = ["__api_version__", "__version__", *sorted(_LAZY)]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, *_SUBMODULES]
