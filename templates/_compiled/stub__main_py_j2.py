from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'stub/main.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_names = resolve('names')
    pass
    yield '"""``python -m '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub [--host 127.0.0.1] [--port 8000] [--seed N]``."""\n\nfrom .._runtime.stub_server import main\nfrom . import '
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield '\n\nif __name__ == "__main__":\n    raise SystemExit(main('
    yield str(environment.getattr((undefined(name='names') if l_0_names is missing else l_0_names), 'stub'))
    yield ', prog="python -m '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield '.stub"))\n'

blocks = {}
debug_info = '1=14&4=16&7=18'