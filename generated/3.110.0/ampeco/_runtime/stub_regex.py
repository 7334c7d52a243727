"""Examples for the regular expressions OpenAPI schemas use as ``pattern``.

:func:`example` invents a string that a pattern matches, deterministically for a given
``random.Random``: literals, ``.``, classes (``[A-Z0-9_]``, ``[^,]``, ``\\d \\w \\s``
and their negations), quantifiers (``* + ? {n} {n,} {n,m}``, lazy or possessive),
groups (plain, non-capturing, named), alternation and anchors (``^ $ \\A \\Z \\b``).
Lookarounds and back-references are outside that subset: :func:`example` returns None
for them, as it does when no string it tries also satisfies the length bounds.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Union

__all__ = ["Unsupported", "parse", "example"]

#: Characters a negated class or ``.`` picks from (printable ASCII, no space).
_PRINTABLE = [(0x21, 0x7E)]
_DIGITS = [(0x30, 0x39)]
_WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_ALNUM = [(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)]
_SPACES = [(0x09, 0x0D), (0x20, 0x20)]
#: How far past its minimum an unbounded quantifier (``*``, ``+``, ``{n,}``) may go.
_SPREAD = 3
_ATTEMPTS = 24


class Unsupported(ValueError):
    """A pattern outside the subset this module reads."""


@dataclass(frozen=True)
class _Chars:
    ranges: tuple[tuple[int, int], ...]
    negated: bool = False


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    low: int
    high: int | None


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    options: tuple[_Node, ...]


@dataclass(frozen=True)
class _Anchor:
    kind: str


_Node = Union[str, _Chars, _Repeat, _Seq, _Alt, _Anchor]

_CLASS_ESCAPES: dict[str, tuple[list[tuple[int, int]], bool]] = {
    "d": (_DIGITS, False),
    "D": (_DIGITS, True),
    "w": (_WORD, False),
    "W": (_WORD, True),
    "s": (_SPACES, False),
    "S": (_SPACES, True),
}
_CONTROL = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
_QUANTIFIER = re.compile(r"\{(\d+)(?:(,)(\d*))?\}")


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def take(self) -> str:
        ch = self.peek()
        if not ch:
            raise Unsupported("the pattern ends too early")
        self.at += 1
        return ch

    def parse(self) -> _Node:
        node = self.alternation()
        if self.at != len(self.text):
            raise Unsupported(f"unbalanced ')' at {self.at}")
        return node

    def alternation(self) -> _Node:
        options = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else _Alt(tuple(options))

    def sequence(self) -> _Node:
        items: list[_Node] = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            items.append(self.quantified(atom))
        return items[0] if len(items) == 1 else _Seq(tuple(items))

    def quantified(self, atom: _Node) -> _Node:
        while True:
            ch = self.peek()
            high: int | None
            if ch in ("*", "+", "?"):
                self.at += 1
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            elif ch == "{" and (found := _QUANTIFIER.match(self.text, self.at)):
                self.at = found.end()
                low = int(found.group(1))
                if not found.group(2):
                    high = low
                else:
                    high = int(found.group(3)) if found.group(3) else None
                if high is not None and high < low:
                    raise Unsupported("a quantifier whose maximum is below its minimum")
            else:
                return atom
            if isinstance(atom, _Anchor):
                raise Unsupported("a quantified anchor")
            if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
                self.at += 1
            atom = _Repeat(atom, low, high)

    def atom(self) -> _Node:
        ch = self.take()
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.chars()
        if ch == ".":
            return _Chars(((0x0A, 0x0A),), negated=True)
        if ch == "^":
            return _Anchor("start")
        if ch == "$":
            return _Anchor("end")
        if ch == "\\":
            return self.escape(in_class=False)
        if ch in ("*", "+", "?"):
            raise Unsupported(f"nothing to repeat at {self.at - 1}")
        return ch

    def group(self) -> _Node:
        if self.peek() == "?":
            self.at += 1
            kind = self.take()
            if kind == ":":
                pass
            elif (
                kind == "P"
                and self.peek() == "<"
                or kind == "<"
                and self.peek()
                not in (
                    "=",
                    "!",
                )
            ):
                end = self.text.find(">", self.at)
                if end < 0:
                    raise Unsupported("an unterminated group name")
                self.at = end + 1
            else:
                raise Unsupported("lookarounds, flags and conditionals")
        node = self.alternation()
        if self.take() != ")":
            raise Unsupported("an unterminated group")
        return node

    def escape(self, *, in_class: bool) -> _Node:
        ch = self.take()
        if ch in _CLASS_ESCAPES:
            ranges, negated = _CLASS_ESCAPES[ch]
            return _Chars(tuple(ranges), negated)
        if ch in _CONTROL:
            return _CONTROL[ch]
        if ch in ("x", "u"):
            width = 2 if ch == "x" else 4
            digits = self.text[self.at : self.at + width]
            if len(digits) != width or not all(
                c in "0123456789abcdefABCDEF" for c in digits
            ):
                raise Unsupported(f"a malformed \\{ch} escape")
            self.at += width
            return chr(int(digits, 16))
        if not in_class and ch in ("A", "Z", "z", "b", "B"):
            return _Anchor({"A": "start", "Z": "end", "z": "end"}.get(ch, "boundary"))
        if ch.isalnum():
            raise Unsupported(f"the escape \\{ch}")
        return ch

    def chars(self) -> _Chars:
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        ranges: list[tuple[int, int]] = []
        excluded: list[tuple[int, int]] = []
        first = True
        while True:
            ch = self.take()
            if ch == "]" and not first:
                break
            first = False
            if ch == "\\":
                item = self.escape(in_class=True)
                if isinstance(item, _Chars):
                    (excluded if item.negated else ranges).extend(item.ranges)
                    continue
                assert isinstance(item, str)
                ch = item
            if self.peek() == "-" and self.text[self.at + 1 : self.at + 2] not in (
                "]",
                "",
            ):
                self.at += 1
                end = self.take()
                if end == "\\":
                    item = self.escape(in_class=True)
                    if not isinstance(item, str):
                        raise Unsupported("a class range ending in a class")
                    end = item
                if ord(end) < ord(ch):
                    raise Unsupported("a reversed class range")
                ranges.append((ord(ch), ord(end)))
            else:
                ranges.append((ord(ch), ord(ch)))
        if excluded:
            # [\W...] or [\D...]: the printable characters outside ``excluded``
            ranges.extend(_subtract(_PRINTABLE, excluded))
        return _Chars(tuple(ranges), negated)


def _subtract(
    ranges: list[tuple[int, int]], removed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The code points of ``ranges`` that are in none of ``removed``."""
    out = list(ranges)
    for low, high in removed:
        kept: list[tuple[int, int]] = []
        for a, b in out:
            if b < low or a > high:
                kept.append((a, b))
                continue
            if a < low:
                kept.append((a, low - 1))
            if b > high:
                kept.append((high + 1, b))
        out = kept
    return out


