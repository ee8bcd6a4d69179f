"""Built-in Python rules, registered through the ``jdlint.rules`` entry point like any plugin.

Every module here may define ``RULES`` (a list of rules) and ``METRICS`` (functions taking a
``FileAnalysis`` and returning a dict merged into the file's report metrics, computed for every
file whatever rules are selected). They are collected automatically, so adding a family means
adding a module, not editing a shared list.
"""
from __future__ import annotations

import importlib
import pkgutil


def _collect():
    rules, metrics = [], []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rules.extend(getattr(module, "RULES", ()))
        metrics.extend(getattr(module, "METRICS", ()))
    return rules, metrics


RULES, METRIC_PROVIDERS = _collect()
