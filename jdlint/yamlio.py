"""Loading the YAML users write (config, rule packs) with errors that name file:line:col."""
from __future__ import annotations

import difflib
from typing import Any, Iterable


#: Nodes a user file may stand for once its aliases are expanded. Real configs and packs hold a
#: few thousand; an "alias bomb" (nested aliases, each repeating the one before) stands for
#: billions from a few hundred bytes and would hang whatever walks it.
MAX_EXPANDED_NODES = 200_000
#: Tags that only say what plain YAML would infer anyway (``!!str 5``); any other (``!foo``,
#: ``!!python/object``) would make ruamel build an object the code reading config does not expect.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")}


def load(text: str, path: str, error: type[Exception]) -> Any:
    """Parse in round-trip mode (nodes keep ``.lc`` line info); syntax errors raise ``error``
    with ``path:line:col: invalid YAML: ...``, and so do custom tags and alias bombs
    (see ``screen``)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        screen(text, path, error)
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise error(f"{path}:{line}:{col}: invalid YAML: {exc.problem or exc.context}") from None
    except YAMLError as exc:
        raise error(f"{path}:1:1: invalid YAML: {exc}") from None


def screen(text: str, path: str, error: type[Exception]) -> None:
    """Refuse, with ``path:line:col``, what a user file must not contain: a custom tag, or
    aliases that expand to more than MAX_EXPANDED_NODES nodes.

    One pass over the parser's events (no objects built): each anchored node's expanded size is
    remembered, so an alias costs one lookup and the check stays linear in the file's length.
    Syntax errors are left to the loader, which reports them the same way.
    """
    if "!" not in text and "*" not in text:
        return  # neither a tag nor an alias can occur
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        _screen_events(YAML(typ="rt").parse(text), path, error)
    except YAMLError:
        return  # a syntax error: the loader reports it at its line and column


def _screen_events(events, path: str, error: type[Exception]) -> None:
    from ruamel.yaml.events import (AliasEvent, CollectionEndEvent, CollectionStartEvent,
                                    NodeEvent)

    sizes: dict[str, int] = {}  # anchor -> nodes it stands for
    open_sizes: list[int] = [0]  # nodes so far in each collection being read
    open_anchors: list[str | None] = []
    total = 0

    def where(event) -> str:
        mark = event.start_mark
        return f"{path}:{mark.line + 1}:{mark.column + 1}"

    for event in events:
        tag = getattr(event, "tag", None)
        if tag is not None and str(tag) not in _PLAIN_TAGS:
            raise error(f"{where(event)}: YAML tag {str(tag)!r} is not supported here "
                        "(write the value without it)")
        if isinstance(event, AliasEvent):
            size = sizes.get(str(event.anchor), 1)
        elif isinstance(event, CollectionStartEvent):
            open_sizes.append(1)
            open_anchors.append(event.anchor)
            continue
        elif isinstance(event, CollectionEndEvent):
            size = open_sizes.pop()
            anchor = open_anchors.pop()
            if anchor is not None:
                sizes[str(anchor)] = size
            open_sizes[-1] += size
            continue
        elif isinstance(event, NodeEvent):  # a scalar
            size = 1
            if event.anchor is not None:
                sizes[str(event.anchor)] = 1
        else:
            continue
        open_sizes[-1] += size
        total += size
        if total > MAX_EXPANDED_NODES or open_sizes[-1] > MAX_EXPANDED_NODES:
            raise error(f"{where(event)}: aliases here expand to more than {MAX_EXPANDED_NODES:,} "
                        "values (an alias bomb?); write the values out or use fewer aliases")


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
