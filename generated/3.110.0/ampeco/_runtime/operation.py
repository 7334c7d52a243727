"""Static description of one API operation, as emitted by the generator."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["Param", "Operation", "PARAM_LOCATIONS", "PAGINATION_KINDS"]

PARAM_LOCATIONS = frozenset({"path", "query", "header", "cookie"})
PAGINATION_KINDS = frozenset({"cursor", "page", "cursor+page"})


@dataclass(frozen=True, slots=True)
class Param:
    """One declared parameter: where it goes on the wire and how it is styled."""

    name: str
    location: str
    style: str = ""
    explode: bool | None = None
    required: bool = False

    @property
    def effective_style(self) -> str:
        """The OpenAPI style, with the default for the location filled in."""
        if self.style:
            return self.style
        return "form" if self.location in ("query", "cookie") else "simple"

    @property
    def effective_explode(self) -> bool:
        """OpenAPI's explode flag; it defaults to true only for the form style."""
        if self.explode is not None:
            return self.explode
        return self.effective_style == "form"


@dataclass(frozen=True)
class Operation:
    """Everything the runtime needs to call one operation of the spec."""

    operation_id: str
    http_method: str
    path: str
    resource: str
    method: str
    deprecated: bool
    summary: str
    params: tuple[Param, ...] = field(default=(), repr=False)
    pagination: str | None = field(default=None, repr=False)
    replacement: str | None = field(default=None, repr=False)
    success_statuses: tuple[int, ...] = field(default=(200,), repr=False)
    request_content_type: str | None = field(default=None, repr=False)

    @cached_property
    def _param_index(self) -> dict[tuple[str, str], Param]:
        return {(param.location, param.name): param for param in self.params}

    def param(self, location: str, name: str) -> Param | None:
        """The declared parameter with this wire name at this location, if any."""
        return self._param_index.get((location, name))

    @property
    def display_name(self) -> str:
        """``operationId (METHOD /path)``, the way messages refer to an operation."""
        return f"{self.operation_id} ({self.http_method} {self.path})"
