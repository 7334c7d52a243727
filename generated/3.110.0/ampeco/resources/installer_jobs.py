"""Operations of ``client.installer_jobs`` (resource / installer jobs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncInstallerJobsResource", "InstallerJobsResource"]


class InstallerJobsResource:
    """Synchronous operations of resource / installer jobs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def assign_installer_job_charge_points(
        self,
        installer_job: int,
        *,
        body: AssignInstallerJobChargePointsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Assign Charge Points

        Assign charge points to an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points`` (operationId ``assignInstallerJobChargePoints``)
        """
        return self._client._request(
            OPERATIONS["assignInstallerJobChargePoints"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
        )

    def change_installer_job_status(
        self,
        installer_job: int,
        *,
        body: ChangeInstallerJobStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Change Status

        Change the status of an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/change-status`` (operationId ``changeInstallerJobStatus``)
        """
        return self._client._request(
            OPERATIONS["changeInstallerJobStatus"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
        )

    def create_installer_job(
        self,
        *,
        body: CreateInstallerJobRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Create

        Create Installer Job

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/installer-jobs/v1.0`` (operationId ``createInstallerJob``)
        """
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._request(
            OPERATIONS["createInstallerJob"],
            InstallerJobsList,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_installer_job(
        self,
        installer_job: int,
        *,
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
        )

    def get_installer_job(
        self,
        installer_job: int,
        *,
        include: Sequence[GetInstallerJobIncludeItem | str] | None = None,
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
        )

    def get_installer_jobs_list(
        self,
        *,
        filter: GetInstallerJobsListFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[InstallerJobsList]:
        """InstallerJobs / Listing

        Get all Installer Jobs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/installer-jobs/v1.0`` (operationId ``getInstallerJobsList``)
        """
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._paginate(
            OPERATIONS["getInstallerJobsList"],
            InstallerJobsList,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def update_installer_job(
        self,
        installer_job: int,
        *,
        body: UpdateInstallerJobRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["updateInstallerJob"],
            InstallerJobsList,
            path={"installerJob": installer_job},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncInstallerJobsResource:
    """Asynchronous operations of resource / installer jobs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def assign_installer_job_charge_points(
        self,
        installer_job: int,
        *,
        body: AssignInstallerJobChargePointsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Assign Charge Points

        Assign charge points to an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/assign-charge-points`` (operationId ``assignInstallerJobChargePoints``)
        """
        return await self._client._request(
            OPERATIONS["assignInstallerJobChargePoints"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
        )

    async def change_installer_job_status(
        self,
        installer_job: int,
        *,
        body: ChangeInstallerJobStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Actions / Change Status

        Change the status of an installer job

        Args:
            installer_job: the installerJob path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/installer-job/v1.0/{installerJob}/change-status`` (operationId ``changeInstallerJobStatus``)
        """
        return await self._client._request(
            OPERATIONS["changeInstallerJobStatus"],
            None,
            path={"installerJob": installer_job},
            body=body,
            timeout=timeout,
        )

    async def create_installer_job(
        self,
        *,
        body: CreateInstallerJobRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InstallerJobsList:
        """Installer Jobs / Create

        Create Installer Job

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/installer-jobs/v1.0`` (operationId ``createInstallerJob``)
        """
        from ..models.installer_jobs_list import InstallerJobsList

        return await self._client._request(
            OPERATIONS["createInstallerJob"],
            InstallerJobsList,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_installer_job(
        self,
        installer_job: int,
        *,
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
        )

    async def get_installer_job(
        self,
        installer_job: int,
        *,
        include: Sequence[GetInstallerJobIncludeItem | str] | None = None,
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
        )

    def get_installer_jobs_list(
        self,
        *,
        filter: GetInstallerJobsListFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[InstallerJobsList]:
        """InstallerJobs / Listing

        Get all Installer Jobs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/installer-jobs/v1.0`` (operationId ``getInstallerJobsList``)
        """
        from ..models.installer_jobs_list import InstallerJobsList

        return self._client._paginate(
            OPERATIONS["getInstallerJobsList"],
            InstallerJobsList,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def update_installer_job(
        self,
        installer_job: int,
        *,
        body: UpdateInstallerJobRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["updateInstallerJob"],
            InstallerJobsList,
            path={"installerJob": installer_job},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
