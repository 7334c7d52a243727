"""The ``ampeco-codegen`` command line.

Exit codes: 0 success, 1 a check or validation failed (or the input is bad), 2 bad usage.
Errors print as one located message, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from . import __version__, native
from .errors import GeneratorError, OutputError, SpecError, UsageError
from .load.files import spec_sha256
from .versions.lock import NamesLock, VersionsLock
from .versions.manifest import Manifest, VersionEntry, load_manifest
from .writer import package_name_problem, read_tree, safe_segment, write_tree

if TYPE_CHECKING:
    from .load.document import LoadOptions
    from .model.ir import Api
    from .versions.add import Added


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ampeco-codegen", description="Generate a typed Python SDK from the AMPECO.CHARGE Public API spec.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}, stages {native.status}")
    parser.add_argument("--manifest", type=Path, help="the version manifest (default: specs/versions.toml of the repository)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    gen = sub.add_parser("generate", help="generate the SDK for a version of the manifest or a spec file")
    gen.add_argument("target", nargs="?", help="a version listed in the manifest, or a path to a spec (default: the newest version)")
    gen.add_argument("--all", action="store_true", help="every version of the manifest")
    gen.add_argument("--out", type=Path, help="output folder (default: generated/<version>)")
    gen.add_argument("--package-name", default="ampeco", help="import name of the generated package (default: ampeco)")
    gen.add_argument(
        "--client-name",
        default="",
        help=(
            "class name of the client (default: the package name in Pascal case); "
            "also names the async client, the stub, the base error and the environment variables"
        ),
    )
    gen.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 and list the files that are out of date (every manifest version unless a target is given)",
    )
    gen.add_argument(
        "--names-lock",
        type=Path,
        help="the names lock to read and update (default: specs/names.lock.json for manifest versions; a spec path outside the manifest reads none)",
    )
    gen.add_argument("--force", action="store_true", help="replace an output folder that ampeco-codegen did not create")
    gen.add_argument("--no-cache", action="store_true", help="use no cache: validate the spec, build its IR and format the files afresh")
    gen.add_argument("--strict", action="store_true", help="run openapi-spec-validator too, and treat warnings as errors")
    gen.add_argument("--allow-ref-outside", action="store_true", help="let $ref read files outside the spec's folder (never URLs)")
    gen.add_argument("--quiet", "-q", action="store_true")
    gen.add_argument("--no-unused-components", action="store_true", help="no classes for components/schemas that no operation or webhook uses")

    val = sub.add_parser("validate", help="check a spec with openapi-spec-validator and report every problem found")
    val.add_argument("path", type=Path)
    val.add_argument("--no-cache", action="store_true", help="validate even if this exact file passed before")
    val.add_argument("--strict", action="store_true", help="treat warnings as errors")
    val.add_argument("--allow-ref-outside", action="store_true", help="let $ref read files outside the spec's folder (never URLs)")

    ver = sub.add_parser("versions", help="list the versions of the manifest")
    ver.add_argument("--verify", action="store_true", help="also check each spec file's sha256; exit 1 if one is missing or differs")

    dif = sub.add_parser("diff", help="report what changed between two API versions, and what breaks")
    dif.add_argument("old", help="the older version (listed in the manifest) or a path to a spec")
    dif.add_argument("new", help="the newer version (listed in the manifest) or a path to a spec")
    dif.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="output format (default: text)")
    dif.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a breaking change is found (for CI)")
    dif.add_argument(
        "--ignore-deprecated", action="store_true", help="with --fail-on-breaking: ignore breaking changes to what the old version already deprecated"
    )
    dif.add_argument(
        "--uses",
        type=Path,
        metavar="FILE",
        help="with --fail-on-breaking: fail only for the operations (operationId or resource.method) and classes listed in FILE, one a line",
    )
    dif.add_argument("--names-lock", type=Path, help="the names lock generate uses (default: specs/names.lock.json when the manifest is found)")
    dif.add_argument("--output", "-o", type=Path, help="write the report to this file instead of stdout")
    dif.add_argument("--no-cache", action="store_true", help="build both IRs afresh (neither read nor write the IR cache)")
    dif.add_argument(
        "--validate",
        action="store_true",
        help="also run openapi-spec-validator on both specs (cached by sha256; by default only the fast structural checks run)",
    )

    add = sub.add_parser("add-version", help="put a spec where the manifest points and add its manifest entry")
    add.add_argument("path", type=Path, help="the spec file (JSON or YAML)")
    add.add_argument("--version", dest="api_version", help="the API version (default: the spec's info.version)")
    add.add_argument("--source", default="", help="where the spec was published (recorded in the manifest)")
    add.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (structural checks still run)")

    fet = sub.add_parser("fetch", help="download AMPECO's published spec into the specs folder")
    fet.add_argument("target", nargs="?", metavar="VERSION", help="a version of the manifest: re-download it and check its sha256")
    fet.add_argument("--url", help="where to download from (default: the manifest entry's source)")
    fet.add_argument("--dest", type=Path, help="specs folder to write into (default: the manifest's specs folder)")
    fet.add_argument("--add", action="store_true", help="also add a new version to the manifest (like add-version)")
    fet.add_argument("--force", action="store_true", help="replace a different file already at the destination")
    fet.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the server (default: 30)")
    fet.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (structural checks still run)")
    return parser


class _Target(NamedTuple):  # a named tuple: see ``errors.Problem``
    spec: Path
    sha256: str | None  # the manifest's pin
    label: str | None  # the manifest version (None: a spec path outside the manifest)
    out: Path | None  # the default output folder
    validated: bool = False  # the manifest records a full openapi-spec-validator pass


def _targets(args: argparse.Namespace) -> tuple[list[_Target], Manifest | None]:
    """What to generate, and the manifest (when one is found or needed)."""
    manifest: Manifest | None = None
    every = args.all or (args.check and args.target is None)
    if every or args.target is None or not _looks_like_path(args.target):
        manifest = load_manifest(args.manifest)
    if args.all and args.target:
        raise UsageError("give either a target or --all, not both")
    if every:
        if args.out:
            raise UsageError("--out cannot be used with --all (or --check without a target)")
        assert manifest is not None
        return [_entry_target(manifest, e) for e in manifest.entries], manifest
    if args.target is None:
        assert manifest is not None
        return [_entry_target(manifest, manifest.default)], manifest
    if manifest is not None:
        return [_entry_target(manifest, manifest.get(args.target))], manifest
    path = Path(args.target)
    try:
        manifest = load_manifest(args.manifest)
    except GeneratorError:
        return [_Target(path, None, None, None)], None
    entry = _manifest_entry_for(manifest, path)
    if entry is not None:  # one spec, one SDK: a manifest version's file is that version
        return [_entry_target(manifest, entry)], manifest
    return [_Target(path, None, None, None)], manifest


def _manifest_entry_for(manifest: Manifest, path: Path) -> VersionEntry | None:
    """The manifest version whose spec is ``path`` (the same file, or the same bytes)."""
    try:
        resolved = path.resolve()
        # read only if it changed since last noted; a generation that follows reads it once
        digest = spec_sha256(path) if path.is_file() else ""
    except (OSError, SpecError):
        return None
    for entry in manifest.entries:
        if entry.path == resolved or (digest and entry.sha256 == digest):
            return entry
    return None


def _looks_like_path(target: str) -> bool:
    return "/" in target or target.endswith((".json", ".yaml", ".yml")) or Path(target).exists()


def _entry_target(manifest: Manifest, entry: VersionEntry) -> _Target:
    _require_spec(entry)
    return _Target(entry.path, entry.sha256 or None, entry.version, manifest.root / "generated" / entry.version, bool(entry.validated))


def _require_spec(entry: VersionEntry) -> None:
    if not entry.path.exists():
        raise SpecError(f"{entry.path}: no such file (API version {entry.version}); run `ampeco-codegen fetch {entry.version}` to download it")


def _generated_root() -> Path:
    try:
        return load_manifest(None).root / "generated"
    except GeneratorError:
        return Path.cwd() / "generated"


def _check_mode(args: argparse.Namespace, target: _Target) -> LoadOptions:
    """How ``generate`` checks a spec: ``--strict`` runs the full validator; a manifest
    version whose sha256 is pinned and whose validation is recorded is trusted (the loader
    has checked the sha256 before the record counts); anything else gets the fast check."""
    if args.strict:
        check = "full"
    elif target.label is not None and target.sha256 and target.validated:
        check = "trusted"
    else:
        check = "fast"
    from .load.document import LoadOptions

    return LoadOptions(check=check, strict=args.strict, allow_ref_outside=args.allow_ref_outside)


def _valid_client_name(name: str) -> bool:
    from .pipeline import valid_client_name

    return valid_client_name(name)


def cmd_generate(args: argparse.Namespace) -> int:
    from .versions.lock import read_versions_lock, write_versions_lock

    problem = package_name_problem(args.package_name)
    if problem:
        raise UsageError(f"--package-name {args.package_name!r} {problem}")
    if args.client_name and not _valid_client_name(args.client_name):
        raise UsageError(f"--client-name {args.client_name!r} is not a valid Python class name (letters, digits and '_', starting with a letter)")
    targets, manifest = _targets(args)
    lock_path: Path | None = args.names_lock
    if lock_path is None and manifest is not None and any(t.label for t in targets):
        lock_path = manifest.path.parent / "names.lock.json"
    lock = read_versions_lock(lock_path) if lock_path is not None else None
    original = lock
    status = 0
    # generation makes millions of small objects and frees them by reference counting: the
    # cyclic collector only costs time here (~0.1 s of a cold run); it runs between versions
    gc.disable()
    try:
        for index, target in enumerate(targets):  # manifest order: each version sees the names of those before it
            if index:
                gc.collect()
            failed, lock = _generate_one(args, target, lock)
            status |= failed
        if args.check and lock is not None and manifest is not None:
            missing = [t.label for t in targets if t.label and t.label not in lock.versions]
            if missing:
                print(f"{lock_path}: no names recorded for {', '.join(missing)}; run `ampeco-codegen generate --all`", file=sys.stderr)
                status = 1
    finally:
        gc.enable()
        if lock is not None and lock_path is not None and not args.check:
            if args.all and manifest is not None:
                lock = lock.only({e.version for e in manifest.entries})  # versions that left the manifest
            if lock != original:
                write_versions_lock(lock_path, lock)
    return status


def _generate_one(args: argparse.Namespace, target: _Target, lock: VersionsLock | None) -> tuple[int, VersionsLock | None]:
    """Generate (or check) one target; (1 if out of date else 0, the lock with its entry)."""
    from .versions.ircache import file_digest, output_stamp
    from .versions.lock import entry_of, entry_text
    from .writer import is_current, marker_text, read_marker, remember_tree, restamp

    started = time.perf_counter()
    digest = file_digest(target.spec, target.sha256)
    label = target.label or (lock.find(digest) if lock is not None else None)
    own = lock.versions.get(label) if lock is not None and label else None
    out = args.out or target.out or (_generated_root() / label if label else None)
    # everything besides the spec and its names that decides the files
    settings = f"{args.package_name}|{args.client_name}|{'no-' if args.no_unused_components else ''}unused-components"
    if (
        own is not None
        and out is not None
        and not args.no_cache
        and not args.strict
        and is_current(out, output_stamp(digest, entry_text(own), settings))
    ):
        if not args.quiet:
            print(f"{out}: up to date (spec, names and generator unchanged)")
        return 0, lock
    from .pipeline import generate  # the heavy part, not needed for an output that is up to date

    entries: list[NamesLock] = []
    result = generate(
        target.spec,
        package=args.package_name,
        sha256=target.sha256,
        use_cache=not args.no_cache,
        names_lock=lock,
        version=label,
        unused_components=not args.no_unused_components,
        client_name=args.client_name,
        options=_check_mode(args, target),
        keep_later=True,
        while_waiting=lambda api: entries.append(entry_of(api, digest)),  # the files' lock entry
    )
    if _exit_fast:  # the last version's IR and files are left to the system at exit
        _kept[:] = [result]
    entry = entries[0] if entries else entry_of(result.api, digest)
    try:
        if args.strict and result.api.warnings:  # --strict: what generation worked around is an error
            raise SpecError(f"{target.spec}: {len(result.api.warnings)} problem(s) found", tuple(result.api.warnings))
        for warning in result.api.warnings:  # located, and worked around (see the README)
            print(f"warning: {warning}", file=sys.stderr)
        version = label or result.api.version
        out = out or _generated_root() / safe_segment(version, "the spec's info.version")
        if args.check:
            stale = compare(result.files, out)
            if stale:
                print(f"{out}: {len(stale)} file(s) out of date; run `ampeco-codegen generate {label or target.spec}` to update", file=sys.stderr)
                for line in stale:
                    print(f"  {line}", file=sys.stderr)
                return 1, lock
            if not args.quiet:
                print(f"{out}: up to date ({len(result.files)} files)")
            return 0, lock
        marker = marker_text(output_stamp(digest, entry_text(entry), settings), result.files)
        written: dict[str, os.stat_result] | None = None
        if not restamp(out, result.files, marker):  # the same files: only the stamp is new
            notes: list[str] = []
            written = {}
            write_tree(result.files, out, force=args.force, marker_text=marker, protect=(target.spec,), notes=notes, stats=written)
            for note in notes:
                print(f"note: {note}", file=sys.stderr)
        remember_tree(out, read_marker(out).get("tree", ""), written)  # the next unchanged run reads no file
        if lock is not None and lock.versions.get(version) != entry:
            lock = lock.with_entry(version, entry)
        if not args.quiet:
            api = result.api
            elapsed = time.perf_counter() - started
            print(
                f"{out}: {len(result.files)} files, {len(api.operations)} operations, "
                f"{len(api.resources)} resources, {len(api.models)} models, {len(api.enums)} enums "
                f"({elapsed:.2f} s)"
            )
        return 0, lock
    finally:
        if result.keep is not None:  # a new IR, stored by the rendering's forked half meanwhile
            result.keep()


def compare(files: dict[str, str], out: Path) -> list[str]:
    """Lines describing each difference between ``files`` and the tree at ``out``."""
    existing = read_tree(out)
    lines = []
    for rel in sorted(set(files) | set(existing)):
        if rel not in existing:
            lines.append(f"missing: {rel}")
        elif rel not in files:
            lines.append(f"extra:   {rel}")
        elif files[rel] != existing[rel]:
            lines.append(f"stale:   {rel}")
    return lines


def diff_text(expected: str, actual: str, name: str, limit: int = 60) -> str:
    """A unified diff of one golden file, cut to ``limit`` lines."""
    import difflib

    diff = list(difflib.unified_diff(actual.splitlines(), expected.splitlines(), f"golden/{name}", f"regenerated/{name}", lineterm=""))
    if len(diff) > limit:
        diff = diff[:limit] + [f"... ({len(diff) - limit} more lines)"]
    return "\n".join(diff)


def cmd_validate(args: argparse.Namespace) -> int:
    from .load.document import LoadOptions, load
    from .normalise.normaliser import normalise

    options = LoadOptions(check="full", strict=args.strict, allow_ref_outside=args.allow_ref_outside)
    document = load(args.path, use_cache=not args.no_cache, options=options)
    api = normalise(document)
    print(f"{args.path}: valid OpenAPI {document.data.get('openapi')}, {len(api.operations)} operations")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    manifest = load_manifest(args.manifest)
    default = manifest.default.version if manifest.entries else None
    status = 0
    if not manifest.entries:
        print(f"{manifest.path}: no versions; add one with `ampeco-codegen add-version PATH` or `ampeco-codegen fetch --add`")
    for entry in manifest.entries:
        state = "present" if entry.path.is_file() else "missing"
        if args.verify:
            if state == "missing":
                status = 1
            else:
                digest = hashlib.sha256(entry.path.read_bytes()).hexdigest()
                if entry.sha256 and digest != entry.sha256:
                    state += ", sha256 MISMATCH"
                    status = 1
                else:
                    state += ", sha256 ok" if entry.sha256 else ", not pinned"
        mark = " (default)" if entry.version == default else ""
        generated = manifest.root / "generated" / entry.version
        built = "generated" if generated.is_dir() else "not generated"
        print(f"{entry.version}{mark}\t{entry.path}\t{state}\tsha256 {entry.sha256[:12] or '-'}\t{built}")
    return status


def _diff_input(text: str, manifest_path: Path | None) -> tuple[Path, str | None, str, str | None]:
    """(spec path, pinned sha256, label, manifest version) for a diff argument: a manifest
    version or a path (a path to a manifest version's file is that version)."""
    if _looks_like_path(text):
        try:
            entry = _manifest_entry_for(load_manifest(manifest_path), Path(text))
        except GeneratorError:
            entry = None
        return Path(text), None, text, entry.version if entry else None
    entry = load_manifest(manifest_path).get(text)
    _require_spec(entry)
    return entry.path, entry.sha256 or None, entry.version, entry.version


def _diff_lock(args: argparse.Namespace) -> VersionsLock | None:
    """The names lock ``generate`` would use, so the report names what the SDK has."""
    from .versions.lock import read_versions_lock

    if args.names_lock is not None:
        if not args.names_lock.is_file():
            raise UsageError(f"{args.names_lock}: no such names lock")
        return read_versions_lock(args.names_lock)
    try:
        path = load_manifest(args.manifest).path.parent / "names.lock.json"
    except GeneratorError:
        return None
    return read_versions_lock(path) if path.is_file() else None


def _read_uses(path: Path) -> set[str]:
    """The names in a ``--uses`` file: one a line, ``#`` starts a comment."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the --uses file: {getattr(exc, 'strerror', None) or exc}") from None
    names = {line.split("#", 1)[0].strip() for line in text.splitlines()}
    names.discard("")
    if not names:
        raise UsageError(f"{path}: the --uses file names nothing (one operationId, resource.method or class a line)")
    return names


def _build_ir(path: Path, sha: str | None, validate: bool, use_cache: bool) -> Api:
    """One spec's IR, from the IR cache when it is there (``versions.ircache``)."""
    from .versions.ircache import build_api_cached

    return build_api_cached(path, sha256=sha, validate=validate, use_cache=use_cache)


def build_two(inputs: list[tuple[Path, str | None]], validate: bool, use_cache: bool = True) -> list[Api]:
    """The IRs of two specs, as fast as the machine allows.

    A spec built before comes from the IR cache (``generator.ircache``); the same file twice
    is built once; two specs that both need building are built side by side when there is a
    second core (the second in a forked child: ``parallel.in_child``), else one after the other.
    """
    from .parallel import in_child
    from .versions.ircache import file_digest, is_cached

    digests = [file_digest(path, sha) for path, sha in inputs]
    if digests[0] == digests[1]:
        first = _build_ir(*inputs[0], validate, use_cache)
        return [first, first]
    if use_cache and any(is_cached(path, d, validate=validate) for (path, _), d in zip(inputs, digests, strict=True)):
        return [_build_ir(path, sha, validate, use_cache) for path, sha in inputs]
    with in_child(lambda: _build_ir(*inputs[1], validate, use_cache)) as second:
        first = _build_ir(*inputs[0], validate, use_cache)
        return [first, second.result()]


def cmd_diff(args: argparse.Namespace) -> int:
    from .versions.diff import diff_apis
    from .versions.ircache import file_digest
    from .versions.lock import locked_api

    if (args.ignore_deprecated or args.uses) and not args.fail_on_breaking:
        raise UsageError("--ignore-deprecated and --uses scope --fail-on-breaking; add it")
    uses = _read_uses(args.uses) if args.uses else None
    inputs = []
    labels = []
    versions = []
    for text in (args.old, args.new):
        path, sha, label, version = _diff_input(text, args.manifest)
        inputs.append((path, sha))
        labels.append(label)
        versions.append(version)
    apis = build_two(inputs, validate=args.validate, use_cache=not args.no_cache)
    lock = _diff_lock(args)
    if lock is not None:  # the names the generated SDKs have, not the naming rules' raw ones
        apis = [locked_api(api, lock, version, file_digest(path)) for api, version, (path, _) in zip(apis, versions, inputs, strict=True)]
    report = diff_apis(apis[0], apis[1], labels[0], labels[1])
    output = report.render(args.format)
    if args.output:
        from .versions.add import atomic_write

        try:
            atomic_write(args.output, output.encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"{args.output}: cannot write the report: {exc.strerror or exc}") from None
        n = len(report.breaking)
        print(f"{args.output}: {len(report.changes)} changes, {n} breaking", file=sys.stderr)
    else:
        sys.stdout.write(output)
    if args.fail_on_breaking:
        counted = report.gate(ignore_deprecated=args.ignore_deprecated, uses=uses)
        if counted:
            scope = []
            if args.ignore_deprecated:
                scope.append("not already deprecated")
            if uses is not None:
                scope.append(f"in what {args.uses} lists")
            where = f" ({', '.join(scope)})" if scope else ""
            print(f"error: {len(counted)} breaking change(s) from {labels[0]} to {labels[1]}{where}", file=sys.stderr)
            for change in counted[:20]:
                print(f"  {_subject_of(change)}{change.message}", file=sys.stderr)
            return 1
    return 0


def _subject_of(change: object) -> str:
    operation = getattr(change, "operation", "")
    return f"{operation}: " if operation else ""


def _next_steps(version: str, previous: str | None) -> list[str]:
    steps = [f"ampeco-codegen generate {version}"]
    if previous:
        steps.append(f"ampeco-codegen diff {previous} {version}")
    steps.append("python -m pytest -q   # the golden test now covers it too")
    return steps


def cmd_add_version(args: argparse.Namespace) -> int:
    from .versions.add import add_version

    manifest = load_manifest(args.manifest)
    added = add_version(args.path, manifest, version=args.api_version, source=args.source, validate=not args.no_validate)
    _report_added(added, manifest)
    return 0


def _report_added(added: Added, manifest: Manifest) -> None:
    if added.note:
        print(f"note: {added.note}", file=sys.stderr)
    where = "copied to" if added.copied else "already at"
    print(f"{added.version}: spec {where} {added.path} (sha256 {added.sha256})")
    if added.listed:
        print(f"{added.version}: added to {manifest.path}")
    else:
        print(f"{added.version}: already listed in {manifest.path}")
    print("next:")
    for step in _next_steps(added.version, added.previous):
        print(f"  {step}")


def cmd_fetch(args: argparse.Namespace) -> int:
    from .versions.add import add_version
    from .versions.fetch import DEFAULT_URL, fetch

    manifest: Manifest | None = None
    try:
        manifest = load_manifest(args.manifest)
    except GeneratorError:
        if args.target or args.add or not args.dest:
            raise
    entry = next((e for e in manifest.entries if e.version == args.target), None) if manifest and args.target else None
    url = args.url or (entry.source if entry else "") or (manifest.default.source if manifest and manifest.entries else "") or DEFAULT_URL
    dest = args.dest or (manifest.specs_dir if manifest else None)
    assert dest is not None
    if args.add and args.dest and manifest and args.dest.resolve() != manifest.specs_dir:
        raise UsageError("--add needs the manifest's specs folder; leave out --dest")
    fetched = fetch(
        url,
        dest,
        expected_version=args.target,
        expected_sha256=entry.sha256 if entry and entry.sha256 and not args.url else None,
        validate=not args.no_validate,
        force=args.force,
        timeout=args.timeout,
        target=entry.path if entry and not args.dest else None,  # where the manifest looks for it
    )
    state = "saved to" if fetched.replaced else "already at"
    print(f"{fetched.version}: {fetched.size:,} bytes {state} {fetched.path} (sha256 {fetched.sha256})")
    if manifest is None:
        return 0
    listed = next((e for e in manifest.entries if e.version == fetched.version), None)
    if listed is not None:
        if listed.sha256 and listed.sha256 != fetched.sha256:
            print(f"note: the manifest pins {fetched.version} to sha256 {listed.sha256}; this download differs", file=sys.stderr)
        elif args.dest is None or args.dest.resolve() == manifest.specs_dir:
            print(f"{fetched.version} is in the manifest; next: ampeco-codegen generate {fetched.version}")
        return 0
    if args.add:
        added = add_version(fetched.path, manifest, source=url, validate=not args.no_validate)
        _report_added(added, manifest)
    else:
        print(f"{fetched.version} is a new version; next: ampeco-codegen add-version {fetched.path} --source {url}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        handler = {
            "generate": cmd_generate,
            "validate": cmd_validate,
            "versions": cmd_versions,
            "diff": cmd_diff,
            "add-version": cmd_add_version,
            "fetch": cmd_fetch,
        }[args.command]
        return handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


_exit_fast = False  # set by ``run``: the process ends right after ``main``
_kept: list[object] = []


def run() -> NoReturn:
    """The ``ampeco-codegen`` command: ``main``, then out without tearing the interpreter
    down object by object (freeing a generation's millions of objects one by one takes
    ~0.2 s; the system frees the memory at once). Files are closed by then, and the
    standard streams are flushed here."""
    global _exit_fast
    _exit_fast = True
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be said
        code = code or 1
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
