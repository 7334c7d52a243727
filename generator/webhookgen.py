"""Files of the generated webhook support (``<package>/webhooks``): filled in by the webhooks work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render import Renderer


def webhook_files(renderer: Renderer) -> dict[str, str]:
    """Relative path -> text of the webhook module's generated files."""
    return {}
