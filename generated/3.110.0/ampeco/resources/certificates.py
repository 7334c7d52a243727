"""Operations of ``client.certificates`` (action / certificate)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.certificate_issue_an_emaid_request import (
        CertificateIssueAnEmaidRequest,
    )

__all__ = ["AsyncCertificatesResource", "CertificatesResource"]


class CertificatesResource:
    """Synchronous operations of action / certificate."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def issue_an_emaid(
        self,
        provisioning_certificate: int,
        *,
        body: CertificateIssueAnEmaidRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Issue an EMAID

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid`` (operationId ``certificateIssueAnEmaid``)
        """
        return self._client._request(
            OPERATIONS["certificateIssueAnEmaid"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            timeout=timeout,
        )

    def reissue_an_emaid(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Reissue an EMAID

        Args:
            id_tag: the idTag path parameter

        ``POST /public-api/actions/id-tag/v1.0/{idTag}/reissue-emaid`` (operationId ``certificateReissueAnEmaid``)
        """
        return self._client._request(
            OPERATIONS["certificateReissueAnEmaid"],
            None,
            path={"idTag": id_tag},
            timeout=timeout,
        )


class AsyncCertificatesResource:
    """Asynchronous operations of action / certificate."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def issue_an_emaid(
        self,
        provisioning_certificate: int,
        *,
        body: CertificateIssueAnEmaidRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Issue an EMAID

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid`` (operationId ``certificateIssueAnEmaid``)
        """
        return await self._client._request(
            OPERATIONS["certificateIssueAnEmaid"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            timeout=timeout,
        )

    async def reissue_an_emaid(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Reissue an EMAID

        Args:
            id_tag: the idTag path parameter

        ``POST /public-api/actions/id-tag/v1.0/{idTag}/reissue-emaid`` (operationId ``certificateReissueAnEmaid``)
        """
        return await self._client._request(
            OPERATIONS["certificateReissueAnEmaid"],
            None,
            path={"idTag": id_tag},
            timeout=timeout,
        )
