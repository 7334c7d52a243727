from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'README.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_distribution = resolve('distribution')
    l_0_sdk_version = resolve('sdk_version')
    l_0_api = resolve('api')
    l_0_usage = resolve('usage')
    l_0_names = resolve('names')
    l_0_download = resolve('download')
    l_0_webhook_signing = resolve('webhook_signing')
    l_0_unauthorised = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '# '
    yield str((undefined(name='distribution') if l_0_distribution is missing else l_0_distribution))
    yield ' '
    yield str((undefined(name='sdk_version') if l_0_sdk_version is missing else l_0_sdk_version))
    yield '\n\nTyped Python SDK for the '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))
    yield ' '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version'))
    yield ': '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations')))
    yield ' operations in\n'
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')))
    yield " resources, sync and async clients, pydantic v2 models.\nGenerated from the API's OpenAPI document: regenerate it, do not edit it.\n\n## Install\n\n```sh\n"
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco'):
        pass
        yield 'pip install ./'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version'))
        yield '        # from a checkout of the generated tree\n'
    else:
        pass
        yield 'pip install .        # in the generated folder (the one holding this README)\n'
    yield '```\n\nRequires Python 3.10+, httpx and pydantic v2.\n\n## Use\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield str((', NotFoundError' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'missing') else ''))
    yield '\n\n'
    yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), prefix='client = ', suffix=str_join(('  # base_url ', (str_join(('and api_token from ', environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'base_url_env'), ' / ', environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'api_token_env'), )) if (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') and environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'api_token_env')) else str_join(('from ', environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'base_url_env'), ))), ))))
    yield '\n'
    if ((environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read') or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing')) or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'create')):
        pass
        yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), showcase=True, prefix=str_join((environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'variable'), ' = ', )), suffix=('  # path parameters positional' if environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'path') else '')))
        yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'):
        pass
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'call'), showcase=True, page_size=50, prefix=str_join(('for ', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'variable'), ' in ', )), suffix=':'))
        yield '\n    print('
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'shown')))
        yield ')  # every page, fetched lazily\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'create'):
        pass
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'create'), 'call'), showcase=True))
        yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'missing'):
        pass
        yield '\ntry:\n    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'missing'), 'call'), key=999999, indent=4))
        yield '\nexcept NotFoundError as exc:\n    print(exc.status_code, exc.message)\n'
    yield '```\n'
    if (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing') or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read')):
        pass
        yield '\nThe async client has the same methods as coroutines; listings are async iterators:\n\n```python\nimport asyncio\n\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
        yield '\n\n\nasync def main() -> None:\n    '
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), cls=environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'), prefix='async with ', suffix=' as aclient:', indent=4))
        yield '\n'
        if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing'):
            pass
            yield '        '
            yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing'), 'call'), 'aclient', page_size=10, prefix=str_join(('async for ', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing'), 'variable'), ' in ', )), suffix=':', indent=8))
            yield '\n            print('
            yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing'), 'shown'), id_only=True))
            yield ')\n'
        else:
            pass
            yield '        '
            yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'aclient', prefix=str_join((environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'variable'), ' = await ', )), indent=8))
            yield '\n        print('
            yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'shown')))
            yield ')\n'
        yield '\n\nasyncio.run(main())\n```\n'
    yield "\nQuery parameters are keyword-only in snake case; request bodies go in `body=` as a\ngenerated model or a mapping with the API's camelCase keys. `OPERATIONS` maps every\noperationId to its HTTP method, path, resource and method name.\n\n## Configuration\n\n```python\nfrom "
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '\n\nclient = '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '(\n    base_url='
    yield str(t_3(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'host')))
    yield ',  # '
    yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'host_note'))
    yield '; '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'base_url_env'))
    yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token'):
        pass
        yield '    api_token="...",  # sent as "Authorization: Bearer ..."; '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'api_token_env'))
        yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'credentials'):
        pass
        yield '    credentials={  # by security scheme name\n'
        for l_1_credential in environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'credentials'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_3(environment.getattr(l_1_credential, 'name')))
            yield ': '
            yield str(environment.getattr(l_1_credential, 'value'))
            yield ',  # '
            yield str(environment.getattr(l_1_credential, 'note'))
            yield '\n'
        l_1_credential = missing
        yield '    },\n'
    yield '    timeout=60.0,  # seconds, per client; every method also takes timeout=\n    max_retries=2,  # GET/PUT/DELETE: connection errors, 408, 429, 5xx;\n)  # POST/PATCH: only 429 and failures before the request was sent\n```\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'credentials'):
        pass
        yield '\n'
        if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token'):
            pass
            yield 'Each operation sends the credentials its security asks for: the token for a bearer\nscheme, `credentials=` (keyed by security scheme name) for the others. No secret ever\nappears in a repr, a log line or an exception message.\n'
        else:
            pass
            yield 'Each operation sends the credentials its security asks for, from `credentials=` (keyed\nby security scheme name). No secret ever appears in a repr, a log line or an exception\nmessage.\n'
    elif environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token'):
        pass
        yield '\nThe token never appears in a repr, a log line or an exception message.\n'
    if environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'credential_envs'):
        pass
        yield "\nCredentials not passed are read from this package's own environment variables (and\nnever from another SDK's):\n\n"
        for (l_1_scheme, l_1_variables) in environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'credential_envs'):
            _loop_vars = {}
            pass
            yield '- `'
            yield str(l_1_scheme)
            yield '`: `'
            yield str(t_1(context.eval_ctx, l_1_variables, '` and `'))
            yield '`\n'
        l_1_scheme = l_1_variables = missing
    yield '\n## Pagination\n\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'):
        pass
        yield '```python\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), prefix='client = '))
        yield '\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'call'), page_size=2, prefix='pager = '))
        yield '\npage = pager.first_page()\nprint(len(page.data), page.links, page.meta)\nfor page in pager.iter_pages():\n'
        if environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'id_attr'):
            pass
            yield '    print(['
            yield str(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'variable'))
            yield '.'
            yield str(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'id_attr'))
            yield ' for '
            yield str(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'variable'))
            yield ' in page.data])\n'
        else:
            pass
            yield '    print(len(page.data))\n'
        if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
            pass
            yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'client.with_raw_response', prefix='raw = '))
            yield '\nprint(raw.status_code, raw.headers.get("x-ratelimit-remaining"), raw.parse()'
            yield str((str_join(('.', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr'), )) if environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr') else ''))
            yield ')\n'
        yield '```\n\n'
    else:
        pass
        yield 'No operation of the '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))
        yield ' '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version'))
        yield ' is paginated; where an API has\nlistings, this is how they work.\n\n'
    yield 'Listing methods return a pager: iterating it fetches further pages lazily (following\n`links.next` for cursor pagination, page numbers otherwise, and only ever on the\n`base_url` host). `pager.first_page()` gives one page with its `data`, `links` and\n`meta`; `pager.iter_pages()` walks page by page.\n\n## Raw and streamed responses\n\n`'
    yield str((context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'inline'), 'client.with_raw_response', key=17) if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read') else 'client.with_raw_response.<resource>.<method>(...)'))
    yield '` returns the raw response (status, headers\nsuch as `X-RateLimit-Remaining`, body) with `.parse()` for the model.\n\n`client.with_streaming_response` takes the same calls, for every operation, but sends\nthe request when its `with` block starts and hands over the response before reading\nits body: iterate it as it arrives (`iter_bytes()`, `iter_text()`, `iter_lines()`),\nwrite it to a path or binary file chunk by chunk (`write_to(...)`), or read it whole\nwith `read()`, `text()`, `json()` or `parse()` (what the normal call returns; for a\nlisting, its first page). Error statuses still raise the typed errors below before the\nblock starts, retries happen only before it, and leaving the block releases the\nconnection, read to the end or not. With the async client, `async with` the call and\nuse `aiter_bytes()`, `aiter_text()`, `aiter_lines()`, and `await` `aread()`, `text()`,\n`json()`, `parse()` and `write_to(...)`.\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        l_0_download = (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'second_listing') or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'))
        context.vars['download'] = l_0_download
        context.exported_vars.add('download')
        yield '\n```python\nimport asyncio\nimport tempfile\nfrom pathlib import Path\n\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
        yield ', '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
        yield '\n\n'
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), prefix='client = '))
        yield '\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'client.with_streaming_response', prefix='with ', suffix=' as response:'))
        yield '\n    print(response.status_code, response.headers.get("content-type"))\n    '
        yield str(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'variable'))
        yield ' = response.parse()  # reads the body, then parses it as '
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'resource'))
        yield '.'
        yield str(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'method'))
        yield '() does\nprint('
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'shown'), id_only=True))
        yield ')\n\nwith tempfile.TemporaryDirectory() as folder:\n    '
        yield str(context.call(environment.getattr((undefined(name='download') if l_0_download is missing else l_0_download), 'call'), 'client.with_streaming_response', page_size=100, prefix='with ', suffix=' as response:', indent=4))
        yield '\n        size = response.write_to(Path(folder) / "'
        yield str(environment.getattr(environment.getattr((undefined(name='download') if l_0_download is missing else l_0_download), 'op'), 'resource'))
        yield '.json")  # chunk by chunk\n    print(size, "bytes written")\n\n\nasync def main() -> None:\n    '
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), cls=environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'), prefix='async with ', suffix=' as aclient:', indent=4))
        yield '\n        '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'aclient.with_streaming_response', prefix='async with ', suffix=' as response:', indent=8))
        yield '\n            async for chunk in response.aiter_bytes():  # aiter_text(), aiter_lines()\n                print(len(chunk))\n            # or: await response.parse(), await response.write_to(path)\n\n\nasyncio.run(main())\n```\n'
    yield '\n## Errors\n\nNon-2xx answers raise `APIStatusError` subclasses: `BadRequestError` (400),\n`AuthenticationError` (401), `PermissionDeniedError` (403), `NotFoundError` (404),\n`ConflictError` (409), `UnprocessableEntityError` (422, with `.errors`, '
    yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'owner'))
    yield " field\nmap), `RateLimitError` (429, with `.retry_after`), `InternalServerError` (5xx); each has\n`.status_code`, `.headers`, `.body`, `.message` and the request's method and URL.\nNetwork failures raise `APIConnectionError` / `APITimeoutError`. All derive from\n`"
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error'))
    yield '`.\n\nResponses parse forward-compatibly: an enum value, a field or a shape this SDK does not\nknow is kept and readable'
    yield str((str_join((' (', environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'unknown_fields'), ')', )) if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'unknown_fields') else ''))
    yield '.\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'notification'):
        pass
        yield '\n## Webhooks\n\n'
        if ((undefined(name='webhook_signing') if l_0_webhook_signing is missing else l_0_webhook_signing) == 'x-signature'):
            pass
            yield '`'
            yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
            yield '.webhooks` verifies (`X-Signature`, HMAC-SHA256 of the raw body keyed\nwith '
            yield str(('your access token' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'the shared secret'))
            yield '; `X-Timestamp` freshness), parses into the typed notification and\ndispatches. With any WSGI server:\n\n```python\nfrom '
            yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
            yield '.webhooks import WebhookDispatcher, WebhookError\n\ndispatcher = WebhookDispatcher(secret="<'
            yield str(('your API access token' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'ampeco') else 'your webhook secret'))
            yield '>")\n\n@dispatcher.on('
            yield str(t_3(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'notification')))
            yield ')\ndef handle(notification):\n    print(notification.tenant, notification.payload)\n'
        else:
            pass
            yield '`'
            yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
            yield '.webhooks` parses each notification into its typed payload (the type is\nread from the payload itself) and dispatches it. '
            if ((undefined(name='webhook_signing') if l_0_webhook_signing is missing else l_0_webhook_signing) == 'standard'):
                pass
                yield 'The spec declares Standard Webhooks\nsignatures: pass `secret="whsec_..."` to check them'
            else:
                pass
                yield 'The spec declares no signature, so\nnothing is checked unless you pass `verify=` (your own check) or `secret="whsec_..."`\n(Standard Webhooks)'
            yield '. With any WSGI server:\n\n```python\nfrom '
            yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
            yield '.webhooks import WebhookDispatcher, WebhookError\n\ndispatcher = WebhookDispatcher('
            yield str(('secret="whsec_..."' if ((undefined(name='webhook_signing') if l_0_webhook_signing is missing else l_0_webhook_signing) == 'standard') else ''))
            yield ')\n\n@dispatcher.on('
            yield str(t_3(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'notification')))
            yield ')\ndef handle(notification):\n    print(notification.type, notification.payload)\n'
        yield '\ndef app(environ, start_response):\n    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))\n    headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}\n    try:\n        dispatcher.dispatch(body, headers)\n    except WebhookError as exc:  # bad signature, stale timestamp, not JSON\n        start_response("400 Bad Request", [("Content-Type", "text/plain")])\n        return [str(exc).encode()]\n    start_response("202 Accepted", [])\n    return []\n```\n'
    yield '\n## Testing with the stub\n\n'
    l_0_unauthorised = ('a token' if (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') and (not environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'credentials'))) else 'credentials')
    context.vars['unauthorised'] = l_0_unauthorised
    context.exported_vars.add('unauthorised')
    yield '`'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub` is a mock of the whole API generated from the same spec: one\nhandler per operation, request validation ('
    yield str((str_join(('401 without ', (undefined(name='unauthorised') if l_0_unauthorised is missing else l_0_unauthorised), ', ', )) if (environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') or environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'credentials')) else ''))
    yield '422 with '
    yield str(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'owner'))
    yield "\n`errors` map), responses that fit the spec's schemas, an in-memory store, and scripted\nfailures. Run it in process or on loopback (`python -m "
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub --port 8000`).\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield '\n```python\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
        yield ', InternalServerError\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.stub import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '\n\nstub = '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '(seed=1)\n'
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), '"http://stub.local"', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), 'transport=stub.transport()', 'max_retries=0', prefix='client = '))
        yield '\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), prefix='print(', suffix=str_join(((str_join(('.', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr'), )) if environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr') else ''), ')', ))))
        yield '\n\nstub.fail_next('
        yield str(t_3(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id')))
        yield ', status=503)\ntry:\n    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), indent=4))
        yield '\nexcept InternalServerError as exc:\n    print("scripted", exc.status_code)\nprint([(r.method, r.path, r.status) for r in stub.requests])\n\nwith stub.serve() as url:  # a real HTTP server on 127.0.0.1\n    '
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), 'url', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), prefix='with ', suffix=' as real:', indent=4))
        yield '\n        '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'real', key=2, prefix='print(', suffix=str_join(((str_join(('.', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr'), )) if environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'id_attr') else ''), ')', )), indent=8))
        yield '\n```\n'
    yield '\n## Resources\n\n| attribute | operations |\n| --- | --- |\n'
    for l_1_resource in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
        _loop_vars = {}
        pass
        yield '| `client.'
        yield str(environment.getattr(l_1_resource, 'name'))
        yield '` | '
        yield str(t_2(environment.getattr(l_1_resource, 'operations')))
        yield ' |\n'
    l_1_resource = missing

blocks = {}
debug_info = '1=38&3=42&4=48&10=50&11=53&22=59&24=64&25=66&28=69&29=71&31=73&32=75&33=77&35=79&36=81&38=83&41=86&46=89&53=92&57=96&58=98&59=101&60=103&62=108&63=110&78=114&80=118&81=120&82=126&83=129&85=131&87=134&88=138&96=147&98=150&107=156&111=159&116=162&117=166&123=172&125=175&127=179&128=181&132=183&133=186&137=195&138=197&139=199&144=205&155=210&168=212&169=214&176=218&178=224&179=226&181=228&182=234&185=236&186=238&191=240&192=242&206=245&210=247&213=249&214=251&218=254&219=257&220=259&224=261&226=263&228=265&232=270&233=272&239=279&241=281&243=283&263=287&264=291&265=293&267=297&268=299&271=302&272=306&274=310&275=312&276=314&278=316&280=318&286=320&287=322&295=325&296=329'