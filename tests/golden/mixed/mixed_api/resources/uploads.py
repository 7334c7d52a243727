"""Operations of ``client.uploads`` (uploads)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.file_upload_request import FileUploadRequest
    from ..models.file_upload_response import FileUploadResponse
    from ..models.form_submit_request import FormSubmitRequest

__all__ = ["AsyncUploadsResource", "UploadsResource"]


class UploadsResource:
    """Synchronous operations of uploads."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def blob_get(
        self, name: str, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> bytes:
        """blobGet

        Args:
            name: the name path parameter

        ``GET /blobs/{name}`` (operationId ``blobGet``)
        """
        return self._client._request(
            OPERATIONS["blobGet"], bytes, path={"name": name}, timeout=timeout
        )

    def blob_put(
        self,
        name: str,
        *,
        body: bytes,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """blobPut

        Args:
            name: the name path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /blobs/{name}`` (operationId ``blobPut``)
        """
        return self._client._request(
            OPERATIONS["blobPut"], None, path={"name": name}, body=body, timeout=timeout
        )

    def file_upload(
        self,
        *,
        body: FileUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileUploadResponse:
        """fileUpload

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /uploads`` (operationId ``fileUpload``)
        """
        from ..models.file_upload_response import FileUploadResponse

        return self._client._request(
            OPERATIONS["fileUpload"], FileUploadResponse, body=body, timeout=timeout
        )

    def form_submit(
        self,
        *,
        body: FormSubmitRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """formSubmit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /forms`` (operationId ``formSubmit``)
        """
        return self._client._request(
            OPERATIONS["formSubmit"], None, body=body, timeout=timeout
        )


class AsyncUploadsResource:
    """Asynchronous operations of uploads."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def blob_get(
        self, name: str, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> bytes:
        """blobGet

        Args:
            name: the name path parameter

        ``GET /blobs/{name}`` (operationId ``blobGet``)
        """
        return await self._client._request(
            OPERATIONS["blobGet"], bytes, path={"name": name}, timeout=timeout
        )

    async def blob_put(
        self,
        name: str,
        *,
        body: bytes,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """blobPut

        Args:
            name: the name path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /blobs/{name}`` (operationId ``blobPut``)
        """
        return await self._client._request(
            OPERATIONS["blobPut"], None, path={"name": name}, body=body, timeout=timeout
        )

    async def file_upload(
        self,
        *,
        body: FileUploadRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileUploadResponse:
        """fileUpload

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /uploads`` (operationId ``fileUpload``)
        """
        from ..models.file_upload_response import FileUploadResponse

        return await self._client._request(
            OPERATIONS["fileUpload"], FileUploadResponse, body=body, timeout=timeout
        )

    async def form_submit(
        self,
        *,
        body: FormSubmitRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """formSubmit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /forms`` (operationId ``formSubmit``)
        """
        return await self._client._request(
            OPERATIONS["formSubmit"], None, body=body, timeout=timeout
        )
