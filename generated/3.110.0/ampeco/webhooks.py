"""Notifications of the AMPECO.CHARGE Public API 3.110.0: verify, parse and dispatch them.

AMPECO POSTs each notification to your callback URL as a JSON object whose
``notification`` field names its type, signed in ``X-Signature`` (HMAC-SHA256 of the
raw body keyed with your API access token) and sent with ``X-Timestamp``,
``X-Tenant``, ``X-Webhook-Id`` and ``X-Webhook-Type`` headers.

- ``parse(body, headers, secret)`` verifies a request and returns a ``Notification``:
  ``.payload`` is the typed model (``UnknownNotification`` with the raw payload for a
  type this SDK does not know), beside ``.tenant``, ``.webhook_id``, ``.webhook_type``
  and ``.timestamp``;
- ``verify_signature(body, headers, secret)`` only checks the signature (and, within
  ``tolerance`` seconds, the timestamp);
- ``WebhookDispatcher`` calls the handler registered for each type;
- ``send_notification(url, payload, secret)`` signs and POSTs a notification the way
  AMPECO does, to test a receiver end to end.

Receiving notifications with any WSGI server (in ASGI: read the body, then the same)::

    from ampeco.webhooks import WebhookDispatcher, WebhookError

    dispatcher = WebhookDispatcher(secret="<your API access token>")

    @dispatcher.on("session.start.stop.notification")
    def handle(notification):
        print(notification.tenant, notification.payload)

    def app(environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}
        try:
            dispatcher.dispatch(body, headers)
        except WebhookError as exc:  # bad signature, stale timestamp, not JSON
            start_response("400 Bad Request", [("Content-Type", "text/plain")])
            return [str(exc).encode()]
        start_response("202 Accepted", [])
        return []

Generated from the API's OpenAPI document: regenerate, do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, Union

from ._runtime.models import SDKModel
from ._runtime.webhooks_core import (
    DEFAULT_TOLERANCE,
    Notification,
    NotificationTypes,
    UnknownNotification,
    WebhookError,
    WebhookPayloadError,
    WebhookVerificationError,
    compute_signature,
    verify_signature,
)
from ._runtime.webhooks_core import WebhookDispatcher as _WebhookDispatcher
from ._runtime.webhooks_delivery import (
    asend_notification,
    format_timestamp,
    send_notification,
    sign_notification,
)
from .models.authorization_changed_notification import AuthorizationChangedNotification
from .models.authorization_notification import AuthorizationNotification
from .models.boot_notification import BootNotification
from .models.cdr_received_notification import CdrReceivedNotification
from .models.charge_point_changed_notification import ChargePointChangedNotification
from .models.charge_point_changed_notification_deprecated import (
    ChargePointChangedNotificationDeprecated,
)
from .models.charge_point_data_transfer_received_notification import (
    ChargePointDataTransferReceivedNotification,
)
from .models.charge_point_sync_configuration_notification import (
    ChargePointSyncConfigurationNotification,
)
from .models.charging_profile_applied_notification import (
    ChargingProfileAppliedNotification,
)
from .models.circuit_changed_notification import CircuitChangedNotification
from .models.circuit_consumption_notification import CircuitConsumptionNotification
from .models.diagnostics_status_notification import DiagnosticsStatusNotification
from .models.evse_changed_notification import EvseChangedNotification
from .models.hardware_status_notification import HardwareStatusNotification
from .models.id_tag_changed_notification import IdTagChangedNotification
from .models.installer_job_changed_notification import InstallerJobChangedNotification
from .models.location_changed_notification import LocationChangedNotification
from .models.network_status_notification import NetworkStatusNotification
from .models.parking_space_occupancy_status_changed_notification import (
    ParkingSpaceOccupancyStatusChangedNotification,
)
from .models.partner_changed_notification import PartnerChangedNotification
from .models.partner_changed_notification_deprecated import (
    PartnerChangedNotificationDeprecated,
)
from .models.partner_invite_changed_notification import PartnerInviteChangedNotification
from .models.reservation_changed_notification import ReservationChangedNotification
from .models.roaming_platform_changed_notification import (
    RoamingPlatformChangedNotification,
)
from .models.security_event_notification import SecurityEventNotification
from .models.session_meter_values_notification import SessionMeterValuesNotification
from .models.session_start_stop_notification import SessionStartStopNotification
from .models.session_start_stop_notification_deprecated import (
    SessionStartStopNotificationDeprecated,
)
from .models.session_update_notification import SessionUpdateNotification
from .models.settlement_report_created_notification import (
    SettlementReportCreatedNotification,
)
from .models.sub_operator_changed_notification import SubOperatorChangedNotification
from .models.tariff_changed_notification import TariffChangedNotification
from .models.transaction_changed_notification import TransactionChangedNotification
from .models.user_balance_changed_notification import UserBalanceChangedNotification
from .models.user_changed_notification import UserChangedNotification
from .models.user_invoice_details_changed_notification import (
    UserInvoiceDetailsChangedNotification,
)
from .models.user_payment_method_changed_notification import (
    UserPaymentMethodChangedNotification,
)
from .models.user_subscription_changed_notification import (
    UserSubscriptionChangedNotification,
)
from .models.user_subscription_changed_notification_deprecated import (
    UserSubscriptionChangedNotificationDeprecated,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "NOTIFICATION_TYPES",
    "Notification",
    "NotificationPayload",
    "UnknownNotification",
    "WebhookDispatcher",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "asend_notification",
    "compute_signature",
    "format_timestamp",
    "parse",
    "parse_payload",
    "send_notification",
    "sign_notification",
    "verify_signature",
]

NotificationPayload: TypeAlias = Union[
    AuthorizationChangedNotification,
    AuthorizationNotification,
    BootNotification,
    CdrReceivedNotification,
    ChargePointChangedNotification,
    ChargePointChangedNotificationDeprecated,
    ChargePointDataTransferReceivedNotification,
    ChargePointSyncConfigurationNotification,
    ChargingProfileAppliedNotification,
    CircuitChangedNotification,
    CircuitConsumptionNotification,
    DiagnosticsStatusNotification,
    EvseChangedNotification,
    HardwareStatusNotification,
    IdTagChangedNotification,
    InstallerJobChangedNotification,
    LocationChangedNotification,
    NetworkStatusNotification,
    ParkingSpaceOccupancyStatusChangedNotification,
    PartnerChangedNotification,
    PartnerChangedNotificationDeprecated,
    PartnerInviteChangedNotification,
    ReservationChangedNotification,
    RoamingPlatformChangedNotification,
    SecurityEventNotification,
    SessionMeterValuesNotification,
    SessionStartStopNotification,
    SessionStartStopNotificationDeprecated,
    SessionUpdateNotification,
    SettlementReportCreatedNotification,
    SubOperatorChangedNotification,
    TariffChangedNotification,
    TransactionChangedNotification,
    UserBalanceChangedNotification,
    UserChangedNotification,
    UserInvoiceDetailsChangedNotification,
    UserPaymentMethodChangedNotification,
    UserSubscriptionChangedNotification,
    UserSubscriptionChangedNotificationDeprecated,
    UnknownNotification,
]
"""A notification payload: one of the models below, or ``UnknownNotification``."""

NOTIFICATION_TYPES: dict[str, type[SDKModel]] = {
    "AuthorizationNotification": AuthorizationNotification,
    "BootNotification": BootNotification,
    "ChargePointChangedNotification": ChargePointChangedNotification,
    "ChargePointSyncConfigurationNotification": ChargePointSyncConfigurationNotification,
    "CircuitConsumptionNotification": CircuitConsumptionNotification,
    "DiagnosticsStatusNotification": DiagnosticsStatusNotification,
    "HardwareStatusNotification": HardwareStatusNotification,
    "LocationChangedNotification": LocationChangedNotification,
    "NetworkStatusNotification": NetworkStatusNotification,
    "PartnerChangedNotification": PartnerChangedNotification,
    "SecurityEventNotification": SecurityEventNotification,
    "SessionMeterValuesNotification": SessionMeterValuesNotification,
    "SessionStartStopNotification": SessionStartStopNotificationDeprecated,
    "SessionUpdateNotification": SessionUpdateNotification,
    "SubOperatorChangedNotification": SubOperatorChangedNotification,
    "TariffChangedNotification": TariffChangedNotification,
    "UserChangedNotification": UserChangedNotification,
    "authorization.changed": AuthorizationChangedNotification,
    "cdr.received": CdrReceivedNotification,
    "chargePoint.changed": ChargePointChangedNotificationDeprecated,
    "chargePoint.dataTransferReceived": ChargePointDataTransferReceivedNotification,
    "chargingProfile.applied": ChargingProfileAppliedNotification,
    "circuit.changed": CircuitChangedNotification,
    "evse.changed": EvseChangedNotification,
    "idTag.changed": IdTagChangedNotification,
    "installerJob.changed": InstallerJobChangedNotification,
    "parkingSpace.occupancyStatus.changed": ParkingSpaceOccupancyStatusChangedNotification,
    "partner.changed": PartnerChangedNotificationDeprecated,
    "partnerInvite.changed": PartnerInviteChangedNotification,
    "reservation.changed": ReservationChangedNotification,
    "roamingPlatform.changed": RoamingPlatformChangedNotification,
    "session.start.stop.notification": SessionStartStopNotification,
    "settlementReport.created": SettlementReportCreatedNotification,
    "transaction.changed": TransactionChangedNotification,
    "user.invoiceDetails.changed": UserInvoiceDetailsChangedNotification,
    "user.paymentMethod.changed": UserPaymentMethodChangedNotification,
    "user.subscription.changed": UserSubscriptionChangedNotification,
    "user.subscriptionChanged": UserSubscriptionChangedNotificationDeprecated,
    "userBalance.changed": UserBalanceChangedNotification,
}
"""Notification type (the payload's ``notification`` value) -> its payload model."""

_ALTERNATIVES: dict[str, tuple[type[SDKModel], ...]] = {}
"""Further models to try, in order, for a type whose payload differs between versions."""

_TYPES = NotificationTypes(NOTIFICATION_TYPES, _ALTERNATIVES)


def parse(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> Notification[NotificationPayload]:
    """Verify a notification request, then parse it.

    ``body`` is the raw request body, ``headers`` its headers (any mapping; names in any
    case) and ``secret`` the API access token AMPECO signs with. ``tolerance`` bounds
    the age of ``X-Timestamp`` in seconds (``None``: no freshness check); ``now`` is
    the clock (default ``time.time``). Raises ``WebhookVerificationError`` or
    ``WebhookPayloadError``.
    """
    return _TYPES.parse(body, headers, secret, tolerance=tolerance, now=now)


def parse_payload(
    data: Mapping[str, Any], *, webhook_type: str | None = None
) -> NotificationPayload:
    """A decoded payload as its model (or ``UnknownNotification``); no verification.

    The type is the payload's ``notification`` value, else ``webhook_type``.
    """
    payload: NotificationPayload = _TYPES.payload(data, webhook_type)
    return payload


class WebhookDispatcher(_WebhookDispatcher):
    """Verifies each request with ``secret`` and calls the handler for its type.

    Register handlers with ``@dispatcher.on("type.name")`` (or a payload model class)
    and ``@dispatcher.fallback``; then ``dispatcher.dispatch(body, headers)``.
    """

    def __init__(
        self,
        secret: str,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(secret, _TYPES, tolerance=tolerance, now=now)
