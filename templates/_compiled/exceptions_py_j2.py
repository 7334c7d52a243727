from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'exceptions.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_names = resolve('names')
    try:
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""The base of every exception this SDK raises, under the API\'s own name."""\n\nfrom ._runtime.errors import SDKError\n\n__all__ = ['
    yield str(t_1(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error')))
    yield ']\n\n#: Catch this to catch every error of the SDK: HTTP statuses, configuration, webhooks.\n'
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error'))
    yield ' = SDKError\n'

blocks = {}
debug_info = '5=19&8=21'