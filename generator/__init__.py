"""ampeco-codegen: turns AMPECO.CHARGE Public API OpenAPI documents into a typed Python SDK."""

__version__ = "0.1.0"
