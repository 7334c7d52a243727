"""Read an OpenAPI document (JSON or YAML), check it, and give access to its ``$ref`` targets.

The loader knows nothing of the IR: it returns the raw document plus a ``Resolver`` that
follows local and relative-file references. Problems are collected and raised together
as one ``SpecError``.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple
from urllib.parse import unquote

from ..errors import Problem, SpecError, json_pointer
from .files import cache_dir as cache_dir
from .files import read_bytes as read_bytes
from .files import spec_bytes
from .validate import Findings, Locations, full_check, start_fast_check

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_REPORTED = 50
MAX_DEPTH = 1000  # nesting of JSON/YAML containers; a 200-level schema needs ~400
MAX_EXPANDED = 5_000_000  # containers a YAML document may expand to through its aliases
_URI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")
# how JSON text can spell a character of "$ref" other than as itself: a \u escape
_REF_CHAR_ESCAPE = re.compile(r"\\u00(?:24|72|65|66)", re.IGNORECASE)


class LoadOptions(NamedTuple):
    """How a spec is checked.

    ``check``: ``"fast"`` (the compiled meta-schema and the semantic checks), ``"full"``
    (those, then openapi-spec-validator) or ``"trusted"`` (a manifest version whose sha256
    matched a recorded validation: only what generation itself needs). ``strict`` turns
    warnings into errors. ``allow_ref_outside`` lets ``$ref`` read files outside the spec's
    folder tree. ``warn`` receives each warning (default: printed to stderr).
    """

    check: str = "fast"
    strict: bool = False
    allow_ref_outside: bool = False
    warn: Callable[[Problem], None] | None = None

    def report(self, problem: Problem) -> None:
        if self.warn is not None:
            self.warn(problem)
        else:
            print(f"warning: {problem}", file=sys.stderr)


class Document:
    """A loaded spec: its parsed content, where it came from and its checksum, and the
    warnings its checks gave (set once they ran)."""

    __slots__ = ("path", "data", "sha256", "resolver", "warnings")

    def __init__(self, path: Path, data: dict[str, Any], sha256: str, resolver: Resolver, warnings: tuple[Problem, ...] = ()) -> None:
        self.path = path
        self.data = data
        self.sha256 = sha256
        self.resolver = resolver
        self.warnings = warnings

    def __repr__(self) -> str:
        return f"Document({str(self.path)!r}, sha256={self.sha256!r})"


def parse_text(raw: bytes, path: Path) -> Any:
    """Parse JSON or YAML, reporting the line and column of a syntax error.

    Nesting deeper than ``MAX_DEPTH`` and YAML aliases that expand past ``MAX_EXPANDED``
    containers (a "billion laughs") are refused with a located error.
    """
    return parse_document(raw, path)[0]


def json_spells_no_ref(text: str) -> bool:
    """True when JSON ``text`` cannot hold the string ``"$ref"`` anywhere: a JSON string
    writes each character as itself or as a ``\\u`` escape, so "$ref" needs either the four
    characters in a row or an escape of one of them. (Not for YAML, whose double-quoted
    strings have more escapes and line continuations.)"""
    # ("\\u00" first: every escape the pattern takes starts so, and the longer needle scans
    # AMPECO's 3 MB in 1.6 ms where "\\u" takes 2.7, most backslashes being other escapes)
    return "$ref" not in text and ("\\u00" not in text or _REF_CHAR_ESCAPE.search(text) is None)


def parse_document(raw: bytes, path: Path) -> tuple[Any, bool]:
    """``parse_text``, and whether the text is JSON that holds no ``$ref`` (``json_spells_no_ref``):
    the walks that look for references can skip such a document."""
    if not raw.strip():
        raise SpecError(f"{path}: the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith(("{", "[")):
        previous = sys.getrecursionlimit()
        # the C decoder counts its nesting against the recursion limit: a bound for free
        sys.setrecursionlimit(_stack_depth() + MAX_DEPTH + 20)
        try:
            return json.loads(text), json_spells_no_ref(text)
        except json.JSONDecodeError as exc:
            problem = Problem(f"invalid JSON: {exc.msg}", str(path), line=exc.lineno, column=exc.colno)
            raise SpecError(str(problem)) from None
        except RecursionError:
            line, column = _deep_position(text, MAX_DEPTH)
            problem = Problem(f"nested deeper than {MAX_DEPTH} levels", str(path), line=line, column=column)
            raise SpecError(str(problem)) from None
        finally:
            sys.setrecursionlimit(previous)
    import yaml  # only for YAML documents

    # the C loader is several times faster on large documents
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        what = exc.problem or exc.context or "syntax error"
        raise SpecError(str(Problem(f"invalid YAML: {what}", str(path), line=line, column=column))) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: invalid YAML: {str(exc)[:200]}") from None
    except RecursionError:
        raise SpecError(f"{path}: the YAML is nested too deeply to read (more than {MAX_DEPTH} levels)") from None
    check_shape(data, path)
    return data, False


def _stack_depth() -> int:
    frame: FrameType | None = sys._getframe()
    depth = 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def _deep_position(text: str, limit: int) -> tuple[int | None, int | None]:
    """Line and column where JSON nesting first passes ``limit`` (strings skipped)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                return line, column
        elif token in "]}":
            depth -= 1
    return None, None


