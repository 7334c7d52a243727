"""The base of every exception this SDK raises, under the API's own name."""

from ._runtime.errors import SDKError

__all__ = ["MixedApiError"]

#: Catch this to catch every error of the SDK: HTTP statuses, configuration, webhooks.
MixedApiError = SDKError
