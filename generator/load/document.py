"""Read an OpenAPI document (JSON or YAML), check it, and give access to its ``$ref`` targets.

The loader knows nothing of the IR: it returns the raw document plus a ``Resolver`` that
follows local and relative-file references. Problems are collected and raised together
as one ``SpecError``.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from ..errors import Problem, SpecError, json_pointer

try:  # the C loader is several times faster on large documents
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how pyyaml was built
    _YamlLoader = yaml.SafeLoader

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_REPORTED = 50


@dataclass
class Document:
    """A loaded spec: its parsed content, where it came from and its checksum."""

    path: Path
    data: dict[str, Any]
    sha256: str
    resolver: Resolver = field(repr=False)


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise SpecError(f"{path}: no such file")
    if path.is_dir():
        raise SpecError(f"{path}: is a directory, expected an OpenAPI document")
    try:
        return path.read_bytes()
    except PermissionError:
        raise SpecError(f"{path}: permission denied") from None
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror or exc}") from None


def parse_text(raw: bytes, path: Path) -> Any:
    """Parse JSON or YAML, reporting the line and column of a syntax error."""
    if not raw.strip():
        raise SpecError(f"{path}: the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" or stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            problem = Problem(f"invalid JSON: {exc.msg}", str(path), line=exc.lineno, column=exc.colno)
            raise SpecError(str(problem)) from None
        except RecursionError:
            raise SpecError(f"{path}: the JSON is nested too deeply to read") from None
    try:
        return yaml.load(text, Loader=_YamlLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        what = exc.problem or exc.context or "syntax error"
        raise SpecError(str(Problem(f"invalid YAML: {what}", str(path), line=line, column=column))) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: invalid YAML: {exc}") from None
    except RecursionError:
        raise SpecError(f"{path}: the YAML is nested too deeply to read") from None


def unescape_pointer_part(part: str) -> str:
    return unquote(part).replace("~1", "/").replace("~0", "~")


class Resolver:
    """Follows ``$ref`` values: local (``#/components/...``) and relative files (``other.yaml#/x``)."""

    def __init__(self, root_path: Path, root: Any) -> None:
        self.root_path = root_path.resolve()
        self.documents: dict[Path, Any] = {self.root_path: root}

    def _document(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self.documents:
            self.documents[path] = parse_text(read_bytes(path), path)
        return self.documents[path]

    def split(self, ref: str, base: Path) -> tuple[Path, str]:
        """Return the absolute file and the pointer part of ``ref`` as seen from ``base``."""
        target, _, pointer = ref.partition("#")
        file = (base.parent / unquote(target)).resolve() if target else base
        return file, pointer

    def lookup(self, ref: str, base: Path | None = None) -> tuple[Any, Path, str]:
        """The value ``ref`` points at, the file it lives in and its canonical pointer.

        Raises ``KeyError`` with a readable reason when the target does not exist.
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
        return [Problem("not an OpenAPI document: the top level is not a mapping", file)]
    if "swagger" in data:
        return [Problem(f"Swagger {data.get('swagger')} documents are not supported; convert to OpenAPI 3", file)]
    version = data.get("openapi")
    if version is None:
        return [Problem("not an OpenAPI document: no 'openapi' field", file)]
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        return [Problem(f"unsupported OpenAPI version {version!r} (3.0 and 3.1 are supported)", file, "/openapi")]
    problems = []
    for where, ref in iter_refs(data):
        try:
            resolver.lookup(ref)
        except KeyError as exc:
            problems.append(Problem(f"unresolvable reference: {exc.args[0]}", file, json_pointer(where)))
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


def cache_dir() -> Path:
    explicit = os.environ.get("AMPECO_CODEGEN_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ampeco-codegen"


def _validator_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("openapi-spec-validator")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def validation_problems(data: dict[str, Any], path: Path, sha256: str, use_cache: bool = True) -> list[Problem]:
    """Run openapi-spec-validator; a pass is remembered per (sha256, validator version).

    The validator takes several seconds on AMPECO's 2.8 MB spec, so a document that has
    passed once is not validated again unless ``use_cache`` is false.
    """
    marker = cache_dir() / "validated" / f"{sha256}-{_validator_version()}"
    if use_cache and marker.is_file():
        return []
    from openapi_spec_validator.validation import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    cls = OpenAPIV31SpecValidator if str(data.get("openapi", "")).startswith("3.1") else OpenAPIV30SpecValidator
    problems = []
    locator = _Locator(data)
    try:
        errors = cls(data, base_uri=path.resolve().as_uri()).iter_errors()
        for error in errors:
            where = json_pointer(locator.locate(error))
            message = str(getattr(error, "message", error)).splitlines()[0]
            if len(message) > 300:
                message = message[:297] + "..."
            problems.append(Problem(message, str(path), where))
            if len(problems) >= MAX_REPORTED:
                break
    except RecursionError:
        problems.append(Problem("the validator gave up: the document is nested too deeply", str(path)))
    except Exception as exc:  # the validator raises assorted errors on malformed input
        problems.append(Problem(f"the validator failed: {type(exc).__name__}: {exc}", str(path)))
    if not problems and use_cache:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("ok\n")
        except OSError:
            pass
    return problems


class _Locator:
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
        for node_id, where in sorted(index.items(), key=lambda kv: kv[1].__repr__()):
            node = _by_id(self.data, where)
            if relative and self._follow(node, relative, instance):
                return (*where, *relative)
        return relative

    @staticmethod
    def _follow(node: Any, parts: tuple[Any, ...], instance: Any) -> bool:
        for part in parts:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return False
        return node is instance or (not isinstance(node, (dict, list)) and node == instance)


def _by_id(data: Any, where: tuple[Any, ...]) -> Any:
    for part in where:
        data = data[part]
    return data


def load(path: Path, expected_sha256: str | None = None, validate: bool = True, use_cache: bool = True) -> Document:
    """Read, parse and check a spec. Raises ``SpecError`` listing every problem found."""
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    if expected_sha256 and digest != expected_sha256:
        raise SpecError(
            f"{path}: checksum mismatch: the manifest pins sha256 {expected_sha256}, "
            f"the file has {digest}; if the new file is intended, update specs/versions.toml"
        )
    data = parse_text(raw, path)
    resolver = Resolver(path, data)
    problems = structural_problems(data, path, resolver)
    if not problems and validate:
        problems = validation_problems(data, path, digest, use_cache)
    if problems:
        count = len(problems)
        more = " (showing the first 50)" if count >= MAX_REPORTED else ""
        raise SpecError(f"{path}: {count} problem{'s' if count != 1 else ''} found{more}", tuple(problems))
    if any(not ref.startswith("#") for _, ref in iter_refs(data)):
        data = bundle(data, path.resolve(), resolver)
        resolver = Resolver(path, data)
    return Document(path=path.resolve(), data=data, sha256=digest, resolver=resolver)


BUNDLE_KEY = "x-bundled"


def bundle(data: dict[str, Any], root: Path, resolver: Resolver) -> dict[str, Any]:
    """The document with every referenced file copied under ``x-bundled/<name>`` and
    every ``$ref`` rewritten to a local pointer (a ref in another file is relative to
    that file), so the normaliser only ever follows local references."""
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
    return out
