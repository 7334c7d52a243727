"""Python source fragments that are already in black's style (line length 88).

The generated package must pass ``black --check`` without running black at generation
time (black needs ~30 s for the full SDK). Everything that turns spec text into source
goes through here: string literals, docstrings, values, and the one- or many-line
layout of calls and signatures.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Iterable

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
    """
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


def fits(text: str) -> bool:
    return width(text) <= LINE_LENGTH


def call(head: str, args: Iterable[str], tail: str, indent: int, trailer: str = "") -> str:
    """``head(arg, arg)tail`` laid out the way black lays out a bracketed list.

    One line when it fits; else the arguments on one indented line when that fits
    (black's right-hand split; black explodes a one-argument ``def`` instead); else one
    argument per line with a trailing comma.
    ``head`` ends with the opening bracket and ``tail`` starts with the closing one.
    """
    args = list(args)
    pad = " " * indent
    one = f"{pad}{head}{', '.join(args)}{tail}{trailer}"
    if fits(one):
        return one
    inner = " " * (indent + 4)
    joined = f"{inner}{', '.join(args)}"
    single_def = len(args) == 1 and head.lstrip().startswith(("def ", "async def "))
    if args and fits(joined) and not single_def and not any("\n" in a for a in args):
        return f"{pad}{head}\n{joined}\n{pad}{tail}{trailer}"
    lines = [f"{pad}{head}"]
    lines.extend(f"{inner}{a}," for a in args)
    lines.append(f"{pad}{tail}{trailer}")
    return "\n".join(lines)


def exploded(head: str, args: Iterable[str], tail: str, indent: int, trailer: str = "") -> str:
    """``head`` then one argument per line with a magic trailing comma (black keeps it)."""
    pad = " " * indent
    inner = " " * (indent + 4)
    lines = [f"{pad}{head}"]
    lines.extend(f"{inner}{a}," for a in args)
    lines.append(f"{pad}{tail}{trailer}")
    return "\n".join(lines)


class Group:
    """A bracketed list laid out the way black splits it (see ``layout``).

    ``kind``: "call" (call or subscript arguments: may share one indented line),
    "def" (like "call", but a single argument gets its own line and a comma),
    "collection" (a list, dict, tuple or set display: one item per line once split),
    "import" (always one name per line once split).
    """

    def __init__(self, head: str, items: list[str | Group], tail: str, kind: str = "call") -> None:
        self.head = head
        self.items = items
        self.tail = tail
        self.kind = kind

    def flat(self) -> str:
        return self.head + ", ".join(flat(i) for i in self.items) + self.tail


def flat(node: str | Group) -> str:
    return node if isinstance(node, str) else node.flat()


def layout(node: str | Group, indent: int, prefix: str = "", suffix: str = "") -> str:
    """Lines for ``prefix + node + suffix`` at ``indent``: one line if it fits, else split
    at the node's brackets, recursing into items that still do not fit."""
    pad = " " * indent
    one = f"{pad}{prefix}{flat(node)}{suffix}"
    if fits(one) or isinstance(node, str):
        if isinstance(node, str) and not fits(one):
            return _long_item(node, indent, prefix, suffix)
        return one
    inner_pad = " " * (indent + 4)
    items = node.items
    flat_items = [flat(i) for i in items]
    hug = f"{inner_pad}{', '.join(flat_items)}"
    can_hug = node.kind == "call" or (node.kind == "def" and len(items) > 1) or (
        node.kind == "collection" and len(items) == 1
    )
    lines = [f"{pad}{prefix}{node.head}"]
    if items and can_hug and fits(hug):
        lines.append(hug)
    else:
        for item in items:
            lines.append(layout(item, indent + 4, "", ","))
    lines.append(f"{pad}{node.tail}{suffix}")
    return "\n".join(lines)


def _union_lines(annotation: str, indent: int) -> list[str] | None:
    """``A | B | None`` inside parentheses: on one line if it fits, else black's one
    ``| member`` per line; None when even that does not fit."""
    pad = " " * indent
    if fits(pad + annotation):
        return [pad + annotation]
    parts, depth, start = [], 0, 0
    for index, ch in enumerate(annotation):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif depth == 0 and annotation.startswith(" | ", index):
            parts.append(annotation[start:index])
            start = index + 3
    parts.append(annotation[start:])
    if len(parts) < 2:
        return None
    lines = [pad + parts[0]] + [f"{pad}| {part}" for part in parts[1:]]
    return lines if all(fits(line) for line in lines) else None