def parse(pattern: str) -> _Node:
    """The pattern's syntax tree; :class:`Unsupported` outside the subset read here."""
    return _Parser(pattern).parse()


def _emit(
    node: _Node, rng: random.Random, shortest: bool, spread: int, out: list[str]
) -> None:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, _Anchor):
        return
    elif isinstance(node, _Chars):
        ranges = list(node.ranges)
        if node.negated:
            # letters and digits read best; other printable characters when excluded
            outside = _subtract(_ALNUM, ranges)
            ranges = outside or _subtract(_PRINTABLE, ranges)
        ranges = [(a, b) for a, b in ranges if a <= b]
        if not ranges:
            raise Unsupported("a class no character belongs to")
        low, high = rng.choice(ranges)
        out.append(chr(rng.randint(low, high)))
    elif isinstance(node, _Seq):
        for item in node.items:
            _emit(item, rng, shortest, spread, out)
    elif isinstance(node, _Alt):
        option = node.options[0] if shortest else rng.choice(node.options)
        _emit(option, rng, shortest, spread, out)
    else:
        high = node.low + spread if node.high is None else node.high
        count = node.low if shortest else rng.randint(node.low, max(node.low, high))
        for _ in range(count):
            _emit(node.node, rng, shortest, spread, out)


def example(
    pattern: str,
    rng: random.Random,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
) -> str | None:
    """A string that ``pattern`` matches (``re.search``, as JSON Schema reads it) and
    that has a length within the bounds given; None when none is found."""
    try:
        tree = parse(pattern)
        compiled = re.compile(pattern)
    except (Unsupported, re.error, RecursionError):
        return None
    spread = max(_SPREAD, min_length or 0)
    for attempt in range(_ATTEMPTS):
        out: list[str] = []
        try:
            shortest = attempt == 0 and max_length is not None
            _emit(tree, rng, shortest, spread if attempt % 2 else _SPREAD, out)
        except Unsupported:
            return None
        text = "".join(out)
        if min_length is not None and len(text) < min_length:
            continue
        if max_length is not None and len(text) > max_length:
            continue
        if compiled.search(text) is not None:
            return text
    return None
