"""Operations of ``client.installer_jobs`` (resource / installer jobs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.assign_installer_job_charge_points_request import (
        AssignInstallerJobChargePointsRequest,
    )
    from ..models.change_installer_job_status_request import (
        ChangeInstallerJobStatusRequest,
    )
    from ..models.create_installer_job_request import CreateInstallerJobRequest
    from ..models.get_installer_job_include_item import GetInstallerJobIncludeItem
    from ..models.get_installer_jobs_list_filter import GetInstallerJobsListFilter
    from ..models.installer_job import InstallerJob
    from ..models.installer_jobs_list import InstallerJobsList
    from ..models.update_installer_job_request import UpdateInstallerJobRequest
    from ..params import (
        AssignInstallerJobChargePointsRequestParam,
        ChangeInstallerJobStatusRequestParam,
        CreateInstallerJobRequestParam,
        GetInstallerJobIncludeItemLiteral,
        GetInstallerJobsListFilterParam,
        UpdateInstallerJobRequestParam,
    )

__all__ = [
    "AsyncInstallerJobsResource",
    "AsyncInstallerJobsResourceWithRawResponse",
    "AsyncInstallerJobsResourceWithStreamingResponse",
    "InstallerJobsResource",
    "InstallerJobsResourceWithRawResponse",
    "InstallerJobsResourceWithStreamingResponse",
]


class InstallerJobsResource:
    """Synchronous operations of resource / installer jobs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def assign_installer_job_charge_points(
        self,
        installer_job: int,
        *,
        body: (
            AssignInstallerJobChargePointsRequest
            | AssignInstallerJobChargePointsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Assign Charge Points

        Assign charge points to an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points`` (operationId ``assignInstallerJobChargePoints``)
        """
        from ..models.assign_installer_job_charge_points_request import (
            AssignInstallerJobChargePointsRequest,
        )

        return self._client._request(
            OPERATIONS["assignInstallerJobChargePoints"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
            body_type=AssignInstallerJobChargePointsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def change_installer_job_status(
        self,
        installer_job: int,
        *,
        body: ChangeInstallerJobStatusRequest | ChangeInstallerJobStatusRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Change Status

        Change the status of an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/change-status`` (operationId ``changeInstallerJobStatus``)
        """
        from ..models.change_installer_job_status_request import (
            ChangeInstallerJobStatusRequest,
        )

        return self._client._request(
            OPERATIONS["changeInstallerJobStatus"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
            body_type=ChangeInstallerJobStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_installer_job(
        self,
        *,
        body: CreateInstallerJobRequest | CreateInstallerJobRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Create

        Create Installer Job

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/installer-jobs/v1.0`` (operationId ``createInstallerJob``)
        """
        from ..models.create_installer_job_request import CreateInstallerJobRequest
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._request(
            OPERATIONS["createInstallerJob"],
            InstallerJobsList,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateInstallerJobRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_installer_job(
        self,
        installer_job: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Installer Jobs / Delete

        Delete Installer Job

        Args:
            installer_job: the installerJob path parameter

        ``DELETE /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``deleteInstallerJob``)
        """
        return self._client._request(
            OPERATIONS["deleteInstallerJob"],
            None,
            path={"installerJob": installer_job},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_installer_job(
        self,
        installer_job: int,
        *,
        include: (
            Sequence[GetInstallerJobIncludeItem | GetInstallerJobIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJob:
        """Installer Jobs / Read

        Get Installer Job

        Args:
            installer_job: the installerJob path parameter

        ``GET /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``getInstallerJob``)
        """
        from ..models.installer_job import InstallerJob

        return self._client._request(
            OPERATIONS["getInstallerJob"],
            InstallerJob,
            path={"installerJob": installer_job},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_installer_jobs_list(
        self,
        *,
        filter: (
            GetInstallerJobsListFilter | GetInstallerJobsListFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[InstallerJobsList]:
        """InstallerJobs / Listing

        Get all Installer Jobs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/installer-jobs/v1.0`` (operationId ``getInstallerJobsList``)
        """
        from ..models.get_installer_jobs_list_filter import GetInstallerJobsListFilter
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._paginate(
            OPERATIONS["getInstallerJobsList"],
            InstallerJobsList,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": GetInstallerJobsListFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_installer_job(
        self,
        installer_job: int,
        *,
        body: UpdateInstallerJobRequest | UpdateInstallerJobRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Update

        Update Installer Job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``updateInstallerJob``)
        """
        from ..models.installer_jobs_list import InstallerJobsList
        from ..models.update_installer_job_request import UpdateInstallerJobRequest

        return self._client._request(
            OPERATIONS["updateInstallerJob"],
            InstallerJobsList,
            path={"installerJob": installer_job},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateInstallerJobRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncInstallerJobsResource:
    """Asynchronous operations of resource / installer jobs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def assign_installer_job_charge_points(
        self,
        installer_job: int,
        *,
        body: (
            AssignInstallerJobChargePointsRequest
            | AssignInstallerJobChargePointsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Assign Charge Points

        Assign charge points to an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points`` (operationId ``assignInstallerJobChargePoints``)
        """
        from ..models.assign_installer_job_charge_points_request import (
            AssignInstallerJobChargePointsRequest,
        )

        return await self._client._request(
            OPERATIONS["assignInstallerJobChargePoints"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
            body_type=AssignInstallerJobChargePointsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def change_installer_job_status(
        self,
        installer_job: int,
        *,
        body: ChangeInstallerJobStatusRequest | ChangeInstallerJobStatusRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Change Status

        Change the status of an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/change-status`` (operationId ``changeInstallerJobStatus``)
        """
        from ..models.change_installer_job_status_request import (
            ChangeInstallerJobStatusRequest,
        )

        return await self._client._request(
            OPERATIONS["changeInstallerJobStatus"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
            body_type=ChangeInstallerJobStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_installer_job(
        self,
        *,
        body: CreateInstallerJobRequest | CreateInstallerJobRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Create

        Create Installer Job

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/installer-jobs/v1.0`` (operationId ``createInstallerJob``)
        """
        from ..models.create_installer_job_request import CreateInstallerJobRequest
        from ..models.installer_jobs_list import InstallerJobsList

        return await self._client._request(
            OPERATIONS["createInstallerJob"],
            InstallerJobsList,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateInstallerJobRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_installer_job(
        self,
        installer_job: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Installer Jobs / Delete

        Delete Installer Job

        Args:
            installer_job: the installerJob path parameter

        ``DELETE /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``deleteInstallerJob``)
        """
        return await self._client._request(
            OPERATIONS["deleteInstallerJob"],
            None,
            path={"installerJob": installer_job},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_installer_job(
        self,
        installer_job: int,
        *,
        include: (
            Sequence[GetInstallerJobIncludeItem | GetInstallerJobIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJob:
        """Installer Jobs / Read

        Get Installer Job

        Args:
            installer_job: the installerJob path parameter

        ``GET /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``getInstallerJob``)
        """
        from ..models.installer_job import InstallerJob

        return await self._client._request(
            OPERATIONS["getInstallerJob"],
            InstallerJob,
            path={"installerJob": installer_job},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_installer_jobs_list(
        self,
        *,
        filter: (
            GetInstallerJobsListFilter | GetInstallerJobsListFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InstallerJobsList]:
        """InstallerJobs / Listing

        Get all Installer Jobs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/installer-jobs/v1.0`` (operationId ``getInstallerJobsList``)
        """
        from ..models.get_installer_jobs_list_filter import GetInstallerJobsListFilter
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._paginate(
            OPERATIONS["getInstallerJobsList"],
            InstallerJobsList,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": GetInstallerJobsListFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_installer_job(
        self,
        installer_job: int,
        *,
        body: UpdateInstallerJobRequest | UpdateInstallerJobRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Update

        Update Installer Job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/installer-jobs/v1.0/{installerJob}`` (operationId ``updateInstallerJob``)
        """
        from ..models.installer_jobs_list import InstallerJobsList
        from ..models.update_installer_job_request import UpdateInstallerJobRequest

        return await self._client._request(
            OPERATIONS["updateInstallerJob"],
            InstallerJobsList,
            path={"installerJob": installer_job},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateInstallerJobRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class InstallerJobsResourceWithRawResponse:
    """``client.with_raw_response.installer_jobs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: InstallerJobsResource) -> None:
        self.assign_installer_job_charge_points = to_raw(
            resource.assign_installer_job_charge_points
        )
        self.change_installer_job_status = to_raw(resource.change_installer_job_status)
        self.create_installer_job = to_raw(resource.create_installer_job)
        self.delete_installer_job = to_raw(resource.delete_installer_job)
        self.get_installer_job = to_raw(resource.get_installer_job)
        self.get_installer_jobs_list = to_raw_listing(resource.get_installer_jobs_list)
        self.update_installer_job = to_raw(resource.update_installer_job)


class AsyncInstallerJobsResourceWithRawResponse:
    """``client.with_raw_response.installer_jobs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncInstallerJobsResource) -> None:
        self.assign_installer_job_charge_points = to_async_raw(
            resource.assign_installer_job_charge_points
        )
        self.change_installer_job_status = to_async_raw(
            resource.change_installer_job_status
        )
        self.create_installer_job = to_async_raw(resource.create_installer_job)
        self.delete_installer_job = to_async_raw(resource.delete_installer_job)
        self.get_installer_job = to_async_raw(resource.get_installer_job)
        self.get_installer_jobs_list = to_async_raw_listing(
            resource.get_installer_jobs_list
        )
        self.update_installer_job = to_async_raw(resource.update_installer_job)


class InstallerJobsResourceWithStreamingResponse:
    """``client.with_streaming_response.installer_jobs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: InstallerJobsResource) -> None:
        self.assign_installer_job_charge_points = to_streamed(
            resource.assign_installer_job_charge_points
        )
        self.change_installer_job_status = to_streamed(
            resource.change_installer_job_status
        )
        self.create_installer_job = to_streamed(resource.create_installer_job)
        self.delete_installer_job = to_streamed(resource.delete_installer_job)
        self.get_installer_job = to_streamed(resource.get_installer_job)
        self.get_installer_jobs_list = to_streamed_listing(
            resource.get_installer_jobs_list
        )
        self.update_installer_job = to_streamed(resource.update_installer_job)


class AsyncInstallerJobsResourceWithStreamingResponse:
    """``client.with_streaming_response.installer_jobs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncInstallerJobsResource) -> None:
        self.assign_installer_job_charge_points = to_async_streamed(
            resource.assign_installer_job_charge_points
        )
        self.change_installer_job_status = to_async_streamed(
            resource.change_installer_job_status
        )
        self.create_installer_job = to_async_streamed(resource.create_installer_job)
        self.delete_installer_job = to_async_streamed(resource.delete_installer_job)
        self.get_installer_job = to_async_streamed(resource.get_installer_job)
        self.get_installer_jobs_list = to_async_streamed_listing(
            resource.get_installer_jobs_list
        )
        self.update_installer_job = to_async_streamed(resource.update_installer_job)
