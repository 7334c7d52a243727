"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class CreateInstallerJobRequest(SDKModel):
    installation_and_maintenance_company_id: int = Field(
        validation_alias="installationAndMaintenanceCompanyId",
        serialization_alias="installationAndMaintenanceCompanyId",
    )
    """The ID of the installation and maintenance company which the installer job is assigned to"""
    installer_admin_id: int | None = Field(
        default=None,
        validation_alias="installerAdminId",
        serialization_alias="installerAdminId",
    )
    """The ID of the installer admin if such is assigned to the installer job, if passed pin will be ignored"""
    pin: str | None = None
    """The PIN of the installer job, it is used to verify access rights to execute the installer job, if passed and no installerAdminId is provided, the pin will be assigned to the installer job"""
    description: str
