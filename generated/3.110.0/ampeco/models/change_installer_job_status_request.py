"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .installer_jobs_list_status import InstallerJobsListStatus

if TYPE_CHECKING:
    from ..params import InstallerJobsListStatusLiteral


class ChangeInstallerJobStatusRequest(SDKModel):
    status: InstallerJobsListStatus
    """The status of the installer job"""
    outcome_details: str | None = Field(
        default=None,
        validation_alias="outcomeDetails",
        serialization_alias="outcomeDetails",
    )
    """The outcome details of the installer job, ignored if the status is not \"completed\" or \"failed\x22"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: InstallerJobsListStatus | InstallerJobsListStatusLiteral,
            outcome_details: str | None = ...,
        ) -> None: ...
