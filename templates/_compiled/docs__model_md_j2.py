from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/model.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_model = resolve('model')
    l_0_api = resolve('api')
    l_0_rows = resolve('rows')
    pass
    yield '# `'
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'name'))
    yield '`\n\n'
    if environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description'):
        pass
        yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'description'))
        yield '\n\n'
    yield '`from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.models import '
    yield str(environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'name'))
    yield '` · used in '
    yield str((environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'direction') if (environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'direction') != 'both') else 'requests and responses'))
    yield str(('s' if (environment.getattr((undefined(name='model') if l_0_model is missing else l_0_model), 'direction') != 'both') else ''))
    yield '\n\n'
    if (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        pass
        yield '| field | JSON name | type | required | description |\n| --- | --- | --- | --- | --- |\n'
        for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
            _loop_vars = {}
            pass
            yield str(l_1_row)
            yield '\n'
        l_1_row = missing
    else:
        pass
        yield 'No fields.\n'

blocks = {}
debug_info = '1=15&3=17&4=19&7=22&9=29&12=32&13=35'