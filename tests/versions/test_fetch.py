"""``fetch``: downloads over HTTP from a local server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import hashlib
import io
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml

from generator.cli import main
from generator.versions.fetch import FetchError, Progress, download, fetch
from generator.versions.manifest import load_manifest

from .conftest import V1, V2

SPEC_V2 = json.dumps(yaml.safe_load(V2.read_text()), indent=1).encode()  # AMPECO serves JSON
SPEC_V1_YAML = V1.read_bytes()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep the test output quiet
        pass

    def _send(self, status, body, length=None, close=False):
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length is not False:
            self.send_header("Content-Length", str(len(body) if length is None else length))
        if close or length is False:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            self.close_connection = True
            return
        if close or length is False:
            self.close_connection = True

    def do_GET(self):
        if self.path == "/openapi/public-api.yaml":
            self._send(200, SPEC_V2)
        elif self.path == "/v1.yaml":
            self._send(200, SPEC_V1_YAML, length=False)  # no Content-Length: size unknown
        elif self.path == "/short":
            self._send(200, SPEC_V2[:1000], length=len(SPEC_V2), close=True)
        elif self.path == "/not-openapi":
            self._send(200, b'{"hello": "world"}')
        elif self.path == "/html":
            self._send(200, b"<html><body>maintenance</body></html>")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, SPEC_V2)
        else:
            self._send(404, b'{"message": "Not Found"}')


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def closed_port():
    """A local port nothing listens on: connecting is refused, as when offline."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    monkeypatch.delenv("AMPECO_SPECS_DIR", raising=False)
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    manifest = root / "specs" / "versions.toml"
    manifest.write_text('[settings]\nspecs_dir = "../specs-data"\n')
    return manifest


def specs_dir(repo):
    return repo.parent.parent.parent / "specs-data"


def test_fetch_a_new_version_then_add_it(server, repo, capsys):
    url = f"{server}/openapi/public-api.yaml"
    assert main(["--manifest", str(repo), "fetch", "--url", url]) == 0
    captured = capsys.readouterr()
    target = specs_dir(repo) / "ampeco" / "2.0.0" / "openapi.json"  # JSON despite the .yaml URL
    assert target.read_bytes() == SPEC_V2
    assert f"{len(SPEC_V2):,} / {len(SPEC_V2):,} bytes (100%)" in captured.err
    assert f"add-version {target} --source {url}" in captured.out
    assert load_manifest(repo).entries == ()  # nothing listed without --add
    assert main(["--manifest", str(repo), "fetch", "--url", url, "--add"]) == 0
    out = capsys.readouterr().out
    assert "already at" in out and "added to" in out
    entry = load_manifest(repo).get("2.0.0")
    assert entry.sha256 == hashlib.sha256(SPEC_V2).hexdigest() and entry.source == url
    assert entry.validated.startswith("openapi-spec-validator ")  # the full validator passed it
    assert not list(specs_dir(repo).glob(".download-*"))  # temporary files are gone


def test_refetch_a_listed_version_checks_its_pin(server, repo, tmp_path, capsys):
    url = f"{server}/openapi/public-api.yaml"
    assert main(["--manifest", str(repo), "fetch", "--url", url, "--add"]) == 0
    target = load_manifest(repo).get("2.0.0").path
    target.unlink()  # a fresh machine: listed but not present
    capsys.readouterr()
    # the manifest entry's source is the default URL
    assert main(["--manifest", str(repo), "fetch", "2.0.0"]) == 0
    assert target.read_bytes() == SPEC_V2
    assert "next: ampeco-codegen generate 2.0.0" in capsys.readouterr().out
    # the server now serves another version than the one asked for
    assert main(["--manifest", str(repo), "fetch", "2.0.0", "--url", f"{server}/v1.yaml"]) == 1
    assert "serves version 1.0.0, not 2.0.0" in capsys.readouterr().err
    # a pinned checksum that no longer matches
    repo.write_text(repo.read_text().replace(hashlib.sha256(SPEC_V2).hexdigest(), "0" * 64))
    target.unlink()
    assert main(["--manifest", str(repo), "fetch", "2.0.0"]) == 1
    assert "pins " + "0" * 64 in capsys.readouterr().err
    assert not target.exists()


