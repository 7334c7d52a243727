from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models_init.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_aliases = resolve('aliases')
    l_0_exports = resolve('exports')
    try:
        t_1 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_2 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""Every model and enum of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n\nNames are imported on first use, so ``import '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.models`` stays cheap.\n'
    if (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        pass
        yield 'Names earlier versions had for classes that merged into another or split stay importable\nas deprecated aliases: the first use warns and names the class to use instead.\n'
    yield '"""\n\nfrom __future__ import annotations\n\n'
    if (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        pass
        yield 'import warnings\n'
    yield 'from importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n\nif TYPE_CHECKING:\n'
    if (not (undefined(name='exports') if l_0_exports is missing else l_0_exports)):
        pass
        yield '    pass\n'
    for (l_1_name, l_1_module) in (undefined(name='exports') if l_0_exports is missing else l_0_exports):
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(l_1_module)
        yield ' import '
        yield str(l_1_name)
        yield ' as '
        yield str(l_1_name)
        yield '\n'
    l_1_name = l_1_module = missing
    for (l_1_old, l_1_new, l_1_module) in (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(l_1_module)
        yield ' import '
        yield str(l_1_new)
        yield ' as '
        yield str(l_1_old)
        yield '\n'
    l_1_old = l_1_new = l_1_module = missing
    yield '\n'
    if (undefined(name='exports') if l_0_exports is missing else l_0_exports):
        pass
        yield '_MODULES: dict[str, str] = {\n'
        for (l_1_name, l_1_module) in (undefined(name='exports') if l_0_exports is missing else l_0_exports):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_2(l_1_name))
            yield ': '
            yield str(t_2(l_1_module))
            yield ',\n'
        l_1_name = l_1_module = missing
        yield '}\n'
    else:
        pass
        yield '_MODULES: dict[str, str] = {}\n'
    if (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        pass
        yield '\n# deprecated name -> the class that replaced it\n_ALIASES: dict[str, str] = {\n'
        for (l_1_old, l_1_new, l_1_module) in (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_2(l_1_old))
            yield ': '
            yield str(t_2(l_1_new))
            yield ',\n'
        l_1_old = l_1_new = l_1_module = missing
        yield '}\n'
    yield '\n__all__ = sorted(_MODULES)\n\n\ndef __getattr__(name: str) -> Any:\n'
    if (undefined(name='aliases') if l_0_aliases is missing else l_0_aliases):
        pass
        yield '    replacement = _ALIASES.get(name)\n    if replacement is not None:\n        warnings.warn(\n            f"{__name__}.{name} is deprecated: use {__name__}.{replacement}",\n            DeprecationWarning,\n            stacklevel=2,\n        )\n        value = __getattr__(replacement)\n        globals()[name] = value\n        return value\n'
    yield '    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(f"{__name__}.{module}"), name)\n    globals()[name] = value\n    return value\n\n\ndef __dir__() -> list[str]:\n    return __all__\n'

blocks = {}
debug_info = '1=27&3=31&4=33&12=37&19=41&22=44&23=48&25=55&26=59&29=67&31=70&32=74&38=83&42=86&43=90&52=97'