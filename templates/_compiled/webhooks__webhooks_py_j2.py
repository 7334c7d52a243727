from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'webhooks/webhooks.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_signing = resolve('signing')
    l_0_title = resolve('title')
    l_0_usage = resolve('usage')
    l_0_package = resolve('package')
    l_0_example = resolve('example')
    l_0_model_imports = resolve('model_imports')
    l_0_union_members = resolve('union_members')
    l_0_entries = resolve('entries')
    l_0_alternatives = resolve('alternatives')
    l_0_shapes = resolve('shapes')
    pass
    if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'x-signature'):
        pass
        yield '"""Notifications of the '
        yield str((undefined(name='title') if l_0_title is missing else l_0_title))
        yield ': verify, parse and dispatch them.\n\n'
        yield str(('AMPECO' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'The API'))
        yield ' POSTs each notification to your callback URL as a JSON object whose\n``notification`` field names its type, signed in ``X-Signature`` (HMAC-SHA256 of the\nraw body keyed with your API access token) and sent with ``X-Timestamp``,\n``X-Tenant``, ``X-Webhook-Id`` and ``X-Webhook-Type`` headers.\n\n- ``parse(body, headers, secret)`` verifies a request and returns a ``Notification``:\n  ``.payload`` is the typed model (``UnknownNotification`` with the raw payload for a\n  type this SDK does not know), beside ``.tenant``, ``.webhook_id``, ``.webhook_type``\n  and ``.timestamp``;\n- ``verify_signature(body, headers, secret)`` only checks the signature (and, within\n  ``tolerance`` seconds, the timestamp);\n- ``WebhookDispatcher`` calls the handler registered for each type;\n- ``send_notification(url, payload, secret)`` signs and POSTs a notification the way\n  '
        yield str(('AMPECO' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'the API'))
        yield ' does, to test a receiver end to end.\n\nReceiving notifications with any WSGI server (in ASGI: read the body, then the same)::\n\n    from '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.webhooks import WebhookDispatcher, WebhookError\n\n    dispatcher = WebhookDispatcher(secret="<your API access token>")\n\n    @dispatcher.on("'
        yield str((undefined(name='example') if l_0_example is missing else l_0_example))
        yield '")\n    def handle(notification):\n        print(notification.tenant, notification.payload)\n\n    def app(environ, start_response):\n        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))\n        headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}\n        try:\n            dispatcher.dispatch(body, headers)\n        except WebhookError as exc:  # bad signature, stale timestamp, not JSON\n            start_response("400 Bad Request", [("Content-Type", "text/plain")])\n            return [str(exc).encode()]\n        start_response("202 Accepted", [])\n        return []\n\nGenerated from the API\'s OpenAPI document: regenerate, do not edit.\n'
    else:
        pass
        yield '"""Notifications of the '
        yield str((undefined(name='title') if l_0_title is missing else l_0_title))
        yield ': parse and dispatch them, verified as you choose.\n\nThe API POSTs each notification to your callback URL as a JSON object. Its type is read\nfrom the payload: a field naming it (a discriminator, a constant or an enum), else the\none notification whose required fields are all present, else the ``webhook_type``\ngiven.\n'
        if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'standard'):
            pass
            yield 'The spec declares Standard Webhooks signatures: pass ``secret="whsec_..."`` to check\n``webhook-signature`` (HMAC-SHA256 of ``webhook-id.webhook-timestamp.body``).\n'
        else:
            pass
            yield 'The spec declares no signature: nothing is checked unless you ask, with ``verify=``\n(your own check of ``(body, headers)``, raising to refuse) or ``secret="whsec_..."``\n(the Standard Webhooks scheme: ``webhook-id``, ``webhook-timestamp``,\n``webhook-signature``).\n'
        yield '\n- ``parse(body, headers)`` returns a ``Notification``: ``.type``, ``.payload`` (the\n  typed model, or ``UnknownNotification`` with the raw payload), ``.webhook_id`` and\n  ``.timestamp``;\n- ``parse_payload(data)`` types a decoded payload; ``WebhookDispatcher`` calls the\n  handler registered for each type;\n- ``standard_webhook_headers(body, secret, msg_id=...)`` signs a body the Standard\n  Webhooks way, to test a receiver.\n\nReceiving notifications with any WSGI server (in ASGI: read the body, then the same)::\n\n    from '
        yield str((undefined(name='package') if l_0_package is missing else l_0_package))
        yield '.webhooks import WebhookDispatcher, WebhookError\n\n    dispatcher = WebhookDispatcher('
        yield str(('secret="whsec_..."' if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'standard') else ''))
        yield ')\n\n    @dispatcher.on("'
        yield str((undefined(name='example') if l_0_example is missing else l_0_example))
        yield '")\n    def handle(notification):\n        print(notification.type, notification.payload)\n\n    def app(environ, start_response):\n        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))\n        headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}\n        try:\n            dispatcher.dispatch(body, headers)\n        except WebhookError as exc:  # refused by the check, or not a JSON object\n            start_response("400 Bad Request", [("Content-Type", "text/plain")])\n            return [str(exc).encode()]\n        start_response("202 Accepted", [])\n        return []\n\nGenerated from the API\'s OpenAPI document: regenerate, do not edit.\n'
    yield '"""\n\nfrom __future__ import annotations\n\nfrom collections.abc import Callable, Mapping\nfrom typing import Any, TypeAlias, Union\n\nfrom ._runtime.models import SDKModel\n'
    if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'x-signature'):
        pass
        yield 'from ._runtime.webhooks_core import (\n    DEFAULT_TOLERANCE,\n    Notification,\n    NotificationTypes,\n    UnknownNotification,\n    WebhookError,\n    WebhookPayloadError,\n    WebhookVerificationError,\n    compute_signature,\n    verify_signature,\n)\nfrom ._runtime.webhooks_core import WebhookDispatcher as _WebhookDispatcher\nfrom ._runtime.webhooks_delivery import (\n    asend_notification,\n    format_timestamp,\n    send_notification,\n    sign_notification,\n)\n'
    else:
        pass
        yield 'from ._runtime.webhooks_core import (\n    DEFAULT_TOLERANCE,\n    Notification,\n    NotificationTypes,\n    PayloadShape,\n    UnknownNotification,\n    Verifier,\n    WebhookError,\n    WebhookPayloadError,\n    WebhookVerificationError,\n    configured_verifier,\n    standard_webhook_headers,\n    verify_standard_webhook,\n)\nfrom ._runtime.webhooks_core import WebhookDispatcher as _WebhookDispatcher\n'
    for l_1_line in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n'
    if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'x-signature'):
        pass
        yield '__all__ = [\n    "DEFAULT_TOLERANCE",\n    "NOTIFICATION_TYPES",\n    "Notification",\n    "NotificationPayload",\n    "UnknownNotification",\n    "WebhookDispatcher",\n    "WebhookError",\n    "WebhookPayloadError",\n    "WebhookVerificationError",\n    "asend_notification",\n    "compute_signature",\n    "format_timestamp",\n    "parse",\n    "parse_payload",\n    "send_notification",\n    "sign_notification",\n    "verify_signature",\n]\n'
    else:
        pass
        yield '__all__ = [\n    "DEFAULT_TOLERANCE",\n    "NOTIFICATION_TYPES",\n    "Notification",\n    "NotificationPayload",\n    "UnknownNotification",\n    "WebhookDispatcher",\n    "WebhookError",\n    "WebhookPayloadError",\n    "WebhookVerificationError",\n    "parse",\n    "parse_payload",\n    "standard_webhook_headers",\n    "verify_standard_webhook",\n]\n'
    yield '\n'
    if (undefined(name='union_members') if l_0_union_members is missing else l_0_union_members):
        pass
        yield 'NotificationPayload: TypeAlias = Union[\n'
        for l_1_name in (undefined(name='union_members') if l_0_union_members is missing else l_0_union_members):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield '    UnknownNotification,\n]\n'
    else:
        pass
        yield 'NotificationPayload: TypeAlias = Union[UnknownNotification]\n'
    yield '"""A notification payload: one of the models below, or ``UnknownNotification``."""\n\n'
    if (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        pass
        yield 'NOTIFICATION_TYPES: dict[str, type[SDKModel]] = {\n'
        for l_1_line in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '}\n'
    else:
        pass
        yield 'NOTIFICATION_TYPES: dict[str, type[SDKModel]] = {}\n'
    yield '"""Notification type (the payload\'s ``notification`` value) -> its payload model."""\n\n'
    if (undefined(name='alternatives') if l_0_alternatives is missing else l_0_alternatives):
        pass
        yield '_ALTERNATIVES: dict[str, tuple[type[SDKModel], ...]] = {\n'
        for l_1_line in (undefined(name='alternatives') if l_0_alternatives is missing else l_0_alternatives):
            _loop_vars = {}
            pass
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
        yield '}\n'
    else:
        pass
        yield '_ALTERNATIVES: dict[str, tuple[type[SDKModel], ...]] = {}\n'
    yield '"""Further models to try, in order, for a type whose payload differs between versions."""\n\n'
    if ((undefined(name='signing') if l_0_signing is missing else l_0_signing) == 'x-signature'):
        pass
        yield '_TYPES = NotificationTypes(NOTIFICATION_TYPES, _ALTERNATIVES)\n\n\ndef parse(\n    body: bytes,\n    headers: Mapping[str, str],\n    secret: str,\n    *,\n    tolerance: float | None = DEFAULT_TOLERANCE,\n    now: Callable[[], float] | None = None,\n) -> Notification[NotificationPayload]:\n    """Verify a notification request, then parse it.\n\n    ``body`` is the raw request body, ``headers`` its headers (any mapping; names in any\n    case) and ``secret`` the '
        yield str(('API access token AMPECO' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'shared secret the API'))
        yield ' signs with. ``tolerance`` bounds\n    the age of ``X-Timestamp`` in seconds (``None``: no freshness check); ``now`` is\n    the clock (default ``time.time``). Raises ``WebhookVerificationError`` or\n    ``WebhookPayloadError``.\n    """\n    return _TYPES.parse(body, headers, secret, tolerance=tolerance, now=now)\n\n\ndef parse_payload(\n    data: Mapping[str, Any], *, webhook_type: str | None = None\n) -> NotificationPayload:\n    """A decoded payload as its model (or ``UnknownNotification``); no verification.\n\n    The type is the payload\'s ``notification`` value, else ``webhook_type``.\n    """\n    payload: NotificationPayload = _TYPES.payload(data, webhook_type)\n    return payload\n\n\nclass WebhookDispatcher(_WebhookDispatcher):\n    """Verifies each request with ``secret`` and calls the handler for its type.\n\n    Register handlers with ``@dispatcher.on("type.name")`` (or a payload model class)\n    and ``@dispatcher.fallback``; then ``dispatcher.dispatch(body, headers)``.\n    """\n\n    def __init__(\n        self,\n        secret: str,\n        *,\n        tolerance: float | None = DEFAULT_TOLERANCE,\n        now: Callable[[], float] | None = None,\n    ) -> None:\n        super().__init__(secret, _TYPES, tolerance=tolerance, now=now)\n'
    else:
        pass
        if (undefined(name='shapes') if l_0_shapes is missing else l_0_shapes):
            pass
            yield '_SHAPES: tuple[PayloadShape, ...] = (\n'
            for l_1_line in (undefined(name='shapes') if l_0_shapes is missing else l_0_shapes):
                _loop_vars = {}
                pass
                yield str(l_1_line)
                yield '\n'
            l_1_line = missing
            yield ')\n'
        else:
            pass
            yield '_SHAPES: tuple[PayloadShape, ...] = ()\n'
        yield '"""How a payload without a ``notification`` field shows its type."""\n\n_TYPES = NotificationTypes(NOTIFICATION_TYPES, _ALTERNATIVES, shapes=_SHAPES)\n\n\ndef parse(\n    body: bytes,\n    headers: Mapping[str, str],\n    *,\n    secret: str | None = None,\n    verify: Verifier | None = None,\n    tolerance: float | None = DEFAULT_TOLERANCE,\n    now: Callable[[], float] | None = None,\n) -> Notification[NotificationPayload]:\n    """Parse a notification request, checked first when you ask.\n\n    ``verify`` is your own check of ``(body, headers)`` (raise to refuse); ``secret``\n    checks the Standard Webhooks signature, with ``webhook-timestamp`` within\n    ``tolerance`` seconds of ``now()`` (``None``: no freshness check). Without either\n    nothing is checked. Raises ``WebhookVerificationError`` or ``WebhookPayloadError``.\n    """\n    verifier = configured_verifier(secret, verify, tolerance=tolerance, now=now)\n    return _TYPES.verified_by(body, headers, verifier)\n\n\ndef parse_payload(\n    data: Mapping[str, Any], *, webhook_type: str | None = None\n) -> NotificationPayload:\n    """A decoded payload as its model (or ``UnknownNotification``); no verification.\n\n    The type comes from the payload (see the module\'s docstring), else ``webhook_type``.\n    """\n    payload: NotificationPayload = _TYPES.payload(data, webhook_type)\n    return payload\n\n\nclass WebhookDispatcher(_WebhookDispatcher):\n    """Parses each request (checked as ``parse`` does) and calls the handler for its type.\n\n    Register handlers with ``@dispatcher.on("type")`` (or a payload model class) and\n    ``@dispatcher.fallback``; then ``dispatcher.dispatch(body, headers)``.\n    """\n\n    def __init__(\n        self,\n        secret: str | None = None,\n        *,\n        verify: Verifier | None = None,\n        tolerance: float | None = DEFAULT_TOLERANCE,\n        now: Callable[[], float] | None = None,\n    ) -> None:\n        verifier = configured_verifier(secret, verify, tolerance=tolerance, now=now)\n        super().__init__(\n            None,\n            _TYPES,\n            tolerance=tolerance,\n            now=now,\n            verifier=verifier,\n            verify_with_secret=False,\n        )\n'

blocks = {}
debug_info = '1=21&2=24&4=26&17=28&21=30&25=32&42=37&48=39&68=46&70=48&72=50&97=53&133=59&134=62&137=66&175=73&177=76&178=80&187=88&189=91&190=94&198=102&200=105&201=108&209=116&224=119&259=123&261=126&262=129'