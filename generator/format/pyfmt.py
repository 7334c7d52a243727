"""Spec text as Python source: string literals, values, docstrings.

Everything that turns spec text into source goes through here, so that no text can end
a string or a docstring early. Layout is not done here: emitters write one logical line
per statement and ``format.tree`` formats the whole tree in one pass (ruff, black's
style). Literals are spelled as black spells them (quotes, escapes, numbers) and a
docstring's lines are left as black leaves them, since no formatter rewrites those.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

LINE_LENGTH = 88
_BREAKING = {"\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _unsafe(ch: str) -> bool:
    """Characters that must not appear raw inside a generated string literal."""
    if ch in _BREAKING or ch in "\r\t":
        return True
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") or (category == "Cf" and ch not in "\u200d")


def py_str(text: str) -> str:
    """A string literal as black writes it: double quotes unless that needs more escapes."""
    use_single = '"' in text and "'" not in text
    quote = "'" if use_single else '"'
    if text.isascii() and text.isprintable() and "\\" not in text and quote not in text:
        return quote + text + quote  # the common case: nothing to escape
    out = [quote]
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif _unsafe(ch):
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def py_value(value: Any) -> str:
    """A literal for a JSON-like value, in black's spelling."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        text = repr(value)
        if "e" in text:
            mantissa, exponent = text.split("e")
            text = f"{mantissa}e{int(exponent)}"
        return text
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(str(k))}: {py_value(v)}" for k, v in value.items()) + "}"
    return py_str(str(value))


def _doc_line(line: str) -> str:
    if line.isascii() and line.isprintable() and "\\" not in line:
        return line  # the common case: nothing to escape
    out = []
    for ch in line:
        if ch == "\\":
            out.append("\\\\")
        elif _unsafe(ch) and ch != "\t":
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)


def clean_text(text: str) -> list[str]:
    """Lines of a description as a docstring shows them: tabs expanded, trailing
    whitespace dropped, common indentation removed, blank edges trimmed."""
    lines = [line.expandtabs(8).rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return []
    lines[0] = lines[0].lstrip()
    rest = [line for line in lines[1:] if line.strip()]
    margin = min((len(line) - len(line.lstrip(" ")) for line in rest), default=0)
    return [lines[0]] + [line[margin:] for line in lines[1:]]


def inline(text: str) -> str:
    """Text for the middle of a docstring line: one line, quotes and backslashes escaped."""
    flat_text = " ".join(str(text).split())
    return _doc_line(flat_text).replace('"', '\\"')


def docstring(text: str, indent: int) -> str:
    """A docstring block (without a trailing newline) that black leaves unchanged.

    Quotes are escaped so no text can end the string, backslashes are doubled, control
    and line-breaking characters are escaped; the text reads back through
    ``inspect.cleandoc`` as ``clean_text`` gave it.

    Most descriptions are one line of printable ASCII with no quote and no backslash,
    which all of that only strips of its outer spaces: they take a shortcut
    (``tests/test_emit_shortcuts.py`` checks it against ``_docstring``).
    """
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        stripped = text.strip(" ")
        return f'{" " * indent}"""{stripped}"""' if stripped else ""
    return _docstring(text, indent)


def _docstring(text: str, indent: int) -> str:
    """``docstring`` without its shortcut."""
    pad = " " * indent
    lines = [_doc_line(line) for line in clean_text(text)]
    if not lines:
        return ""
    body = "\n".join(lines)
    body = body.replace('"', '\\"')
    if body.endswith('\\"'):  # black would pad a closing quote with a space
        body = body[:-2] + "\\x22"
    lines = body.split("\n")
    if len(lines) == 1:  # black keeps a one-line docstring on one line, however long
        return f'{pad}"""{lines[0]}"""'
    out = [f'{pad}"""{lines[0]}']
    out.extend(f"{pad}{line}" if line else "" for line in lines[1:])
    out.append(f'{pad}"""')
    return "\n".join(out)


def width(text: str) -> int:
    """Columns ``text`` takes as black counts them (East Asian wide characters: two)."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def import_line(module: str, names: list[str], indent: int = 0) -> str:
    """``from module import a, b`` on one line (the formatting pass wraps it)."""
    return f"{' ' * indent}from {module} import {', '.join(names)}"
