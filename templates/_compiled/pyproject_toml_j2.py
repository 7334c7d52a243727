from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pyproject.toml.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_distribution = resolve('distribution')
    l_0_sdk_version = resolve('sdk_version')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['tomlstr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tomlstr' found.")
    pass
    yield '[build-system]\n# hatchling builds out of tree: ``pip install`` leaves no build/ or *.egg-info here\nrequires = ["hatchling>=1.18"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = '
    yield str(t_1((undefined(name='distribution') if l_0_distribution is missing else l_0_distribution)))
    yield '\nversion = '
    yield str(t_1((undefined(name='sdk_version') if l_0_sdk_version is missing else l_0_sdk_version)))
    yield '\ndescription = '
    yield str(t_1(str_join(('Typed Python SDK for the ', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), ' ', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version'), ))))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.10"\ndependencies = ["httpx>=0.25,<1", "pydantic>=2.5,<3"]\n\n[tool.hatch.build.targets.wheel]\npackages = ['
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ']\n\n[tool.hatch.build.targets.sdist]\ninclude = ['
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ', "README.md", "docs"]\n'

blocks = {}
debug_info = '7=21&8=23&9=25&15=27&18=29'