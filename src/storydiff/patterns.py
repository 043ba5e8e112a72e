"""Regular expressions compiled once per machine, not once per run.

The extractors are regular expressions, some of them long: each speaker pattern holds the
name, title and verb alternations of several languages. Compiling them cost a quarter of
every ``storydiff compare`` with a warm embedding cache (0.27 s of 1.25 s on our machines),
the same work each time. A compiled pattern cannot be pickled, but what the compiler makes
is a list of integers (the SRE code) that ``_sre.compile`` turns into the pattern, as the
``re`` module itself does. This module keeps that code in the cache directory, one JSON
file per interpreter and SRE version, keyed by pattern and flags.

What comes back equals ``re.compile(pattern, flags)`` (patterns compare by their code).
A file another Python wrote (even another patch release) is ignored, and each entry carries
a checksum, checked on loading, beside the validation ``_sre`` does itself: a damaged file,
another interpreter's internals or an unwritable directory fall back to ``re.compile``,
never to an error or a wrong pattern.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

from ._logging import logger
from .cachedir import cache_dir

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another interpreter: plain re.compile
    _sre = None

_CODE = "I"
"""The array type of one SRE code word (``_sre.CODESIZE`` bytes)."""
MAX_CODE_CHARS = 8_000_000
"""Past this much stored code, a save keeps only the patterns its run used, dropping the old
versions of patterns an upgrade changed. Reading the file costs about 7 ms a megabyte: the
patterns of one English comparison hold 0.9 MB, those of every language we read about 5 MB.
(A limit of 2,000 patterns let a developer's file grow to 21 MB, 130 ms of every run.)"""

Entry = list[Any]
"""[flags after parsing, group count, group names → numbers, code as base64, checksum]."""


class PatternStore:
    """Compiled code of patterns, read from and written to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, Entry] | None = None
        self._used: set[str] = set()
        self._changed = False

    def compiled(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        flags = int(flags)
        key = f"{flags}:{pattern}"
        entries = self._load()
        entry = entries.get(key)
        if entry is not None:
            try:
                result = _build(pattern, entry)
                self._used.add(key)
                return result
            except Exception:  # a damaged entry: compile it again
                logger.debug("stored pattern unusable, recompiling: %.60s", pattern)
        try:
            entry = _compile(pattern, flags)
            result = _build(pattern, entry)
        except re.error:
            raise
        except Exception:  # the interpreter's compiler has another shape
            return re.compile(pattern, flags)
        entries[key] = entry
        self._used.add(key)
        self._changed = True
        return result

    def save(self) -> None:
        """Write the file if this run compiled anything new; atomically, errors ignored."""
        if not self._changed or self._entries is None:
            return
        entries = self._entries
        if sum(map(_code_chars, entries.values())) > MAX_CODE_CHARS:
            entries = {key: entries[key] for key in sorted(self._used)}
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"python": sys.version, "patterns": entries}, out)
            os.replace(temporary, self.path)
            self._changed = False
        except OSError as error:
            logger.debug("pattern cache not written: %s", error)
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)  # a full disk: leave no half-written file

    def _load(self) -> dict[str, Entry]:
        if self._entries is None:
            try:
                data = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                data = None
            fresh = isinstance(data, dict) and data.get("python") == sys.version
            entries = data.get("patterns") if fresh else None
            self._entries = entries if isinstance(entries, dict) else {}
        return self._entries


def _compile(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before it calls ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    encoded = base64.b64encode(array(_CODE, code).tobytes()).decode("ascii")
    fields = [flags | parsed.state.flags, parsed.state.groups - 1, dict(parsed.state.groupdict), encoded]
    return [*fields, _checksum(pattern, fields)]


def _code_chars(entry: Any) -> int:
    """How much code an entry holds (a damaged one from the file counts as none)."""
    return len(entry[3]) if isinstance(entry, list) and len(entry) == 5 and isinstance(entry[3], str) else 0


def _checksum(pattern: str, fields: list[Any]) -> str:
    text = json.dumps([pattern, *fields], sort_keys=True)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    *fields, checksum = entry
    if checksum != _checksum(pattern, fields):
        raise ValueError("checksum mismatch")
    final_flags, groups, groupindex, encoded = fields
    code = array(_CODE)
    code.frombytes(base64.b64decode(encoded, validate=True))
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    result: re.Pattern[str] = _sre.compile(pattern, final_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    return result


_USABLE = _sre is not None and array(_CODE).itemsize == _sre.CODESIZE
"""This interpreter's SRE code fits the array type the file stores it in."""
_store: PatternStore | None = None


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, served from the pattern cache when it can be."""
    global _store
    if not _USABLE or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if _store is None:
        tag = sys.implementation.cache_tag or sys.implementation.name
        _store = PatternStore(cache_dir() / f"patterns-{tag}-{_sre.MAGIC}.json")
        atexit.register(_store.save)
    return _store.compiled(pattern, flags)
