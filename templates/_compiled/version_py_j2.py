from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'version.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sdk_version = resolve('sdk_version')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""Versions: of this SDK distribution and of the API it was generated from."""\n\n__version__ = '
    yield str(t_1((undefined(name='sdk_version') if l_0_sdk_version is missing else l_0_sdk_version)))
    yield '\n__api_version__ = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '\n'

blocks = {}
debug_info = '3=20&4=22'