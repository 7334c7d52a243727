from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources_init.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_resources = resolve('resources')
    try:
        t_1 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""Resource classes, one module per resource; the clients create them on first use."""\n\n'
    if (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        pass
        yield 'RESOURCES: dict[str, str] = {\n'
        for l_1_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_1(environment.getattr(l_1_resource, 'name')))
            yield ': '
            yield str(t_1(environment.getattr(l_1_resource, 'class_name')))
            yield ',\n'
        l_1_resource = missing
        yield '}\n'
    else:
        pass
        yield 'RESOURCES: dict[str, str] = {}\n'

blocks = {}
debug_info = '3=19&5=22&6=26'