"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class AuthorizationSource(OpenEnum):
    """In case roaming is set, the method can only be user_device or id_tag"""

    LOCAL = "local"
    ROAMING = "roaming"
