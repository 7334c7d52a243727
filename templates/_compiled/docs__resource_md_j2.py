from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/resource.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_resource = resolve('resource')
    l_0_methods = resolve('methods')
    l_0_names = resolve('names')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '# `client.'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'name'))
    yield '`\n\n'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'))
    yield ': '
    yield str(t_1((undefined(name='methods') if l_0_methods is missing else l_0_methods)))
    yield ' operations. Every method exists on `'
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '` and, as a\ncoroutine (listings: an async iterator), on `'
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield '`.\n\n'
    for l_1_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        _loop_vars = {}
        pass
        yield '- [`'
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'method'))
        yield '`](#'
        yield str(t_2(context.eval_ctx, environment.getattr(environment.getattr(l_1_m, 'op'), 'method'), '_', '-'))
        yield ')'
        yield str((' (deprecated)' if environment.getattr(environment.getattr(l_1_m, 'op'), 'deprecated') else ''))
        yield '\n'
    l_1_m = missing
    for l_1_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'method'))
        yield '\n\n`client.'
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'name'))
        yield '.'
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'method'))
        yield '('
        yield str(environment.getattr(l_1_m, 'signature'))
        yield ')`\n\n`'
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'http_method'))
        yield ' '
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'path'))
        yield '` · operationId `'
        yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'operation_id'))
        yield '`\n\n'
        if environment.getattr(environment.getattr(l_1_m, 'op'), 'deprecated'):
            pass
            yield '> **Deprecated.**'
            if environment.getattr(environment.getattr(l_1_m, 'op'), 'replacement'):
                pass
                yield ' Use [`client.'
                yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'replacement'))
                yield '()`]('
                yield str(environment.getitem(context.call(environment.getattr(environment.getattr(environment.getattr(l_1_m, 'op'), 'replacement'), 'split'), '.', _loop_vars=_loop_vars), 0))
                yield '.md#'
                yield str(t_2(context.eval_ctx, environment.getitem(context.call(environment.getattr(environment.getattr(environment.getattr(l_1_m, 'op'), 'replacement'), 'split'), '.', _loop_vars=_loop_vars), 1), '_', '-'))
                yield ') instead.'
            yield '\n'
        if environment.getattr(environment.getattr(l_1_m, 'op'), 'summary'):
            pass
            yield '**'
            yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'summary'))
            yield '**\n\n'
        if (environment.getattr(environment.getattr(l_1_m, 'op'), 'description') and (environment.getattr(environment.getattr(l_1_m, 'op'), 'description') != environment.getattr(environment.getattr(l_1_m, 'op'), 'summary'))):
            pass
            yield str(environment.getattr(environment.getattr(l_1_m, 'op'), 'description'))
            yield '\n\n'
        if environment.getattr(l_1_m, 'params'):
            pass
            yield '| parameter | in | type | required | description |\n| --- | --- | --- | --- | --- |\n'
            for l_2_row in environment.getattr(l_1_m, 'params'):
                _loop_vars = {}
                pass
                yield str(l_2_row)
                yield '\n'
            l_2_row = missing
            yield '\n'
        if environment.getattr(l_1_m, 'body'):
            pass
            yield 'Body: '
            yield str(environment.getattr(l_1_m, 'body'))
            yield str((' (required)' if environment.getattr(environment.getattr(environment.getattr(l_1_m, 'op'), 'body'), 'required') else ''))
            yield '\n\n'
        yield 'Returns: '
        yield str(environment.getattr(l_1_m, 'returns'))
        yield '\n\n```python\n'
        yield str(environment.getattr(l_1_m, 'example'))
        yield '\n```\n'
    l_1_m = missing

blocks = {}
debug_info = '1=27&3=29&4=35&6=37&7=41&9=48&11=52&13=54&15=60&17=66&18=69&21=79&22=82&25=84&26=86&29=88&32=91&33=94&37=98&38=101&41=105&44=107'