def check_shape(data: Any, path: Path) -> None:
    """Refuse YAML whose aliases expand past ``MAX_EXPANDED`` containers, loop back on
    themselves, or nest deeper than ``MAX_DEPTH``; located by JSON pointer.

    PyYAML builds an alias as a second reference to one object, so loading is quick; the
    expansion would happen in every later walk. Sizes are counted once per object.
    """
    size: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, tuple[Any, ...], bool]] = [(data, (), False)]
    while stack:
        node, where, done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if done:
            active.discard(key)
            total = 1 + sum(size.get(id(v), 0) for _, v in children if isinstance(v, (dict, list)))
            size[key] = total
            if total > MAX_EXPANDED:
                raise SpecError(
                    str(
                        Problem(
                            f"YAML aliases expand this node to more than {MAX_EXPANDED:,} objects; refusing the document",
                            str(path),
                            json_pointer(where) if where else "/ (the whole document)",
                        )
                    )
                )
            continue
        if key in size:
            continue
        if key in active:
            raise SpecError(str(Problem("a YAML alias refers to a node that contains it (a loop)", str(path), json_pointer(where))))
        if len(where) > MAX_DEPTH:
            raise SpecError(str(Problem(f"nested deeper than {MAX_DEPTH} levels", str(path), json_pointer(where[:MAX_DEPTH]))))
        active.add(key)
        stack.append((node, where, True))
        stack.extend((v, (*where, k), False) for k, v in children if isinstance(v, (dict, list)))


def unescape_pointer_part(part: str) -> str:
    return unquote(part).replace("~1", "/").replace("~0", "~")


class RefRefused(KeyError):
    """A ``$ref`` the loader will not follow: a URL, or a file outside the spec's folder tree."""


