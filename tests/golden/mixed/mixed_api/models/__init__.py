"""Every model and enum of the Mixed API 2.0.0.

Names are imported on first use, so ``import mixed_api.models`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cat import Cat as Cat
    from .cat import CatLives as CatLives
    from .cat import CatPetType as CatPetType
    from .dog import Dog as Dog
    from .dog import DogPetType as DogPetType
    from .error import Error as Error
    from .file_upload_request import FileUploadRequest as FileUploadRequest
    from .file_upload_response import FileUploadResponse as FileUploadResponse
    from .form_submit_request import FormSubmitRequest as FormSubmitRequest
    from .node import Node as Node
    from .node import NodeKind as NodeKind
    from .node import Shape as Shape

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "CatLives": "cat",
    "CatPetType": "cat",
    "Dog": "dog",
    "DogPetType": "dog",
    "Error": "error",
    "FileUploadRequest": "file_upload_request",
    "FileUploadResponse": "file_upload_response",
    "FormSubmitRequest": "form_submit_request",
    "Node": "node",
    "NodeKind": "node",
    "Shape": "node",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
