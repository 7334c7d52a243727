"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .id_tag_type import IdTagType
from .rfid_tag_status import RfidTagStatus

if TYPE_CHECKING:
    from ..params import IdTagTypeLiteral, RfidTagStatusLiteral


class IdTagsListingFilter(SDKModel):
    id_tag_uid: str | None = Field(
        default=None, validation_alias="idTagUid", serialization_alias="idTagUid"
    )
    """Only list Id tags with a certain UID"""
    id_label: str | None = Field(
        default=None, validation_alias="idLabel", serialization_alias="idLabel"
    )
    """Only list Id tags with a certain label"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list Id tags with a certain user id"""
    expire_at: datetime | None = Field(
        default=None, validation_alias="expireAt", serialization_alias="expireAt"
    )
    """Only list Id tags that have an expiration date grater or equal to the supplied date"""
    status: RfidTagStatus | None = None
    """Only list Id tags in this status"""
    type: IdTagType | None = None
    """Only list Id tags in this type"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list ID tags assigned to the specified Partner ID. Pass null to list ID tags without a Partner assigned."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the id tags that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the id tags that were last updated on and before this datetime"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id_tag_uid: str | None = ...,
            id_label: str | None = ...,
            user_id: str | None = ...,
            expire_at: datetime | None = ...,
            status: RfidTagStatus | RfidTagStatusLiteral | None = ...,
            type: IdTagType | IdTagTypeLiteral | None = ...,
            partner_id: str | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
