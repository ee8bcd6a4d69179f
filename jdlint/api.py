"""The warm side of the Python API: one ``Linter`` per configuration, kept for the process.

Building a configuration's plan (rule selection, options, the compiled pattern index) costs about
twice as much as linting a 450-word posting, so ``jdlint.lint_text`` called in a loop, by an
editor or by the language server (``jdlint.lsp``) used to pay most of its time rebuilding it.
Here a small least-recently-used table keeps a ``Linter`` (which keeps its plan) for each
resolved configuration. A plan depends on more than the ``Config`` object: the rule packs it
names are files that may be edited while the process lives, so their sizes and modification
times are part of the key, and a changed pack drops the stale linters and the parsed packs.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .engine import Linter

#: Configurations kept warm: an editor session sees one or two, a service a handful; each costs
#: a pattern index (a few MB) and a whole plan build to bring back.
WARM_CONFIGS = 8

_lock = threading.Lock()
_linters: "OrderedDict[tuple[str, tuple], Linter]" = OrderedDict()


def warm_linter(config: "Config | None" = None) -> "Linter":
    """The process's ``Linter`` for ``config`` (the built-in defaults when ``None``)."""
    from .config import Config
    from .engine import Linter

    config = config or Config()
    # repr, not hash: rule options hold lists (unhashable), and two configs loaded from the same
    # file before and after an edit must not share a plan.
    key = (repr(config), packs_fingerprint(config.rule_packs))
    with _lock:
        linter = _linters.get(key)
        if linter is not None:
            _linters.move_to_end(key)
            return linter
        stale = [k for k in _linters if k[0] == key[0]]
        if stale:  # the same configuration with edited packs: parse the packs again
            from .registry import load_registry

            load_registry.cache_clear()
            for k in stale:
                del _linters[k]
        linter = _linters[key] = Linter(config)
        while len(_linters) > WARM_CONFIGS:
            _linters.popitem(last=False)
        return linter


def packs_fingerprint(packs: tuple[str, ...]) -> tuple:
    """(path, size, mtime) of every YAML file the rule packs ``packs`` name, so an edited, added
    or removed pack file gives a different fingerprint; a missing pack is part of it as such."""
    from .registry import pack_files

    out = []
    for pack in packs:
        try:
            files = pack_files(pack)
        except Exception:  # noqa: BLE001 - a missing pack is reported by the plan build
            out.append((pack, None))
            continue
        for f in files:
            try:
                st = os.stat(f)
                out.append((str(f), st.st_size, st.st_mtime_ns))
            except OSError:
                out.append((str(f), None))
    return tuple(out)


def forget() -> None:
    """Drop every warm linter and parsed pack (a config or pack changed in a way a fingerprint
    cannot see, e.g. a file rewritten within the same clock tick, or tests)."""
    from .registry import load_registry

    with _lock:
        _linters.clear()
        load_registry.cache_clear()
