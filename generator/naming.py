"""Every identifier in the generated SDK is decided here, by the rules below.

Rules (each is a pure function of the text it names, never of discovery order):
- words: a name is split into words at separators (space, ``-``, ``_``, ``.``, ``/`` and
  anything not alphanumeric), at lower-to-upper case changes (``chargePoint``), and before
  the last capital of an acronym run (``EVSEStatus`` -> ``EVSE Status``); digits stay with
  the letters before them (``V2_1`` -> ``V2 1``, ``ocpp16``); non-ASCII letters
  are transliterated where Unicode allows and dropped otherwise.
- ``snake``: words lower-cased and joined by ``_`` (attributes, arguments, methods, modules).
- ``pascal``: words capitalised and joined (classes); an all-caps word keeps only its first
  capital (``EVSE`` -> ``Evse``), so names read as words.
- a named schema (``components/schemas``, ``$defs``) keeps its own name when that already
  is a class name (``US``, ``TerminalTypeV1_1``); otherwise it is Pascal-cased with ``_``
  kept between digits (``Partner-read`` -> ``PartnerRead``, ``1`` -> ``Model1``). A class
  name that the generated modules import (``Any``, ``Field``, ``SDKModel``, ``Page``...)
  or a resource class uses gets a trailing ``_``.
- a name that is a Python keyword, a soft keyword, or that clashes with something the
  generated code needs, gets a trailing ``_``; one that starts with a digit gets a prefix
  (``n`` for attributes and arguments, ``V`` for enum members, ``Model`` for classes).
- a class name longer than 64 characters keeps its first two words and as many of its
  last words as fit.
- several things that would get the same name in one scope: the first in the scope's own
  order (property order, enum value order) keeps it, later ones get ``_2``, ``_3``...
- resources: from the operation's tag, the part after ``resource /`` or ``action /``,
  made plural (``action / charge point`` and ``resource / charge points`` are both
  ``charge_points``).
- methods: the operationId in snake case, with the resource's own words removed from its
  start when something remains (``evsesListing`` on ``evses`` is ``listing``,
  ``chargePointStartChargingSession`` on ``charge_points`` is ``start_charging_session``).
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from functools import lru_cache

_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")

# Names generated modules use themselves, which a spec name must not shadow.
RESERVED_ARGUMENTS = frozenset({"self", "body", "timeout", "extra_headers", "extra_query", "extra_body", "cls"})
# pydantic.BaseModel attributes a field must not shadow (plus anything model_*).
RESERVED_FIELDS = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "model_config",
        "model_fields",
        "model_extra",
        "register",
        "cls",  # model_construct's first parameter
        # type names the generated modules use in annotations: a field of that name
        # would shadow the type inside its class body
        "date",
        "datetime",
        "time",
        "Decimal",
        "Any",
        "Field",
        "list",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
    }
)
RESERVED_MODULE_NAMES = frozenset({"__init__", "_runtime"})
SOFT_KEYWORDS = frozenset({"match", "case", "type", "_"})


def ascii_fold(text: str) -> str:
    """Transliterate to ASCII where Unicode gives a decomposition (é -> e)."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text)
    return folded.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any name into its words, keeping their case."""
    return list(_words(str(text)))


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # the same few thousand names are split again and again (class, method and field names)
    out: list[str] = []
    for chunk in _SPLIT.split(ascii_fold(text)):
        out.extend(_CAMEL.findall(chunk))
    return tuple(out)


def snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word[:1].upper() + word[1:]


def pascal(text: str) -> str:
    return _pascal(str(text))


@lru_cache(maxsize=16384)
def _pascal(text: str) -> str:
    return "".join(_cap(w) for w in _words(text))


def camel(text: str) -> str:
    name = pascal(text)
    return name[:1].lower() + name[1:]


def _guard(name: str, digit_prefix: str, reserved: frozenset[str] = frozenset()) -> str:
    if not name:
        name = "value"
    if name[0].isdigit():
        name = digit_prefix + name
    if keyword.iskeyword(name) or name in reserved:
        name += "_"
    return name


def attribute_name(wire_name: str, reserved: frozenset[str] = RESERVED_FIELDS) -> str:
    """Python attribute for a JSON property (snake case, safe)."""
    name = snake(wire_name)
    if name.startswith("model_"):
        name = "field_" + name
    return _guard(name, "n", reserved)


# A comparison operator closing a parameter name (Twilio's ``StartTime<``), by meaning;
# longest first. Brackets need no rule: ``created[gte]`` is already ``created_gte``.
_OPERATORS = (("<=", "on_or_before"), (">=", "on_or_after"), ("!=", "not"), ("<", "before"), (">", "after"))


def argument_name(wire_name: str) -> str:
    """Python argument for an API parameter (snake case, safe); a trailing comparison
    operator becomes a word (``StartTime<`` -> ``start_time_before``, ``StartTime>=`` ->
    ``start_time_on_or_after``)."""
    text = str(wire_name).rstrip()
    for operator, word in _OPERATORS:
        if text.endswith(operator) and len(text) > len(operator):
            text = f"{text[: -len(operator)]} {word}"
            break
    return _guard(snake(text), "n", RESERVED_ARGUMENTS)


MAX_CLASS_NAME = 64


def class_name(text: str) -> str:
    return _guard(shorten(pascal(text)), "Model")


# A spec's own schema name kept as it is: ASCII letters and digits from a capital, with
# ``_`` only between digits (``US``, ``TerminalTypeV1_1``, ``EVSEStatus``).
_CLASS_AS_GIVEN = re.compile(r"[A-Z][A-Za-z0-9]*(?:(?<=[0-9])_(?=[0-9])[A-Za-z0-9]*)*")

# Names the generated modules import or define next to model classes (typing, pydantic,
# the runtime, the webhooks module): a model of that name would shadow them.
RESERVED_CLASSES = frozenset(
    {
        "TYPE_CHECKING",
        "Annotated",
        "Any",
        "Callable",
        "ClassVar",
        "Decimal",
        "Literal",
        "Mapping",
        "Optional",
        "Sequence",
        "TypeAlias",
        "Union",
        "BaseModel",
        "ConfigDict",
        "Discriminator",
        "Field",
        "RootModel",
        "Tag",
        "TypeAdapter",
        "Ampeco",
        "AsyncAmpeco",
        "SDKModel",
        "OpenEnum",
        "OpenIntEnum",
        "NotGiven",
        "NOT_GIVEN",
        "OPERATIONS",
        "Operation",
        "Param",
        "SecurityScheme",
        "Page",
        "SyncPager",
        "AsyncPager",
        "SyncClient",
        "AsyncClient",
        "DEFAULT_TOLERANCE",
        "NOTIFICATION_TYPES",
        "Notification",
        "NotificationPayload",
        "NotificationTypes",
        "UnknownNotification",
        "WebhookDispatcher",
        "WebhookError",
        "WebhookPayloadError",
        "WebhookVerificationError",
    }
)


def component_class_name(name: str) -> str:
    """Class for a named schema (``components/schemas``, ``$defs``): the spec's own name
    when it already is a class name (``US``, ``TerminalTypeV1_1``), else its words in
    Pascal case with ``_`` kept between digits (``Partner-read`` -> ``PartnerRead``,
    ``validation-error`` -> ``ValidationError``, ``1`` -> ``Model1``)."""
    name = ascii_fold(str(name))
    if _CLASS_AS_GIVEN.fullmatch(name) and len(name) <= MAX_CLASS_NAME:
        return _guard(name, "Model")
    parts = [_cap(w) for w in words(name)]
    joined = "".join(("_" if i and parts[i - 1][-1].isdigit() and part[0].isdigit() else "") + part for i, part in enumerate(parts))
    return _guard(shorten(joined), "Model")


_ARTEFACT = re.compile(r"(?:(?:all|any|one)[-_ .]?of|schema|items?|model|object)?[-_ .]*[0-9]+", re.IGNORECASE)


def is_artefact_name(name: str) -> bool:
    """Whether a schema's name was made up by a tool rather than a person (``1``,
    ``allOf-2``, ``schema3``): such a schema is named from where it is used instead."""
    return bool(_ARTEFACT.fullmatch(str(name)))


def settled_class_name(name: str) -> str:
    """A suggested name made a class name; one that already is one stays as it is."""
    if _CLASS_AS_GIVEN.fullmatch(name) and len(name) <= MAX_CLASS_NAME:
        return _guard(name, "Model")
    return class_name(name)


def shorten(name: str, limit: int = MAX_CLASS_NAME) -> str:
    """A class name of at most ``limit`` characters: its first two words and as many of
    its last words as fit (nested names grow with depth: ``ParentChildGrandchild...``)."""
    if len(name) <= limit:
        return name
    parts = words(name)
    head = "".join(_cap(w) for w in parts[:2])[:limit]
    tail: list[str] = []
    for word in reversed(parts[2:]):
        if len(head) + len(_cap(word)) + sum(len(t) for t in tail) > limit:
            break
        tail.insert(0, _cap(word))
    return head + "".join(tail)


def enum_member_name(value: object) -> str:
    """Upper snake case member for an enum value (``out of order`` -> ``OUT_OF_ORDER``)."""
    if value is None:
        return "NONE"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        text = str(value).replace("-", "minus_").replace(".", "_")
        return "V" + text.upper() if not text.startswith("minus") else "V_" + text.upper()
    name = snake(str(value)).upper()
    if not name:
        return "EMPTY"
    name = _guard(name, "V")
    if name.startswith("_") or name in {"NAME", "VALUE", "MRO"}:
        name = "V_" + name.lstrip("_")
    return name


def dedupe(names: list[str], taken: frozenset[str] = frozenset()) -> list[str]:
    """Make names unique in order: later duplicates get ``_2``, ``_3``..."""
    seen = set(taken)
    out = []
    for name in names:
        candidate, n = name, 2
        while candidate in seen:
            candidate = f"{name}_{n}"
            n += 1
        seen.add(candidate)
        out.append(candidate)
    return out


_IRREGULAR_SINGULAR = {"data": "data", "status": "status", "statuses": "status", "news": "news", "series": "series"}


def singular(word: str) -> str:
    """Singular of an English plural noun, for the common regular cases."""
    lower = word.lower()
    if lower in _IRREGULAR_SINGULAR:
        base = _IRREGULAR_SINGULAR[lower]
    elif lower.endswith("ies") and len(lower) > 4:
        base = lower[:-3] + "y"
    elif lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        base = lower[:-2]
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 2:
        base = lower[:-1]
    else:
        return word
    if word.isupper() or word[: len(base)].isupper():  # EVSEs -> EVSE
        return base.upper()
    return base[:1].upper() + base[1:] if word[:1].isupper() else base


def plural(word: str) -> str:
    lower = word.lower()
    if lower.endswith("s"):
        return word
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def resource_name(tag: str, fallback_path: str = "") -> str:
    """Client attribute for an operation's tag (``resource / charge points`` -> ``charge_points``)."""
    text = tag
    for prefix in ("resource /", "action /", "resources /", "actions /"):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
            break
    parts = [w.lower() for w in words(text)]
    if not parts:
        segments = [s for s in fallback_path.split("/") if s and not s.startswith("{")]
        parts = [w.lower() for w in words(segments[0] if segments else "default")]
    parts[-1] = plural(parts[-1])
    return _guard("_".join(parts), "n", RESERVED_RESOURCES)


