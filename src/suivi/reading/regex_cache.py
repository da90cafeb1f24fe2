"""Long regular expressions compiled once per machine, not once per process.

spaCy's French tokenizer compiles one expression of 1.4 million characters (every
hyphenated and elided word shape, case-blind over all Unicode letters) when its language
is imported: 4-6 s of CPU in every process that reads French, most of a model's load, and
more than the process then spends reading a hundred documents. The reader's own longest
expressions (`bodies._NAME`, the ordinals, the days) cost a few tenths more.

What `re` compiles a pattern to is a list of integers that depends only on the pattern,
its flags and the Python that compiles it. While `compiled()` is active, a pattern of
`MIN_LENGTH` characters or more is compiled from that list as kept on disk, under a digest
of all four (and compiled as usual, then kept, the first time): the same Pattern object,
which `==` confirms, since two patterns are equal only with equal code. Anything that goes
wrong (no cache folder, a file unreadable, an interpreter whose `re` is built otherwise)
falls back to compiling as usual. The folder is $SUIVI_CACHE_DIR, else
$XDG_CACHE_HOME/suivi or ~/.cache/suivi, under `regex/`.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

MIN_LENGTH = 2000

_lock = threading.Lock()
_depth = 0


def folder() -> Path:
    """Where compiled expressions are kept."""
    own = os.environ.get("SUIVI_CACHE_DIR")
    if own:
        return Path(own) / "regex"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "suivi" / "regex"


def _key(pattern: str, flags: int) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), str(int(flags)), pattern):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def _build(pattern: str, flags: int) -> tuple[re.Pattern, dict]:
    """Compile as `re._compiler.compile` does, keeping what `_sre.compile` was given."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    parts = {
        "flags": int(flags | parsed.state.flags),
        "code": code,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }
    return _from_parts(pattern, parts), parts


def _from_parts(pattern: str, parts: dict) -> re.Pattern:
    return _sre.compile(
        pattern,
        parts["flags"],
        parts["code"],
        parts["groups"],
        parts["groupindex"],
        tuple(parts["indexgroup"]),
    )


def _store(path: Path, parts: dict) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(parts, out, separators=(",", ":"))
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)` without `re`'s own cache, from the disk where kept."""
    path = folder() / f"{_key(pattern, flags)}.json"
    try:
        with open(path, encoding="utf-8") as kept:
            return _from_parts(pattern, json.load(kept))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        pass
    compiled, parts = _build(pattern, flags)
    _store(path, parts)
    return compiled


@contextlib.contextmanager
def compiled() -> Iterator[None]:
    """While active, `re` compiles long str patterns through the disk cache (in any
    thread: the compiled pattern is the same either way)."""
    global _depth
    from re import _compiler

    with _lock:
        if _depth == 0:
            original = _compiler.compile

            def cached(p, flags=0):  # type: ignore[no-untyped-def]
                if isinstance(p, str) and len(p) >= MIN_LENGTH and not flags & re.DEBUG:
                    try:
                        return compile_cached(p, flags)
                    except Exception:  # any failure: compile as usual
                        pass
                return original(p, flags)

            cached.original = original  # type: ignore[attr-defined]
            _compiler.compile = cached
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _compiler.compile.original  # type: ignore[attr-defined]
