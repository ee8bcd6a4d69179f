"""The word tables of section detection, read from ``jdlint/data/section_terms.yaml`` (generic
headings, front-matter keys, duty verbs). Users name headings through rule packs and config
instead; see that file's comments."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

DATA = "section_terms.yaml"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    from ..yamlio import load_fast

    return load_fast((files("jdlint.data") / DATA).read_text("utf-8"))


def generic_headings() -> dict[str, str | None]:
    """Generic heading phrase -> the kind its unplaced blocks lean to (None: no lean), in order."""
    return dict(_table()["generic_headings"])


def front_matter_keys() -> dict[str, tuple[str, ...]]:
    """Section kind -> front-matter keys that give it, first present wins."""
    return {kind: tuple(keys) for kind, keys in _table()["front_matter_keys"].items()}


def outcome_headings() -> str:
    """What a heading that introduces objectives or outcomes says, as one regular expression."""
    return "|".join(f"(?:{term})" for term in _table()["outcome_headings"])


def duty_verbs() -> frozenset[str]:
    return frozenset(_table()["duty_verbs"])


def anywhere_verbs() -> tuple[str, ...]:
    return tuple(_table()["anywhere_verbs"])


_FORMS = {"word-group": "\\b({})\\b", "group": "({})", "any": "{}"}


def wording(name: str) -> str:
    """A wording table of the content classifier as one regular expression (see the file)."""
    table = _table()["wording"][name]
    return _FORMS[table["form"]].format("|".join(table["terms"]))
