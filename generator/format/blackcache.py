"""Black for the few generated statements whose layout ruff and black may disagree on.

``format.tree`` formats the tree with ruff; a statement where black may lay a long line
out differently (``tree.black_suspects``) is passed through black, and the result is
remembered by content hash so regeneration stays fast.
"""

from __future__ import annotations

import hashlib
import os
import tempfile

from ..distributions import version_of
from ..load.document import cache_dir


def _black_version() -> str:
    return version_of("black")


def format(source: str, line_length: int = 88) -> str:
    """``source`` as black formats it (black's defaults, ``line_length`` columns), cached on
    disk by content hash."""
    digest = hashlib.sha256(f"{line_length}\n{source}".encode()).hexdigest()
    path = cache_dir() / "black" / _black_version() / f"{digest}.py"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    import black

    result = black.format_str(source, mode=black.Mode(line_length=line_length))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(result)
        os.replace(tmp, path)
    except OSError:
        pass
    return result
