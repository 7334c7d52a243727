"""Versions: of this SDK distribution and of the API it was generated from."""

__version__ = "3.110.0"
__api_version__ = "3.110.0"
