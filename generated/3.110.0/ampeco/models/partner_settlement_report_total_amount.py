"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerSettlementReportTotalAmount(SDKModel):
    """Total settlement amount."""

    without_tax: float = Field(
        validation_alias="withoutTax", serialization_alias="withoutTax"
    )
