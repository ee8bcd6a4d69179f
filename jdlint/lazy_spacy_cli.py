"""Keep spaCy's command-line package out of jdlint's processes until something uses it.

``import spacy`` runs ``from .cli.info import info`` (spaCy 3.x), and ``spacy.cli`` imports every
CLI command with typer, weasel, httpx, rich and requests: about a third of the whole import,
paid on every cold run of a linter that never calls a spaCy command. Patching spaCy's files would
break silently on an upgrade, so instead, while ``spacy`` itself is first imported (and only
then), ``spacy.cli`` and ``spacy.cli.info`` are stand-in modules. The first use of either (an
attribute, a submodule import, a call of ``spacy.info``) swaps in the real ``spacy.cli``, so
code that uses it sees no difference.

It falls back to the plain import when spaCy's ``__init__`` no longer says exactly what this
expects, when spaCy was imported before jdlint, when ``JDLINT_EAGER_SPACY_CLI`` is set, and
when the guarded import fails for any reason. ``tests/test_lazy_spacy_cli.py`` fails loudly the
day the heavy modules come back, and compares reports with and without the stand-in.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import types

CLI, INFO = "spacy.cli", "spacy.cli.info"
# The one line in spacy/__init__.py that pulls the CLI in; anything else and we stand aside.
EXPECTED_LINE = "from .cli.info import info  # noqa: F401"
DISABLE_ENV = "JDLINT_EAGER_SPACY_CLI"


class _StandIn(types.ModuleType):
    """``spacy.cli`` or ``spacy.cli.info`` before anything uses them."""

    def __getattr__(self, attr: str):
        if attr == "__path__" and _FINDER.importing_spacy:
            return []  # spacy.cli.info is found by _FINDER, not on a path
        if attr.startswith("__") and attr not in ("__path__", "__all__"):
            # inspect.getmodule and friends ask every module for __file__: no reason to load
            raise AttributeError(attr)
        return getattr(_real(self.__name__), attr)


def _real(name: str) -> types.ModuleType:
    """Import the real ``spacy.cli`` (which imports its ``info``) in place of the stand-ins."""
    for stand_in in (INFO, CLI):
        if isinstance(sys.modules.get(stand_in), _StandIn):
            del sys.modules[stand_in]
    cli = importlib.import_module(CLI)  # also binds spacy.cli to the real package
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(spacy, "info", None) is info:
        spacy.info = cli.info
    return importlib.import_module(name)


def info(*args, **kwargs):
    """spaCy's ``spacy.info``, imported (with the rest of ``spacy.cli``) on its first call."""
    return _real(INFO).info(*args, **kwargs)


class _StandInLoader(importlib.abc.Loader):
    def create_module(self, spec):
        module = _StandIn(spec.name)
        if spec.name == INFO:
            module.info = info
        return module

    def exec_module(self, module) -> None:
        pass


class _SpacyLoader(importlib.abc.Loader):
    """spaCy's own loader, run with the stand-ins switched on."""

    def __init__(self, loader, finder: "_Finder") -> None:
        self.loader, self.finder = loader, finder

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.finder.importing_spacy = True
        try:
            try:
                self.loader.exec_module(module)
            except Exception:
                # whatever went wrong, the plain import decides: run spaCy's __init__ again
                self.finder.importing_spacy = False
                for name in [n for n in sys.modules if n.startswith("spacy.")]:
                    del sys.modules[name]
                self.loader.exec_module(module)
        finally:
            self.finder.importing_spacy = False
            uninstall()
            module.__loader__ = self.loader
            if module.__spec__ is not None:
                module.__spec__.loader = self.loader


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.importing_spacy = False

    def find_spec(self, name, path=None, target=None):
        if self.importing_spacy:
            if name in (CLI, INFO):
                return importlib.machinery.ModuleSpec(name, _StandInLoader())
            return None
        if name != "spacy":
            return None
        spec = _spec_without_us(name, path, target)
        if spec is None or spec.loader is None or not _expected_layout(spec):
            uninstall()
            return None
        spec.loader = _SpacyLoader(spec.loader, self)
        return spec


_FINDER = _Finder()


def _spec_without_us(name, path, target):
    for finder in sys.meta_path:
        if finder is _FINDER or not hasattr(finder, "find_spec"):
            continue
        spec = finder.find_spec(name, path, target)
        if spec is not None:
            return spec
    return None


def _expected_layout(spec) -> bool:
    """spaCy's __init__ imports the CLI only through ``EXPECTED_LINE``, which this stands in for."""
    try:
        with open(spec.origin, encoding="utf-8") as f:
            source = f.read()
    except (OSError, TypeError, UnicodeDecodeError):
        return False
    mentions = [line for line in source.splitlines() if ".cli" in line or "spacy.cli" in line]
    return mentions == [EXPECTED_LINE]


def install() -> bool:
    """Stand in for ``spacy.cli`` when spaCy is imported later in this process."""
    if "spacy" in sys.modules or os.environ.get(DISABLE_ENV):
        return False
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    return True


def uninstall() -> None:
    try:
        sys.meta_path.remove(_FINDER)
    except ValueError:
        pass

