from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'operations.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_uses_encoding = resolve('uses_encoding')
    l_0_entries = resolve('entries')
    try:
        t_1 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    pass
    yield '"""Every operation of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ', by operationId.\n\n``getattr(getattr(client, op.resource), op.method)`` is the bound callable of ``op``\n(a dotted ``resource``, such as ``customers.sources``, walks attributes).\n"""\n\nfrom ._runtime.operation import '
    if (undefined(name='uses_encoding') if l_0_uses_encoding is missing else l_0_uses_encoding):
        pass
        yield 'Encoding, '
    yield 'Operation, Param\n\n'
    if (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        pass
        yield 'OPERATIONS: dict[str, Operation] = {\n'
        for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
            _loop_vars = {}
            pass
            yield str(l_1_entry)
            yield '\n'
        l_1_entry = missing
        yield '}\n'
    else:
        pass
        yield 'OPERATIONS: dict[str, Operation] = {}\n'

blocks = {}
debug_info = '1=21&7=25&9=29&11=32&12=35'