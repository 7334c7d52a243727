"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .authorization_deprecated_roaming import AuthorizationDeprecatedRoaming
from .authorization_source import AuthorizationSource
from .authorization_status import AuthorizationStatus

if TYPE_CHECKING:
    from ..params import (
        AuthorizationMethodLiteral,
        AuthorizationSourceLiteral,
        AuthorizationStatusLiteral,
    )


class AuthorizationMethod(OpenEnum):
    """The method used to authorize the charging session.
    - `user_device` - Authorization via mobile app or web portal
    - `id_tag` - Authorization via physical RFID card
    - `admin` - Manual authorization by admin user
    - `plug_and_charge` - Authorization via Plug & Charge protocol
    - `roaming` - Authorization via roaming platform (OCPI/Hubject)
    - `payment_terminal` - Authorization via payment terminal
    - `plug_and_charge_iso15118` - Authorization via ISO15118 Plug & Charge protocol
    """

    USER_DEVICE = "user_device"
    ID_TAG = "id_tag"
    ADMIN = "admin"
    PLUG_AND_CHARGE = "plug_and_charge"
    ROAMING = "roaming"
    PAYMENT_TERMINAL = "payment_terminal"
    PLUG_AND_CHARGE_ISO15118 = "plug_and_charge_iso15118"


class Authorization(SDKModel):
    """Authorization"""

    id: int
    method: AuthorizationMethod
    """The method used to authorize the charging session.
    - `user_device` - Authorization via mobile app or web portal
    - `id_tag` - Authorization via physical RFID card
    - `admin` - Manual authorization by admin user
    - `plug_and_charge` - Authorization via Plug & Charge protocol
    - `roaming` - Authorization via roaming platform (OCPI/Hubject)
    - `payment_terminal` - Authorization via payment terminal
    - `plug_and_charge_iso15118` - Authorization via ISO15118 Plug & Charge protocol
    """
    source: AuthorizationSource
    """In case roaming is set, the method can only be user_device or id_tag"""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    status: AuthorizationStatus
    rejection_reason: str | None = Field(
        validation_alias="rejectionReason", serialization_alias="rejectionReason"
    )
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """The user that is authorized. For anonymous users this value is 0"""
    id_tag_uid: str | None = Field(
        default=None, validation_alias="idTagUid", serialization_alias="idTagUid"
    )
    """The UID of the Id Tag that created the authorization. It could be of an RFID card or MAC address."""
    roaming: AuthorizationDeprecatedRoaming | None = None
    """Roaming information for authorizations from external EMSPs.
    Present only when source is 'roaming'.

    Note: The platformRoleId field is conditionally included:
    - Always present for OCPI authorizations
    - May be absent for Hubject authorizations (only included when hubject_platform_role_id is set)
    """
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    session_ids: list[int] = Field(
        validation_alias="sessionIds", serialization_alias="sessionIds"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            method: AuthorizationMethod | AuthorizationMethodLiteral,
            source: AuthorizationSource | AuthorizationSourceLiteral,
            created_at: datetime,
            status: AuthorizationStatus | AuthorizationStatusLiteral,
            rejection_reason: str | None,
            user_id: int | None = ...,
            id_tag_uid: str | None = ...,
            roaming: AuthorizationDeprecatedRoaming | None = ...,
            charge_point_id: int,
            evse_id: int | None = ...,
            session_ids: list[int],
            last_updated_at: datetime | None = ...,
        ) -> None: ...
