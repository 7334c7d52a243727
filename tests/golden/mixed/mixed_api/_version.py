"""Versions: of this SDK distribution and of the API it was generated from."""

__version__ = "2.0.0"
__api_version__ = "2.0.0"