def _long_item(text: str, indent: int, prefix: str, suffix: str) -> str:
    """An item with no brackets of its own that does not fit: ``name: Type = default``
    (or ``name: Type``) gets its annotation wrapped in parentheses, as black does."""
    pad = " " * indent
    line = f"{prefix}{text}"
    name, colon, rest = line.partition(": ")
    if colon and "(" not in name:
        annotation, equals, default = rest.rpartition(" = ") if " = " in rest else (rest, "", "")
        inner = _union_lines(annotation, indent + 4)
        close = f"{pad}) = {default}{suffix}" if equals else f"{pad}){suffix}"
        if inner is not None and fits(close):
            return "\n".join([f"{pad}{name}: (", *inner, close])
    return f"{pad}{line}{suffix}"


_SUBSCRIPT = re.compile(r"([A-Za-z_][\w.]*)\[(.*)\]")


def _has_top_level_union(annotation: str) -> bool:
    """Whether ``A | B`` appears outside any brackets of an annotation."""
    depth = 0
    for index, ch in enumerate(annotation):
        depth += ch in "[("
        depth -= ch in "])"
        if depth == 0 and annotation.startswith(" | ", index):
            return True
    return False


def assignment(target: str, value: str | Group, indent: int) -> str:
    """``target = value`` (target may carry an annotation) in black's layout."""
    pad = " " * indent
    one = f"{pad}{target} = {flat(value)}"
    if fits(one):
        return one
    inner = f"{pad}    {flat(value)}"
    # 1. split the right-hand side at its own brackets, when its first line fits
    if isinstance(value, Group) and fits(f"{pad}{target} = {value.head}"):
        return layout(value, indent, f"{target} = ")
    # 2. the right-hand side alone in parentheses (split further inside them if need be)
    if fits(f"{pad}{target} = ("):
        if fits(inner):
            return f"{pad}{target} = (\n{inner}\n{pad})"
        if isinstance(value, Group):
            return f"{pad}{target} = (\n{layout(value, indent + 4)}\n{pad})"
    # 3. a long annotation split at its own brackets (``list[...]``), or else in
    # parentheses (split at its ``|`` if need be), then the value
    name, colon, annotation = target.partition(": ")
    subscript = _SUBSCRIPT.fullmatch(annotation)
    if colon and subscript and not _has_top_level_union(annotation):
        head = f"{pad}{name}: {subscript.group(1)}[\n{pad}    {subscript.group(2)}"
        if fits(f"{pad}] = {flat(value)}"):
            return f"{head}\n{pad}] = {flat(value)}"
        if isinstance(value, Group):
            return f"{head}\n{layout(value, indent, '] = ')}"
    if colon:
        inner = _union_lines(annotation, indent + 4)
        if inner is not None:
            head = "\n".join([f"{pad}{name}: (", *inner])
            if fits(f"{pad}) = {flat(value)}"):
                return f"{head}\n{pad}) = {flat(value)}"
            if isinstance(value, Group):
                return f"{head}\n{layout(value, indent, ') = ')}"
    if isinstance(value, Group):
        return layout(value, indent, f"{target} = ")
    return one


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')


def needs_black(source: str) -> bool:
    """Whether a generated file has a long code line black could still split.

    Long docstring lines and lines whose only long part is a string literal are left
    as they are by black too; a long line with a bracket or a union (``A | B``, which
    black wraps in parentheses) outside strings is not.
    """
    in_doc = False
    for line in source.split("\n"):
        toggles = line.count('"""') % 2 == 1
        if in_doc or '"""' in line:
            in_doc = in_doc != toggles
            continue
        code = _STRING.sub("", line)
        if width(line) > LINE_LENGTH and (any(ch in code for ch in "([{") or " | " in code):
            if line.lstrip().startswith("from ") and line.rstrip().endswith("import ("):
                continue  # a long module path: black cannot shorten it either
            return True
    return False


def import_line(module: str, names: list[str], indent: int = 0) -> str:
    """``from module import a, b`` in black's layout."""
    line = f"{' ' * indent}from {module} import {', '.join(names)}"
    if fits(line):
        return line
    return exploded(f"from {module} import (", names, ")", indent)
