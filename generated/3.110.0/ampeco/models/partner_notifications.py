"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerNotificationsBilling(SDKModel):
    settlement_reports: bool | None = Field(
        default=False,
        validation_alias="settlementReports",
        serialization_alias="settlementReports",
    )


class PartnerNotificationsTechnical(SDKModel):
    charge_point_faults: bool | None = Field(
        default=False,
        validation_alias="chargePointFaults",
        serialization_alias="chargePointFaults",
    )


class PartnerNotifications(SDKModel):
    technical: PartnerNotificationsTechnical | None = None
    billing: PartnerNotificationsBilling | None = None


PartnerNotifications.model_rebuild()
PartnerNotificationsBilling.model_rebuild()
PartnerNotificationsTechnical.model_rebuild()
