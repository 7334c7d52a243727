"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem


class LocationChargingZoneAdditionalInfo(SDKModel):
    """Additional information for the charging zone that is shown in the mobile app when the Location is viewed."""

    enabled: bool | None = None
    title: list[PaymentTerminalOption12InfoItem] | None = None
    description: list[PaymentTerminalOption12InfoItem] | None = None
