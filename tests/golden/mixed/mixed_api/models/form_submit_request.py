"""Models generated from Mixed API 2.0.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class FormSubmitRequest(SDKModel):
    name: str | None = None
    count: int | None = None
    agree: bool | None = None