def test_fetch_into_another_folder_yaml_and_unknown_size(server, repo, tmp_path, capsys):
    dest = tmp_path / "elsewhere"
    assert main(["--manifest", str(repo), "fetch", "--url", f"{server}/v1.yaml", "--dest", str(dest)]) == 0
    assert (dest / "ampeco" / "1.0.0" / "openapi.yaml").read_bytes() == SPEC_V1_YAML
    assert f"{len(SPEC_V1_YAML):,} bytes" in capsys.readouterr().err
    # an existing different file is kept unless --force
    (dest / "ampeco" / "1.0.0" / "openapi.yaml").write_text("# edited\n" + V1.read_text())
    assert main(["--manifest", str(repo), "fetch", "--url", f"{server}/v1.yaml", "--dest", str(dest)]) == 1
    assert "pass --force" in capsys.readouterr().err
    assert main(["--manifest", str(repo), "fetch", "--url", f"{server}/v1.yaml", "--dest", str(dest), "--force"]) == 0
    assert (dest / "ampeco" / "1.0.0" / "openapi.yaml").read_bytes() == SPEC_V1_YAML


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/short", "cut short"),
        ("/not-openapi", "not a usable OpenAPI document"),
        ("/html", "not a usable OpenAPI document"),
    ],
)
def test_download_failures_are_one_line_and_leave_nothing(server, repo, capsys, path, message):
    assert main(["--manifest", str(repo), "fetch", "--url", server + path]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not [p for p in specs_dir(repo).rglob("*") if p.is_file()]


def test_offline_is_a_clear_error(repo, closed_port, capsys):
    assert main(["--manifest", str(repo), "fetch", "--url", f"http://127.0.0.1:{closed_port}/spec.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach http://127.0.0.1:") and "offline" in err
    assert len(err.strip().splitlines()) == 1


def test_timeout_and_bad_urls(server, repo, capsys):
    assert main(["--manifest", str(repo), "fetch", "--url", f"{server}/slow", "--timeout", "0.3"]) == 1
    assert "offline" in capsys.readouterr().err
    assert main(["--manifest", str(repo), "fetch", "--url", "ftp://example.com/spec.json"]) == 2
    # a version the manifest does not list yet: whatever is downloaded must be that version
    assert main(["--manifest", str(repo), "fetch", "9.9.9", "--url", f"{server}/openapi/public-api.yaml"]) == 1
    assert "serves version 2.0.0, not 9.9.9" in capsys.readouterr().err


def test_progress_on_a_terminal_updates_in_place():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    progress = Progress(stream, "downloading x", 2_000_000, interval=0)
    progress.update(500_000)
    progress.update(1_000_000)
    progress.finish(2_000_000)
    text = stream.getvalue()
    assert text.count("\r") == 3 and text.endswith("\n")
    assert "500,000 / 2,000,000 bytes (25%)" in text and "2,000,000 / 2,000,000 bytes (100%)" in text
    quiet = io.StringIO()  # a log file: a first and a last line only
    progress = Progress(quiet, "downloading x", None)
    progress.update(10)
    progress.finish(20)
    assert quiet.getvalue() == "downloading x (size unknown)\ndownloading x: 20 bytes\n"


def test_download_and_fetch_as_functions(server, tmp_path):
    out = io.BytesIO()
    assert download(f"{server}/openapi/public-api.yaml", out, io.StringIO()) == len(SPEC_V2)
    assert out.getvalue() == SPEC_V2
    fetched = fetch(f"{server}/openapi/public-api.yaml", tmp_path, progress_stream=io.StringIO(), validate=False)
    assert (fetched.version, fetched.replaced) == ("2.0.0", True)
    again = fetch(f"{server}/openapi/public-api.yaml", tmp_path, progress_stream=io.StringIO(), validate=False)
    assert not again.replaced
    with pytest.raises(FetchError):
        download(f"{server}/missing", io.BytesIO(), io.StringIO())
