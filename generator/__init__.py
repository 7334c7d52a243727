"""ampeco-codegen: turns AMPECO.CHARGE Public API OpenAPI documents into a typed Python SDK."""

__version__ = "0.1.0"

from . import native as _native

_native.choose()  # the compiled stages, or their sources where those are newer (see native.py)