RESERVED_RESOURCES = RESERVED_ARGUMENTS | {"with_raw_response", "with_streaming_response", "close", "copy"}

# -- resources and methods from paths (specs whose tags do not group operations) ---------

# A segment naming an API version, not a resource: v1, V2, v2.1, v1beta1, 2010-04-01, 2.0, 2.2.1
_VERSION_SEGMENT = re.compile(r"(?:v\d+(?:[._-]\d+)*(?:(?:alpha|beta|rc)\d*)?|\d+(?:[._-]\d+)+|\d+)", re.IGNORECASE)
# A format suffix of a path's last segment (``Calls.json``), not part of its name
_FORMAT_SUFFIX = re.compile(r"\.(?:json|xml|csv|yaml|yml|txt|html)$", re.IGNORECASE)


def is_version_segment(segment: str) -> bool:
    return bool(_VERSION_SEGMENT.fullmatch(segment))


def path_segments(path: str) -> list[tuple[str, bool]]:
    """A path's segments as ``(text, is_parameter)``, version segments left out and a
    format suffix (``.json``) dropped; a segment holding a parameter anywhere
    (``{Sid}.json``) counts as a parameter."""
    out: list[tuple[str, bool]] = []
    for segment in str(path).split("/"):
        segment = _FORMAT_SUFFIX.sub("", segment)
        if not segment or is_version_segment(segment):
            continue
        out.append((segment, "{" in segment))
    return out


