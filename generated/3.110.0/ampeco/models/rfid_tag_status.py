"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class RfidTagStatus(OpenEnum):
    """The status of the ID tag. Use it to disable or suspend a tag
    * `enabled` The tag is enabled and is accepted as authentication method
    * `disabled` The tag is disabled by the admin user and is not acceptable as authorization method
    * `suspended` The tag is suspended by the owner of the tag and is not acceptable as authorization method
    """

    ENABLED = "enabled"
    DISABLED = "disabled"
    SUSPENDED = "suspended"