class Resolver:
    """Follows ``$ref`` values: local (``#/components/...``) and relative files (``other.yaml#/x``).

    Never over the network (a ``$ref`` with a URL scheme is refused, not fetched), and not
    outside the folder that holds the spec unless ``allow_outside``. A refused reference is
    refused before its target is read, so no message can echo the target's content.
    """

    def __init__(self, root_path: Path, root: Any, allow_outside: bool = False, root_ref_free: bool = False) -> None:
        self.root_path = root_path.resolve()
        self.tree = self.root_path.parent
        self.allow_outside = allow_outside
        self.documents: dict[Path, Any] = {self.root_path: root}
        self.local_only = True  # no $ref with a file part was looked up (bundling not needed)
        # the documents whose text holds no $ref (``json_spells_no_ref``): nothing to look for in them
        self.ref_free: set[Path] = {self.root_path} if root_ref_free else set()

    def _document(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self.documents:
            self.documents[path], ref_free = parse_document(read_bytes(path), path)
            if ref_free:
                self.ref_free.add(path)
        return self.documents[path]

    def holds_no_ref(self) -> bool:
        """True when no document read so far holds a ``$ref`` (so nothing can be reached through one)."""
        return self.ref_free.issuperset(self.documents)

    def split(self, ref: str, base: Path) -> tuple[Path, str]:
        """Return the absolute file and the pointer part of ``ref`` as seen from ``base``.

        Raises ``RefRefused`` for a URL or a file outside the spec's folder tree.
        """
        target, _, pointer = ref.partition("#")
        if target:
            self.local_only = False
        if _URI.match(target):
            raise RefRefused(f"$ref {ref!r} is a URL; ampeco-codegen never fetches over the network (bundle the document locally)")
        if not target:
            return base, pointer
        file = (base.parent / unquote(target)).resolve()
        if not self.allow_outside and not file.is_relative_to(self.tree):
            raise RefRefused(f"$ref {ref!r} leads outside the spec's folder {self.tree}; pass --allow-ref-outside to allow it")
        return file, pointer

    def lookup(self, ref: str, base: Path | None = None) -> tuple[Any, Path, str]:
        """The value ``ref`` points at, the file it lives in and its canonical pointer.

        Raises ``KeyError`` with a readable reason when the target does not exist
        (``RefRefused`` when it may not be read).
        """
        file, pointer = self.split(ref, base or self.root_path)
        try:
            node = self._document(file)
        except SpecError as exc:
            raise KeyError(str(exc)) from None
        if pointer and not pointer.startswith("/"):
            raise KeyError(f"$ref {ref!r}: the fragment must be a JSON pointer starting with '/'")
        parts = [unescape_pointer_part(p) for p in pointer.split("/")[1:]] if pointer else []
        for depth, part in enumerate(parts):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                done = json_pointer(parts[:depth]) if depth else "the document root"
                raise KeyError(f"$ref {ref!r}: no {part!r} under {done}")
        return node, file, pointer

    def deref(self, node: Any, base: Path | None = None, limit: int = 64) -> tuple[Any, Path]:
        """Follow a chain of ``$ref`` objects to the first value that is not one."""
        base = base or self.root_path
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node, base, _ = self.lookup(node["$ref"], base)
            seen += 1
            if seen > limit:
                raise KeyError("a $ref chain points back at itself")
        return node, base


def iter_refs(node: Any, path: tuple[Any, ...] = ()) -> Any:
    """Yield ``(pointer parts, ref)`` for every ``$ref`` string in a document."""
    stack = [(node, path)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str):
                yield where, ref
            for key in sorted(value, key=str, reverse=True):
                stack.append((value[key], (*where, key)))
        elif isinstance(value, list):
            for index in range(len(value) - 1, -1, -1):
                stack.append((value[index], (*where, index)))


def structural_problems(data: Any, path: Path, resolver: Resolver) -> list[Problem]:
    """Fast checks that need no validator: the kind of document, refs, operation ids."""
    file = str(path)
    if not isinstance(data, dict):
        return [Problem(f"not an OpenAPI document: the top level is not a mapping ({type(data).__name__})", file, "the document root")]
    if "swagger" in data:
        return [Problem(f"Swagger {data.get('swagger')} documents are not supported; convert to OpenAPI 3", file, "/swagger")]
    version = data.get("openapi")
    if version is None:
        return [Problem("not an OpenAPI document: no 'openapi' field", file, "/openapi (missing)")]
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        return [Problem(f"unsupported OpenAPI version {version!r} (3.0 and 3.1 are supported)", file, "/openapi")]
    problems = ref_problems(resolver)
    paths = data.get("paths")
    if isinstance(paths, dict):
        seen: dict[str, str] = {}
        for route, item in paths.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_id = op.get("operationId")
                pointer = json_pointer(("paths", route, method, "operationId"))
                if isinstance(op_id, str):
                    if op_id in seen:
                        problems.append(Problem(f"duplicate operationId {op_id!r} (first at {seen[op_id]})", file, pointer))
                    else:
                        seen[op_id] = pointer
    return problems


def refs_of(node: Any) -> set[str]:
    """Every distinct ``$ref`` string in a document (no locations: a quick walk)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        value = stack.pop()
        if type(value) is dict:
            ref = value.get("$ref")
            if type(ref) is str:
                found.add(ref)
            stack.extend(value.values())
        elif type(value) is list:
            stack.extend(value)
    return found


def ref_problems(resolver: Resolver) -> list[Problem]:
    """Every ``$ref`` of the spec and of each file it reaches, checked; a file is read only
    once its reference passed the refusal rules. Each distinct reference is looked up once;
    the slow walk that locates a failing one runs only when one fails."""
    problems: list[Problem] = []
    pending = [resolver.root_path]
    walked: set[Path] = set()
    while pending:
        file = pending.pop(0)
        if file in walked:
            continue
        walked.add(file)
        bad: dict[str, str] = {}
        for ref in sorted(() if file in resolver.ref_free else refs_of(resolver.documents[file])):
            try:
                _, target, _ = resolver.lookup(ref, file)
            except RefRefused as exc:
                bad[ref] = f"refused reference: {exc.args[0]}"
                continue
            except KeyError as exc:
                bad[ref] = f"unresolvable reference: {exc.args[0]}"
                continue
            if target not in walked:
                pending.append(target)
        if bad:
            for where, ref in iter_refs(resolver.documents[file]):
                if ref in bad:
                    problems.append(Problem(bad[ref], str(file), json_pointer(where)))
                    if len(problems) >= MAX_REPORTED:
                        return problems
    return problems


def validation_problems(data: dict[str, Any], path: Path, sha256: str, use_cache: bool = True, where: Locations | None = None) -> list[Problem]:
    """Run openapi-spec-validator (offline); a pass is remembered per (sha256, validator version).

    The validator takes seconds on AMPECO's 2.8 MB spec, so a document that has passed once
    is not validated again unless ``use_cache`` is false.
    """
    from .validate import validator_version

    marker = cache_dir() / "validated" / f"{sha256}-{validator_version()}"
    if use_cache and marker.is_file():
        return []
    problems = full_check(data, where or Locations(str(path)))
    if not problems and use_cache:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("ok\n")
        except OSError:
            pass
    return problems


_OPERATION_IN = re.compile(r"for '(?P<method>\w+)'(?: operation)? in '(?P<route>[^']*)'")
_DUPLICATE_TAG = re.compile(r"Duplicate tag name '([^']*)'")


class Locator:
    """Document-absolute paths for validator errors.

    openapi-spec-validator checks each Schema Object on its own, so an error's path may be
    relative to that schema. The instance it complains about is the document's own
    object, so it is found by identity (containers) or by the node its relative path
    starts from (scalars).
    """

    def __init__(self, data: Any) -> None:
        self.data = data
        self._paths: dict[int, tuple[Any, ...]] | None = None

    def _index(self) -> dict[int, tuple[Any, ...]]:
        if self._paths is None:
            self._paths = {}
            stack: list[tuple[Any, tuple[Any, ...]]] = [(self.data, ())]
            while stack:
                node, where = stack.pop()
                if isinstance(node, (dict, list)):
                    self._paths.setdefault(id(node), where)
                    items = node.items() if isinstance(node, dict) else enumerate(node)
                    stack.extend((v, (*where, k)) for k, v in items)
        return self._paths

    def locate(self, error: Any) -> tuple[Any, ...]:
        relative = tuple(getattr(error, "absolute_path", ()) or ())
        if self._follow(self.data, relative, error.instance):
            return relative
        instance = getattr(error, "instance", None)
        index = self._index()
        if isinstance(instance, (dict, list)) and id(instance) in index:
            return index[id(instance)]
        schema = getattr(error, "schema", None)
        if not relative and isinstance(schema, dict) and id(schema) in index and "default" in schema:
            return (*index[id(schema)], "default")  # a default checked against its own schema
        if relative:
            for where in sorted(index.values(), key=repr):
                node = _by_id(self.data, where)
                if self._follow(node, relative, instance):
                    return (*where, *relative)
        return relative or self._from_message(str(getattr(error, "message", "")))

    def _from_message(self, message: str) -> tuple[Any, ...]:
        """openapi-spec-validator's keyword errors carry no path, but name the operation."""
        match = _OPERATION_IN.search(message)
        if match:
            route, method = match.group("route"), match.group("method")
            return ("paths", route, method, "operationId") if message.startswith("Operation ID") else ("paths", route, method)
        match = _DUPLICATE_TAG.search(message)
        if match and isinstance(self.data.get("tags"), list):
            names = [t.get("name") if isinstance(t, dict) else None for t in self.data["tags"]]
            if names.count(match.group(1)) > 1:
                return ("tags", len(names) - 1 - names[::-1].index(match.group(1)))
        return ()

    @staticmethod
    def _follow(node: Any, parts: tuple[Any, ...], instance: Any) -> bool:
        for part in parts:
            if isinstance(node, dict) and part in node or isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return False
        return node is instance or (not isinstance(node, (dict, list)) and node == instance)


def _by_id(data: Any, where: tuple[Any, ...]) -> Any:
    for part in where:
        data = data[part]
    return data


def load(
    path: Path,
    expected_sha256: str | None = None,
    validate: bool = True,
    use_cache: bool = True,
    options: LoadOptions | None = None,
) -> Document:
    """Read, parse and check a spec. Raises ``SpecError`` listing every problem found.

    ``validate=False`` runs only the structural checks (kind of document, ``$ref`` targets,
    operationIds); otherwise ``options.check`` decides (see ``LoadOptions``). Warnings go to
    ``options.report`` and onto ``Document.warnings``; with ``options.strict`` they are errors.
    """
    with start_load(path, expected_sha256, validate, use_cache, options, beside=False) as loading:
        return loading.finish()


def start_load(
    path: Path,
    expected_sha256: str | None = None,
    validate: bool = True,
    use_cache: bool = True,
    options: LoadOptions | None = None,
    beside: bool = True,
) -> Loading:
    """``load`` in two steps: read, parse and run the checks that may change the document
    (structural, meta-schema), then, with ``beside``, the checks that only read it
    (semantic, and openapi-spec-validator in ``full`` mode) in a forked child while the
    caller goes on with ``Loading.document``: ``Loading.finish()`` waits for their verdict,
    raises or reports it as ``load`` does, and gives the document. Use it as a context
    manager: leaving the block without ``finish()`` stops the child."""
    options = options or LoadOptions()
    raw, digest = spec_bytes(path, expected_sha256)
    data, ref_free = parse_document(raw, path)
    resolver = Resolver(path, data, allow_outside=options.allow_ref_outside, root_ref_free=ref_free)
    _raise(path, structural_problems(data, path, resolver))
    where = Locations(str(path))
    if len(resolver.documents) > 1 or not resolver.local_only:
        data, names = bundle(data, path.resolve(), resolver)
        where = Locations(str(path), {name: str(file) for file, name in names.items()})
        resolver = Resolver(path, data, allow_outside=options.allow_ref_outside)
    document = Document(path=path.resolve(), data=data, sha256=digest, resolver=resolver)
    found = Findings()
    rest: Callable[[], Findings] | None = None
    if validate and options.check in ("fast", "full"):
        full = options.check == "full"

        def after_meta(semantic: Callable[[], Findings]) -> Findings:
            """The checks that only read the document: the semantic ones, then (``full``,
            and no error so far) openapi-spec-validator."""
            more = semantic()
            if full and not more.errors:
                more.errors.extend(validation_problems(data, path, digest, use_cache, where))
            return more

        if ref_free and beside:
            # the meta-schema pass changes a document only by putting a $ref's target in
            # its place: with no $ref anywhere it only reads, so it goes with the other
            # checks to the other core (~30 ms less on the way for a spec never seen)
            def rest() -> Findings:
                first, semantic = start_fast_check(data, where)
                if semantic is not None:
                    first.extend(after_meta(semantic))
                return first

        else:
            found, semantic = start_fast_check(data, where)
            if semantic is not None:
                rest = functools.partial(after_meta, semantic)

    return Loading(path, document, options, found, rest, beside)


class Loading:
    """A document read and partly checked, the rest of its checks maybe still running
    (``start_load``)."""

    def __init__(
        self,
        path: Path,
        document: Document,
        options: LoadOptions,
        found: Findings,
        rest: Callable[[], Findings] | None,
        beside: bool,
    ) -> None:
        from ..parallel import forking_allowed, in_child

        self.path = path  # as the caller named it: errors say it so
        self.document = document
        self._options = options
        self._found = found
        self._rest = rest
        self._child: in_child[Findings] | None = None
        if rest is not None and beside and forking_allowed():
            self._child = in_child(rest)

    def finish(self) -> Document:
        """The document, once every check is done: their errors raised (as one
        ``SpecError``), their warnings reported and kept on ``Document.warnings``."""
        found = self._found
        if self._rest is not None:
            found.extend(self._child.result() if self._child is not None else self._rest())
            self._rest = self._child = None
        if self._options.strict:
            found.errors.extend(found.warnings)
            found.warnings = []
        _raise(self.path, found.errors)
        for problem in found.warnings:
            self._options.report(problem)
        self.document.warnings = tuple(found.warnings)
        return self.document

    def __enter__(self) -> Loading:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.__exit__(None, None, None)
            self._child = None


def _raise(path: Path, problems: list[Problem]) -> None:
    if problems:
        count = len(problems)
        more = f" (showing the first {MAX_REPORTED})" if count >= MAX_REPORTED else ""
        shown = tuple(problems[:MAX_REPORTED])
        raise SpecError(f"{path}: {count} problem{'s' if count != 1 else ''} found{more}", shown)


BUNDLE_KEY = "x-bundled"


def bundle(data: dict[str, Any], root: Path, resolver: Resolver) -> tuple[dict[str, Any], dict[Path, str]]:
    """The document with every referenced file copied under ``x-bundled/<name>`` and
    every ``$ref`` rewritten to a local pointer (a ref in another file is relative to
    that file), so the normaliser only ever follows local references; and which file
    became which name."""
    import copy

    names: dict[Path, str] = {}
    bundled: dict[str, Any] = {}

    def local(ref: str, base: Path) -> str:
        file, pointer = resolver.split(ref, base)
        if file == root:
            return "#" + pointer
        if file not in names:
            stem = "".join(ch if ch.isalnum() else "_" for ch in file.stem) or "file"
            name, n = stem, 2
            while name in bundled:
                name = f"{stem}{n}"
                n += 1
            names[file] = name
            bundled[name] = {}
            document = copy.deepcopy(resolver._document(file))
            rewrite(document, file)
            bundled[name] = document
        return f"#/{BUNDLE_KEY}/{names[file]}{pointer}"

    def rewrite(node: Any, base: Path) -> None:
        stack = [node]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                ref = value.get("$ref")
                if isinstance(ref, str):
                    value["$ref"] = local(ref, base)
                stack.extend(v for k, v in value.items() if k != "$ref")
            elif isinstance(value, list):
                stack.extend(value)

    out = copy.deepcopy(data)
    rewrite(out, root)
    out[BUNDLE_KEY] = bundled
    return out, names