def path_resource_parts(static_segments: list[str]) -> tuple[str, ...]:
    """Attribute names along a path's static segments (``/v1/customers/{c}/sources`` ->
    ``("customers", "sources")``): snake case, as the API spells them (no plural added)."""
    parts = tuple(_guard(snake(s), "n", RESERVED_RESOURCES) for s in static_segments if words(s))
    return parts or ("default",)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", ascii_fold(str(text)).lower())


def is_path_like(operation_id: str, http_method: str, path: str) -> bool:
    """Whether an operationId only spells the HTTP method and the path (Stripe's
    ``GetCustomersCustomerSources`` for ``GET /v1/customers/{customer}/sources``), with or
    without version segments, so it carries no name worth keeping."""
    without_versions = "/".join(s for s, _ in path_segments(path))
    spelled = _squash(operation_id)
    return spelled in (_squash(http_method + path), _squash(http_method + without_versions))


def path_method(http_method: str, on_item: bool) -> str:
    """A CRUD method from the HTTP method and whether the path ends at one item
    (a parameter) or at a collection: list/create on collections, retrieve/update/delete
    on items; other methods keep their own name."""
    verb = http_method.lower()
    if verb == "get":
        return "retrieve" if on_item else "list"
    if verb == "post":
        return "update" if on_item else "create"
    if verb in ("put", "patch"):
        return "update" if on_item else verb
    if verb == "delete":
        return "delete"
    return verb


