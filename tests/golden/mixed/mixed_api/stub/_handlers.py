"""The stub server's handlers: one per operation of the Mixed API 2.0.0.

Each is registered with what its operation needs (method, path template, typed path,
query, header and cookie parameters, body type and media type, success status, result
type, media type and envelope, and its security when it is not the API's default) and
picks the operation's behaviour; ``Call`` (in the runtime) carries it out.
"""

from __future__ import annotations

from .._runtime.operation import SecurityScheme
from .._runtime.stub_call import Call
from .._runtime.stub_records import Reply
from .._runtime.stub_routes import RouteTable
from .._runtime.stub_schema import BYTES, INT, STR, Field, one_of, ref

ROUTES = RouteTable(
    schemes=[
        SecurityScheme("basicAuth", "http", scheme="basic"),
        SecurityScheme("bearerAuth", "http", scheme="bearer"),
        SecurityScheme("keyCookie", "apiKey", location="cookie", parameter="session"),
        SecurityScheme("keyHeader", "apiKey", location="header", parameter="X-Api-Key"),
        SecurityScheme("keyQuery", "apiKey", location="query", parameter="api_key"),
    ],
    default_security=(("bearerAuth",),),
)


@ROUTES.add(
    "blobGet",
    "GET",
    "/blobs/{name}",
    path_params=[Field("name", STR, required=True)],
    result=BYTES,
    response_content_type="application/octet-stream",
    security=(("keyQuery",), ("keyCookie",)),
)
def blob_get(call: Call) -> Reply:
    """blobGet

    ``GET /blobs/{name}``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()


@ROUTES.add(
    "blobPut",
    "PUT",
    "/blobs/{name}",
    path_params=[Field("name", STR, required=True)],
    body=BYTES,
    request_content_type="application/octet-stream",
    body_required=True,
    status=204,
    security=(("keyQuery",), ("keyCookie",)),
)
def blob_put(call: Call) -> Reply:
    """blobPut

    ``PUT /blobs/{name}``

    Merges the body into the record of ``blobs`` named by ``name``, creating it when there is none.
    """
    return call.upsert("blobs", "name")


@ROUTES.add(
    "fileUpload",
    "POST",
    "/uploads",
    body=ref("FileUploadRequest"),
    request_content_type="multipart/form-data",
    body_required=True,
    status=201,
    result=ref("FileUploadResponse"),
    security=(("keyHeader",),),
)
def file_upload(call: Call) -> Reply:
    """fileUpload

    ``POST /uploads``

    Reads, writes or resets the single record ``uploads``.
    """
    return call.singleton("uploads")


@ROUTES.add(
    "formSubmit",
    "POST",
    "/forms",
    body=ref("FormSubmitRequest"),
    request_content_type="application/x-www-form-urlencoded",
    body_required=True,
    status=204,
    security=(("basicAuth",),),
)
def form_submit(call: Call) -> Reply:
    """formSubmit

    ``POST /forms``

    Reads, writes or resets the single record ``forms``.
    """
    return call.singleton("forms")


@ROUTES.add("nodeReplace", "PUT", "/nodes", body=ref("Node"), result=ref("Node"))
def node_replace(call: Call) -> Reply:
    """nodeReplace

    ``PUT /nodes``

    Reads, writes or resets the single record ``nodes``.
    """
    return call.singleton("nodes")


@ROUTES.add(
    "petCreate",
    "POST",
    "/pets",
    headers=[Field("X-Trace-Id", STR)],
    cookies=[Field("locale", STR)],
    body=one_of(ref("Cat"), ref("Dog")),
    body_required=True,
    status=201,
    result=one_of(ref("Cat"), ref("Dog")),
)
def pet_create(call: Call) -> Reply:
    """petCreate

    ``POST /pets``

    Stores the body as a new record of ``pets``.
    """
    return call.create("pets")


@ROUTES.add(
    "petRead",
    "GET",
    "/pets/{petId}",
    path_params=[Field("petId", INT, required=True)],
    result=one_of(ref("Cat"), ref("Dog")),
)
def pet_read(call: Call) -> Reply:
    """petRead

    ``GET /pets/{petId}``

    Answers the record of ``pets`` named by ``petId``.
    """
    return call.read("pets", "petId")


@ROUTES.add(
    "ping", "GET", "/ping", result=STR, response_content_type="text/plain", security=()
)
def ping(call: Call) -> Reply:
    """ping

    ``GET /ping``

    Answers invented data (the same for the same path and seed).
    """
    return call.respond()
