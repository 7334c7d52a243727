"""Errors the generator reports to its user: each one says where the problem is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


def json_pointer(parts: Sequence[object]) -> str:
    """Render path parts as an RFC 6901 JSON pointer ("" for the document root)."""
    out = []
    for part in parts:
        text = str(part).replace("~", "~0").replace("/", "~1")
        out.append("/" + text)
    return "".join(out) or "/"


class Problem(NamedTuple):
    """One located problem in an input document. (A named tuple, like the other records an
    up-to-date ``generate`` reads: it then never imports ``dataclasses``, and with it
    ``inspect``, ~9 ms of its ~60.)"""

    message: str
    file: str = ""
    pointer: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.pointer:
            where += f" at {self.pointer}"
        return f"{where}: {self.message}"


class GeneratorError(Exception):
    """A failure the CLI reports as a message and exit code, never as a traceback."""

    exit_code = 1

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems

    def __reduce__(self) -> tuple[type[GeneratorError], tuple[str, tuple[Problem, ...]]]:
        # whole across a process boundary (``parallel.in_child``): problems included
        return type(self), (self.message, self.problems)

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message]
        lines.extend(f"  - {p}" for p in self.problems)
        return "\n".join(lines)


class SpecError(GeneratorError):
    """The input document cannot be read or is not a valid OpenAPI 3 document."""


class UsageError(GeneratorError):
    """A bad command-line argument or option (exit code 2)."""

    exit_code = 2


class OutputError(GeneratorError):
    """The output location cannot be written safely."""
