from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resource.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_resource = resolve('resource')
    l_0_stdlib = resolve('stdlib')
    l_0_children = resolve('children')
    l_0_typing = resolve('typing')
    l_0_uses_sync_pager = resolve('uses_sync_pager')
    l_0_model_imports = resolve('model_imports')
    l_0_methods = resolve('methods')
    l_0_child_property = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    def macro(l_1_child, l_1_is_async):
        t_2 = []
        if l_1_child is missing:
            l_1_child = undefined("parameter 'child' was not provided", name='child')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_2.extend((
            '\n    @cached_property\n    def ',
            str(environment.getitem(context.call(environment.getattr(environment.getattr(l_1_child, 'name'), 'rsplit'), '.', 1), -1)),
            '(self) -> ',
            str(('Async' if l_1_is_async else '')),
            str(environment.getattr(l_1_child, 'class_name')),
            ':\n',
            str(t_1(str_join(('Operations of ', environment.getattr(l_1_child, 'description'), '.', )), 8)),
            '\n        from .',
            str(environment.getattr(l_1_child, 'module')),
            ' import ',
            str(('Async' if l_1_is_async else '')),
            str(environment.getattr(l_1_child, 'class_name')),
            '\n\n        return ',
            str(('Async' if l_1_is_async else '')),
            str(environment.getattr(l_1_child, 'class_name')),
            '(self._client)\n',
        ))
        return concat(t_2)
    context.exported_vars.add('child_property')
    context.vars['child_property'] = l_0_child_property = Macro(environment, macro, 'child_property', ('child', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield str(t_1(str_join(('Operations of ``client.', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'name'), '`` (', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'), ').', )), 0))
    yield '\n\nfrom __future__ import annotations\n\n'
    for l_1_line in (undefined(name='stdlib') if l_0_stdlib is missing else l_0_stdlib):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    if (undefined(name='children') if l_0_children is missing else l_0_children):
        pass
        yield 'from functools import cached_property\n'
    yield 'from typing import TYPE_CHECKING'
    for l_1_name in (undefined(name='typing') if l_0_typing is missing else l_0_typing):
        _loop_vars = {}
        pass
        yield ', '
        yield str(l_1_name)
    l_1_name = missing
    yield '\n\nfrom .._operations import OPERATIONS\nfrom .._runtime.streaming import (\n    to_async_raw,\n    to_async_raw_listing,\n    to_async_streamed,\n    to_async_streamed_listing,\n    to_raw,\n    to_raw_listing,\n    to_streamed,\n    to_streamed_listing,\n)\n'
    if (undefined(name='uses_sync_pager') if l_0_uses_sync_pager is missing else l_0_uses_sync_pager):
        pass
        yield 'from .._runtime.pagination import AsyncPager, SyncPager\n'
    yield 'from .._runtime.types import NOT_GIVEN, NotGiven\n\nif TYPE_CHECKING:\n    import httpx\n\n    from .._runtime.client import AsyncClient, SyncClient\n'
    for l_1_child in (undefined(name='children') if l_0_children is missing else l_0_children):
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(environment.getattr(l_1_child, 'module'))
        yield ' import Async'
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield ', Async'
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'WithRawResponse, Async'
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'WithStreamingResponse, '
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield ', '
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'WithRawResponse, '
        yield str(environment.getattr(l_1_child, 'class_name'))
        yield 'WithStreamingResponse\n'
    l_1_child = missing
    for l_1_line in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
        _loop_vars = {}
        pass
        yield str(l_1_line)
        yield '\n'
    l_1_line = missing
    yield '\n__all__ = ["Async'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield '", "Async'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield 'WithRawResponse", "Async'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield 'WithStreamingResponse", "'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield '", "'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield 'WithRawResponse", "'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield 'WithStreamingResponse"]\n\n\nclass '
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield ':\n'
    yield str(t_1(str_join(('Synchronous operations of ', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'), '.', )), 4))
    yield '\n\n    def __init__(self, client: SyncClient) -> None:\n        self._client = client\n'
    for l_1_child in (undefined(name='children') if l_0_children is missing else l_0_children):
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='child_property') if l_0_child_property is missing else l_0_child_property), l_1_child, False, _loop_vars=_loop_vars))
    l_1_child = missing
    for l_1_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_m, 'sync_block'))
    l_1_m = missing
    yield '\n\nclass Async'
    yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
    yield ':\n'
    yield str(t_1(str_join(('Asynchronous operations of ', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'), '.', )), 4))
    yield '\n\n    def __init__(self, client: AsyncClient) -> None:\n        self._client = client\n'
    for l_1_child in (undefined(name='children') if l_0_children is missing else l_0_children):
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='child_property') if l_0_child_property is missing else l_0_child_property), l_1_child, True, _loop_vars=_loop_vars))
    l_1_child = missing
    for l_1_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        _loop_vars = {}
        pass
        yield str(environment.getattr(l_1_m, 'async_block'))
    l_1_m = missing
    for (l_1_prefix, l_1_kind, l_1_single, l_1_listing, l_1_what) in [('', 'RawResponse', 'to_raw', 'to_raw_listing', 'returns an ``APIResponse`` (status, headers, ``parse()``)'), ('Async', 'RawResponse', 'to_async_raw', 'to_async_raw_listing', 'gives an ``APIResponse`` (status, headers, ``parse()``)'), ('', 'StreamingResponse', 'to_streamed', 'to_streamed_listing', 'returns a manager: ``with`` it for the unread response'), ('Async', 'StreamingResponse', 'to_async_streamed', 'to_async_streamed_listing', 'returns a manager: ``async with`` it for the unread response')]:
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(str_join((l_1_prefix, environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'), 'With', l_1_kind, )))
        yield ':\n'
        yield str(t_1(str_join(('``client.with_', ('raw_response' if (l_1_kind == 'RawResponse') else 'streaming_response'), '.', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'name'), '`` of the ', ('async' if l_1_prefix else 'sync'), ' client: each call ', l_1_what, '.', )), 4))
        yield '\n\n    def __init__(self, resource: '
        yield str(str_join((l_1_prefix, environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'), )))
        yield ') -> None:\n'
        if (undefined(name='children') if l_0_children is missing else l_0_children):
            pass
            yield '        self._resource = resource\n'
        for l_2_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
            _loop_vars = {}
            pass
            yield str(context.call(environment.getattr(l_2_m, 'wrapper'), (l_1_listing if environment.getattr(environment.getattr(l_2_m, 'op'), 'pagination') else l_1_single), _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = missing
        if ((not (undefined(name='methods') if l_0_methods is missing else l_0_methods)) and (not (undefined(name='children') if l_0_children is missing else l_0_children))):
            pass
            yield '        pass\n'
        for l_2_child in (undefined(name='children') if l_0_children is missing else l_0_children):
            l_2_view = missing
            _loop_vars = {}
            pass
            l_2_view = str_join((l_1_prefix, environment.getattr(l_2_child, 'class_name'), 'With', l_1_kind, ))
            _loop_vars['view'] = l_2_view
            yield '\n    @cached_property\n    def '
            yield str(environment.getitem(context.call(environment.getattr(environment.getattr(l_2_child, 'name'), 'rsplit'), '.', 1, _loop_vars=_loop_vars), -1))
            yield '(self) -> '
            yield str((undefined(name='view') if l_2_view is missing else l_2_view))
            yield ':\n        from .'
            yield str(environment.getattr(l_2_child, 'module'))
            yield ' import '
            yield str((undefined(name='view') if l_2_view is missing else l_2_view))
            yield '\n\n        return '
            yield str((undefined(name='view') if l_2_view is missing else l_2_view))
            yield '(self._resource.'
            yield str(environment.getitem(context.call(environment.getattr(environment.getattr(l_2_child, 'name'), 'rsplit'), '.', 1, _loop_vars=_loop_vars), -1))
            yield ')\n'
        l_2_child = l_2_view = missing
    l_1_prefix = l_1_kind = l_1_single = l_1_listing = l_1_what = missing

blocks = {}
debug_info = '1=25&4=34&5=39&6=41&8=46&10=53&14=55&15=58&17=61&20=65&34=72&43=76&44=80&46=95&47=98&50=102&53=114&54=116&58=118&59=121&61=123&62=126&66=129&67=131&71=133&72=136&74=138&75=141&77=143&85=147&86=149&88=151&89=153&92=156&93=159&95=162&98=165&99=169&102=172&103=176&105=180'