from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/webhooks.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_kinds = resolve('kinds')
    l_0_usage = resolve('usage')
    l_0_api = resolve('api')
    l_0_names = resolve('names')
    l_0_example = resolve('example')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '# Webhooks\n\n[Index](index.md)\n\n'
    if (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds):
        pass
        yield 'The API POSTs a JSON notification to the URL you subscribe, signed with '
        yield str(('your access token' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'the shared secret'))
        yield '.\n`'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ".webhooks` verifies a request, parses its payload into the typed model\nand calls the handler registered for its type.\n\n## Verification\n\n| header | what it carries |\n| --- | --- |\n| `X-Signature` | HMAC-SHA256 (hex) of the raw request body, keyed with the secret |\n| `X-Timestamp` | when it was sent (ISO 8601); older or newer than `tolerance` seconds (default `DEFAULT_TOLERANCE`, 300) is refused |\n| `X-Webhook-Type` | the notification type (the payload's `notification` field says it too) |\n| `X-Webhook-Id`, `X-Tenant` | the delivery's id and the sender, on `Notification.webhook_id` and `.tenant` |\n\n`parse(body, headers, secret)` and `WebhookDispatcher.dispatch(body, headers)` raise\n`WebhookVerificationError` for a bad signature or timestamp and `WebhookPayloadError`\nfor a body that is not a JSON object; both are `WebhookError`s. Pass the raw body as\nreceived: re-encoded JSON no longer matches its signature. `verify_signature(body,\nsignature, secret)` checks a signature alone; `parse_payload(data)` parses a decoded\npayload without verifying it.\n\n## Receiving\n\nRegister a handler per type with `@dispatcher.on(name)` (a name from the table below,\nor a payload model class) and `@dispatcher.fallback` for the rest. The stub signs\nnotifications exactly as the API does, so a receiver can be tested end to end:\n\n```python\nfrom "
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.stub import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.webhooks import WebhookDispatcher, WebhookError, sign_notification\n\ndispatcher = WebhookDispatcher(secret="webhook-secret")\nreceived = []\n\n\n@dispatcher.on('
        yield str(t_2((undefined(name='example') if l_0_example is missing else l_0_example)))
        yield ')\ndef handle(notification):\n    received.append(notification.payload)\n\n\n@dispatcher.fallback\ndef other(notification):\n    print("unhandled", notification.type)\n\n\nstub = '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '(seed=1)\npayload = stub.notification_payload('
        yield str(t_2((undefined(name='example') if l_0_example is missing else l_0_example)))
        yield ')\nbody, headers = sign_notification(payload, "webhook-secret", webhook_type='
        yield str(t_2((undefined(name='example') if l_0_example is missing else l_0_example)))
        yield ')\ndispatcher.dispatch(body, headers)\nprint(type(received[0]).__name__)\n\ntry:\n    dispatcher.dispatch(body, {**headers, "X-Signature": "0" * 64})\nexcept WebhookError as exc:\n    print("refused:", exc)\n```\n\nOver HTTP, `stub.send_notification(url, type, secret)` POSTs the same signed request to\nyour receiver (`fields={...}` overrides payload fields) and returns its response.\n\n## Notification types\n\n'
        yield str(t_1((undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)))
        yield " types. The name is what to pass to `dispatcher.on` and what the\npayload's `notification` field holds; a type with several models (versions of the\npayload) is parsed as the first that fits.\n\n| name for `dispatcher.on` | payload model |\n| --- | --- |\n"
        l_1_loop = missing
        for l_1_kind, l_1_loop in LoopContext((undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), undefined):
            l_1_cell = resolve('cell')
            _loop_vars = {}
            pass
            yield '| `'
            yield str(context.call((undefined(name='cell') if l_1_cell is missing else l_1_cell), environment.getattr(l_1_kind, 'name'), _loop_vars=_loop_vars))
            yield '` | '
            l_2_loop = missing
            for l_2_model, l_2_loop in LoopContext(environment.getattr(l_1_kind, 'models'), undefined):
                _loop_vars = {}
                pass
                yield '[`'
                yield str(l_2_model)
                yield '`](models/'
                yield str(l_2_model)
                yield '.md)'
                yield str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 74 in 'docs/webhooks.md.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_model = missing
            yield ' |\n'
        l_1_loop = l_1_kind = l_1_cell = missing
    else:
        pass
        yield 'This API declares no webhooks (its spec has no callbacks or `webhooks`), so\n`'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.webhooks` knows no notification types. Its verification helpers\n(`sign_notification`, `verify_signature`) are there all the same.\n'

blocks = {}
debug_info = '5=29&6=32&7=34&33=36&34=40&40=42&50=44&51=46&52=48&67=50&73=53&74=58&78=76'