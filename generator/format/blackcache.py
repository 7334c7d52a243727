"""Black for the few generated files whose layout pyfmt cannot settle by itself.

Almost all output is black-clean by construction; a file with a line longer than 88
characters (very long class names, say) is passed through black once, and the result
is remembered by content hash so regeneration stays fast.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile

from ..load.document import cache_dir


@functools.lru_cache(maxsize=1)
def _black_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("black")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def format(source: str) -> str:
    """``source`` as black formats it (line length 88), cached on disk by content hash."""
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    path = cache_dir() / "black" / _black_version() / f"{digest}.py"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    import black

    result = black.format_str(source, mode=black.Mode())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(result)
        os.replace(tmp, path)
    except OSError:
        pass
    return result
