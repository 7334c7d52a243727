"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .rfid_tag_status import RfidTagStatus

if TYPE_CHECKING:
    from ..params import RfidTagStatusLiteral


class RfidTagCreateDeprecatedRequest(SDKModel):
    rfid_tag_uid: str = Field(
        validation_alias="rfidTagUid", serialization_alias="rfidTagUid"
    )
    """Token used for authorization"""
    rfid_label: str | None = Field(
        default=None, validation_alias="rfidLabel", serialization_alias="rfidLabel"
    )
    """Visual label on the card"""
    expire_at: date | None = Field(
        default=None, validation_alias="expireAt", serialization_alias="expireAt"
    )
    status: RfidTagStatus
    """The status of the RFID tag. Use it to disable or suspend a tag
    * `enabled` The tag is enabled and is accepted as authentication method
    * `disabled` The tag is disabled by the admin user and is not acceptable as authorization method
    * `suspended` The tag is suspended by the owner of the tag and is not acceptable as authorization method
    """
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Associate the RFID tag with a user account. If the user is not presented, the tag will not be authorized! It makes sense to prepare the tags in advance, in case there is another process/entity is going to later assign them!"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            rfid_tag_uid: str,
            rfid_label: str | None = ...,
            expire_at: date | None = ...,
            status: RfidTagStatus | RfidTagStatusLiteral,
            user_id: int | None = ...,
        ) -> None: ...
