"""Adding an API version: put the spec where the manifest points and add its entry.

``add_version(spec, manifest)`` reads ``info.version`` (unless told), computes the
sha256, copies the file to ``<specs_dir>/ampeco/<version>/openapi.json`` (``.yaml`` for
a YAML document) when it is not there already, and inserts a ``[versions."<v>"]`` table
into ``specs/versions.toml`` at its sorted place, leaving every other line (comments
included) as it was. Both files are written atomically (a temporary file, then a
rename), so an interrupted run leaves the old manifest or the new one, never half.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeneratorError, SpecError, UsageError
from ..load.document import LoadOptions, load, parse_text, read_bytes
from ..load.validate import validated_record
from .manifest import Manifest, version_key

VERSION_TEXT = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]*$")
_HEADER = re.compile(r"""^\s*\[\s*versions\s*\.\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*\]\s*(?:#.*)?$""")


@dataclass(frozen=True)
class Added:
    version: str
    path: Path  # where the spec now lives
    file: str  # the manifest's ``file`` (relative to the specs folder)
    sha256: str
    copied: bool  # False when the file was already in place
    listed: bool  # False when the manifest already had this exact entry
    previous: str | None  # the newest version before this one, for a diff hint
    note: str = ""


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def spec_version(data: object, path: Path) -> str:
    """``info.version`` of a parsed spec, checked for use as a folder name."""
    info = data.get("info") if isinstance(data, dict) else None
    version = info.get("version") if isinstance(info, dict) else None
    if version is None:
        raise SpecError(f"{path}: the spec has no info.version")
    return check_version_text(str(version))


def check_version_text(version: str) -> str:
    if not VERSION_TEXT.match(version) or ".." in version:
        raise UsageError(f"{version!r} cannot name a version folder (use letters, digits, '.', '-', '+', '_')")
    return version


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a TOML basic string is JSON-compatible here


def entry_block(version: str, file: str, sha256: str, source: str, validated: str = "") -> str:
    lines = [f"[versions.{_toml_string(version)}]", f"file = {_toml_string(file)}"]
    if source:
        lines.append(f"source = {_toml_string(source)}")
    lines.append(f"sha256 = {_toml_string(sha256)}")
    if validated:
        lines.append(f"validated = {_toml_string(validated)}")
    return "\n".join(lines) + "\n"


def set_validated(text: str, version: str, record: str) -> str:
    """``text`` with ``validated = record`` in the table of ``version`` (after its sha256 line,
    replacing an older record); every other line as it was."""
    lines = text.splitlines(keepends=True)
    inside = False
    anchor = None
    for index, line in enumerate(lines):
        match = _HEADER.match(line)
        if match or line.lstrip().startswith("["):
            if inside:
                break
            inside = match is not None and next(g for g in match.groups() if g is not None) == version
            continue
        if inside and re.match(r"\s*validated\s*=", line):
            lines[index] = f"validated = {_toml_string(record)}\n"
            return "".join(lines)
        if inside and re.match(r"\s*sha256\s*=", line):
            anchor = index
    if anchor is None:
        raise SpecError(f"no sha256 line for version {version!r}; add `validated = {_toml_string(record)}` by hand")
    if not lines[anchor].endswith("\n"):
        lines[anchor] += "\n"
    lines.insert(anchor + 1, f"validated = {_toml_string(record)}\n")
    return "".join(lines)


def insert_entry(text: str, version: str, block: str) -> str:
    """``text`` with ``block`` inserted before the first version table that sorts after it."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    position = None
    for index, line in enumerate(lines):
        match = _HEADER.match(line)
        if not match:
            continue
        other = next(g for g in match.groups() if g is not None)
        if version_key(other) > version_key(version):
            position = index
            break
    if position is None:
        while lines and not lines[-1].strip():
            lines.pop()
        prefix = "".join(lines)
        return (prefix + "\n" if prefix else "") + block
    # comments right above a table belong to it: insert above them
    while position > 0 and lines[position - 1].lstrip().startswith("#"):
        position -= 1
    return "".join(lines[:position]) + block + "\n" + "".join(lines[position:])


def add_version(
    spec: Path,
    manifest: Manifest,
    *,
    version: str | None = None,
    source: str = "",
    validate: bool = True,
    use_cache: bool = True,
) -> Added:
    raw = read_bytes(spec)
    digest = hashlib.sha256(raw).hexdigest()
    data = parse_text(raw, spec)
    try:
        found: str | None = spec_version(data, spec)
    except (SpecError, UsageError) as exc:
        if not version:
            raise type(exc)(f"{exc}; pass --version") from None
        found = None
    version = check_version_text(version) if version else found
    assert version is not None
    note = f"the spec says info.version {found!r}; listed as {version!r} as asked" if found and version != found else ""
    # every problem, located, before touching anything; the full validator, whose pass the
    # manifest records so that ``generate`` of this version need not validate again
    load(spec, validate=validate, use_cache=use_cache, options=LoadOptions(check="full"))
    record = validated_record() if validate else ""

    is_json = raw.lstrip()[:1] in (b"{", b"[") or spec.suffix.lower() == ".json"
    file = f"ampeco/{version}/openapi.{'json' if is_json else 'yaml'}"
    for entry in manifest.entries:
        if entry.version == version:
            if entry.sha256 == digest:
                dest = entry.path
                copied = _place(spec, raw, digest, dest)
                listed = False
                if record and entry.validated != record:
                    text = manifest.path.read_text(encoding="utf-8")
                    atomic_write(manifest.path, set_validated(text, version, record).encode("utf-8"))
                    listed = True
                    note = (note + "; " if note else "") + f"recorded validated = {record!r}"
                return Added(version, dest, entry.file, digest, copied, listed, _previous(manifest, version), note)
            raise GeneratorError(
                f"version {version} is already in {manifest.path} with sha256 {entry.sha256 or '(none)'}, "
                f"but {spec} has {digest}; remove or fix that entry first"
            )
    dest = manifest.specs_dir / file
    copied = _place(spec, raw, digest, dest)
    text = manifest.path.read_text(encoding="utf-8")
    updated = insert_entry(text, version, entry_block(version, file, digest, source, record))
    try:
        parsed = tomllib.loads(updated)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - the block is well formed
        raise SpecError(f"{manifest.path}: the updated manifest would not parse ({exc}); nothing written") from None
    if parsed.get("versions", {}).get(version, {}).get("sha256") != digest:
        raise SpecError(f"{manifest.path}: could not place the new entry; add it by hand:\n{entry_block(version, file, digest, source, record)}")
    atomic_write(manifest.path, updated.encode("utf-8"))
    return Added(version, dest, file, digest, copied, True, _previous(manifest, version), note)


def _place(spec: Path, raw: bytes, digest: str, dest: Path) -> bool:
    """Copy the spec to ``dest`` unless it is there already; refuse to replace other content."""
    if dest.exists():
        if dest.resolve() == spec.resolve() or hashlib.sha256(read_bytes(dest)).hexdigest() == digest:
            return False
        raise GeneratorError(f"{dest} already exists with other content; move it away or pick another --version")
    try:
        atomic_write(dest, raw)
    except OSError as exc:
        raise SpecError(f"{dest}: cannot write the spec: {exc.strerror or exc}") from None
    return True


def _previous(manifest: Manifest, version: str) -> str | None:
    older = [e.version for e in manifest.entries if version_key(e.version) < version_key(version)]
    return max(older, key=version_key) if older else None
