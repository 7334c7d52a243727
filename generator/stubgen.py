"""Files of the generated mock server (``<package>/stub``): filled in by the stubs work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render import Renderer


def stub_files(renderer: Renderer) -> dict[str, str]:
    """Relative path -> text of the stub server's generated files."""
    return {}
