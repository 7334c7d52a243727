# fmt: off
"""Typed use of the generated SDK, checked by ``mypy --strict`` (test_typed_usage.py).

A trailing "reveal" comment after ``reveal_type`` states the revealed type; an "error"
comment states the error code mypy must report on its line; other lines are clean.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ampeco import Ampeco, AsyncAmpeco
from ampeco.models import SessionsListingFilter, SessionsListingFilterStatus
from ampeco.params import SessionsListingFilterParam, UserCreateRequestParam

client = Ampeco(base_url="http://127.0.0.1:9", api_token="t")
since = datetime(2024, 1, 1, tzinfo=timezone.utc)

# enum inputs: the member or its value as a string literal
SessionsListingFilter(status="finished")
SessionsListingFilter(status=SessionsListingFilterStatus.FINISHED, started_after=since)
SessionsListingFilter(status="finishd")  # error: arg-type

# TypedDict inputs: wire keys, checked to the key and value type
wanted: SessionsListingFilterParam = {"status": "finished", "startedAfter": since}
client.sessions.listing(filter=wanted)
client.sessions.listing(filter={"status": "active", "chargePointId": "12"})
client.sessions.listing(filter={"started_after": since})  # error: arg-type
client.sessions.listing(filter={"status": "finishd"})  # error: arg-type
typo: SessionsListingFilterParam = {"startedAftr": since}  # error: typeddict-unknown-key
wrong_value: SessionsListingFilterParam = {"status": "finishd"}  # error: typeddict-item
client.sessions.listing(filter=SessionsListingFilter(status="finished"))
new_user: UserCreateRequestParam = {"email": "a@b.c", "password": "x"}
client.users.create(body=new_user)
client.users.create(body={"email": "a@b.c"})  # error: arg-type
client.users.create(body={"email": "a@b.c", "password": "x", "emial": "y"})  # error: arg-type
missing: UserCreateRequestParam = {"email": "a@b.c"}  # error: typeddict-item

# escape hatches
client.sessions.read("1", extra_headers={"X-Trace": "1"}, extra_query={"debug": 1})

# plain calls
reveal_type(client.sessions.read("1"))  # reveal: ampeco.models.session.Session
reveal_type(client.sessions.listing())  # reveal: ampeco._runtime.pagination.SyncPager[ampeco.models.session.Session]

# raw responses
raw = client.with_raw_response.sessions.read("1")
reveal_type(raw)  # reveal: ampeco._runtime.response.APIResponse[ampeco.models.session.Session]
reveal_type(raw.parse())  # reveal: ampeco.models.session.Session
reveal_type(client.with_raw_response.sessions.listing().parse())  # reveal: ampeco._runtime.pagination.Page[ampeco.models.session.Session]
client.with_raw_response.sessions.read(1)  # error: arg-type
client.with_raw_response.sessions.reed("1")  # error: attr-defined

# streamed responses
with client.with_streaming_response.sessions.read("1") as streamed:
    reveal_type(streamed)  # reveal: ampeco._runtime.streaming.StreamedAPIResponse[ampeco.models.session.Session]
    reveal_type(streamed.parse())  # reveal: ampeco.models.session.Session
with client.with_streaming_response.sessions.listing(per_page=5) as first:
    reveal_type(first.parse())  # reveal: ampeco._runtime.pagination.Page[ampeco.models.session.Session]


async def main() -> None:
    aclient = AsyncAmpeco(base_url="http://127.0.0.1:9", api_token="t")
    araw = await aclient.with_raw_response.sessions.read("1")
    reveal_type(araw)  # reveal: ampeco._runtime.response.APIResponse[ampeco.models.session.Session]
    reveal_type(araw.parse())  # reveal: ampeco.models.session.Session
    apage = await aclient.with_raw_response.sessions.listing()
    reveal_type(apage.parse())  # reveal: ampeco._runtime.pagination.Page[ampeco.models.session.Session]
    async with aclient.with_streaming_response.sessions.read("1") as astreamed:
        reveal_type(astreamed)  # reveal: ampeco._runtime.streaming.AsyncStreamedAPIResponse[ampeco.models.session.Session]
        reveal_type(await astreamed.parse())  # reveal: ampeco.models.session.Session
    await aclient.sessions.listing(filter={"startedAftr": since}).first_page()  # error: arg-type
