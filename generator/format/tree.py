"""One formatting pass over the generated tree, after proving every Python file parses.

Emitters write plain code (one logical line per statement, no hand-made wrapping); this
module turns it into black's style in three steps (skipped for a file whose emitted text
was formatted before: ``format.cache``):

1. every ``.py`` file is compiled (``compile(..., dont_inherit=True)``); a file that does
   not compile is a bug of the generator, reported with its file and line as a
   ``GeneratorBug`` before anything is written;
2. ruff's formatter (black's style, line length 88) formats every Python file, in this
   process (``ruff_format``, through the ``ruff-api`` extension);
3. a statement where ruff and black may lay code out differently (``black_suspects``:
   black parenthesises a long annotation, ruff does not) is cut out and passed through
   black (``black_statements``), cached by content hash (``blackcache``), since black is
   the contract.
"""

from __future__ import annotations

import ast
import re
from types import ModuleType

from ..errors import GeneratorError
from . import blackcache, cache
from .pyfmt import LINE_LENGTH, width


class GeneratorBug(GeneratorError):
    """The generator emitted something it should not have: a fault of ampeco-codegen
    itself, never of the input document."""


def _bug(rel: str, line: int | None, column: int | None, what: str, source: str = "") -> GeneratorBug:
    where = rel + (f":{line}" if line else "") + (f":{column}" if line and column else "")
    text = ""
    if line and source:
        lines = source.split("\n")
        if 0 < line <= len(lines):
            text = "\n    " + lines[line - 1][:200]
    return GeneratorBug(
        f"{where}: generator bug: {what}; nothing was written (the previous output is "
        f"untouched). Please report this with the spec that caused it.{text}"
    )


def check_compiles(rel: str, source: str) -> None:
    """Raise a located ``GeneratorBug`` when ``source`` (the file ``rel``) is not valid Python.

    Compiled at ``optimize=2`` where that checks as much (a fifth less time): the optimiser
    only drops docstrings, ``assert`` statements and ``if __debug__:`` blocks, and only the
    last two could hide an error the compiler finds (in code it no longer generates), so a
    source that mentions either is compiled in full."""
    optimize = 0 if "assert" in source or "__debug__" in source else 2
    try:
        compile(source, rel, "exec", dont_inherit=True, optimize=optimize)
    except SyntaxError as exc:  # IndentationError and TabError included
        raise _bug(
            rel,
            exc.lineno,
            exc.offset,
            f"the emitted code does not compile ({exc.msg})",
            source,
        ) from None
    except ValueError as exc:  # a NUL byte in the source
        raise _bug(rel, None, None, f"the emitted code does not compile ({exc})") from None


def _ruff_api() -> ModuleType:
    """ruff's formatter as a library: ``ruff-api`` builds the formatter of ruff (the version
    its ``ruff_version`` names) into a Python extension, so a file is formatted from a
    string in this process. Against the ``ruff format`` command over a temporary folder
    (~700 files written, formatted in place and read back) that halves the formatting's
    CPU (AMPECO's tree: ~95 against ~180 ms for 2.5 MB)."""
    try:
        import ruff_api
    except ImportError:
        raise GeneratorError("ruff-api is not installed: ampeco-codegen formats its output with ruff's formatter (pip install ruff-api)") from None
    return ruff_api


# where ruff's formatter says a problem is: ``unexpected EOF while parsing at byte range 6..6``
_RUFF_WHERE = re.compile(r" at byte range (\d+)\.\.(\d+)$")


def _ruff_bug(rel: str, source: str, exc: BaseException) -> GeneratorBug:
    """A failure of ruff's formatter on ``source``, located by its line and column."""
    message = str(exc).strip() or type(exc).__name__
    line = column = None
    match = _RUFF_WHERE.search(message)
    if match:
        head = source.encode("utf-8", "surrogatepass")[: int(match[1])].decode("utf-8", "replace")
        line = head.count("\n") + 1
        column = len(head) - head.rfind("\n")
        message = message[: match.start()]
    return _bug(rel, line, column, f"ruff's formatter failed ({message})", source)


