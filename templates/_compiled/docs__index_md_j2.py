from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/index.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_resources = resolve('resources')
    l_0_models = resolve('models')
    l_0_enums = resolve('enums')
    l_0_names = resolve('names')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '# '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'))
    yield ' '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version'))
    yield ': reference\n\nPython SDK `'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '`: '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations')))
    yield ' operations in '
    yield str(t_1((undefined(name='resources') if l_0_resources is missing else l_0_resources)))
    yield ' resources,\n'
    yield str(t_1((undefined(name='models') if l_0_models is missing else l_0_models)))
    yield ' models and '
    yield str(t_1((undefined(name='enums') if l_0_enums is missing else l_0_enums)))
    yield ' enums.\n\n```python\nfrom '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '\n\nclient = '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '()  # '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'base_url_env'))
    yield str((str_join((' and ', environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'api_token_env'), )) if environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'api_token_env') else ''))
    yield ' from the environment\n```\n\n## Guides\n\n- [Webhooks](webhooks.md): the notification types and their payload models, verification, a receiver.\n- [The stub](stub.md): the mock server for tests, its records, filters, invented data and scripting.\n\n## Resources\n\n| attribute | operations | tag |\n| --- | --- | --- |\n'
    for l_1_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        l_1_cell = resolve('cell')
        _loop_vars = {}
        pass
        yield '| [`client.'
        yield str(environment.getattr(l_1_resource, 'name'))
        yield '`](resources/'
        yield str(environment.getattr(l_1_resource, 'name'))
        yield '.md) | '
        yield str(t_1(environment.getattr(l_1_resource, 'operations')))
        yield ' | '
        yield str(context.call((undefined(name='cell') if l_1_cell is missing else l_1_cell), environment.getattr(l_1_resource, 'description'), _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_resource = l_1_cell = missing
    yield '\n## Models\n\n'
    l_1_loop = missing
    for l_1_model, l_1_loop in LoopContext((undefined(name='models') if l_0_models is missing else l_0_models), undefined):
        _loop_vars = {}
        pass
        yield '[`'
        yield str(environment.getattr(l_1_model, 'name'))
        yield '`](models/'
        yield str(environment.getattr(l_1_model, 'name'))
        yield '.md)'
        yield str(('' if environment.getattr(l_1_loop, 'last') else ' ·'))
        yield '\n'
    l_1_loop = l_1_model = missing
    yield '\n## Enums\n\n'
    l_1_loop = missing
    for l_1_enum, l_1_loop in LoopContext((undefined(name='enums') if l_0_enums is missing else l_0_enums), undefined):
        _loop_vars = {}
        pass
        yield '[`'
        yield str(environment.getattr(l_1_enum, 'name'))
        yield '`](models/'
        yield str(environment.getattr(l_1_enum, 'name'))
        yield '.md)'
        yield str(('' if environment.getattr(l_1_loop, 'last') else ' ·'))
        yield '\n'
    l_1_loop = l_1_enum = missing

blocks = {}
debug_info = '1=23&3=27&4=33&7=37&9=41&21=46&22=51&27=62&28=66&33=75&34=79'