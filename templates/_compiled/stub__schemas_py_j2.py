from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'stub/schemas.py.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    pass
    yield '"""Models and enums of the '
    yield str((undefined(name='title') if l_0_title is missing else l_0_title))
    yield ', for the stub server.\n\nThe stub checks request bodies and invents responses with these shapes, read from\n``_schemas.json`` beside this module (one model or enum a line). Names are the SDK\'s\nclass names; fields keep their wire names.\n"""\n\nfrom __future__ import annotations\n\nfrom importlib.resources import files\n\nfrom .._runtime.stub_schema import Schemas, read_schemas\n\nSCHEMAS: Schemas = read_schemas(files(__package__).joinpath("_schemas.json").read_bytes())\nMODELS = SCHEMAS.models\nENUMS = SCHEMAS.enums\n'

blocks = {}
debug_info = '1=13'