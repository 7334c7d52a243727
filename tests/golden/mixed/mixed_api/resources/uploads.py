"""Operations of ``client.uploads`` (uploads)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.streaming import (
    to_async_raw,
    to_async_raw_listing,
    to_async_streamed,
    to_async_streamed_listing,
    to_raw,
    to_raw_listing,
    to_streamed,
    to_streamed_listing,
)
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.file_upload_request import FileUploadRequest
    from ..models.file_upload_response import FileUploadResponse
    from ..models.form_submit_request import FormSubmitRequest
    from ..params import FileUploadRequestParam, FormSubmitRequestParam

__all__ = [
    "AsyncUploadsResource",
    "AsyncUploadsResourceWithRawResponse",
    "AsyncUploadsResourceWithStreamingResponse",
    "UploadsResource",
    "UploadsResourceWithRawResponse",
    "UploadsResourceWithStreamingResponse",
]


class UploadsResource:
    """Synchronous operations of uploads."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def blob_get(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """blobGet

        Args:
            name: the name path parameter

        ``GET /blobs/{name}`` (operationId ``blobGet``)
        """
        return self._client._request(
            OPERATIONS["blobGet"],
            bytes,
            path={"name": name},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def blob_put(
        self,
        name: str,
        *,
        body: bytes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """blobPut

        Args:
            name: the name path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /blobs/{name}`` (operationId ``blobPut``)
        """
        return self._client._request(
            OPERATIONS["blobPut"],
            None,
            path={"name": name},
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def file_upload(
        self,
        *,
        body: FileUploadRequest | FileUploadRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileUploadResponse:
        """fileUpload

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /uploads`` (operationId ``fileUpload``)
        """
        from ..models.file_upload_request import FileUploadRequest
        from ..models.file_upload_response import FileUploadResponse

        return self._client._request(
            OPERATIONS["fileUpload"],
            FileUploadResponse,
            body=body,
            timeout=timeout,
            body_type=FileUploadRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def form_submit(
        self,
        *,
        body: FormSubmitRequest | FormSubmitRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """formSubmit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /forms`` (operationId ``formSubmit``)
        """
        from ..models.form_submit_request import FormSubmitRequest

        return self._client._request(
            OPERATIONS["formSubmit"],
            None,
            body=body,
            timeout=timeout,
            body_type=FormSubmitRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncUploadsResource:
    """Asynchronous operations of uploads."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def blob_get(
        self,
        name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """blobGet

        Args:
            name: the name path parameter

        ``GET /blobs/{name}`` (operationId ``blobGet``)
        """
        return await self._client._request(
            OPERATIONS["blobGet"],
            bytes,
            path={"name": name},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def blob_put(
        self,
        name: str,
        *,
        body: bytes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """blobPut

        Args:
            name: the name path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /blobs/{name}`` (operationId ``blobPut``)
        """
        return await self._client._request(
            OPERATIONS["blobPut"],
            None,
            path={"name": name},
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def file_upload(
        self,
        *,
        body: FileUploadRequest | FileUploadRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FileUploadResponse:
        """fileUpload

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /uploads`` (operationId ``fileUpload``)
        """
        from ..models.file_upload_request import FileUploadRequest
        from ..models.file_upload_response import FileUploadResponse

        return await self._client._request(
            OPERATIONS["fileUpload"],
            FileUploadResponse,
            body=body,
            timeout=timeout,
            body_type=FileUploadRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def form_submit(
        self,
        *,
        body: FormSubmitRequest | FormSubmitRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """formSubmit

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /forms`` (operationId ``formSubmit``)
        """
        from ..models.form_submit_request import FormSubmitRequest

        return await self._client._request(
            OPERATIONS["formSubmit"],
            None,
            body=body,
            timeout=timeout,
            body_type=FormSubmitRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class UploadsResourceWithRawResponse:
    """``client.with_raw_response.uploads`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: UploadsResource) -> None:
        self.blob_get = to_raw(resource.blob_get)
        self.blob_put = to_raw(resource.blob_put)
        self.file_upload = to_raw(resource.file_upload)
        self.form_submit = to_raw(resource.form_submit)


class AsyncUploadsResourceWithRawResponse:
    """``client.with_raw_response.uploads`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.blob_get = to_async_raw(resource.blob_get)
        self.blob_put = to_async_raw(resource.blob_put)
        self.file_upload = to_async_raw(resource.file_upload)
        self.form_submit = to_async_raw(resource.form_submit)


class UploadsResourceWithStreamingResponse:
    """``client.with_streaming_response.uploads`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: UploadsResource) -> None:
        self.blob_get = to_streamed(resource.blob_get)
        self.blob_put = to_streamed(resource.blob_put)
        self.file_upload = to_streamed(resource.file_upload)
        self.form_submit = to_streamed(resource.form_submit)


class AsyncUploadsResourceWithStreamingResponse:
    """``client.with_streaming_response.uploads`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncUploadsResource) -> None:
        self.blob_get = to_async_streamed(resource.blob_get)
        self.blob_put = to_async_streamed(resource.blob_put)
        self.file_upload = to_async_streamed(resource.file_upload)
        self.form_submit = to_async_streamed(resource.form_submit)
