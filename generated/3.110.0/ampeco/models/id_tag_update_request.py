"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .id_tag_create_result_type import IdTagCreateResultType
from .id_tag_vehicle_type import IdTagVehicleType
from .rfid_tag_status import RfidTagStatus

if TYPE_CHECKING:
    from ..params import (
        IdTagCreateResultTypeLiteral,
        IdTagVehicleTypeLiteral,
        RfidTagStatusLiteral,
    )


class IdTagUpdateRequest(SDKModel):
    id_tag_uid: str | None = Field(
        default=None, validation_alias="idTagUid", serialization_alias="idTagUid"
    )
    """Token used for authorization"""
    id_label: str | None = Field(
        default=None, validation_alias="idLabel", serialization_alias="idLabel"
    )
    """Visual or other label that could be associated with the ID Tag"""
    expire_at: datetime | None = Field(
        default=None, validation_alias="expireAt", serialization_alias="expireAt"
    )
    status: RfidTagStatus | None = None
    """The status of the ID tag. Use it to disable or suspend a tag
    * `enabled` The tag is enabled and is accepted as authentication method
    * `disabled` The tag is disabled by the admin user and is not acceptable as authorization method
    * `suspended` The tag is suspended by the owner of the tag and is not acceptable as authorization method
    """
    type: IdTagCreateResultType | None = None
    vehicle_type: IdTagVehicleType | None = Field(
        default=None, validation_alias="vehicleType", serialization_alias="vehicleType"
    )
    payment_method_id: str | None = Field(
        default=None,
        validation_alias="paymentMethodId",
        serialization_alias="paymentMethodId",
    )
    """The payment method that will be associated with the ID Tag.
    * For **credit/debit cards** the `paymentMethodId` should be provided
    * For **Corporate billing** - `corporate:{id}`
    * For **Auto selection** - use `\"auto\"` (recommended) or `null` (deprecated)
    * The \"last used\" concept has been replaced with \"auto\" selection which cycles through available payment methods.
    """
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Associate the ID tag with a user account. If the user is not presented, the tag will not be authorized! It makes sense to prepare the tags in advance, in case there is another process/entity is going to later assign them!"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """The administrator accounts of the selected Partner will be able to edit and delete the specified ID tag"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id_tag_uid: str | None = ...,
            id_label: str | None = ...,
            expire_at: datetime | None = ...,
            status: RfidTagStatus | RfidTagStatusLiteral | None = ...,
            type: IdTagCreateResultType | IdTagCreateResultTypeLiteral | None = ...,
            vehicle_type: IdTagVehicleType | IdTagVehicleTypeLiteral | None = ...,
            payment_method_id: str | None = ...,
            user_id: int | None = ...,
            external_id: str | None = ...,
            partner_id: int | None = ...,
        ) -> None: ...
