"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseChangedNotificationAction(OpenEnum):
    """The action that was performed:
    - `created`: A new EVSE was created
    - `updated`: An existing EVSE or its connectors were modified
    - `deleted`: An EVSE was deleted
    """

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