def method_name_for_path(operation_id: str, resource_part: str) -> str:
    """A method for a named (not path-like) operation on a path-derived resource: the
    operationId without the resource's noun at its start, as ``method_name`` does
    (``reportRead`` on ``reports`` -> ``read``), or else at its end (``ListCall`` on
    ``calls`` -> ``list``, ``FetchCall`` -> ``fetch``); whole when nothing would remain."""
    op_words = [w.lower() for w in words(operation_id)]
    noun = [singular(w.lower()) for w in resource_part.split("_") if w]
    n = len(noun)
    if noun and len(op_words) > n and [singular(w) for w in op_words[:n]] == noun:
        op_words = op_words[n:]
    elif noun and len(op_words) > n and [singular(w) for w in op_words[-n:]] == noun:
        op_words = op_words[:-n]
    return _guard("_".join(op_words), "n", RESERVED_ARGUMENTS)


def method_name(operation_id: str, resource: str) -> str:
    """Method for an operation on its resource (the resource's words dropped from the front)."""
    op_words = [w.lower() for w in words(operation_id)]
    res_words = resource.split("_")
    n = len(res_words)
    if n < len(op_words):
        head = op_words[:n]
        if head[:-1] == res_words[:-1] and singular(head[-1]) == singular(res_words[-1]):
            op_words = op_words[n:]
    return _guard("_".join(op_words), "n", RESERVED_ARGUMENTS)