def ruff_format(files: dict[str, str]) -> dict[str, str]:
    """``files`` (relative path -> Python source) as ruff's formatter lays them out with
    black's defaults (line length 88, double quotes), in this process (``_ruff_api``). A
    file the formatter cannot take is a located ``GeneratorBug`` (a panic of the extension
    included), never a traceback."""
    if not files:
        return {}
    ruff = _ruff_api()
    options = ruff.FormatOptions(line_width=LINE_LENGTH)
    out: dict[str, str] = {}
    for rel, text in files.items():
        try:
            out[rel] = ruff.format_string(rel, text, options)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 (RuffError, and pyo3's PanicException is a BaseException)
            raise _ruff_bug(rel, text, exc) from None
    return out


# string literals (triple-quoted ones across lines) and comments, so that only code is
# looked at when deciding whether black might lay a long line out differently; each
# literal's loop is unrolled (a run of plain characters, then one escape or lone quote),
# which scans a 4 MB tree in 0.6 the time of one alternative per character
_NOT_CODE = re.compile(
    "|".join(
        (
            r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
            r"'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
            r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"',
            r"'[^'\\\n]*(?:\\.[^'\\\n]*)*'",
            r"#[^\n]*",
        )
    ),
    re.DOTALL,
)


# a line that may hold what ``black_suspects`` looks for in code: a bracket, a union (or a
# union's continuation), or an annotation followed by a value (``_ANNOTATED``'s two halves)
_MAYBE_CODE = re.compile(r"[(\[{]|^\s*\| | \| |: .*= ")


# ``name: T = value`` as a statement (strings blanked); a parameter ends with a comma
_ANNOTATED = re.compile(r"\s*\w+: [^=]*= .*[^,\s]\s*$")


# a line that opens parentheses of black's own around what follows: ``name: (``, ``-> (``,
# ``x = (``
_OWN_PARENTHESES = re.compile(r"(?:\w: |-> | = )\($")


def _opening_line(code: list[str], closing: int) -> int | None:
    """The line that opens the bracket the line ``closing`` starts by closing."""
    depth = 0
    for index in range(closing, -1, -1):
        text = code[index] if index != closing else code[index].lstrip()[:1]
        for ch in reversed(text):
            if ch in ")]}":
                depth += 1
            elif ch in "([{":
                depth -= 1
                if depth == 0:
                    return index
    return None


def _blank(match: re.Match[str]) -> str:
    text = match.group()
    return "" if text.startswith("#") else '""' + "\n" * text.count("\n")


def needs_black(source: str) -> bool:
    """Whether black might lay out ruff's ``source`` differently (see ``black_suspects``)."""
    return bool(black_suspects(source))


def black_suspects(source: str) -> list[int]:
    """Line numbers where black might lay out ruff's ``source`` differently: a line over
    88 columns whose code (strings and comments aside) has a bracket, a union or an
    annotated assignment black could split or parenthesise (black parenthesises a long
    annotation, and the long value of an annotated assignment; ruff does not), or a union
    ruff split without parentheses of its own (also after a member it split itself).
    Long docstrings, long string literals and long import paths are left as they are by
    both."""
    lines = source.split("\n")
    if source.isascii():  # the common case: columns are characters
        # (``"| " in line`` first: most lines have none, and ``lstrip`` makes a copy)
        suspects = [i for i, line in enumerate(lines) if len(line) > LINE_LENGTH or ("| " in line and line.lstrip().startswith("| "))]
    else:
        suspects = [i for i, line in enumerate(lines) if width(line) > LINE_LENGTH or line.lstrip().startswith("| ")]
    # what blanking strings and comments cannot add: a line whose text has no bracket, no
    # union and no annotated assignment has none in its code either
    suspects = [i for i in suspects if _MAYBE_CODE.search(lines[i])]
    if not suspects:
        return []
    code = _NOT_CODE.sub(_blank, source).split("\n")
    if len(code) != len(lines):  # cannot happen for source that compiles; be safe
        return [1]
    found = []
    for index in suspects:
        text = code[index]
        if text.lstrip().startswith("from ") and text.rstrip().endswith("import ("):
            continue  # a long module path: black cannot shorten it either
        if text.lstrip().startswith("| "):
            first = index - 1  # the union's first member
            while first > 0 and code[first].lstrip().startswith("| "):
                first -= 1
            # an argument or item of its own (after a bracket or a comma), not an
            # annotation (``name: A``, ``-> A``) nor an assigned value (``x = A``)
            member = code[first]
            if member.lstrip().startswith((")", "]", "}")):
                # the first member was itself split (``name: dict[`` ... ``]``): black
                # parenthesises the whole union instead, unless it already is
                opener = _opening_line(code, first)
                if opener is None or not _OWN_PARENTHESES.search(code[opener - 1] if opener > 0 else ""):
                    found.append(index + 1)
                continue
            inside = first > 0 and code[first - 1].rstrip().endswith(("(", "[", ",")) and not any(mark in member for mark in (": ", "->", " = "))
            if not inside:  # black would add parentheses of its own
                found.append(index + 1)
            continue
        if width(lines[index]) > LINE_LENGTH and (any(ch in text for ch in "([{") or " | " in text or _ANNOTATED.match(text)):
            found.append(index + 1)
    return found


def _first_line(node: ast.stmt) -> int:
    """The first line of a statement, its decorators included."""
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno, *(decorator.lineno for decorator in decorators)])


