"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .installer_job_changed_notification_charge_point import (
    InstallerJobChangedNotificationChargePoint,
)
from .installer_jobs_list_status import InstallerJobsListStatus

if TYPE_CHECKING:
    from ..params import InstallerJobsListStatusLiteral


class InstallerJob(SDKModel):
    id: int
    """The ID of the installer job"""
    status: InstallerJobsListStatus
    """The status of the installer job"""
    installation_and_maintenance_company_id: int = Field(
        validation_alias="installationAndMaintenanceCompanyId",
        serialization_alias="installationAndMaintenanceCompanyId",
    )
    """The ID of the installation and maintenance company which the installer job is assigned to"""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """The ID of the location if such is assigned to the installer job"""
    installer_admin_id: int | None = Field(
        default=None,
        validation_alias="installerAdminId",
        serialization_alias="installerAdminId",
    )
    """The ID of the installer admin if such is assigned to the installer job"""
    pin: str | None = None
    """The PIN of the installer job, it is used to verify access rights to execute the Installer job"""
    description: str
    outcome_details: str | None = Field(
        default=None,
        validation_alias="outcomeDetails",
        serialization_alias="outcomeDetails",
    )
    """The outcome details of the installer job, provided to the `change-status` action when setting the status to \"completed\" or \"failed\x22"""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
    charge_points: list[InstallerJobChangedNotificationChargePoint] | None = Field(
        default=None,
        validation_alias="chargePoints",
        serialization_alias="chargePoints",
    )
    """List of charge points assigned to the installer job, only included when requested with include[]=chargePoints"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            status: InstallerJobsListStatus | InstallerJobsListStatusLiteral,
            installation_and_maintenance_company_id: int,
            location_id: int | None = ...,
            installer_admin_id: int | None = ...,
            pin: str | None = ...,
            description: str,
            outcome_details: str | None = ...,
            created_at: datetime,
            last_updated_at: datetime,
            charge_points: (
                list[InstallerJobChangedNotificationChargePoint] | None
            ) = ...,
        ) -> None: ...
