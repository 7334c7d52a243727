"""The formatting pass's memory: emitted file -> formatted file, by content hash.

A regeneration whose emitters write the same text as before skips the compile check,
ruff and black for that file: on AMPECO 3.110.0 the pass then costs ~0.05 s instead of
~0.5 s. One SQLite file under the cache folder (``AMPECO_CODEGEN_CACHE``, else the
user's cache) holds every entry, so looking up all 700 files of a tree is one query.
The key covers the text and everything the result depends on (Python's version for the
compile check, ruff-api's and black's versions, the code of ``format/tree.py``, ``RULES``);
entries unused for ``KEEP_DAYS`` are dropped. Any trouble with the file (read-only,
locked, damaged) only means no cache: it is never an error, and a damaged file is started
over by the next use.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sqlite3
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from ..load.document import cache_dir

RULES = "1"  # bump when the pass changes what it makes of the same text
KEEP_DAYS = 30
_BATCH = 500  # SQLite's limit on host parameters is 999 on old builds


@functools.lru_cache(maxsize=1)
def _salt() -> str:
    from ..distributions import version_of

    versions = [version_of("ruff-api"), version_of("black")]
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    # the pass's own code: an edited tree.py never reads what an older one wrote
    code = hashlib.sha256(Path(__file__).with_name("tree.py").read_bytes()).hexdigest()[:16]
    return f"{RULES}\0{code}\0{python}\0{versions[0]}\0{versions[1]}\0"


def key(text: str) -> str:
    """The cache key of an emitted file's text."""
    return hashlib.sha256((_salt() + text).encode("utf-8", "surrogatepass")).hexdigest()


def _path() -> Path:
    return cache_dir() / "format.sqlite3"


def _connect() -> sqlite3.Connection:
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=5)
    # a cache: a commit need not wait for the disk (half the time of one on AMPECO's tree,
    # ~8 ms less on an ext4 disk). The rollback journal stays, so a crash of this process
    # never damages the file; a crash of the whole system may, which ``_forget_if_damaged``
    # mends by starting over
    db.execute("PRAGMA synchronous = OFF")
    db.execute("CREATE TABLE IF NOT EXISTS formatted (key TEXT PRIMARY KEY, text TEXT NOT NULL, used INTEGER NOT NULL)")
    return db


def _forget_if_damaged(exc: sqlite3.Error) -> None:
    """Remove the cache file when SQLite says it is damaged (``DatabaseError`` itself: not
    a busy or read-only file, whose errors are subclasses): the next run starts a new one
    instead of running without a cache for ever."""
    if type(exc) is sqlite3.DatabaseError:
        with contextlib.suppress(OSError):
            _path().unlink()


def _today() -> int:
    return int(time.time() // 86400)


def _batches(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def get_many(keys: Iterable[str]) -> dict[str, str]:
    """The formatted text of each key that is known."""
    wanted = sorted(set(keys))
    if not wanted or not _path().is_file():  # a cold run: nothing to find, no file to make yet
        return {}
    found: dict[str, str] = {}
    try:
        db = _connect()
        try:
            for batch in _batches(wanted):
                marks = ",".join("?" * len(batch))
                rows = db.execute(f"SELECT key, text FROM formatted WHERE key IN ({marks})", batch)
                found.update(rows.fetchall())
            today = _today()  # mark as used (written at most once a day per entry)
            for batch in _batches(sorted(found)):
                marks = ",".join("?" * len(batch))
                db.execute(
                    f"UPDATE formatted SET used = ? WHERE used < ? AND key IN ({marks})",
                    [today, today, *batch],
                )
            db.commit()
        finally:
            db.close()
    except sqlite3.Error as exc:
        _forget_if_damaged(exc)
        return {}
    except OSError:
        return {}
    return found


def put_many(entries: dict[str, str]) -> None:
    """Remember formatted texts; forget those unused for ``KEEP_DAYS``."""
    if not entries:
        return
    try:
        db = _connect()
        try:
            today = _today()
            db.executemany(
                "INSERT OR REPLACE INTO formatted (key, text, used) VALUES (?, ?, ?)",
                [(k, text, today) for k, text in sorted(entries.items())],
            )
            db.execute("DELETE FROM formatted WHERE used < ?", (today - KEEP_DAYS,))
            db.commit()
        finally:
            db.close()
    except sqlite3.Error as exc:
        _forget_if_damaged(exc)
    except OSError:
        pass
