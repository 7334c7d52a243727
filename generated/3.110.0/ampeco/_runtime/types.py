"""Small shared types: the ``NOT_GIVEN`` sentinel and common aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, Union

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "TimeoutTypes", "CredentialTypes"]


class NotGiven:
    """Marks an argument the caller left out, as distinct from an explicit ``None``.

    ``NOT_GIVEN`` is falsy and the only instance anyone needs.
    """

    __slots__ = ()
    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: What ``timeout=`` accepts: seconds, a full ``httpx.Timeout``, or ``None`` for no limit.
TimeoutTypes = Union[float, httpx.Timeout, None]

#: What ``credentials=`` accepts, keyed by security scheme name: a token or API key, or
#: a ``(username, password)`` pair for HTTP basic authentication.
CredentialTypes = Mapping[str, Union[str, tuple[str, str]]]
