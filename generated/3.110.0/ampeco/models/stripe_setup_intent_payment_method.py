"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class StripeSetupIntentPaymentMethod(SDKModel):
    publishable_key: str = Field(
        validation_alias="publishableKey", serialization_alias="publishableKey"
    )
    client_secret: str = Field(
        validation_alias="clientSecret", serialization_alias="clientSecret"
    )
    setup_intent_reference: str = Field(
        validation_alias="setupIntentReference",
        serialization_alias="setupIntentReference",
    )
