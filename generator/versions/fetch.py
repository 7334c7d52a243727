"""Download AMPECO's published spec into the specs folder.

``fetch(url, dest_dir)`` streams the document to a temporary file beside its destination
(showing bytes received / total on stderr), checks that it is an OpenAPI document the
generator can read, and moves it to ``<dest_dir>/ampeco/<info.version>/openapi.json``.
Only the standard library is used (urllib), so the generator needs no HTTP dependency.
Network problems become one ``FetchError`` line (exit code 1), never a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from .. import __version__
from ..errors import GeneratorError, SpecError, UsageError
from ..load.document import load, parse_text
from .add import atomic_write, spec_version

DEFAULT_URL = "https://developers.ampeco.com/openapi/public-api.yaml"
CHUNK = 64 * 1024
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class FetchError(GeneratorError):
    """The download failed (offline, HTTP error, cut short)."""


@dataclass(frozen=True)
class Fetched:
    url: str
    version: str
    path: Path
    sha256: str
    size: int
    replaced: bool  # False when an identical file was already there


def _human(n: int) -> str:
    return f"{n:,}"


class Progress:
    """``label: 1,234,567 / 2,800,000 bytes (44%)`` on a terminal, updated in place.

    When the stream is not a terminal (CI logs), only the first and the last line are
    written, so logs stay short.
    """

    def __init__(self, stream: IO[str], label: str, total: int | None, interval: float = 0.1) -> None:
        self.stream = stream
        self.label = label
        self.total = total
        self.interval = interval
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last = 0.0
        self._width = 0
        if not self.tty:
            size = f"{_human(total)} bytes" if total else "size unknown"
            self._write(f"{label} ({size})\n")

    def line(self, done: int) -> str:
        if self.total:
            return f"{self.label}: {_human(done)} / {_human(self.total)} bytes ({min(100, done * 100 // self.total)}%)"
        return f"{self.label}: {_human(done)} bytes"

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr must not fail the download
            pass

    def update(self, done: int) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        text = self.line(done)
        self._write("\r" + text.ljust(self._width))
        self._width = len(text)

    def finish(self, done: int) -> None:
        text = self.line(done)
        if self.tty:
            self._write("\r" + text.ljust(self._width) + "\n")
        else:
            self._write(text + "\n")


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urlsplit(url).hostname or ""
    if host in _LOOPBACK:  # never send loopback traffic through a proxy
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def download(url: str, out: IO[bytes], progress_stream: IO[str] | None = None, timeout: float = 30.0) -> int:
    """Stream ``url`` into ``out``; returns the number of bytes. Raises ``FetchError``."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UsageError(f"{url}: only http:// and https:// URLs can be fetched")
    request = urllib.request.Request(
        url, headers={"User-Agent": f"ampeco-codegen/{__version__}", "Accept": "application/json, application/yaml, */*"}
    )
    try:
        with _opener(url).open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            progress = Progress(progress_stream or sys.stderr, f"downloading {url}", total)
            done = 0
            while True:
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                progress.update(done)
            progress.finish(done)
            if total is not None and done < total:
                raise FetchError(f"{url}: the download was cut short ({_human(done)} of {_human(total)} bytes)")
            return done
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(f"cannot reach {url}: {text} (are you offline? check the network or pass --url)") from None
    except http.client.IncompleteRead as exc:
        raise FetchError(f"{url}: the download was cut short ({_human(len(exc.partial))} bytes received)") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s (are you offline?)") from None
    except (ConnectionError, http.client.HTTPException, OSError) as exc:
        raise FetchError(f"{url}: the connection failed: {exc}") from None


def fetch(
    url: str,
    dest_dir: Path,
    *,
    expected_version: str | None = None,
    expected_sha256: str | None = None,
    validate: bool = True,
    use_cache: bool = True,
    force: bool = False,
    progress_stream: IO[str] | None = None,
    timeout: float = 30.0,
    target: Path | None = None,
) -> Fetched:
    """Download ``url`` to ``target``, by default ``dest_dir/ampeco/<version>/openapi.<json|yaml>``."""
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".download-", suffix=".tmp", dir=dest_dir)
    except OSError as exc:
        raise SpecError(f"{dest_dir}: cannot write there: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            size = download(url, handle, progress_stream, timeout)
        raw = tmp.read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        is_json = raw.lstrip()[:1] in (b"{", b"[")
        named = tmp.with_name(tmp.name + (".json" if is_json else ".yaml"))
        os.replace(tmp, named)
        tmp = named
        try:
            version = spec_version(parse_text(raw, tmp), tmp)
        except SpecError as exc:
            raise SpecError(f"{url}: the download is not a usable OpenAPI document: {exc}") from None
        if expected_version and version != expected_version:
            raise FetchError(
                f"{url} serves version {version}, not {expected_version} (AMPECO publishes only its newest version; pass --url for another source)"
            )
        if expected_sha256 and digest != expected_sha256:
            raise FetchError(
                f"{url}: the downloaded {version} has sha256 {digest}, but the manifest pins {expected_sha256}; "
                "the published document changed since it was pinned"
            )
        try:
            load(tmp, validate=validate, use_cache=use_cache)
        except SpecError as exc:
            raise SpecError(f"{url}: the download is not a usable OpenAPI document: {exc}", exc.problems) from None
        final = target or dest_dir / "ampeco" / version / f"openapi.{'json' if is_json else 'yaml'}"
        if final.exists():
            if hashlib.sha256(final.read_bytes()).hexdigest() == digest:
                return Fetched(url, version, final, digest, size, False)
            if not force:
                raise FetchError(f"{final} exists with other content; pass --force to replace it")
        atomic_write(final, raw)
        return Fetched(url, version, final, digest, size, True)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
