"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ConsentCollection(OpenEnum):
    """Defines how consent is collected:
    - **explicit**: Requires user explicit confirmation
    - **automatic**: Assumes consent upon use
    """

    EXPLICIT = "explicit"
    AUTOMATIC = "automatic"
