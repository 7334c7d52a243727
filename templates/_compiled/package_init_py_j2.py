from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package_init.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_names = resolve('names')
    l_0_usage = resolve('usage')
    l_0_error_names = resolve('error_names')
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
    yield '"""Python SDK for the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ', generated from its OpenAPI document.\n\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '\n\n    '
    yield str(context.call(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'client'), str_join(('base_url=', t_2(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'base_url')), )), ('api_token="..."' if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'token') else ''), prefix='client = ', indent=4))
    yield '\n'
    if environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'):
        pass
        yield '    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'call'), prefix=str_join(('for ', environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'variable'), ' in ', )), suffix=':', indent=4))
        yield '\n        print('
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'listing'), 'shown')))
        yield ')\n'
    elif environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'):
        pass
        yield '    '
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'call'), prefix=str_join((environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'variable'), ' = ', )), indent=4))
        yield '\n    print('
        yield str(context.call(environment.getattr(environment.getattr((undefined(name='usage') if l_0_usage is missing else l_0_usage), 'read'), 'shown')))
        yield ')\n'
    yield '\nNames are imported on first use, so ``import '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '`` is cheap.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib import import_module\nfrom typing import TYPE_CHECKING, Any\n\nfrom ._version import __api_version__, __version__\n\nif TYPE_CHECKING:\n    from . import models as models\n    from . import resources as resources\n    from . import stub as stub\n    from . import webhooks as webhooks\n    from ._client import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield ' as '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '\n    from ._client import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield ' as '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield '\n    from ._exceptions import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error'))
    yield ' as '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error'))
    yield '\n    from ._operations import OPERATIONS as OPERATIONS\n'
    for l_1_name in (undefined(name='error_names') if l_0_error_names is missing else l_0_error_names):
        _loop_vars = {}
        pass
        yield '    from ._runtime.errors import '
        yield str(l_1_name)
        yield ' as '
        yield str(l_1_name)
        yield '\n'
    l_1_name = missing
    yield '    from ._runtime.operation import Operation as Operation\n    from ._runtime.pagination import AsyncPager as AsyncPager\n    from ._runtime.pagination import Page as Page\n    from ._runtime.pagination import SyncPager as SyncPager\n    from ._runtime.streaming import AsyncStreamedAPIResponse as AsyncStreamedAPIResponse\n    from ._runtime.streaming import StreamedAPIResponse as StreamedAPIResponse\n    from ._runtime.types import NOT_GIVEN as NOT_GIVEN\n    from ._runtime.types import NotGiven as NotGiven\n\n_LAZY: dict[str, str] = {\n    '
    yield str(t_2(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client')))
    yield ': "._client",\n    '
    yield str(t_2(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client')))
    yield ': "._client",\n    '
    yield str(t_2(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'error')))
    yield ': "._exceptions",\n    "OPERATIONS": "._operations",\n'
    for l_1_name in (undefined(name='error_names') if l_0_error_names is missing else l_0_error_names):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ': "._runtime.errors",\n'
    l_1_name = missing
    yield '    "Operation": "._runtime.operation",\n    "AsyncPager": "._runtime.pagination",\n    "Page": "._runtime.pagination",\n    "SyncPager": "._runtime.pagination",\n    "StreamedAPIResponse": "._runtime.streaming",\n    "AsyncStreamedAPIResponse": "._runtime.streaming",\n    "NOT_GIVEN": "._runtime.types",\n    "NotGiven": "._runtime.types",\n}\n\n# imported on first use too: ``'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.models.X`` works after ``import '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '``\n_SUBMODULES = ("models", "resources", "stub", "webhooks")\n\n__all__ = ["__api_version__", "__version__", *sorted(_LAZY)]\n\n\ndef __getattr__(name: str) -> Any:\n    if name in _SUBMODULES:\n        return import_module(f".{name}", __name__)\n    module = _LAZY.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(import_module(module, __name__), name)\n    globals()[name] = value\n    return value\n\n\ndef __dir__() -> list[str]:\n    return [*__all__, *_SUBMODULES]\n'

blocks = {}
debug_info = '1=28&3=32&5=36&6=38&7=41&8=43&9=45&10=48&11=50&14=53&29=55&30=59&31=63&33=67&34=71&46=77&47=79&48=81&50=83&51=87&63=91'