"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerSettlementReportPartnerSettlementRecordCreateRequest(SDKModel):
    date_: date = Field(validation_alias="date", serialization_alias="date")
    paid_amount: float = Field(
        validation_alias="paidAmount", serialization_alias="paidAmount"
    )
    note: str
