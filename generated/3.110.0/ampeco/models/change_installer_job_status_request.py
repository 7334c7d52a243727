"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .installer_jobs_list_status import InstallerJobsListStatus


class ChangeInstallerJobStatusRequest(AmpecoModel):
    status: InstallerJobsListStatus
    """The status of the installer job"""
    outcome_details: str | None = Field(
        default=None,
        validation_alias="outcomeDetails",
        serialization_alias="outcomeDetails",
    )
    """The outcome details of the installer job, ignored if the status is not \"completed\" or \"failed\x22"""
