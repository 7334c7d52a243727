"""Who the generated package is: class names, environment variables, default server.

Every name here comes from the package name (or ``--client-name``) and the spec, never
from AMPECO: the runtime is shared by every package, so the generated client subclass
carries this configuration as class attributes (see ``_BaseClient`` in the runtime).
"""

from __future__ import annotations

import re
import textwrap
from typing import NamedTuple

from .. import naming
from ..format import pyfmt
from ..model.ir import Api

_UNSAFE_IN_USER_AGENT = re.compile(r"[^A-Za-z0-9 ._+-]+")


class Identity(NamedTuple):
    client: str  # sync client class, e.g. ``StripeApi``
    async_client: str  # ``AsyncStripeApi``
    stub: str  # ``StripeApiStub``
    error: str  # base exception, ``StripeApiError``
    env_prefix: str  # ``STRIPE_API``
    base_url_env: str  # ``STRIPE_API_BASE_URL``
    api_token_env: str  # ``STRIPE_API_API_TOKEN`` ("" when no scheme takes a token)
    credential_envs: tuple[tuple[str, tuple[str, ...]], ...]  # scheme -> its variables
    default_base_url: str
    api_name: str  # shown in the User-Agent

    def class_lines(self) -> list[str]:
        """Class attributes of the generated client classes (indented 4)."""
        lines = [
            f"    _api_name = {pyfmt.py_str(self.api_name)}",
            f"    _base_url_env = {pyfmt.py_str(self.base_url_env)}",
            f"    _log_env = {pyfmt.py_str(self.env_prefix + '_LOG')}",
        ]
        if self.api_token_env:
            lines.append(f"    _api_token_env = {pyfmt.py_str(self.api_token_env)}")
        if self.credential_envs:
            entries = [
                pyfmt.py_str(name) + ": (" + ", ".join(pyfmt.py_str(v) for v in variables) + ("," if len(variables) == 1 else "") + ")"
                for name, variables in self.credential_envs
            ]
            lines.append(f"    _credential_envs: ClassVar[dict[str, tuple[str, ...]]] = {{{', '.join(entries)},}}")
        if self.default_base_url:
            lines.append(f"    _default_base_url = {pyfmt.py_str(self.default_base_url)}")
        return lines

    @property
    def env_doc(self) -> str:
        """Where the client's configuration comes from, for its docstring (wrapped to
        fit under 4 columns of indent)."""
        if self.api_token_env:
            text = f"``base_url`` and ``api_token`` fall back to the ``{self.base_url_env}`` and ``{self.api_token_env}`` environment variables"
        else:
            text = f"``base_url`` falls back to the ``{self.base_url_env}`` environment variable"
        if self.default_base_url:
            text += f", then to the spec's server ``{self.default_base_url}``"
        text += "."
        for name, variables in self.credential_envs:
            text += f" Credentials of {name!r} are read from " + " and ".join(f"``{v}``" for v in variables) + " when not passed."
        wrapped = textwrap.wrap(text, 84, break_long_words=False, break_on_hyphens=False)
        return "\n".join(pyfmt.inline(line) for line in wrapped)  # spec text: escaped

    @property
    def env_names(self) -> list[str]:
        """Every variable the client reads, in the order the docs list them."""
        names = [self.base_url_env] + ([self.api_token_env] if self.api_token_env else [])
        return names + [v for _, variables in self.credential_envs for v in variables]


def _uses_token(kind: str, scheme: str) -> bool:
    return (kind == "http" and scheme.lower() == "bearer") or kind in ("oauth2", "openIdConnect")


def identity(api: Api) -> Identity:
    client = api.client_name or naming.client_class_name(api.package)
    prefix = naming.env_prefix(client)
    schemes = api.security_schemes
    token = any(_uses_token(s.kind, s.scheme) for s in schemes)
    credential_envs = []
    for s in schemes:
        same_kind = [o for o in schemes if o.kind == s.kind and (o.kind != "http" or o.scheme.lower() == s.scheme.lower())]
        variables = naming.credential_env_names(prefix, s.name, s.kind, s.scheme, len(same_kind) > 1)
        if variables:
            credential_envs.append((s.name, variables))
    title = " ".join(_UNSAFE_IN_USER_AGENT.sub(" ", api.title).split()) or client
    return Identity(
        client=client,
        async_client="Async" + client,
        stub=client + "Stub",
        error=client + "Error",
        env_prefix=prefix,
        base_url_env=f"{prefix}_BASE_URL",
        api_token_env=f"{prefix}_API_TOKEN" if token else "",
        credential_envs=tuple(credential_envs),
        default_base_url=api.default_base_url,
        api_name=title,
    )
