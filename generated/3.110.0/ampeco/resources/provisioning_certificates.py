"""Operations of ``client.provisioning_certificates`` (resource / provisioning certificate)."""

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
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.create_pc_id_request import CreatePcIdRequest
    from ..models.pc_id import PcId
    from ..models.update_pc_id_request import UpdatePcIdRequest
    from ..params import CreatePcIdRequestParam, UpdatePcIdRequestParam

__all__ = [
    "AsyncProvisioningCertificatesResource",
    "AsyncProvisioningCertificatesResourceWithRawResponse",
    "AsyncProvisioningCertificatesResourceWithStreamingResponse",
    "ProvisioningCertificatesResource",
    "ProvisioningCertificatesResourceWithRawResponse",
    "ProvisioningCertificatesResourceWithStreamingResponse",
]


class ProvisioningCertificatesResource:
    """Synchronous operations of resource / provisioning certificate."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_pc_id(
        self,
        *,
        body: CreatePcIdRequest | CreatePcIdRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Create

        Create Provisioning Certificate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/provisioning-certificates/v2.0`` (operationId ``createPcId``)
        """
        from ..models.create_pc_id_request import CreatePcIdRequest
        from ..models.pc_id import PcId

        return self._client._request(
            OPERATIONS["createPcId"],
            PcId,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreatePcIdRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_pc_id(
        self,
        provisioning_certificate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Provisioning Certificates / Delete

        Delete a provisioning certificate.

        Args:
            provisioning_certificate: the provisioningCertificate path parameter

        ``DELETE /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``deletePcId``)
        """
        return self._client._request(
            OPERATIONS["deletePcId"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_pc_id(
        self,
        provisioning_certificate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Read

        Get a Provisioning Certificate

        Args:
            provisioning_certificate: the provisioningCertificate path parameter

        ``GET /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``getPcId``)
        """
        from ..models.pc_id import PcId

        return self._client._request(
            OPERATIONS["getPcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_pc_ids(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PcId]:
        """Provisioning Certificate / Listing

        Get all Provisioning Certificates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/provisioning-certificates/v2.0`` (operationId ``listPcIds``)
        """
        from ..models.pc_id import PcId

        return self._client._paginate(
            OPERATIONS["listPcIds"],
            PcId,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_pc_id(
        self,
        provisioning_certificate: int,
        *,
        body: UpdatePcIdRequest | UpdatePcIdRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Update

        Update a Provisioning Certificate

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``updatePcId``)
        """
        from ..models.pc_id import PcId
        from ..models.update_pc_id_request import UpdatePcIdRequest

        return self._client._request(
            OPERATIONS["updatePcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdatePcIdRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncProvisioningCertificatesResource:
    """Asynchronous operations of resource / provisioning certificate."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_pc_id(
        self,
        *,
        body: CreatePcIdRequest | CreatePcIdRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Create

        Create Provisioning Certificate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/provisioning-certificates/v2.0`` (operationId ``createPcId``)
        """
        from ..models.create_pc_id_request import CreatePcIdRequest
        from ..models.pc_id import PcId

        return await self._client._request(
            OPERATIONS["createPcId"],
            PcId,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreatePcIdRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_pc_id(
        self,
        provisioning_certificate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Provisioning Certificates / Delete

        Delete a provisioning certificate.

        Args:
            provisioning_certificate: the provisioningCertificate path parameter

        ``DELETE /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``deletePcId``)
        """
        return await self._client._request(
            OPERATIONS["deletePcId"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_pc_id(
        self,
        provisioning_certificate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Read

        Get a Provisioning Certificate

        Args:
            provisioning_certificate: the provisioningCertificate path parameter

        ``GET /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``getPcId``)
        """
        from ..models.pc_id import PcId

        return await self._client._request(
            OPERATIONS["getPcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_pc_ids(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PcId]:
        """Provisioning Certificate / Listing

        Get all Provisioning Certificates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/provisioning-certificates/v2.0`` (operationId ``listPcIds``)
        """
        from ..models.pc_id import PcId

        return self._client._paginate(
            OPERATIONS["listPcIds"],
            PcId,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_pc_id(
        self,
        provisioning_certificate: int,
        *,
        body: UpdatePcIdRequest | UpdatePcIdRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Update

        Update a Provisioning Certificate

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/provisioning-certificates/v2.0/{provisioningCertificate}`` (operationId ``updatePcId``)
        """
        from ..models.pc_id import PcId
        from ..models.update_pc_id_request import UpdatePcIdRequest

        return await self._client._request(
            OPERATIONS["updatePcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdatePcIdRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ProvisioningCertificatesResourceWithRawResponse:
    """``client.with_raw_response.provisioning_certificates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ProvisioningCertificatesResource) -> None:
        self.create_pc_id = to_raw(resource.create_pc_id)
        self.delete_pc_id = to_raw(resource.delete_pc_id)
        self.get_pc_id = to_raw(resource.get_pc_id)
        self.list_pc_ids = to_raw_listing(resource.list_pc_ids)
        self.update_pc_id = to_raw(resource.update_pc_id)


class AsyncProvisioningCertificatesResourceWithRawResponse:
    """``client.with_raw_response.provisioning_certificates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncProvisioningCertificatesResource) -> None:
        self.create_pc_id = to_async_raw(resource.create_pc_id)
        self.delete_pc_id = to_async_raw(resource.delete_pc_id)
        self.get_pc_id = to_async_raw(resource.get_pc_id)
        self.list_pc_ids = to_async_raw_listing(resource.list_pc_ids)
        self.update_pc_id = to_async_raw(resource.update_pc_id)


class ProvisioningCertificatesResourceWithStreamingResponse:
    """``client.with_streaming_response.provisioning_certificates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ProvisioningCertificatesResource) -> None:
        self.create_pc_id = to_streamed(resource.create_pc_id)
        self.delete_pc_id = to_streamed(resource.delete_pc_id)
        self.get_pc_id = to_streamed(resource.get_pc_id)
        self.list_pc_ids = to_streamed_listing(resource.list_pc_ids)
        self.update_pc_id = to_streamed(resource.update_pc_id)


class AsyncProvisioningCertificatesResourceWithStreamingResponse:
    """``client.with_streaming_response.provisioning_certificates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncProvisioningCertificatesResource) -> None:
        self.create_pc_id = to_async_streamed(resource.create_pc_id)
        self.delete_pc_id = to_async_streamed(resource.delete_pc_id)
        self.get_pc_id = to_async_streamed(resource.get_pc_id)
        self.list_pc_ids = to_async_streamed_listing(resource.list_pc_ids)
        self.update_pc_id = to_async_streamed(resource.update_pc_id)