_VERB_SUFFIXES = ("read", "listing", "create", "update", "delete")


@lru_cache(maxsize=4096)
def operation_noun(operation_id: str) -> tuple[str, bool]:
    """The thing an operation reads or lists, and whether it is a CRUD-style operation.

    ``evseRead`` -> (``Evse``, True); ``chargePointsListing`` -> (``ChargePoint``, True);
    ``listChargePointHardwareStatusLogs`` -> (``ChargePointHardwareStatusLog``, True);
    ``chargePointReset`` -> (``ChargePointReset``, False).
    """
    ws = words(operation_id)
    lowered = [w.lower() for w in ws]
    if lowered and lowered[-1] == "deprecated":
        ws, lowered = ws[:-1], lowered[:-1]
    crud = False
    listing = False
    if lowered and lowered[-1] in _VERB_SUFFIXES:
        listing = lowered[-1] == "listing"
        ws = ws[:-1]
        crud = True
    elif lowered and lowered[0] in ("get", "list") and len(ws) > 1:
        listing = lowered[0] == "list"
        ws = ws[1:]
        crud = True
    if listing and ws:
        ws = [*ws[:-1], singular(ws[-1])]
    return pascal(" ".join(ws)) if ws else pascal(operation_id), crud


def data_names(operation_id: str, deprecated: bool) -> list[str]:
    """Names for what an operation returns, best first.

    CRUD-style: ``Evse``, then by verb ``EvseDetails`` (read), ``EvseListItem`` (listing),
    ``EvseCreateResult`` (create, update, delete); other operations:
    ``<OperationId>Result``. Deprecated operations add ``<Noun>Deprecated`` second.
    """
    noun, crud = operation_noun(operation_id)
    if not crud:
        return [class_name(operation_id) + "Result"]
    ws = [w.lower() for w in words(operation_id)]
    if ws and ws[-1] == "deprecated":
        ws = ws[:-1]
    verb = ws[-1] if ws and ws[-1] in _VERB_SUFFIXES else ("listing" if ws and ws[0] == "list" else "read")
    second = {"read": noun + "Details", "listing": noun + "ListItem"}.get(verb, noun + pascal(verb) + "Result")
    names = [noun]
    if deprecated:
        names.append(noun + "Deprecated")
    names.append(second)
    return names


# -- names of the generated package's own API ---------------------------------------------


def client_class_name(package: str, given: str = "") -> str:
    """The client class: ``--client-name`` as a class name when given, else the package
    name in Pascal case (``ampeco`` -> ``Ampeco``, ``stripe_api`` -> ``StripeApi``)."""
    return component_class_name(given) if given.strip() else class_name(package)


def env_prefix(client: str) -> str:
    """Environment variables of a client start with its name in upper snake case
    (``Ampeco`` -> ``AMPECO``, ``StripeApi`` -> ``STRIPE_API``)."""
    return "_".join(w.upper() for w in words(client)) or "API"


def credential_env_names(prefix: str, scheme_name: str, kind: str, scheme: str, several: bool) -> tuple[str, ...]:
    """Variables holding one security scheme's credentials: ``<PREFIX>_API_KEY`` for an
    apiKey scheme, ``<PREFIX>_USERNAME``/``<PREFIX>_PASSWORD`` for HTTP basic, with the
    scheme's own words before the suffix when the API has several such schemes
    (``<PREFIX>_HEADER_KEY_API_KEY``). Bearer schemes use ``<PREFIX>_API_TOKEN``."""
    infix = "_" + env_prefix(scheme_name) if several else ""
    if kind == "apiKey":
        return (f"{prefix}{infix}_API_KEY",)
    if kind == "http" and scheme.lower() == "basic":
        return (f"{prefix}{infix}_USERNAME", f"{prefix}{infix}_PASSWORD")
    return ()
