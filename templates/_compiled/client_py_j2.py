from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_security = resolve('security')
    l_0_names = resolve('names')
    l_0_resources = resolve('resources')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_3 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_4 = environment.filters['pystr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pystr' found.")
    pass
    yield '"""The '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' clients: one attribute per resource, created on first use."""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING'
    if ((undefined(name='security') if l_0_security is missing else l_0_security) or environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'credential_envs')):
        pass
        yield ', ClassVar'
    yield '\n\nfrom ._runtime.client import AsyncClient, SyncClient\n'
    if (undefined(name='security') if l_0_security is missing else l_0_security):
        pass
        yield 'from ._runtime.operation import SecurityScheme\n'
    yield 'from ._version import __api_version__, __version__\n\nif TYPE_CHECKING:\n'
    if (not (undefined(name='resources') if l_0_resources is missing else l_0_resources)):
        pass
        yield '    pass\n'
    for l_1_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        _loop_vars = {}
        pass
        yield '    from .resources.'
        yield str(environment.getattr(l_1_resource, 'module'))
        yield ' import Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield ', Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield 'WithRawResponse, Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield 'WithStreamingResponse, '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield ', '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield 'WithRawResponse, '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield 'WithStreamingResponse\n'
    l_1_resource = missing
    yield '\n__all__ = ['
    yield str(t_4(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client')))
    yield ', '
    yield str(t_4(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client')))
    yield ']\n\n\nclass '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield '(SyncClient):\n    """Synchronous client of the '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n\n'
    yield str(t_2(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'env_doc'), 4, first=True))
    yield '\n    """\n\n    _sdk_name = '
    yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield '\n    _sdk_version = __version__\n    _api_version = __api_version__\n'
    for l_1_line in context.call(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'class_lines')):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    for l_1_line in (undefined(name='security') if l_0_security is missing else l_0_security):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    for l_1_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_resource, 'name'))
        yield '(self) -> '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield ':\n'
        yield str(t_1(str_join(('Operations of ', environment.getattr(l_1_resource, 'description'), '.', )), 8))
        yield '\n        from .resources.'
        yield str(environment.getattr(l_1_resource, 'module'))
        yield ' import '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield '\n\n        return '
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield '(self)\n'
    l_1_resource = missing
    yield '\n    @property\n    def with_raw_response(self) -> '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield 'WithRawResponse:\n        """The same resources, but each call returns an ``APIResponse`` (status,\n        headers, the body, and ``parse()`` for the value the call would return)."""\n        return '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield 'WithRawResponse(self._copy(raw=True))\n\n    @property\n    def with_streaming_response(self) -> '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield 'WithStreamingResponse:\n        """The same resources, but each call returns a manager: ``with`` it to get a\n        ``StreamedAPIResponse`` whose body is read only as you consume it."""\n        return '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'))
    yield 'WithStreamingResponse(self._copy(streaming=True))\n\n\nclass '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield '(AsyncClient):\n    """Asynchronous client of the '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n\n'
    yield str(t_2(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'env_doc'), 4, first=True))
    yield '\n    """\n\n    _sdk_name = '
    yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield '\n    _sdk_version = __version__\n    _api_version = __api_version__\n'
    for l_1_line in context.call(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'class_lines')):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    for l_1_line in (undefined(name='security') if l_0_security is missing else l_0_security):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    for l_1_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_resource, 'name'))
        yield '(self) -> Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield ':\n'
        yield str(t_1(str_join(('Operations of ', environment.getattr(l_1_resource, 'description'), '.', )), 8))
        yield '\n        from .resources.'
        yield str(environment.getattr(l_1_resource, 'module'))
        yield ' import Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield '\n\n        return Async'
        yield str(environment.getattr(l_1_resource, 'class_name'))
        yield '(self)\n'
    l_1_resource = missing
    yield '\n    @property\n    def with_raw_response(self) -> '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield 'WithRawResponse:\n        """The same resources, but each call gives an ``APIResponse`` (status,\n        headers, the body, and ``parse()`` for the value the call would give)."""\n        return '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield 'WithRawResponse(self._copy(raw=True))\n\n    @property\n    def with_streaming_response(self) -> '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield 'WithStreamingResponse:\n        """The same resources, but each call returns a manager: ``async with`` it to\n        get an ``AsyncStreamedAPIResponse`` whose body is read as you consume it."""\n        return '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'))
    yield 'WithStreamingResponse(self._copy(streaming=True))\n'
    for (l_1_client, l_1_prefix) in [(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'client'), ''), (environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'async_client'), 'Async')]:
        _loop_vars = {}
        pass
        for l_2_kind in ['RawResponse', 'StreamingResponse']:
            _loop_vars = {}
            pass
            yield '\n\nclass '
            yield str(l_1_client)
            yield 'With'
            yield str(l_2_kind)
            yield ':\n'
            yield str(t_1(str_join(('``', l_1_client, '.with_', ('raw_response' if (l_2_kind == 'RawResponse') else 'streaming_response'), "``: the client's resources, each call typed with what it returns in this mode.", )), 4))
            yield '\n\n    def __init__(self, client: '
            yield str(l_1_client)
            yield ') -> None:\n        self._client = client\n'
            for l_3_resource in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
                _loop_vars = {}
                pass
                yield '\n    @cached_property\n    def '
                yield str(environment.getattr(l_3_resource, 'name'))
                yield '(self) -> '
                yield str(str_join((l_1_prefix, environment.getattr(l_3_resource, 'class_name'), 'With', l_2_kind, )))
                yield ':\n        from .resources.'
                yield str(environment.getattr(l_3_resource, 'module'))
                yield ' import '
                yield str(str_join((l_1_prefix, environment.getattr(l_3_resource, 'class_name'), 'With', l_2_kind, )))
                yield '\n\n        return '
                yield str(str_join((l_1_prefix, environment.getattr(l_3_resource, 'class_name'), 'With', l_2_kind, )))
                yield '(self._client.'
                yield str(environment.getattr(l_3_resource, 'name'))
                yield ')\n'
            l_3_resource = missing
        l_2_kind = missing
    l_1_client = l_1_prefix = missing

blocks = {}
debug_info = '1=40&6=42&10=46&16=50&19=53&20=57&23=73&26=77&27=79&29=83&32=85&35=87&36=90&38=93&39=96&41=99&44=103&45=107&46=109&48=113&52=117&55=119&58=121&61=123&64=125&65=127&67=131&70=133&73=135&74=138&76=141&77=144&79=147&82=151&83=155&84=157&86=161&90=165&93=167&96=169&99=171&100=173&101=176&104=180&105=184&107=186&109=188&112=192&113=196&115=200'