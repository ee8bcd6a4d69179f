"""Loading the YAML users write (config, rule packs) with errors that name file:line:col."""
from __future__ import annotations

import difflib
from typing import Any, Iterable


def load(text: str, path: str, error: type[Exception]) -> Any:
    """Parse in round-trip mode (nodes keep ``.lc`` line info); syntax errors raise ``error``
    with ``path:line:col: invalid YAML: ...``."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise error(f"{path}:{line}:{col}: invalid YAML: {exc.problem or exc.context}") from None
    except YAMLError as exc:
        raise error(f"{path}:1:1: invalid YAML: {exc}") from None


def load_fast(text: str) -> Any:
    """Parse with the safe loader (libyaml-speed C code from ruamel.yaml.clib when installed):
    about ten times faster than round-trip, but without line information. Use it for files that
    are nearly always valid (the built-in packs) and fall back to ``load`` to explain an error.

    What a text parses to is remembered in the user cache by a digest of the text: the built-in
    packs take about 25 ms to parse, a tenth of jdlint's own start-up for one posting.
    """
    import hashlib
    import marshal

    from . import cache

    global _parsed
    if _parsed is None:
        loaded = cache.load(_PARSED_CACHE)
        _parsed = loaded if isinstance(loaded, dict) else {}
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    blob = _parsed.get(digest)
    if isinstance(blob, bytes):
        try:
            return marshal.loads(blob)  # a fresh copy: callers may change what they get
        except (ValueError, EOFError, TypeError):
            pass
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(text)
    try:
        blob = marshal.dumps(data)
    except ValueError:
        return data  # something marshal cannot hold, such as a YAML date: not cached
    if len(_parsed) >= _PARSED_CACHE_LIMIT:
        _parsed.clear()
    _parsed[digest] = blob
    cache.store(_PARSED_CACHE, _parsed)
    return data


_parsed: dict[str, bytes] | None = None  # digest of a text -> its parse, marshalled
_PARSED_CACHE = "yaml-safe-v1.marshal"
_PARSED_CACHE_LIMIT = 64  # texts; more means packs edited over time: start afresh


def plain(node: Any) -> Any:
    """Round-trip YAML nodes as plain dicts and lists with string keys."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
