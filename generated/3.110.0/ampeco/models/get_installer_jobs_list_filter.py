"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .installer_jobs_list_status import InstallerJobsListStatus

if TYPE_CHECKING:
    from ..params import InstallerJobsListStatusLiteral


class GetInstallerJobsListFilter(SDKModel):
    installation_and_maintenance_company_id: int | None = Field(
        default=None,
        validation_alias="installationAndMaintenanceCompanyId",
        serialization_alias="installationAndMaintenanceCompanyId",
    )
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    status: InstallerJobsListStatus | None = None
    """The status of the installer job"""
    installer_admin_id: int | None = Field(
        default=None,
        validation_alias="installerAdminId",
        serialization_alias="installerAdminId",
    )
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """Lists the installer jobs that have been created after the specified date and time, please provide the value as an ISO 8601 formatted date"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """Lists the installer jobs that have been created before the specified date and time, please provide the value as an ISO 8601 formatted date"""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """Lists the installer jobs that have been last updated after the specified date and time, please provide the value as an ISO 8601 formatted date"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """Lists the installer jobs that have been last updated before the specified date and time, please provide the value as an ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            installation_and_maintenance_company_id: int | None = ...,
            location_id: int | None = ...,
            charge_point_id: int | None = ...,
            status: (
                InstallerJobsListStatus | InstallerJobsListStatusLiteral | None
            ) = ...,
            installer_admin_id: int | None = ...,
            created_after: datetime | None = ...,
            created_before: datetime | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
