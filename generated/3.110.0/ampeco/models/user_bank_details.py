"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class UserBankDetails(SDKModel):
    bank_iban: str | None = Field(
        default=None, validation_alias="bankIban", serialization_alias="bankIban"
    )
    """IBAN that is provided for the user."""
    bank_name: str | None = Field(
        default=None, validation_alias="bankName", serialization_alias="bankName"
    )
    """Name of the Bank for which the user has provided IBAN."""
    bank_address: str | None = Field(
        default=None, validation_alias="bankAddress", serialization_alias="bankAddress"
    )
    """Address of the user's Bank."""
    bank_code: str | None = Field(
        default=None, validation_alias="bankCode", serialization_alias="bankCode"
    )
    """Bank code assigned by a central bank, a bank supervisory body or a Bankers Association in the country."""
    bank_account_number: str | None = Field(
        default=None,
        validation_alias="bankAccountNumber",
        serialization_alias="bankAccountNumber",
    )
    """Bank account ID provided by the user."""
    bank_account_type: str | None = Field(
        default=None,
        validation_alias="bankAccountType",
        serialization_alias="bankAccountType",
    )
    """Type of account the user has provided."""
