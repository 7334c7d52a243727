"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .authorization_source import AuthorizationSource
from .authorization_status import AuthorizationStatus

if TYPE_CHECKING:
    from ..params import (
        AuthorizationReadV21ResultMethodLiteral,
        AuthorizationSourceLiteral,
        AuthorizationStatusLiteral,
    )


class AuthorizationReadV21ResultMethod(OpenEnum):
    """The method used to authorize the charging session.
    - `user_device` - Authorization via mobile app or web portal
    - `id_tag` - Authorization via physical RFID card
    - `mac_address` - Authorization via vehicle MAC address (AutoCharge)
    - `admin` - Manual authorization by admin user
    - `plug_and_charge` - Authorization via Plug & Charge protocol
    - `roaming` - Authorization via roaming platform (OCPI/Hubject)
    - `payment_terminal` - Authorization via payment terminal
    - `plug_and_charge_iso15118` - Authorization via ISO15118 Plug & Charge protocol
    """

    USER_DEVICE = "user_device"
    ID_TAG = "id_tag"
    MAC_ADDRESS = "mac_address"
    ADMIN = "admin"
    PLUG_AND_CHARGE = "plug_and_charge"
    ROAMING = "roaming"
    PAYMENT_TERMINAL = "payment_terminal"
    PLUG_AND_CHARGE_ISO15118 = "plug_and_charge_iso15118"


class AuthorizationReadV21ResultRoaming(SDKModel):
    """Roaming information for authorizations from external EMSPs.
    Present only when source is 'roaming'.

    Note: The platformRoleId field is conditionally included:
    - Always present for OCPI authorizations
    - May be absent for Hubject authorizations (only included when hubject_platform_role_id is set)
    """

    platform_id: int = Field(
        validation_alias="platformId", serialization_alias="platformId"
    )
    """The roaming platform ID that gave the authorization"""
    platform_role_id: int | None = Field(
        default=None,
        validation_alias="platformRoleId",
        serialization_alias="platformRoleId",
    )
    """The ID of the roaming operator role (EMSP) that gave the authorization.

    Conditional presence:
    - OCPI: Always present
    - Hubject: Only present when hubject_platform_role_id is set in the authorization
    """
    platform_role: str = Field(
        validation_alias="platformRole", serialization_alias="platformRole"
    )
    """The role identifier"""
    reference: str
    """OCPI's authorization_reference, or Hubjects SessionID"""
    client: str
    """OCPI's contractId, or Hubjects EVCO ID"""


class AuthorizationReadV21Result(SDKModel):
    """Authorization"""

    id: int
    method: AuthorizationReadV21ResultMethod
    """The method used to authorize the charging session.
    - `user_device` - Authorization via mobile app or web portal
    - `id_tag` - Authorization via physical RFID card
    - `mac_address` - Authorization via vehicle MAC address (AutoCharge)
    - `admin` - Manual authorization by admin user
    - `plug_and_charge` - Authorization via Plug & Charge protocol
    - `roaming` - Authorization via roaming platform (OCPI/Hubject)
    - `payment_terminal` - Authorization via payment terminal
    - `plug_and_charge_iso15118` - Authorization via ISO15118 Plug & Charge protocol
    """
    source: AuthorizationSource
    """The origin of the authorization request.
    - `local` - Authorization initiated directly on this platform (via mobile app, RFID card, MAC address, admin, or payment terminal)
    - `roaming` - Authorization received from a roaming platform (OCPI/Hubject). When source is roaming, method can only be user_device or id_tag.
    """
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    status: AuthorizationStatus
    """The status of the authorization request.
    - `accepted` - Authorization was approved and the user can start charging
    - `rejected` - Authorization was denied and the user cannot charge
    - `pending` - Authorization is awaiting approval or validation
    """
    rejection_reason: str | None = Field(
        default=None,
        validation_alias="rejectionReason",
        serialization_alias="rejectionReason",
    )
    """The reason for rejecting the authorization. Only present when status is rejected."""
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    """The user that is authorized. For anonymous users this value is 0"""
    id_tag_uid: str = Field(validation_alias="idTagUid", serialization_alias="idTagUid")
    """The UID of the Id Tag that created the authorization. It could be of an RFID card or MAC address."""
    roaming: AuthorizationReadV21ResultRoaming | None = None
    """Roaming information for authorizations from external EMSPs.
    Present only when source is 'roaming'.

    Note: The platformRoleId field is conditionally included:
    - Always present for OCPI authorizations
    - May be absent for Hubject authorizations (only included when hubject_platform_role_id is set)
    """
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    session_ids: list[int] = Field(
        validation_alias="sessionIds", serialization_alias="sessionIds"
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            method: (
                AuthorizationReadV21ResultMethod
                | AuthorizationReadV21ResultMethodLiteral
            ),
            source: AuthorizationSource | AuthorizationSourceLiteral,
            created_at: datetime,
            status: AuthorizationStatus | AuthorizationStatusLiteral,
            rejection_reason: str | None = ...,
            user_id: int,
            id_tag_uid: str,
            roaming: AuthorizationReadV21ResultRoaming | None = ...,
            charge_point_id: int | None = ...,
            evse_id: int | None = ...,
            session_ids: list[int],
            last_updated_at: datetime,
        ) -> None: ...


AuthorizationReadV21Result.model_rebuild()
AuthorizationReadV21ResultRoaming.model_rebuild()
