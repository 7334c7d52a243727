"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointInstallCertificateRequestCertificateTypeLiteral


class ChargePointInstallCertificateRequestCertificateType(OpenEnum):
    """Indicates the type of certificate that is to be installed on the CP."""

    V2_G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class ChargePointInstallCertificateRequest(SDKModel):
    certificate_type: ChargePointInstallCertificateRequestCertificateType = Field(
        validation_alias="certificateType", serialization_alias="certificateType"
    )
    """Indicates the type of certificate that is to be installed on the CP."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            certificate_type: (
                ChargePointInstallCertificateRequestCertificateType
                | ChargePointInstallCertificateRequestCertificateTypeLiteral
            ),
        ) -> None: ...
