from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/stub.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_names = resolve('names')
    l_0_usage = resolve('usage')
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
    yield '# The stub: a mock '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))
    yield ' for tests\n\n[Index](index.md)\n\n`'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub.'
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '` answers every operation of the spec ('
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations')))
    yield ") the way\nthe API does: it checks credentials, parameters and bodies, keeps records in memory,\npaginates and filters listings, and invents the rest from the spec's schemas,\ndeterministically from `seed`. Use it in-process as an httpx transport, or as a real\nHTTP server on 127.0.0.1.\n\n## Starting it\n\n`"
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '(seed=0, sample_items=3, token=None, credentials=None, depth=4)`: `seed`\nfixes every invented value; each collection starts with `sample_items` records (ids 1,\n2, 3); `token=` and `credentials=` (by security scheme name, as the client takes them)\npin the only secrets accepted (any well-formed ones otherwise); `depth` bounds how deep\ninvented objects nest.\n\n- `stub.transport()` / `stub.async_transport()`: pass as `transport=` to the client;\n  nothing leaves the process.\n- `with stub.serve() as url:` serves it on 127.0.0.1 (a free port) in a background\n  thread; `server="uvicorn"` (or `"auto"`) uses uvicorn when installed, `timeout=`\n  bounds how long the built-in server waits for a client that stops sending.\n- `python -m '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub --port 8000 [--host 127.0.0.1] [--seed N] [--sample-items N] [--token T] [--server auto|stdlib|uvicorn]`\n  serves it until Ctrl-C.\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield '\n```python\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
        yield ', NotFoundError\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.stub import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '\n\nstub = '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '(seed=1)\n'
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), '"http://stub.local"', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), 'transport=stub.transport()', 'max_retries=0', prefix='client = '))
        yield '\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), prefix='first = '))
        yield '\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), prefix='again = '))
        yield '\nassert first == again  # the same record, the same data\nprint(stub.requests[-1].status)\n\nwith stub.serve() as url:\n    '
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), 'url', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), prefix='with ', suffix=' as real:', indent=4))
        yield '\n        '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), 'real', prefix='print(', suffix=' == first)', indent=8))
        yield '\n```\n'
    yield '\n## Records\n\nA path that ends in a parameter names a record of a collection (`/things/{id}`); the\ncollection is the path without its version segments, so every version of an endpoint\nshares its records.\n\n- A create (POST to the collection) stores the body under the next whole-number id and\n  answers the record; the listing shows it.\n- A read, update or delete of an id that does not exist answers 404 and changes nothing,\n  before the request is checked (Laravel binds the record first): an unknown id with an\n  invalid body or query is a 404, not a 422.\n  A PUT to a collection that nothing creates records in (a PUT "create or update")\n  creates the record the path names.\n- Ids read back as listed: a record\'s `id` has the type the schema gives it (`7` for an\n  integer, `"7"` for a string), and either spelling in a path names it.\n- A key whose type lists every value (a date, a weekday, an enum\'s keys) always names a\n  record: reading one that was never written answers invented data and stores nothing.\n- Updates merge the body into the record, objects key by key; reads lay what was written\n  over invented values, keeping only what fits the answer\'s schema.\n- `stub.store` holds them: `ids(collection)`, `get(collection, id)`, `add(collection,\n  data, id=None)`, `remove(collection, id)`, `clear(collection=None)`.\n\n## Listings and filters\n\nListings paginate as the API does (`page`/`per_page`, or cursors, as the operation\ndeclares them) and apply every `filter[...]` key the operation declares:\n\n- equality on the record field of that name; a list (`filter[status][]=a&...`) keeps\n  records whose field is one of the values (or, for a list field, shares one);\n- ranges by name, compared as numbers or date-times: `xAfter`/`xSince`/`xFrom`/`minX`/`xMin`\n  keep records whose `x` (or `xAt`, `xDate`, `xDateTime`, `xTime`, `xOn`, `xTimestamp`)\n  is at or after the value; `xBefore`/`xUntil`/`xTo`/`maxX`/`xMax` at or before;\n  `xGreaterThan`/`xLessThan` strictly. A record without that value is left out.\n\nWhat the stub cannot know, and does instead:\n\n- whether the real API\'s bounds are inclusive: the stub\'s are, except `...Than`;\n- filters that name no field of the records (a relation such as `ownerId` on a\n  record that has no such field, or an object field): not applied; their names are in\n  `stub.requests[-1].unapplied_filters`;\n- keys the operation does not declare: ignored (as the API ignores them), logged as a\n  warning and listed in `stub.requests[-1].unknown_filters`, so a test can assert on a\n  typo.\n\n## Invented data\n\nAnswers fit the spec\'s response schemas, with these rules where the schema\'s meaning is\nvisible:\n\n- the spec\'s own example for a field is used when it fits the field (date-times only\n  when written as RFC 3339);\n- a field named like an id (`id`, `sessionId`, `user_id`, `chargePointIds`) declared as\n  a number holds whole numbers;\n- strings satisfy `pattern` (a generator for the regular-expression subset patterns use:\n  classes, ranges, quantifiers, groups, alternation, anchors), `format` (email, uri,\n  uuid, date, date-time, time, ipv4, ipv6, hostname, byte) and length bounds; numbers\n  satisfy `minimum`/`maximum` (exclusive too) and `multipleOf`; arrays their item counts;\n- a success flag (`success`, `ok`...) that is true comes without error details\n  (`errorCode`, `errorMessage`, `failureReason`...): left out, or null; when one is\n  required, the flag is false instead.\n\nA pattern outside that subset (lookarounds, back-references) is named once, in a warning\nwhen the first stub starts, and not enforced, so the stub never refuses what it invented.\n\n## Checks and errors\n\nEvery answer is JSON: 401 without the credentials an operation asks for; 404 for an\nunknown path or record; 405 (with `Allow`) for a wrong method; 415 for another media\ntype; 422 `{"message", "errors": {field: [messages]}}` for parameters or bodies that do\nnot fit the spec; 400 for requests it cannot read (a malformed URL, query keys nested\ndeeper than 32 levels, JSON deeper than 128, a bad or lying `Content-Length`); 413 for a\nbody over 32 MB. It keeps serving after any of them, and a client that goes away is\nlogged at debug level.\n\n## Scripting and inspecting\n\n- `stub.fail_next(operation_id, times=1, status=429, body=..., headers=...)`: the next\n  calls of an operation (`"*"`: any) fail with that answer (by default the API\'s\n  `{"message": ...}` for the status).\n- `stub.add_latency(operation_id, seconds)`: delays every answer of an operation (`"*"`:\n  all); past the client\'s read timeout it times out as a real server would.\n- `stub.override(operation_id, handler)`: answer with `handler(call)` instead (a `Call`\n  has `path_params`, `query`, `body`, `headers` and the behaviours `create`, `read`,\n  `update`, `delete`, `listing`, `respond`, `reply(value, status)`); `None` restores it.\n- `stub.requests`: every request with what it answered (`method`, `path`, `query`,\n  `query_value(name)`, `headers`, `json`, `form`, `operation_id`, `status`, `response`,\n  `unknown_filters`, `unapplied_filters`).\n- `stub.sample_body(operation_id)`: a request body the operation accepts.\n- `stub.notification_payload(type, fields=None)` and `stub.send_notification(url, type,\n  secret, fields=None)`: a full payload of a notification type, and its signed delivery\n  (see [webhooks](webhooks.md)).\n- `stub.reset()`: forget records, requests, failures, latency and overrides.\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield '\n```python\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield ' import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
        yield ', APIStatusError\nfrom '
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
        yield '.stub import '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield ', Reply\n\nstub = '
        yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
        yield '(seed=1)\n'
        yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), '"http://stub.local"', ('"any-token"' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), 'transport=stub.transport()', 'max_retries=0', prefix='client = '))
        yield '\n\nstub.fail_next('
        yield str(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id')))
        yield ', status=503)\ntry:\n    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), indent=4))
        yield '\nexcept APIStatusError as exc:\n    print("scripted", exc.status_code)\n\nstub.override('
        yield str(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id')))
        yield ', lambda call: Reply(418, {"message": "teapot"}))\ntry:\n    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), indent=4))
        yield '\nexcept APIStatusError as exc:\n    print("overridden", exc.status_code)\nstub.override('
        yield str(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id')))
        yield ', None)\n\nstub.add_latency('
        yield str(t_2(environment.getattr(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'op'), 'operation_id')))
        yield ', 0.05)\n'
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call')))
        yield '\nprint([(r.operation_id, r.status) for r in stub.requests])\n```\n'

blocks = {}
debug_info = '1=27&5=29&13=35&24=37&26=39&29=42&30=46&32=50&33=52&34=54&35=56&40=58&41=60&137=63&140=66&141=70&143=74&144=76&146=78&148=80&152=82&154=84&157=86&159=88&160=90'