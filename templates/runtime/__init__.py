"""Hand-written runtime of the generated AMPECO SDK (copied verbatim as ``_runtime``).

Generated code imports from the submodules; this package re-exports the public names.
"""

from .client import AsyncClient, SyncClient
from .errors import (
    AmpecoError,
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
    UnprocessableEntityError,
    UnsafeRedirectError,
)
from .models import AmpecoModel, OpenEnum, OpenIntEnum, is_unknown_member
from .operation import Operation, Param
from .pagination import AsyncPager, Page, PageLinks, PageMeta, SyncPager
from .response import APIResponse
from .types import NOT_GIVEN, NotGiven

__all__ = [
    "SyncClient",
    "AsyncClient",
    "AmpecoError",
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
    "AmpecoModel",
    "OpenEnum",
    "OpenIntEnum",
    "is_unknown_member",
    "Operation",
    "Param",
    "Page",
    "PageLinks",
    "PageMeta",
    "SyncPager",
    "AsyncPager",
    "APIResponse",
    "NOT_GIVEN",
    "NotGiven",
]
