"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class FileUploadResponse(SDKModel):
    size: int | None = None
