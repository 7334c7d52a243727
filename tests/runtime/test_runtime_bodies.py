"""Request bodies other than JSON, non-JSON responses, header and cookie parameters.

Everything goes over real HTTP to the recording server on 127.0.0.1, so the tests check
the exact bytes and headers on the wire.
"""

from __future__ import annotations

import io
import json
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
from pydantic import Field

from runtime.client import SyncClient
from runtime.errors import NotFoundError
from runtime.models import SDKModel
from runtime.operation import Operation, Param, is_json_media, media_kind
from runtime.qs import encode_form, form_pairs, is_file_value, multipart_fields
from runtime.response import APIResponse
from runtime_fakes import TOKEN, FakeAmpeco
from runtime_server import RecordingServer, Reply, SleepRecorder


def op(
    path: str,
    method: str = "POST",
    *,
    request_content_type: str | None = None,
    response_content_type: str | None = None,
    params: tuple[Param, ...] = (),
) -> Operation:
    return Operation(
        operation_id=f"{method.lower()}{path.replace('/', '_')}",
        http_method=method,
        path=path,
        resource="things",
        method="call",
        deprecated=False,
        summary="",
        params=params,
        request_content_type=request_content_type,
        response_content_type=response_content_type,
    )


@pytest.fixture
def client(server: RecordingServer, sleeps: SleepRecorder) -> Any:
    with FakeAmpeco(base_url=server.url, api_token=TOKEN, sleep=sleeps) as client:
        yield client


