"""The version manifest (``specs/versions.toml``): which spec file is which API version.

Each entry pins a file by sha256 so a spec cannot change under a version silently::

    [versions."3.110.0"]
    file = "ampeco/3.110.0/openapi.json"      # relative to the specs directory
    source = "https://developers.ampeco.com/openapi/public-api.yaml"
    sha256 = "3554fe4d..."
    validated = "openapi-spec-validator 0.9"   # the full validator passed this sha256

``generate`` of a version trusts ``validated`` once the file's sha256 matches the pin, and
skips validation; ``add-version`` and ``fetch --add`` run the full validator and record it.

The specs directory is ``$AMPECO_SPECS_DIR`` when set, else ``specs_dir`` from the
manifest's ``[settings]`` table resolved against the repository root (the folder that
holds ``specs/``); the default is ``../shared/specs``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import NamedTuple

from ..errors import GeneratorError, SpecError, UsageError
from ..writer import safe_segment

DEFAULT_SPECS_DIR = "../shared/specs"


class VersionEntry(NamedTuple):  # a named tuple: see ``errors.Problem``
    version: str
    file: str
    sha256: str
    source: str
    path: Path
    validated: str = ""  # "openapi-spec-validator X.Y": the full validator passed this sha256


class Manifest(NamedTuple):
    path: Path
    root: Path
    specs_dir: Path
    entries: tuple[VersionEntry, ...]

    def get(self, version: str) -> VersionEntry:
        for entry in self.entries:
            if entry.version == version:
                return entry
        known = ", ".join(e.version for e in self.entries) or "none"
        raise UsageError(f"unknown API version {version!r} (manifest {self.path} lists: {known})")

    @property
    def default(self) -> VersionEntry:
        if not self.entries:
            raise UsageError(f"the manifest {self.path} lists no versions")
        return max(self.entries, key=lambda e: version_key(e.version))


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Sort key for dotted versions: numeric parts compare as numbers."""
    parts = []
    for piece in version.replace("-", ".").split("."):
        parts.append((int(piece), "") if piece.isdigit() else (-1, piece))
    return tuple(parts)


def find_root(start: Path | None = None) -> Path:
    """The repository root: the nearest folder at or above ``start`` holding specs/versions.toml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "specs" / "versions.toml").is_file():
            return folder
    source_root = Path(__file__).resolve().parent.parent
    if (source_root / "specs" / "versions.toml").is_file():
        return source_root
    raise UsageError("no specs/versions.toml found in the current folder or its parents; run from the ampeco-codegen repository or pass --manifest")


def load_manifest(path: Path | None = None) -> Manifest:
    if path is None:
        path = find_root() / "specs" / "versions.toml"
    path = path.resolve()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: manifest not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read manifest: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: invalid TOML: {exc}") from None
    root = path.parent.parent
    settings = data.get("settings", {})
    env_dir = os.environ.get("AMPECO_SPECS_DIR")
    specs_dir = Path(env_dir) if env_dir else root / settings.get("specs_dir", DEFAULT_SPECS_DIR)
    entries = []
    for version, raw in sorted(data.get("versions", {}).items(), key=lambda kv: version_key(kv[0])):
        if not isinstance(raw, dict) or "file" not in raw:
            raise SpecError(f"{path}: version {version!r} needs a 'file' entry")
        try:
            safe_segment(version, "version")
        except GeneratorError as exc:
            raise SpecError(f"{path}: [versions.{version!r}]: {exc.message}") from None
        entries.append(
            VersionEntry(
                version=version,
                file=str(raw["file"]),
                sha256=str(raw.get("sha256", "")),
                source=str(raw.get("source", "")),
                path=(specs_dir / str(raw["file"])).resolve(),
                validated=str(raw.get("validated", "")),
            )
        )
    return Manifest(path=path, root=root, specs_dir=specs_dir.resolve(), entries=tuple(entries))