def _innermost_statement(tree: ast.Module, line: int) -> ast.stmt | None:
    """The innermost statement whose lines (decorators aside) hold ``line``."""
    found: ast.stmt | None = None
    body: list[ast.stmt] = tree.body
    while True:
        for node in body:
            if _first_line(node) <= line <= (node.end_lineno or node.lineno):
                found = node
                inner = [child for field in ("body", "orelse", "finalbody", "handlers") for child in getattr(node, field, ())]
                body = [child for child in inner if isinstance(child, ast.stmt)]
                for handler in getattr(node, "handlers", ()):  # try: ... except: bodies
                    body.extend(handler.body)
                break
        else:
            return found


def black_statements(source: str, suspects: list[int]) -> str:
    """``source`` with each statement holding a suspect line formatted by black.

    Black lays out a statement from its own tokens and its indentation alone, so the
    statement is cut out, dedented and formatted with the line length less that indentation,
    which gives what black would make of the whole file at a fraction of the cost (black
    takes ~70 ms for a big module, ~1 ms for one statement). Where a statement cannot be cut
    out cleanly (a suspect outside any statement, a line less indented than its statement),
    the whole file goes to black."""
    tree = ast.parse(source)
    spans: dict[int, tuple[int, int]] = {}
    for line in suspects:
        node = _innermost_statement(tree, line)
        if node is None:
            return blackcache.format(source)
        spans[_first_line(node)] = (node.end_lineno or node.lineno, node.col_offset)
    lines = source.split("\n")
    for start in sorted(spans, reverse=True):
        end, indent = spans[start]
        if any(other < start <= spans[other][0] for other in spans if other != start):
            continue  # inside a statement that is formatted as a whole
        chunk = lines[start - 1 : end]
        pad = " " * indent
        if any(text and not text.startswith(pad) for text in chunk):
            return blackcache.format(source)
        done = blackcache.format("\n".join(text[indent:] for text in chunk) + "\n", LINE_LENGTH - indent)
        lines[start - 1 : end] = [pad + text if text else text for text in done.rstrip("\n").split("\n")]
    return "\n".join(lines)


def format_python(files: dict[str, str], use_cache: bool = True, keep: dict[str, str] | None = None) -> dict[str, str]:
    """Every ``.py`` file of ``files`` checked and formatted; other files as they are.

    With ``use_cache``, a file whose emitted text was formatted before (``format.cache``)
    is taken from the cache: it compiled then, and formats the same now. The files
    formatted here are stored in the cache, or, given ``keep``, added to it for the caller
    to store (``cache.put_many``) when it suits it better: a write waits for any other
    process's write to the same cache.
    """
    python = {rel: text for rel, text in files.items() if rel.endswith(".py")}
    keys = {rel: cache.key(text) for rel, text in python.items()} if use_cache else {}
    known = cache.get_many(keys.values()) if use_cache else {}
    todo = {rel: text for rel, text in python.items() if keys.get(rel) not in known}

    for rel, text in todo.items():  # every file first: a broken one is reported as such
        check_compiles(rel, text)
    formatted = ruff_format(todo)
    for rel, text in formatted.items():
        suspects = black_suspects(text)
        if suspects:
            try:
                formatted[rel] = black_statements(text, suspects)
            except Exception as exc:  # noqa: BLE001 (black's errors share no base class)
                raise _bug(rel, None, None, f"black could not format the emitted code ({exc})") from None
    if use_cache:
        made = {keys[rel]: text for rel, text in formatted.items()}
        if keep is None:
            cache.put_many(made)
        else:
            keep.update(made)
        formatted.update((rel, known[keys[rel]]) for rel in python if rel not in todo)
    return {rel: formatted.get(rel, text) for rel, text in files.items()}
