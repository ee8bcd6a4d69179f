"""One registry of rules from every source, and selection by code, prefix, name or category.

Sources, in order: the built-in packs (top-level ``rules/``, shipped inside the wheel as
``jdlint/packs``), Python rules from the ``jdlint.rules`` entry-point group (the built-in Python
rules register there too), then packs named in config or on the command line. A code may come
from one source only: a later rule with the same code is an error naming both sources, unless
it says ``override: true`` (a rule key, or a pack key for all its rules), when it replaces the
earlier rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .rule import Rule, validate_rule

if TYPE_CHECKING:
    from .rule_packs import Pack

# The rule packs' reader (rule_packs, with the frames and the rule context it compiles against) is
# imported where packs are read or named: a rerun whose every report comes from the result cache asks
# only for ENTRY_POINT_GROUP and pack_files, and importing it cost that run about a tenth of its time.

ENTRY_POINT_GROUP = "jdlint.rules"


class RegistryError(Exception):
    pass


def builtin_pack_dir() -> Path:
    here = Path(__file__).resolve().parent
    shipped = here / "packs"
    if shipped.is_dir() and any(shipped.glob("*.yaml")):
        return shipped
    return here.parent / "rules"  # a source checkout or an editable install


def pack_files(path: str | Path) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        return sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
    if p.is_file():
        return [p]
    from .rule_packs import PackError

    raise PackError(f"{path}:1:1: rule pack not found")


@dataclass
class Registry:
    rules: list[Rule]
    packs: list[Pack] = field(default_factory=list)
    plugins: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_code = {r.code: r for r in self.rules}
        self.by_name = {r.name: r for r in self.rules}

    def find(self, code_or_name: str) -> Rule | None:
        key = code_or_name.strip()
        return self.by_code.get(key.upper()) or self.by_name.get(key.lower())

    @property
    def section_synonyms(self) -> dict[str, list[str]]:
        merged: dict[str, list[str]] = {}
        for pack in self.packs:
            for kind, phrases in pack.sections.items():
                merged.setdefault(kind, [])
                merged[kind].extend(p for p in phrases if p not in merged[kind])
        return merged


def _entry_point_rules() -> tuple[list[Rule], list[str]]:
    rules: list[Rule] = []
    names: list[str] = []
    eps = metadata.entry_points(group=ENTRY_POINT_GROUP)
    if not any(ep.value.startswith("jdlint.") for ep in eps):
        from . import checks  # running from a source tree that is not installed

        rules.extend(_validated(checks.RULES, "jdlint (source tree)"))
        names.append("jdlint (source tree)")
    for ep in eps:
        try:
            provided = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not crash the run
            raise RegistryError(f"plugin {ep.name!r} ({ep.value}) failed to load: {exc}") from None
        provided = provided() if callable(provided) and not isinstance(provided, Rule) else provided
        for rule in _validated(provided, f"plugin {ep.name!r}"):
            if not rule.source or rule.source.startswith("jdlint.checks"):
                rule.source = rule.source or ep.name
            rules.append(rule)
        dist = getattr(ep, "dist", None)
        names.append(f"{ep.name} {dist.version if dist else ''}".strip())
    return rules, names


def _validated(rules: Iterable[Rule], origin: str) -> list[Rule]:
    """``rules``, each checked by ``validate_rule`` (code, name, category, summary, scope, option
    defaults): a malformed rule is an error naming its origin, never a half-working rule."""
    out = []
    for rule in rules:
        if not isinstance(rule, Rule):
            raise RegistryError(f"{origin}: {rule!r} is not a jdlint rule (declare it with @rule)")
        problems = validate_rule(rule)
        if problems:
            raise RegistryError(f"{origin}: rule {getattr(rule, 'code', '?')}: {problems[0]}")
        out.append(rule)
    return out


@lru_cache(maxsize=16)
def load_registry(extra_packs: tuple[str, ...] = ()) -> Registry:
    from .rule_packs import load_pack

    packs = [load_pack(p, trusted=True) for p in pack_files(builtin_pack_dir())]
    # a file named twice (in config and with --rule-pack) is one source, not a clash with itself
    paths = dict.fromkeys(p.resolve() for extra in extra_packs for p in pack_files(extra))
    user_packs = [load_pack(p) for p in paths]
    py_rules, plugins = _entry_point_rules()
    sourced = [(r, pack.path) for pack in packs for r in pack.rules]
    sourced += [(r, f"Python module {r.source}") for r in py_rules]
    sourced += [(r, pack.path) for pack in user_packs for r in pack.rules]
    return Registry(combine(sourced), packs + user_packs, plugins)


def combine(sourced: Iterable[tuple[Rule, str]]) -> list[Rule]:
    """The rules by code, from (rule, where it was declared) in loading order: a code or name
    declared twice is an error naming both places, unless the later rule says ``override``."""
    by_code: dict[str, tuple[Rule, str]] = {}
    names: dict[str, str] = {}
    for rule, origin in sourced:
        earlier = by_code.get(rule.code)
        if earlier is not None and not getattr(rule, "override", False):
            raise RegistryError(f"{origin}: rule code {rule.code} ({rule.name}) is already declared by "
                                f"{earlier[1]} ({earlier[0].name}); choose a new code, or set "
                                "'override: true' to replace that rule")
        if earlier is not None:
            names.pop(earlier[0].name, None)
        other = names.get(rule.name)
        if other and other != rule.code:
            raise RegistryError(f"{origin}: rule name {rule.name!r} is used by both {other} and {rule.code}")
        by_code[rule.code] = (rule, origin)
        names[rule.name] = rule.code
    return sorted((r for r, _ in by_code.values()), key=lambda r: r.code)


# -- selection -----------------------------------------------------------------------------
def selector_score(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule`` (0 = not at all); the most specific wins."""
    s = selector.strip()
    if not s:
        return 0
    if s.upper() == "ALL":
        return 1
    if s.lower().startswith("category:"):
        cat = s.split(":", 1)[1].strip().lower()
        if rule.category == cat or rule.category.startswith(cat + "."):
            return 2 + cat.count(".")
        return 0
    if s.lower() == rule.name:
        return 100
    if rule.code.startswith(s.upper()) and s[:1].isalpha():
        return 10 + len(s)
    return 0


def is_known_selector(selector: str, registry: Registry) -> bool:
    return any(selector_score(selector, r) for r in registry.rules) or selector.strip().upper() == "ALL"


def select_rules(registry: Registry, select: Iterable[str] | None, extend_select: Iterable[str],
                 ignore: Iterable[str]) -> list[Rule]:
    select = list(select) if select is not None else None
    extend = list(extend_select)
    ignore = list(ignore)
    chosen = []
    for rule in registry.rules:
        if select is None:
            pick = rule.enabled_by_default
            pick_score = 1 if pick else 0
        else:
            pick_score = max((selector_score(s, rule) for s in select), default=0)
        pick_score = max(pick_score, max((selector_score(s, rule) for s in extend), default=0))
        drop_score = max((selector_score(s, rule) for s in ignore), default=0)
        if pick_score and pick_score > drop_score:
            chosen.append(rule)
    return chosen


def matches_any(selectors: Iterable[str], rule: Rule) -> bool:
    return any(selector_score(s, rule) for s in selectors)
