"""Operations of ``client.certificates`` (action / certificate)."""

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
    from ..models.certificate_issue_an_emaid_request import (
        CertificateIssueAnEmaidRequest,
    )
    from ..params import CertificateIssueAnEmaidRequestParam

__all__ = [
    "AsyncCertificatesResource",
    "AsyncCertificatesResourceWithRawResponse",
    "AsyncCertificatesResourceWithStreamingResponse",
    "CertificatesResource",
    "CertificatesResourceWithRawResponse",
    "CertificatesResourceWithStreamingResponse",
]


class CertificatesResource:
    """Synchronous operations of action / certificate."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def issue_an_emaid(
        self,
        provisioning_certificate: int,
        *,
        body: CertificateIssueAnEmaidRequest | CertificateIssueAnEmaidRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Issue an EMAID

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid`` (operationId ``certificateIssueAnEmaid``)
        """
        from ..models.certificate_issue_an_emaid_request import (
            CertificateIssueAnEmaidRequest,
        )

        return self._client._request(
            OPERATIONS["certificateIssueAnEmaid"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            timeout=timeout,
            body_type=CertificateIssueAnEmaidRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def reissue_an_emaid(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCertificatesResource:
    """Asynchronous operations of action / certificate."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def issue_an_emaid(
        self,
        provisioning_certificate: int,
        *,
        body: CertificateIssueAnEmaidRequest | CertificateIssueAnEmaidRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Certificate / Issue an EMAID

        Args:
            provisioning_certificate: the provisioningCertificate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/provisioning-certificate/v1.0/{provisioningCertificate}/issue-emaid`` (operationId ``certificateIssueAnEmaid``)
        """
        from ..models.certificate_issue_an_emaid_request import (
            CertificateIssueAnEmaidRequest,
        )

        return await self._client._request(
            OPERATIONS["certificateIssueAnEmaid"],
            None,
            path={"provisioningCertificate": provisioning_certificate},
            body=body,
            timeout=timeout,
            body_type=CertificateIssueAnEmaidRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def reissue_an_emaid(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CertificatesResourceWithRawResponse:
    """``client.with_raw_response.certificates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CertificatesResource) -> None:
        self.issue_an_emaid = to_raw(resource.issue_an_emaid)
        self.reissue_an_emaid = to_raw(resource.reissue_an_emaid)


class AsyncCertificatesResourceWithRawResponse:
    """``client.with_raw_response.certificates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCertificatesResource) -> None:
        self.issue_an_emaid = to_async_raw(resource.issue_an_emaid)
        self.reissue_an_emaid = to_async_raw(resource.reissue_an_emaid)


class CertificatesResourceWithStreamingResponse:
    """``client.with_streaming_response.certificates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CertificatesResource) -> None:
        self.issue_an_emaid = to_streamed(resource.issue_an_emaid)
        self.reissue_an_emaid = to_streamed(resource.reissue_an_emaid)


class AsyncCertificatesResourceWithStreamingResponse:
    """``client.with_streaming_response.certificates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCertificatesResource) -> None:
        self.issue_an_emaid = to_async_streamed(resource.issue_an_emaid)
        self.reissue_an_emaid = to_async_streamed(resource.reissue_an_emaid)
