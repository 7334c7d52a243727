"""The call a generated handler sees: :class:`Call`, one validated request with its
typed values, and the behaviours a handler picks (``create``, ``read``, ``update``,
``upsert``, ``delete``, ``singleton``, ``listing``, ``respond``) over the stub's
:class:`~.stub_state.Store`, with Laravel's page and cursor pagination.

Part of the stub runtime (``stub_engine`` re-exports :class:`Call`).
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .operation import is_json_media
from .stub_filters import apply_filters, raw_filters
from .stub_records import RecordedRequest, Reply
from .stub_routes import Route
from .stub_schema import ANY, NO_VALUE, Synth, Type, merge_patch, project
from .stub_state import (
    Collection,
    Entry,
    decode_cursor,
    encode_cursor,
    id_order,
    id_text,
)

if TYPE_CHECKING:
    from .stub_engine import Stub

__all__ = ["Call", "DEFAULT_PER_PAGE", "MAX_PER_PAGE"]

#: The stub logs under one name, ``<package>._runtime.stub_engine``.
log = logging.getLogger(__name__.rpartition(".")[0] + ".stub_engine")
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 100
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")


class Call:
    """One validated request, as a generated handler sees it.

    ``path_params``, ``query`` and ``cookies`` hold typed values (``query`` without the
    API keys it carried); ``body`` the decoded body: JSON, the typed fields of a form
    or multipart body (files as ``bytes``), or the bytes (or text) of any other. The
    behaviour methods (``create``, ``read``...) return the :class:`Reply`.

    A call made with ``lookup=True`` only looks up the record the operation addresses:
    its behaviours answer 404 when there is none and the success status otherwise,
    changing nothing (the stub asks so before answering 422, as Laravel's route-model
    binding answers 404 before the request is validated).
    """

    def __init__(
        self,
        stub: Stub,
        route: Route,
        *,
        base_url: str,
        path: str,
        path_params: dict[str, Any],
        path_texts: dict[str, str],
        query: dict[str, Any],
        query_pairs: list[tuple[str, str]],
        headers: dict[str, str],
        cookies: dict[str, Any],
        body: Any,
        record: RecordedRequest | None = None,
        lookup: bool = False,
    ) -> None:
        self.stub = stub
        self.record = record
        self.route = route
        self.base_url = base_url
        self.path = path
        self.path_params = path_params
        self.path_texts = path_texts
        self.query = query
        self.query_pairs = query_pairs
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.lookup = lookup

    @property
    def json(self) -> Any:
        """The decoded body: another name for ``body``, from when it was only JSON."""
        return self.body

    @property
    def operation_id(self) -> str:
        return self.route.operation_id

    # -- helpers ------------------------------------------------------------------------

    def collection_key(self, template: str) -> str:
        """``resources/charge-points/{chargePoint}/evses`` with this call's path values."""
        return _TEMPLATE_PARAM.sub(
            lambda m: quote(self.path_texts.get(m.group(1), m.group(0)), safe=""),
            template,
        )

    def reply(self, value: Any, status: int | None = None) -> Reply:
        """``value`` in the operation's envelope, with its success status and media
        type (text and binary results are sent as they are, not as JSON)."""
        route = self.route
        media_type = route.response_content_type
        if not is_json_media(media_type):
            return Reply(
                status or route.status, _raw_result(value, route.result), {}, media_type
            )
        body = {"data": value} if route.envelope == "data" else value
        return Reply(status or route.status, body, {}, media_type)

    def empty(self) -> Reply:
        """The success status with whatever the operation returns (nothing, usually)."""
        if self.route.result is None:
            return Reply(self.route.status)
        return self.respond()

    def not_found(self) -> Reply:
        return Reply.message(404, "Not Found")

    def invent(self, t: Type, salt: str) -> Any:
        """A deterministic value of type ``t`` for this stub's seed and ``salt``."""
        rng = random.Random(f"{self.stub.seed}|{salt}")
        return Synth(self.stub.schemas, rng, depth=self.stub.depth).value(t)

    def _view(self, collection: str, entry: Entry, id_param: str | None) -> Any:
        """The record as the operation's result type shows it (cached per operation).

        Its ``id`` (and a field named like the id parameter) is the record's id in the
        field's type: ``7`` for an integer or number field, ``"7"`` for a string one, so
        what a listing shows reads back the same record.
        """
        t = self.route.result or ANY
        cached = entry.cache.get(self.route.operation_id, NO_VALUE)
        if cached is not NO_VALUE:
            return cached
        base = self.invent(t, f"{collection}|{id_text(entry.id)}")
        value = project(self.stub.checker, base, entry.data, t)
        shape = self.stub.schemas.models.get(t.name) if t.kind == "model" else None
        if shape is not None and isinstance(value, dict):
            for name in ("id", id_param):
                spec = shape.by_name.get(name) if name else None
                if spec is None:
                    continue
                typed = _typed_id(entry.id, spec.type)
                if typed is not NO_VALUE and self.stub.checker.ok(
                    typed, spec.type, spec
                ):
                    value[spec.name] = typed
        entry.cache[self.route.operation_id] = value
        return value

    def _natural(self, id_param: str) -> bool:
        """Whether every value of the id parameter names a record (a date, a weekday):
        such records exist without being created."""
        spec = next((p for p in self.route.path_params if p.name == id_param), None)
        if spec is None:
            return False
        value = self.path_params.get(id_param)
        options = spec.type.items if spec.type.kind == "union" else (spec.type,)
        return any(
            t.kind in _NATURAL_KINDS and self.stub.checker.ok(value, t, spec)
            for t in options
        )

    def _entry(self, collection: str, id_param: str) -> tuple[Collection, Entry | None]:
        """The record the id parameter names, or None. Nothing is stored: a record of a
        natural key that was never written is a fresh, unsaved one (and a lookup does
        not even start the collection)."""
        store = self.stub.store
        coll = store._peek(collection) if self.lookup else store._get(collection)
        key = self.path_params.get(id_param)
        entry = coll.find(key) if key is not None else None
        if entry is None and key is not None and self._natural(id_param):
            entry = Entry(key, {})
        return coll, entry

    # -- behaviours ---------------------------------------------------------------------

    def create(self, collection: str) -> Reply:
        """Store the body as a new record (the next whole-number id) and answer it."""
        if self.lookup:
            return Reply(self.route.status)
        key = self.collection_key(collection)
        coll = self.stub.store._get(key)
        data = dict(self.body) if isinstance(self.body, dict) else {}
        entry = coll.put(coll.next_id(), data)
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, None))

    def read(self, collection: str, id_param: str) -> Reply:
        """The record, or 404 (and nothing changes) when there is none."""
        key = self.collection_key(collection)
        _, entry = self._entry(key, id_param)
        if entry is None:
            return self.not_found()
        if self.lookup:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, id_param))

    def update(self, collection: str, id_param: str) -> Reply:
        """Merge the body into the record (objects key by key) and answer it; 404 when
        there is no such record."""
        return self._write(collection, id_param, create=False)

    def upsert(self, collection: str, id_param: str) -> Reply:
        """Like ``update``, creating the record under the id the path gives when it
        does not exist (a PUT to a collection nothing else creates records in)."""
        return self._write(collection, id_param, create=True)

    def _write(self, collection: str, id_param: str, *, create: bool) -> Reply:
        key = self.collection_key(collection)
        coll, entry = self._entry(key, id_param)
        if entry is None:
            if not create:
                return self.not_found()
            entry = Entry(self.path_params[id_param], {})
        if self.lookup:
            return Reply(self.route.status)
        if coll.find(entry.id) is None:
            entry = coll.put(entry.id, entry.data)
        if isinstance(self.body, dict):
            entry.data = merge_patch(entry.data, self.body)
            entry.cache.clear()
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, id_param))

    def delete(self, collection: str, id_param: str) -> Reply:
        """Delete the record; 404 when there is none (a natural key's unsaved record
        is reset, which always succeeds)."""
        key = self.collection_key(collection)
        coll, entry = self._entry(key, id_param)
        if entry is None:
            return self.not_found()
        if self.lookup:
            return Reply(self.route.status)
        reply = self.empty()
        if coll.find(entry.id) is not None:
            coll.drop(entry.id)
        return reply

    def singleton(self, collection: str) -> Reply:
        """A resource without an id (``contact-details``): read, write or reset it."""
        if self.lookup:
            return Reply(self.route.status)
        key = self.collection_key(collection)
        coll = self.stub.store._get(key, samples=False)
        entry = coll.find("")
        method = self.route.method.upper()
        if method == "DELETE":
            coll.entries.pop("", None)
            return self.empty()
        if entry is None:
            entry = Entry("", {})
            if method != "GET":
                coll.put("", entry.data)
                entry = coll.find("") or entry
        if method != "GET" and isinstance(self.body, dict):
            entry.data = merge_patch(entry.data, self.body)
            entry.cache.clear()
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(self._view(key, entry, None))

    def respond(self) -> Reply:
        """An invented answer, the same for the same path and seed."""
        if self.lookup:
            return Reply(self.route.status)
        if self.route.result is None:
            return Reply(self.route.status)
        return self.reply(
            self.invent(self.route.result, f"{self.operation_id}|{self.path}")
        )

    def listing(self, collection: str) -> Reply:
        """One page of the collection, filtered by ``filter[field]=value`` equality."""
        if self.lookup:
            return Reply(self.route.status)
        key = self.collection_key(collection)
        coll = self.stub.store._get(key)
        items = [(e.id, self._view(key, e, None)) for e in coll.ordered()]
        raw = raw_filters(self.query_pairs)
        declared = self._declared_filters()
        unknown = sorted(
            name for name in raw if declared is not None and name not in declared
        )
        applied = {name: v for name, v in raw.items() if name not in unknown}
        unapplied: set[str] = set()
        if applied:
            items = apply_filters(items, applied, unapplied)
        if self.record is not None:
            self.record.unknown_filters = unknown
            self.record.unapplied_filters = sorted(unapplied)
        if unknown:
            log.warning(
                "%s: filter key(s) %s are not declared by the operation and were "
                "ignored",
                self.operation_id,
                ", ".join(unknown),
            )
        if unapplied:
            log.info(
                "%s: filter(s) %s name no field of the records; not applied",
                self.operation_id,
                ", ".join(sorted(unapplied)),
            )
        per_page = self.query.get("per_page")
        if not isinstance(per_page, int) or isinstance(per_page, bool) or per_page < 1:
            per_page = DEFAULT_PER_PAGE
        per_page = min(per_page, MAX_PER_PAGE)
        pagination = self.route.pagination or "page"
        by_page = "page" in pagination and (
            "page" in self.query or "cursor" not in pagination
        )
        if by_page:
            body = self._page_listing(items, per_page)
        else:
            body = self._cursor_listing(items, per_page)
        return Reply(self.route.status, body)

    def _declared_filters(self) -> set[str] | None:
        """The keys the operation's ``filter`` parameter declares (None: any key)."""
        spec = next((f for f in self.route.query if f.name == "filter"), None)
        if spec is None:
            return set()
        options = spec.type.items if spec.type.kind == "union" else (spec.type,)
        names: set[str] = set()
        for option in options:
            shape = self.stub.schemas.models.get(option.name)
            if option.kind != "model" or shape is None or shape.extra is not None:
                return None
            names.update(shape.by_name)
        return names

    def _url(self, **extra: Any) -> str:
        pairs = [(k, v) for k, v in self.query_pairs if k not in ("cursor", "page")]
        pairs.extend((k, str(v)) for k, v in extra.items())
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
        return f"{self.base_url}{self.path}" + (f"?{query}" if query else "")

    def _page_listing(self, items: list[tuple[Any, Any]], per_page: int) -> Any:
        page = self.query.get("page")
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            page = 1
        total = len(items)
        last_page = max(1, math.ceil(total / per_page))
        start = (page - 1) * per_page
        chunk = [value for _, value in items[start : start + per_page]]
        prev_url = self._url(page=page - 1) if page > 1 else None
        next_url = self._url(page=page + 1) if page < last_page else None
        links = [{"url": prev_url, "label": "&laquo; Previous", "active": False}]
        links.extend(
            {"url": self._url(page=n), "label": str(n), "active": n == page}
            for n in range(1, last_page + 1)
        )
        links.append({"url": next_url, "label": "Next &raquo;", "active": False})
        return {
            "data": chunk,
            "links": {
                "first": self._url(page=1),
                "last": self._url(page=last_page),
                "prev": prev_url,
                "next": next_url,
            },
            "meta": {
                "current_page": page,
                "from": start + 1 if chunk else None,
                "last_page": last_page,
                "links": links,
                "path": f"{self.base_url}{self.path}",
                "per_page": per_page,
                "to": start + len(chunk) if chunk else None,
                "total": total,
            },
        }

    def _cursor_listing(self, items: list[tuple[Any, Any]], per_page: int) -> Any:
        cursor = decode_cursor(self.query.get("cursor"))
        keys = [id_order(i) for i, _ in items]
        if cursor is None:
            start, end = 0, min(per_page, len(items))
        elif cursor[1]:  # points to the items after cursor[0]
            start = next((n for n, k in enumerate(keys) if k > cursor[0]), len(items))
            end = min(start + per_page, len(items))
        else:  # points to the items before cursor[0]
            end = next((n for n, k in enumerate(keys) if k >= cursor[0]), len(items))
            start = max(0, end - per_page)
        chunk = items[start:end]
        next_cursor = (
            encode_cursor(chunk[-1][0], True) if chunk and end < len(items) else None
        )
        prev_cursor = (
            encode_cursor(chunk[0][0], False)
            if chunk and start > 0 and cursor is not None
            else None
        )
        return {
            "data": [value for _, value in chunk],
            "links": {
                "first": None,
                "last": None,
                "prev": self._url(cursor=prev_cursor) if prev_cursor else None,
                "next": self._url(cursor=next_cursor) if next_cursor else None,
            },
            "meta": {
                "path": f"{self.base_url}{self.path}",
                "per_page": per_page,
                "next_cursor": next_cursor,
                "prev_cursor": prev_cursor,
            },
        }


#: Path parameter types whose every value names a record: a date, a weekday, one of
#: the configuration keys an enum lists.
_NATURAL_KINDS = frozenset({"date", "datetime", "time", "enum", "bool"})


def _typed_id(id: Any, t: Type) -> Any:
    """A record id as a value of the field type ``t`` (NO_VALUE when it is none)."""
    if t.kind == "union":
        for item in t.items:
            found = _typed_id(id, item)
            if found is not NO_VALUE:
                return found
        return NO_VALUE
    text = id_text(id)
    if t.kind in ("int", "float", "decimal"):
        if text.isascii() and text.lstrip("-").isdigit() and len(text) < 19:
            return int(text)
        return NO_VALUE
    if t.kind == "str":
        return text
    return id


def _raw_result(value: Any, result: Type | None) -> bytes | str:
    """A text or binary result as sent: invented text is encoded for ``bytes``."""
    if isinstance(value, str) and result is not None and result.kind == "bytes":
        return value.encode("utf-8")
    if isinstance(value, (bytes, str)):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
