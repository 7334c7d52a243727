"""Operations of ``client.provisioning_certificates`` (resource / provisioning certificate)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.create_pc_id_request import CreatePcIdRequest
    from ..models.pc_id import PcId
    from ..models.update_pc_id_request import UpdatePcIdRequest

__all__ = ["AsyncProvisioningCertificatesResource", "ProvisioningCertificatesResource"]


class ProvisioningCertificatesResource:
    """Synchronous operations of resource / provisioning certificate."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_pc_id(
        self,
        *,
        body: CreatePcIdRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Create

        Create Provisioning Certificate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/provisioning-certificates/v2.0`` (operationId ``createPcId``)
        """
        from ..models.pc_id import PcId

        return self._client._request(
            OPERATIONS["createPcId"], PcId, body=body, unwrap="data", timeout=timeout
        )

    def delete_pc_id(
        self,
        provisioning_certificate: int,
        *,
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
        )

    def get_pc_id(
        self,
        provisioning_certificate: int,
        *,
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
        )

    def list_pc_ids(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def update_pc_id(
        self,
        provisioning_certificate: int,
        *,
        body: UpdatePcIdRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["updatePcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncProvisioningCertificatesResource:
    """Asynchronous operations of resource / provisioning certificate."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_pc_id(
        self,
        *,
        body: CreatePcIdRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PcId:
        """Provisioning Certificate / Create

        Create Provisioning Certificate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/provisioning-certificates/v2.0`` (operationId ``createPcId``)
        """
        from ..models.pc_id import PcId

        return await self._client._request(
            OPERATIONS["createPcId"], PcId, body=body, unwrap="data", timeout=timeout
        )

    async def delete_pc_id(
        self,
        provisioning_certificate: int,
        *,
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
        )

    async def get_pc_id(
        self,
        provisioning_certificate: int,
        *,
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
        )

    def list_pc_ids(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def update_pc_id(
        self,
        provisioning_certificate: int,
        *,
        body: UpdatePcIdRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["updatePcId"],
            PcId,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
