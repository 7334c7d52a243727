from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'params.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_type_imports = resolve('type_imports')
    l_0_uses_models = resolve('uses_models')
    l_0_blocks = resolve('blocks')
    try:
        t_1 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    pass
    yield '"""Typed mappings for the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ': regenerate, do not edit.\n\n``<Model>Param`` is a ``TypedDict`` of a request model\'s wire (camelCase) keys: pass one\n(or a plain dict literal) wherever the model is accepted, and a type checker catches a\nwrong key or value type. ``<Enum>Literal`` is the ``Literal`` of an enum\'s values, so\n``status="finished"`` type-checks where the enum is expected. At run time a mapping\nwith a key its model does not know raises ``UnknownKeyError`` before anything is sent.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import TYPE_CHECKING, Literal, TypeAlias, TypedDict\n\nif TYPE_CHECKING:\n'
    for l_1_line in (undefined(name='type_imports') if l_0_type_imports is missing else l_0_type_imports):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    if (undefined(name='uses_models') if l_0_uses_models is missing else l_0_uses_models):
        pass
        yield '    from . import models\n'
    else:
        pass
        yield '    pass\n'
    for l_1_block in (undefined(name='blocks') if l_0_blocks is missing else l_0_blocks):
        _loop_vars = {}
        pass
        yield '\n\n'
        yield str(l_1_block)
        yield '\n'
    l_1_block = missing

blocks = {}
debug_info = '1=22&15=26&16=30&18=33&23=39&26=43'