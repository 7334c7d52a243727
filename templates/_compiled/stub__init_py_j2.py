from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'stub/init.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_count = resolve('count')
    l_0_api = resolve('api')
    l_0_names = resolve('names')
    l_0_usage = resolve('usage')
    l_0_failing = missing
    try:
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""A mock '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield " server for tests, generated from the SDK's spec.\n\nOne handler per operation ("
    yield str((undefined(name='count') if l_0_count is missing else l_0_count))
    yield ' of them, in ``_handlers``) checks requests the way\nthe API does (401 without the credentials the operation\'s security asks for, 404 or\n405 for unknown paths or methods, 422 with ``{"message": ..., "errors": {...}}`` for\ninvalid parameters or bodies) and answers with data that fits the spec\'s response\nschemas: invented deterministically from ``seed`` and kept in memory, so a record\ncreated can be read, listed, updated and deleted. Every collection starts with\n``sample_items`` records (ids 1, 2, 3). ``token=`` and ``credentials=`` (by security\nscheme name, as the client takes them) pin the only secrets accepted.\n\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '\n\n    stub = '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '(seed=1)\n    '
    yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), '"http://stub.local"', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), 'transport=stub.transport()', prefix='client = ', indent=4))
    yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield '    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), prefix=str_join((environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'variable'), ' = ', )), indent=4))
        yield '\n    assert stub.requests[-1].status == '
        yield str(environment.getitem((environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'success_statuses') or [200]), 0))
        yield '\n'
    l_0_failing = (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing') or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'))
    context.vars['failing'] = l_0_failing
    context.exported_vars.add('failing')
    yield '    stub.fail_next('
    yield str(t_1((environment.getattr(environment.getattr((undefined(name='failing') if l_0_failing is missing else l_0_failing), 'op'), 'operation_id') if (undefined(name='failing') if l_0_failing is missing else l_0_failing) else '*')))
    yield ', status=429, headers={"Retry-After": "1"})\n    stub.add_latency('
    yield str(t_1((environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id') if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read') else '*')))
    yield ', 0.2)\n\n    with stub.serve() as url:  # a real HTTP server on 127.0.0.1\n        '
    yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), 'url', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), prefix='client = ', indent=8))
    yield '\n\n``python -m '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub --port 8000`` serves it from the command line.\n"""\n\nfrom __future__ import annotations\n\nimport random\nfrom collections.abc import Mapping\nfrom typing import TYPE_CHECKING, Any\n\nfrom .._runtime.stub_call import Call\nfrom .._runtime.stub_engine import Stub\nfrom .._runtime.stub_records import RecordedRequest, Reply\nfrom .._runtime.stub_routes import Route\nfrom .._runtime.stub_state import Store\nfrom .._version import __api_version__\nfrom ._handlers import ROUTES\nfrom ._schemas import SCHEMAS\n\nif TYPE_CHECKING:\n    import httpx\n\n__all__ = ['
    yield str(t_1(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub')))
    yield ', "Call", "RecordedRequest", "Reply", "Route", "Store"]\n\n\nclass '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '(Stub):\n    """A stateful mock of the '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ' (see the module docstring)."""\n\n    routes = tuple(ROUTES.routes)\n    security_schemes = ROUTES.schemes\n    schemas = SCHEMAS\n    api_version = __api_version__\n\n    def notification_payload(\n        self, notification: str, fields: Mapping[str, Any] | None = None\n    ) -> dict[str, Any]:\n        """A full payload of the notification type ``notification`` (a key of\n        ``webhooks.NOTIFICATION_TYPES``), valid for its model.\n\n        Invented deterministically from the seed and the type; ``fields`` (camelCase\n        keys) are laid over it, objects merged key by key.\n        """\n        from .._runtime.stub_notifications import invent_notification\n        from ..webhooks import NOTIFICATION_TYPES\n\n        if notification not in NOTIFICATION_TYPES:\n            known = ", ".join(sorted(NOTIFICATION_TYPES)) or "none"\n            raise KeyError(\n                f"no notification type {notification!r} in this API (it has: {known})"\n            )\n        return invent_notification(\n            self.schemas,\n            NOTIFICATION_TYPES[notification].__name__,\n            notification,\n            random.Random(f"{self.seed}|notification|{notification}"),\n            fields=fields,\n            depth=self.depth,\n        )\n\n    def send_notification(\n        self,\n        url: str,\n        notification: str,\n        secret: str,\n        *,\n        payload: Mapping[str, Any] | None = None,\n        fields: Mapping[str, Any] | None = None,\n        **options: Any,\n    ) -> httpx.Response:\n        """POST a signed notification of type ``notification`` to ``url``, as the API\n        does, and return the receiver\'s response.\n\n        The body is ``payload`` when given, else :meth:`notification_payload` (with\n        ``fields`` laid over it); ``options`` go to ``webhooks.send_notification``\n        (tenant, webhook_id, timestamp, client...).\n        """\n        from .._runtime.webhooks_delivery import send_notification\n\n        if payload is None:\n            payload = self.notification_payload(notification, fields)\n        return send_notification(\n            url, payload, secret, webhook_type=notification, **options\n        )\n'

blocks = {}
debug_info = '1=24&3=26&12=28&13=32&15=36&16=38&17=40&18=43&19=45&21=47&22=51&23=53&26=55&28=57&49=59&52=61&53=63'