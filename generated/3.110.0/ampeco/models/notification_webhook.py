"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class NotificationWebhook(SDKModel):
    """Webhook configuration. Only present and required in case via = webhook"""

    callback_url: str = Field(
        validation_alias="callbackUrl", serialization_alias="callbackUrl"
    )