def parse_multipart(content_type: str, body: bytes) -> list[EmailMessage]:
    """The parts of a multipart body, read back with the stdlib email parser."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("ascii")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    assert isinstance(message, EmailMessage) and message.is_multipart()
    return [part for part in message.iter_parts() if isinstance(part, EmailMessage)]


def part_name(part: EmailMessage) -> str | None:
    name = part.get_param("name", header="content-disposition")
    return name if isinstance(name, str) else None


# -- application/x-www-form-urlencoded ---------------------------------------------

FORM = op("/form", request_content_type="application/x-www-form-urlencoded")


class Address(SDKModel):
    city: str
    zip_code: str | None = Field(default=None, alias="zipCode")


class Signup(SDKModel):
    user_name: str = Field(alias="userName")
    accepts_terms: bool = Field(alias="acceptsTerms")
    address: Address | None = None
    tags: list[str] | None = None
    nickname: str | None = None


def test_form_body_from_a_model(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/form", Reply(200, {"ok": True}))
    body = Signup(
        userName="Ann Lee",
        acceptsTerms=True,
        address=Address(city="Sofia"),
        tags=["a", "b+c"],
        nickname=None,
    )
    assert client._request(FORM, dict[str, Any], body=body) == {"ok": True}
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    # By alias, only what was set, None left out, nested objects PHP-style and an
    # array of scalars repeating its name (OpenAPI's default form encoding).
    assert sent.body == (
        b"userName=Ann%20Lee&acceptsTerms=true&address%5Bcity%5D=Sofia"
        b"&tags=a&tags=b%2Bc"
    )
    assert sent.headers["content-length"] == str(len(sent.body))


def test_form_body_from_a_mapping(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/form", Reply(204))
    body = {
        "a": 1,
        "b": False,
        "c": None,
        "nested": {"x": [1, 2], "y": {"z": "w"}},
        "items": [{"id": 1}, {"id": 2}],
        "text": "é &=",
    }
    assert client._request(FORM, None, body=body) is None
    sent = server.requests[0]
    assert sent.body == (
        b"a=1&b=false&nested%5Bx%5D%5B%5D=1&nested%5Bx%5D%5B%5D=2"
        b"&nested%5By%5D%5Bz%5D=w&items%5B0%5D%5Bid%5D=1&items%5B1%5D%5Bid%5D=2"
        b"&text=%C3%A9%20%26%3D"
    )
    # What a PHP (or any form) parser reads back.
    from urllib.parse import parse_qsl

    assert parse_qsl(sent.body.decode("ascii")) == [
        ("a", "1"),
        ("b", "false"),
        ("nested[x][]", "1"),
        ("nested[x][]", "2"),
        ("nested[y][z]", "w"),
        ("items[0][id]", "1"),
        ("items[1][id]", "2"),
        ("text", "é &="),
    ]


def test_form_body_already_encoded_is_sent_as_is(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/form", Reply(204))
    client._request(FORM, None, body="a=1&b=%5B")
    client._request(FORM, None, body=b"c=2")
    assert [r.body for r in server.requests] == [b"a=1&b=%5B", b"c=2"]


def test_form_helpers() -> None:
    assert form_pairs({"x": {"y": [True]}}) == [("x[y][]", "true")]
    assert encode_form({}) == b""
    with pytest.raises(TypeError, match="form body must be a model or a mapping"):
        form_pairs([1, 2])


# -- multipart/form-data ---------------------------------------------------------

UPLOAD = op("/upload", request_content_type="multipart/form-data")
UPLOAD_PUT = op("/upload", "PUT", request_content_type="multipart/form-data")


def test_multipart_text_fields_and_files(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/upload", Reply(201, {"id": 5}))
    body = {
        "title": "Report Q1",
        "count": 3,
        "draft": False,
        "meta": {"a": 1, "b": [True, None]},
        "labels": ["x", "y"],
        "skip": None,
        "raw": b"\x00\x01\xff\r\nbinary",
        "doc": ("report.pdf", b"%PDF-1.4 \x00\xff", "application/pdf"),
        "notes": ("notes.txt", "h\u00e9llo"),
        "stream": io.BytesIO(b"streamed"),
        "attachments": [bytearray(b"one"), ("two.bin", b"two")],
    }
    assert client._request(UPLOAD, dict[str, int], body=body) == {"id": 5}
    sent = server.requests[0]
    content_type = sent.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = parse_multipart(content_type, sent.body)
    summary = [
        (
            part_name(p),
            p.get_filename(),
            p.get("content-type"),
            p.get_payload(decode=True),
        )
        for p in parts
    ]
    assert summary == [
        ("title", None, None, b"Report Q1"),
        ("count", None, None, b"3"),
        ("draft", None, None, b"false"),
        ("meta", None, None, b'{"a":1,"b":[true,null]}'),
        ("labels", None, None, b'["x","y"]'),
        ("raw", "upload", "application/octet-stream", b"\x00\x01\xff\r\nbinary"),
        ("doc", "report.pdf", "application/pdf", b"%PDF-1.4 \x00\xff"),
        ("notes", "notes.txt", "text/plain", "h\u00e9llo".encode("utf-8")),
        ("stream", "upload", "application/octet-stream", b"streamed"),
        ("attachments", "upload", "application/octet-stream", b"one"),
        ("attachments", "two.bin", "application/octet-stream", b"two"),
    ]
    boundary = content_type.split("boundary=", 1)[1]
    assert sent.body.endswith(f"--{boundary}--\r\n".encode("ascii"))


class Upload(SDKModel):
    file_name: str = Field(alias="fileName")
    content: bytes
    tags: list[str] | None = None
    comment: str | None = None


def test_multipart_from_a_model(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/upload", Reply(204))
    client._request(
        UPLOAD, None, body=Upload(fileName="a.csv", content=b"a,b\n1,2\n", tags=["t"])
    )
    sent = server.requests[0]
    parts = parse_multipart(sent.headers["content-type"], sent.body)
    assert [(part_name(p), p.get_payload(decode=True)) for p in parts] == [
        ("fileName", b"a.csv"),
        ("content", b"a,b\n1,2\n"),
        ("tags", b'["t"]'),
    ]
    assert parts[1].get_filename() == "upload"


def test_multipart_is_resent_whole_on_retry(
    client: Any, server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("PUT", "/upload", Reply(503), Reply(200, {"ok": True}))
    stream = io.BytesIO(b"only readable once")
    client._request(UPLOAD_PUT, dict[str, bool], body={"f": ("f.txt", stream)})
    first, second = server.requests
    assert first.body == second.body and b"only readable once" in first.body
    assert first.headers["content-type"] == second.headers["content-type"]
    assert len(sleeps.calls) == 1


def test_empty_multipart_body(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/upload", Reply(204))
    client._request(UPLOAD, None, body={"nothing": None})
    sent = server.requests[0]
    boundary = sent.headers["content-type"].split("boundary=", 1)[1]
    assert sent.body == f"--{boundary}--\r\n".encode("ascii")


def test_multipart_helpers() -> None:
    assert is_file_value(b"x") and is_file_value(io.BytesIO())
    assert is_file_value(("a.txt", "text")) and is_file_value((None, b"x", None))
    assert not is_file_value("just text") and not is_file_value(("a", 1))
    assert not is_file_value(("a", b"x", 3)) and not is_file_value((1, b"x"))
    assert multipart_fields({"n": [1, 2]}) == [("n", (None, b"[1,2]"))]
    with pytest.raises(TypeError, match="multipart body"):
        multipart_fields(b"raw")


# -- raw bodies: octet-stream, text and the like ------------------------------------

BINARY = op("/blob", "PUT", request_content_type="application/octet-stream")
TEXT = op("/note", request_content_type="text/plain")


@pytest.mark.parametrize(
    ("body", "wire"),
    [
        (b"\x00\x01\xfe\xff", b"\x00\x01\xfe\xff"),
        (bytearray(b"ab"), b"ab"),
        (memoryview(b"mv"), b"mv"),
        ("t\u00e9xt", "t\u00e9xt".encode("utf-8")),
        (io.BytesIO(b"\x89PNG\r\n"), b"\x89PNG\r\n"),
        (io.StringIO("text file"), b"text file"),
    ],
)
def test_octet_stream_bodies(
    client: Any, server: RecordingServer, body: Any, wire: bytes
) -> None:
    server.on("PUT", "/blob", Reply(204))
    client._request(BINARY, None, body=body)
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/octet-stream"
    assert sent.body == wire and sent.headers["content-length"] == str(len(wire))


def test_text_body_and_wrong_body_types(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/note", Reply(204))
    client._request(TEXT, None, body="hello \u00e9")
    sent = server.requests[0]
    assert sent.headers["content-type"] == "text/plain"
    assert sent.body == "hello \u00e9".encode("utf-8")
    with pytest.raises(TypeError, match="pass bytes, str or a binary file"):
        client._request(BINARY, None, body={"a": 1})
    assert len(server.requests) == 1


def test_json_suffix_types_are_json(client: Any, server: RecordingServer) -> None:
    server.on("POST", "/api", Reply(204))
    client._request(
        op("/api", request_content_type="application/vnd.api+json"),
        None,
        body={"data": {"type": "x", "n": None}},
    )
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/vnd.api+json"
    assert sent.body == b'{"data":{"type":"x","n":null}}'


def test_media_kinds() -> None:
    assert media_kind(None) == media_kind("application/json") == "json"
    assert media_kind("application/problem+json; charset=utf-8") == "json"
    assert media_kind("Application/X-WWW-Form-Urlencoded") == "form"
    assert media_kind("multipart/form-data") == "multipart"
    assert media_kind("application/octet-stream") == media_kind("text/csv") == "raw"
    assert is_json_media("text/json") and not is_json_media(None)
    assert not is_json_media("text/plain")


# -- responses: bytes, text, the httpx.Response itself -----------------------------

PDF = op("/report.pdf", "GET", response_content_type="application/pdf")
CSV = op("/export", "GET", response_content_type="text/csv")
JSON_STRING = op("/greeting", "GET", response_content_type="application/json")


def test_binary_response_as_bytes(client: Any, server: RecordingServer) -> None:
    blob = b"%PDF-1.7\x00\xff\xfe" * 100
    server.on(
        "GET", "/report.pdf", Reply(200, blob, {"Content-Type": "application/pdf"})
    )
    assert client._request(PDF, bytes) == blob
    # A non-JSON response is asked for by its type; JSON errors are still welcome.
    accept = server.requests[0].headers["accept"]
    assert accept == "application/pdf, application/json;q=0.9"


def test_text_response_as_str(client: Any, server: RecordingServer) -> None:
    text = "id,name\n1,\u00c4pfel\n"
    server.on(
        "GET",
        "/export",
        Reply(200, text.encode("utf-8"), {"Content-Type": "text/csv; charset=utf-8"}),
    )
    assert client._request(CSV, str) == text
    assert client._request(CSV, bytes) == text.encode("utf-8")


def test_httpx_response_itself(client: Any, server: RecordingServer) -> None:
    server.on("GET", "/export", Reply(200, b"a,b\n", {"Content-Type": "text/csv"}))
    response = client._request(CSV, httpx.Response)
    assert isinstance(response, httpx.Response)
    assert response.status_code == 200 and response.content == b"a,b\n"
    assert response.request.headers["authorization"] == "Bearer [masked]"


def test_str_follows_the_declared_or_received_media_type(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/greeting", Reply(200, b'"hi"'))  # no Content-Type at all
    server.on("GET", "/text", Reply(200, "hello"))  # text/plain
    server.on(
        "GET", "/json", Reply(200, b'"json"', {"Content-Type": "application/json"})
    )
    assert client._request(JSON_STRING, str) == "hi"  # declared JSON: decoded
    assert client._request(op("/text", "GET"), str) == "hello"  # undeclared: as sent
    assert client._request(op("/json", "GET"), str) == "json"  # undeclared JSON


def test_raw_mode_and_errors_of_binary_operations(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/report.pdf", Reply(200, b"\x00pdf"))
    raw = client.with_raw_response._request(PDF, bytes)
    assert isinstance(raw, APIResponse) and raw.parse() == b"\x00pdf"
    server.reset()
    server.on("GET", "/report.pdf", Reply(404, {"message": "No such report."}))
    with pytest.raises(NotFoundError, match="No such report"):
        client._request(PDF, bytes)


def test_default_accept_header_of_the_caller_wins(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", "/export", Reply(200, b"x"))
    server.on("GET", "/greeting", Reply(204))
    with FakeAmpeco(
        base_url=server.url,
        api_token=TOKEN,
        sleep=sleeps,
        default_headers={"accept": "text/csv;version=2"},
    ) as custom:
        custom._request(CSV, str)
        custom._request(JSON_STRING, None)
    assert [r.headers["accept"] for r in server.requests] == ["text/csv;version=2"] * 2


def test_no_body_response(client: Any, server: RecordingServer) -> None:
    server.on("DELETE", "/thing", Reply(204))
    assert client._request(op("/thing", "DELETE"), None) is None
    assert server.requests[0].headers["accept"] == "application/json"


# -- header and cookie parameters ------------------------------------------------

HEADERS_OP = op(
    "/with-headers",
    "GET",
    params=(
        Param("X-Str", "header"),
        Param("X-Int", "header"),
        Param("X-Bool", "header"),
        Param("X-List", "header"),
        Param("X-Object", "header", explode=True),
        Param("a", "cookie"),
        Param("b", "cookie"),
    ),
)


def test_header_and_cookie_parameters_on_the_wire(
    client: Any, server: RecordingServer
) -> None:
    server.on("GET", "/with-headers", Reply(200, {"ok": True}))
    client._request(
        HEADERS_OP,
        None,
        headers={
            "X-Str": "plain text",
            "X-Int": 42,
            "X-Bool": True,
            "X-List": ["a", 2, False],
            "X-Object": {"role": "admin", "level": 3},
            "X-Unset": None,
        },
        cookies={"a": 1, "b": "two words", "c": None},
    )
    headers = server.requests[0].headers
    assert headers["x-str"] == "plain text"
    assert headers["x-int"] == "42"
    assert headers["x-bool"] == "true"
    assert headers["x-list"] == "a,2,false"
    assert headers["x-object"] == "role=admin,level=3"
    assert "x-unset" not in headers
    assert headers["cookie"] == "a=1; b=two%20words"
    assert headers["authorization"] == f"Bearer {TOKEN}"


def test_body_encoding_leaves_json_operations_alone(
    client: Any, server: RecordingServer
) -> None:
    server.on("POST", "/json", Reply(200, {"data": {"n": 1}}))
    json_op = op("/json", request_content_type="application/json")
    result = client._request(json_op, dict[str, int], body={"n": 1}, unwrap="data")
    assert result == {"n": 1}
    assert json.loads(server.requests[0].body) == {"n": 1}


def test_base_client_defaults_still_need_a_token() -> None:
    from runtime.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="No API token"):
        SyncClient(base_url="cpo.example.com")
