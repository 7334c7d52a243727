"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerOptions(SDKModel):
    create_users: bool | None = Field(
        default=False, validation_alias="createUsers", serialization_alias="createUsers"
    )
    add_user_balance: bool | None = Field(
        default=False,
        validation_alias="addUserBalance",
        serialization_alias="addUserBalance",
    )
    """When set to false the API tokens related to this partner would not receive the users' balance in the response."""
    supplier_on_receipts: bool | None = Field(
        default=False,
        validation_alias="supplierOnReceipts",
        serialization_alias="supplierOnReceipts",
    )
    allow_to_control_tariffs: bool | None = Field(
        default=False,
        validation_alias="allowToControlTariffs",
        serialization_alias="allowToControlTariffs",
    )
    """Allows the Partner to update the tariff pricing."""
    allow_to_control_tariff_groups: bool | None = Field(
        default=False,
        validation_alias="allowToControlTariffGroups",
        serialization_alias="allowToControlTariffGroups",
    )
    """In addition to `allowToControlTariffs`, the Partner would also be able to manage Tariff Groups - attach and remove Tariffs, change Tariffs order in the Tariff Group."""
