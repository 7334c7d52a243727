from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'stub/handlers.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_scheme_import = resolve('scheme_import')
    l_0_schema_import = resolve('schema_import')
    l_0_routes = resolve('routes')
    l_0_handlers = resolve('handlers')
    pass
    yield '"""The stub server\'s handlers: one per operation of the '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '.\n\nEach is registered with what its operation needs (method, path template, typed path,\nquery, header and cookie parameters, body type and media type, success status, result\ntype, media type and envelope, and its security when it is not the API\'s default) and\npicks the operation\'s behaviour; ``Call`` (in the runtime) carries it out.\n"""\n\nfrom __future__ import annotations\n\n'
    if (undefined(name='scheme_import') if l_0_scheme_import is missing else l_0_scheme_import):
        pass
        yield 'from .._runtime.operation import SecurityScheme\n'
    yield 'from .._runtime.stub_call import Call\nfrom .._runtime.stub_records import Reply\nfrom .._runtime.stub_routes import RouteTable\n'
    if (undefined(name='schema_import') if l_0_schema_import is missing else l_0_schema_import):
        pass
        yield str((undefined(name='schema_import') if l_0_schema_import is missing else l_0_schema_import))
        yield '\n'
    yield '\n'
    yield str((undefined(name='routes') if l_0_routes is missing else l_0_routes))
    yield '\n'
    for l_1_h in (undefined(name='handlers') if l_0_handlers is missing else l_0_handlers):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(environment.getattr(l_1_h, 'decorator'))
        yield '\ndef '
        yield str(environment.getattr(l_1_h, 'name'))
        yield '(call: Call) -> Reply:\n'
        yield str(environment.getattr(l_1_h, 'docstring'))
        yield '\n'
        yield str(environment.getattr(l_1_h, 'body'))
        yield '\n'
    l_1_h = missing

blocks = {}
debug_info = '1=17&11=19&17=23&18=25&21=28&22=30&25=34&26=36&27=38&28=40'