"""Hand-written runtime of a generated SDK (copied verbatim as ``_runtime``).

Generated code imports from the submodules; this package re-exports the public names,
each imported on first use so that importing one submodule (the client, say) does not
load the others (the models, and pydantic with them).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncClient, SyncClient
    from .errors import (
        SDKError,
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        UnprocessableEntityError,
        UnsafeRedirectError,
    )
    from .models import (
        SDKModel,
        OpenEnum,
        OpenIntEnum,
        PageLinks,
        PageMeta,
        is_unknown_member,
    )
    from .operation import Operation, Param, SecurityScheme
    from .pagination import AsyncPager, Page, SyncPager
    from .response import APIResponse
    from .streaming import AsyncStreamedAPIResponse, StreamedAPIResponse
    from .types import NOT_GIVEN, NotGiven

_MODULES: dict[str, tuple[str, ...]] = {
    "client": ("SyncClient", "AsyncClient"),
    "streaming": ("StreamedAPIResponse", "AsyncStreamedAPIResponse"),
    "errors": (
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
    ),
    "models": (
        "SDKModel",
        "OpenEnum",
        "OpenIntEnum",
        "is_unknown_member",
        "PageLinks",
        "PageMeta",
    ),
    "operation": ("Operation", "Param", "SecurityScheme"),
    "pagination": ("Page", "SyncPager", "AsyncPager"),
    "response": ("APIResponse",),
    "types": ("NOT_GIVEN", "NotGiven"),
}
_LAZY = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "SyncClient",
    "AsyncClient",
    "StreamedAPIResponse",
    "AsyncStreamedAPIResponse",
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
    "SDKModel",
    "OpenEnum",
    "OpenIntEnum",
    "is_unknown_member",
    "Operation",
    "Param",
    "SecurityScheme",
    "Page",
    "PageLinks",
    "PageMeta",
    "SyncPager",
    "AsyncPager",
    "APIResponse",
    "NOT_GIVEN",
    "NotGiven",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
