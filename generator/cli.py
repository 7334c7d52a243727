"""The ``ampeco-codegen`` command line.

Exit codes: 0 success, 1 a check or validation failed (or the input is bad), 2 bad usage.
Errors print as one located message, never a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import GeneratorError, UsageError
from .manifest import Manifest, VersionEntry, load_manifest
from .pipeline import generate, valid_package_name
from .writer import read_tree, write_tree


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ampeco-codegen", description="Generate a typed Python SDK from the AMPECO.CHARGE Public API spec.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--manifest", type=Path, help="the version manifest (default: specs/versions.toml of the repository)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    gen = sub.add_parser("generate", help="generate the SDK for a version of the manifest or a spec file")
    gen.add_argument("target", nargs="?", help="a version listed in the manifest, or a path to a spec (default: the newest version)")
    gen.add_argument("--all", action="store_true", help="every version of the manifest")
    gen.add_argument("--out", type=Path, help="output folder (default: generated/<version>)")
    gen.add_argument("--package-name", default="ampeco", help="import name of the generated package (default: ampeco)")
    gen.add_argument("--check", action="store_true", help="do not write; exit 1 and list the files that are out of date")
    gen.add_argument("--force", action="store_true", help="replace an output folder that ampeco-codegen did not create")
    gen.add_argument("--no-cache", action="store_true", help="validate the spec even if this exact file passed before")
    gen.add_argument("--quiet", "-q", action="store_true")

    val = sub.add_parser("validate", help="check a spec and report every problem found")
    val.add_argument("path", type=Path)
    val.add_argument("--no-cache", action="store_true", help="validate even if this exact file passed before")

    sub.add_parser("versions", help="list the versions of the manifest")
    return parser


def _targets(args: argparse.Namespace) -> list[tuple[Path, str | None, str | None, Path | None]]:
    """(spec path, pinned sha256, version label, default output) for each thing to generate."""
    manifest: Manifest | None = None
    if args.all or args.target is None or not _looks_like_path(args.target):
        manifest = load_manifest(args.manifest)
    if args.all:
        if args.target:
            raise UsageError("give either a target or --all, not both")
        if args.out:
            raise UsageError("--out cannot be used with --all")
        return [_entry_target(manifest, e) for e in manifest.entries]  # type: ignore[union-attr]
    if args.target is None:
        return [_entry_target(manifest, manifest.default)]  # type: ignore[union-attr]
    if manifest is not None:
        return [_entry_target(manifest, manifest.get(args.target))]
    path = Path(args.target)
    return [(path, None, None, None)]


def _looks_like_path(target: str) -> bool:
    return "/" in target or target.endswith((".json", ".yaml", ".yml")) or Path(target).exists()


def _entry_target(manifest: Manifest, entry: VersionEntry) -> tuple[Path, str | None, str | None, Path | None]:
    return (entry.path, entry.sha256 or None, entry.version, manifest.root / "generated" / entry.version)


def _generated_root() -> Path:
    try:
        return load_manifest(None).root / "generated"
    except GeneratorError:
        return Path.cwd() / "generated"


def cmd_generate(args: argparse.Namespace) -> int:
    if not valid_package_name(args.package_name):
        raise UsageError(f"--package-name {args.package_name!r} is not a valid Python package name")
    status = 0
    for spec, sha, label, default_out in _targets(args):
        started = time.perf_counter()
        result = generate(spec, package=args.package_name, sha256=sha, use_cache=not args.no_cache)
        version = label or result.api.version
        out = args.out or default_out or _generated_root() / version
        if args.check:
            stale = compare(result.files, out)
            if stale:
                print(f"{out}: {len(stale)} file(s) out of date; run `ampeco-codegen generate {label or spec}` to update", file=sys.stderr)
                for line in stale:
                    print(f"  {line}", file=sys.stderr)
                status = 1
            elif not args.quiet:
                print(f"{out}: up to date ({len(result.files)} files)")
            continue
        write_tree(result.files, out, force=args.force)
        if not args.quiet:
            api = result.api
            elapsed = time.perf_counter() - started
            print(
                f"{out}: {len(result.files)} files, {len(api.operations)} operations, "
                f"{len(api.resources)} resources, {len(api.models)} models, {len(api.enums)} enums "
                f"({elapsed:.2f} s)"
            )
    return status


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
    diff = list(difflib.unified_diff(actual.splitlines(), expected.splitlines(), f"golden/{name}", f"regenerated/{name}", lineterm=""))
    if len(diff) > limit:
        diff = diff[:limit] + [f"... ({len(diff) - limit} more lines)"]
    return "\n".join(diff)


def cmd_validate(args: argparse.Namespace) -> int:
    from .loader import load
    from .normaliser import normalise

    document = load(args.path, use_cache=not args.no_cache)
    api = normalise(document)
    print(f"{args.path}: valid OpenAPI {document.data.get('openapi')}, {len(api.operations)} operations")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    manifest = load_manifest(args.manifest)
    default = manifest.default.version if manifest.entries else None
    for entry in manifest.entries:
        state = "present" if entry.path.is_file() else "missing"
        mark = " (default)" if entry.version == default else ""
        print(f"{entry.version}{mark}\t{entry.path}\t{state}\tsha256 {entry.sha256[:12] or '-'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        handler = {"generate": cmd_generate, "validate": cmd_validate, "versions": cmd_versions}[args.command]
        return handler(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
