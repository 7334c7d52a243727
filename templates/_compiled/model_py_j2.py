from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'model.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_recursive = resolve('recursive')
    l_0_imports = resolve('imports')
    l_0_blocks = resolve('blocks')
    l_0_model_names = resolve('model_names')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    pass
    yield '"""Models generated from '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ': regenerate, do not edit."""\n'
    if (undefined(name='recursive') if l_0_recursive is missing else l_0_recursive):
        pass
        yield '\nfrom __future__ import annotations\n'
    yield '\n'
    yield str((undefined(name='imports') if l_0_imports is missing else l_0_imports))
    yield '\n'
    for (l_1_kind, l_1_item, l_1_body) in (undefined(name='blocks') if l_0_blocks is missing else l_0_blocks):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.getattr(l_1_item, 'name'))
        yield '('
        yield str((('OpenIntEnum' if (environment.getattr(l_1_item, 'value_type') == 'int') else 'OpenEnum') if (l_1_kind == 'enum') else 'SDKModel'))
        yield '):\n'
        if environment.getattr(l_1_item, 'description'):
            pass
            yield str(t_1(environment.getattr(l_1_item, 'description'), 4))
            yield '\n\n'
        yield str(l_1_body)
        yield '\n'
    l_1_kind = l_1_item = l_1_body = missing
    if (undefined(name='recursive') if l_0_recursive is missing else l_0_recursive):
        pass
        yield '\n\n'
        for l_1_name in (undefined(name='model_names') if l_0_model_names is missing else l_0_model_names):
            _loop_vars = {}
            pass
            yield str(l_1_name)
            yield '.model_rebuild()\n'
        l_1_name = missing

blocks = {}
debug_info = '1=29&2=33&7=37&8=39&11=43&12=47&13=49&16=51&18=54&21=57&22=60'