from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docs/enum.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_enum = resolve('enum')
    l_0_api = resolve('api')
    l_0_rows = resolve('rows')
    pass
    yield '# `'
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'name'))
    yield '`\n\n'
    if environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'description'):
        pass
        yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'description'))
        yield '\n\n'
    yield '`from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.models import '
    yield str(environment.getattr((undefined(name='enum') if l_0_enum is missing else l_0_enum), 'name'))
    yield '` · open: a value this SDK does not know still parses,\nand `.value` gives it.\n\n| member | value |\n| --- | --- |\n'
    for l_1_row in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield str(l_1_row)
        yield '\n'
    l_1_row = missing

blocks = {}
debug_info = '1=15&3=17&4=19&7=22&12=26&13=29'