"""Configuration: ``.jdlint.yaml`` / ``.jdlint.yml`` or ``[tool.jdlint]`` in ``pyproject.toml``.

The nearest file walking up from each linted posting applies (``--config`` names one for all,
``--isolated`` uses none); command-line flags override it. Every problem is reported as
``file:line:col: message`` and stops the run with exit code 2.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import yamlio
from .diagnostics import SECTION_KINDS, Severity

CONFIG_FILES = (".jdlint.yaml", ".jdlint.yml", "pyproject.toml")
KEYS = {
    "select", "extend-select", "ignore", "severity", "rules", "per-file-ignores", "rule-packs",
    "fail-on", "min-severity", "model", "sections", "jurisdictions", "max-file-size", "cache",
    "cap",
}
SECTION_KEYS = {"required", "headings"}
#: the text report shows at most this many findings of one rule per posting (issue 14: a report
#: that fits on a screen); JSON, SARIF and the other formats keep every finding. One: the most
#: important finding of each rule and "... and N more" kept the dev corpus's default report at a
#: median of 6 lines per posting (3 and 2 left it at 7-8, scripts/noise_budget.py --default-report)
DEFAULT_CAP = 1
DEFAULT_REQUIRED = ("intro", "responsibilities", "requirements", "pay", "benefits", "how-to-apply", "eeo")


class ConfigError(Exception):
    """Invalid configuration; the message starts with ``file:line:col:``."""


@dataclass(frozen=True)
class Config:
    path: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    rule_options: tuple[tuple[str, tuple], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rule_packs: tuple[str, ...] = ()
    fail_on: Severity = Severity.warning
    min_severity: Severity = Severity.info
    model: str | None = None
    sections_required: tuple[str, ...] = DEFAULT_REQUIRED
    section_headings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    jurisdictions: tuple[str, ...] = ()
    max_file_size: int | None = None
    #: reuse saved reports for unchanged files (``cache: false`` turns it off for these files)
    cache: bool = True
    #: text output: findings of one rule shown per posting before "... and N more" (None = all)
    cap: int | None = DEFAULT_CAP
    #: (key or key/item, line, col) for errors found after loading (unknown rule codes)
    positions: tuple[tuple[str, int, int], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # a Config built in Python (the API) gets the same frozen option values as a loaded one:
        # a list inside would make it unhashable, and it is a dict key (one plan per Config)
        try:
            frozen = tuple((str(code), tuple((str(k), _frozen_option(v)) for k, v in dict(items).items()))
                           for code, items in self.rule_options)
        except ValueError as exc:
            raise ConfigError(f"rule options: {exc}") from None
        object.__setattr__(self, "rule_options", frozen)

    @property
    def root(self) -> Path:
        return Path(self.path).parent if self.path else Path.cwd()

    def where(self, key: str) -> str:
        """``file:line:col`` of ``key`` (``rules/R104/threshold``), else of its nearest parent."""
        found = dict(((k, (line, col)) for k, line, col in self.positions))
        while key:
            if key in found:
                return f"{self.path}:{found[key][0]}:{found[key][1]}"
            key = key.rpartition("/")[0]
        return f"{self.path}:1:1" if self.path else "command line"


def find_config(start: Path) -> Path | None:
    directory = start if start.is_dir() else start.parent
    directory = directory.resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_table(candidate):
                    continue
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return re.search(r"^\s*\[tool\.jdlint", path.read_text(encoding="utf-8"), re.M) is not None
    except (OSError, UnicodeDecodeError):
        return False


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    return parse_config(text, path)


def parse_config(text: str, path: str | Path) -> Config:
    """A config from the text of its file: what ``load_config`` reads, or what a Spark driver
    ships to executors as data. ``path`` picks TOML or YAML, names the file in errors and
    anchors relative rule-pack paths."""
    path = Path(path)
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        raw, positions = _load_toml(path, text)
    else:
        raw, positions = _load_yaml(path, text)
    return from_mapping(raw, str(path), positions)


def _load_yaml(path: Path, text: str) -> tuple[dict, dict]:
    data = yamlio.load(text, str(path), ConfigError)
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: the config must be a mapping of keys such as select, ignore")
    positions: dict[str, tuple[int, int]] = {}
    for key in data:
        line, col = data.lc.key(key)
        positions[str(key)] = (line + 1, col + 1)
        value = data[key]
        if isinstance(value, list):
            for i, _ in enumerate(value):
                try:
                    l2, c2 = value.lc.item(i)
                    positions[f"{key}/{i}"] = (l2 + 1, c2 + 1)
                except (AttributeError, KeyError):
                    pass
        elif isinstance(value, dict):
            for sub in value:
                try:
                    l2, c2 = value.lc.key(sub)
                    positions[f"{key}/{sub}"] = (l2 + 1, c2 + 1)
                except (AttributeError, KeyError):
                    pass
                options = value[sub]
                if key == "rules" and isinstance(options, dict):  # rules: {CODE: {option: value}}
                    for opt in options:
                        try:
                            l3, c3 = options.lc.key(opt)
                            positions[f"{key}/{sub}/{opt}"] = (l3 + 1, c3 + 1)
                        except (AttributeError, KeyError):
                            pass
    return yamlio.plain(data), positions


def _load_toml(path: Path, text: str) -> tuple[dict, dict]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+), column (\d+)", str(exc))
        where = f"{m.group(1)}:{m.group(2)}" if m else "1:1"
        raise ConfigError(f"{path}:{where}: invalid TOML: {str(exc).split(' (at')[0]}") from None
    section = data.get("tool", {}).get("jdlint", {}) if path.name == "pyproject.toml" else data
    positions: dict[str, tuple[int, int]] = {}
    lines = text.splitlines()
    for key in section:
        for n, line in enumerate(lines):
            m = re.match(rf"\s*(\[tool\.jdlint\.)?\"?{re.escape(key)}\"?\s*[=\]]", line)
            if m:
                positions[key] = (n + 1, line.index(key) + 1)
                break
    return section, positions


def from_mapping(raw: dict[str, Any], path: str | None, positions: dict | None = None) -> Config:
    positions = positions or {}

    def where(key: str) -> str:
        while key not in positions and "/" in key:
            key = key.rpartition("/")[0]  # the nearest parent that has a position
        line, col = positions.get(key, (1, 1))
        return f"{path or 'config'}:{line}:{col}"

    for key in raw:
        if key not in KEYS:
            raise ConfigError(f"{where(key)}: unknown key {key!r}{yamlio.did_you_mean(key, sorted(KEYS))}")
    base = Path(path).parent if path else Path.cwd()
    values: dict[str, Any] = {}
    if "select" in raw:
        values["select"] = _selectors(raw["select"], where("select"))
    if "extend-select" in raw:
        values["extend_select"] = _selectors(raw["extend-select"], where("extend-select"))
    if "ignore" in raw:
        values["ignore"] = _selectors(raw["ignore"], where("ignore"))
    if "severity" in raw:
        sev = _mapping(raw["severity"], where("severity"))
        try:
            values["severity"] = tuple((str(k), Severity.parse(v)) for k, v in sev.items())
        except ValueError as exc:
            raise ConfigError(f"{where('severity')}: {exc}") from None
    if "rules" in raw:
        opts = _mapping(raw["rules"], where("rules"))
        frozen = []
        for k, v in opts.items():
            if not isinstance(v, dict):
                raise ConfigError(f"{where('rules/' + str(k))}: options for {k} must be a mapping")
            items = []
            for name, value in v.items():
                try:
                    items.append((str(name), _frozen_option(value)))
                except ValueError as exc:
                    raise ConfigError(f"{where(f'rules/{k}/{name}')}: option {name!r} of {k} {exc}") from None
            frozen.append((str(k), tuple(items)))
        # each value's type is checked against the rule's option schema once the rules are
        # known (engine.make_plan, before any posting): the config may name a pack's rules
        values["rule_options"] = tuple(frozen)
    if "per-file-ignores" in raw:
        pfi = _mapping(raw["per-file-ignores"], where("per-file-ignores"))
        values["per_file_ignores"] = tuple((str(g), _selectors(s, where("per-file-ignores"))) for g, s in pfi.items())
    if "rule-packs" in raw:
        packs = _selectors(raw["rule-packs"], where("rule-packs"))
        resolved = []
        for p in packs:
            full = (base / p).resolve()
            if not full.exists():
                raise ConfigError(f"{where('rule-packs')}: rule pack {p!r} not found (relative to {base})")
            resolved.append(str(full))
        values["rule_packs"] = tuple(resolved)
    for key, attr in (("fail-on", "fail_on"), ("min-severity", "min_severity")):
        if key in raw:
            try:
                values[attr] = Severity.parse(raw[key])
            except ValueError as exc:
                raise ConfigError(f"{where(key)}: {exc}") from None
    if "model" in raw:
        values["model"] = str(raw["model"])
    if "max-file-size" in raw:
        if not isinstance(raw["max-file-size"], int) or raw["max-file-size"] <= 0:
            raise ConfigError(f"{where('max-file-size')}: max-file-size is a number of bytes")
        values["max_file_size"] = raw["max-file-size"]
    if "cache" in raw:
        if not isinstance(raw["cache"], bool):
            raise ConfigError(f"{where('cache')}: cache is true or false")
        values["cache"] = raw["cache"]
    if "cap" in raw:
        values["cap"] = _cap(raw["cap"], where("cap"))
    if "jurisdictions" in raw:
        values["jurisdictions"] = tuple(s.upper() for s in _selectors(raw["jurisdictions"], where("jurisdictions")))
    if "sections" in raw:
        sections = _mapping(raw["sections"], where("sections"))
        for key in sections:
            if key not in SECTION_KEYS:
                raise ConfigError(f"{where('sections/' + str(key))}: unknown key {key!r} under sections "
                                  "(use required, headings)")
        if "required" in sections:
            req = _selectors(sections["required"], where("sections/required"))
            for kind in req:
                if kind not in SECTION_KINDS:
                    raise ConfigError(f"{where('sections/required')}: unknown section kind {kind!r} "
                                      f"(one of {', '.join(SECTION_KINDS)})")
            values["sections_required"] = req
        if "headings" in sections:
            heads = _mapping(sections["headings"], where("sections/headings"))
            for kind in heads:
                if kind not in SECTION_KINDS:
                    raise ConfigError(f"{where('sections/headings')}: unknown section kind {kind!r}")
            values["section_headings"] = tuple((k, tuple(str(x) for x in _list(v))) for k, v in heads.items())
    flat_positions = tuple((k, line, col) for k, (line, col) in positions.items())
    return Config(path=path, positions=flat_positions, **values)


def _frozen_option(value: Any) -> Any:
    """An option value as immutable plain data (the Config is a dict key): a scalar or a tuple
    of scalars. Anything else no rule option takes, so it is refused here."""
    if isinstance(value, (list, tuple)):
        return tuple(_plain_scalar(v, value) for v in value)
    return _plain_scalar(value, value)


def _plain_scalar(value: Any, shown: Any) -> Any:
    # round-trip YAML gives subclasses (ScalarFloat...): keep the plain type, which compares,
    # hashes and prints like the value the user wrote
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return kind(value)
    raise ValueError(f"must be a number, a string, true/false or a list of them, not {shown!r}")


def _cap(value: Any, where: str) -> int | None:
    """``cap: false`` shows every finding, ``true`` the default cap, a number that many per rule."""
    if value is True:
        return DEFAULT_CAP
    if value is False:
        return None
    if isinstance(value, int) and value >= 1:
        return value
    raise ConfigError(f"{where}: cap is true, false or a number of findings per rule (1 or more)")


def _list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return list(value)


def _selectors(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, dict):
        raise ConfigError(f"{where}: expected a list of strings")
    items = _list(value)
    if not all(isinstance(v, (str, int)) for v in items):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(str(v).strip() for v in items)


def _mapping(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a mapping")
    return value


def with_overrides(config: Config, **overrides: Any) -> Config:
    values = {k: v for k, v in overrides.items() if v is not None}
    if "extend_select" in values:
        values["extend_select"] = config.extend_select + tuple(values["extend_select"])
    if "ignore" in values:
        values["ignore"] = config.ignore + tuple(values["ignore"])
    if "rule_packs" in values:
        values["rule_packs"] = config.rule_packs + tuple(os.path.abspath(p) for p in values["rule_packs"])
    return replace(config, **values)
