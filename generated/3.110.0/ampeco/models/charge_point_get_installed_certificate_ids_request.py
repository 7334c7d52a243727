"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        ChargePointGetInstalledCertificateIdsRequestCertificateTypeLiteral,
    )


class ChargePointGetInstalledCertificateIdsRequestCertificateType(OpenEnum):
    """Indicates the type of certificates requested. Default value to be empty - the system should interpret the Null/empty value that all certificate types are requested."""

    V2_G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    V2_G_CERTIFICATE_CHAIN = "V2GCertificateChain"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class ChargePointGetInstalledCertificateIdsRequest(SDKModel):
    certificate_type: (
        ChargePointGetInstalledCertificateIdsRequestCertificateType | None
    ) = Field(
        default=None,
        validation_alias="certificateType",
        serialization_alias="certificateType",
    )
    """Indicates the type of certificates requested. Default value to be empty - the system should interpret the Null/empty value that all certificate types are requested."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            certificate_type: (
                ChargePointGetInstalledCertificateIdsRequestCertificateType
                | ChargePointGetInstalledCertificateIdsRequestCertificateTypeLiteral
                | None
            ) = ...,
        ) -> None: ...
