"""Pay-transparency laws: which declared jurisdictions have a posting law in force, what it
requires, and how a message cites it. Data: ``jdlint/data/pay_transparency.yaml``.

Shared by the pay rules (``checks/pay.py``) and the generic YAML ``section`` rule type
(``rule_packs.py``, option ``jurisdiction-element``), so it lives outside ``checks/``: the
section rule type must not import a rule family.
"""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any

DATA = "pay_transparency.yaml"


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """The jurisdiction table (package data)."""
    from importlib import resources

    from .yamlio import load_fast

    return load_fast(resources.files("jdlint.data").joinpath(DATA).read_text(encoding="utf-8"))


def _date(value: Any) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def as_of(ctx) -> _dt.date:
    value = ctx.options.get("as-of") if ctx is not None else None
    return _date(value) or _dt.date.today()


def declared_laws(config, on: _dt.date | None = None) -> list[tuple[str, dict]]:
    """(code, law) for each declared jurisdiction with a posting law in force on ``on``.

    A declared code also selects the laws under it ("US-NY" -> New York State; "US-NY-NYC" ->
    New York City and the state law above it)."""
    codes = [c.upper() for c in (getattr(config, "jurisdictions", ()) or ())]
    if not codes:
        return []
    on = on or _dt.date.today()
    laws = table()["jurisdictions"]
    out = []
    for code, law in laws.items():
        if any(c == code or c.startswith(code + "-") for c in codes):
            eff = _date(law.get("effective"))
            if eff is None or eff <= on:
                out.append((code, law))
    return out


def laws_requiring(ctx, element: str) -> list[tuple[str, dict]]:
    found = []
    for code, law in declared_laws(ctx.config, as_of(ctx)):
        req = law.get("requires") or []
        if element in req or (element == "pay" and ("range" in req or "fixed_or_range" in req)):
            found.append((code, law))
    return found


def cite(laws: list[tuple[str, dict]]) -> str:
    as_of_text = table().get("as_of", "")
    parts = [f"{law.get('name', code)}: {law['law']}, in force {law.get('effective')}" for code, law in laws]
    return "; ".join(parts) + (f" (jdlint table as of {as_of_text})" if as_of_text else "")
