"""What a rule is: metadata and documentation in one place, plus a small check function.

YAML packs (``rule_packs.py``) and Python plugins (entry point group ``jdlint.rules``) both produce
``Rule`` objects, so ``--list-rules``, ``--explain``, SARIF ``rules[]`` and the docs all read the
same record.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .diagnostics import CATEGORIES, Diagnostic, Severity
from . import regex_programs

if TYPE_CHECKING:
    from .context import RuleContext

CODE_RE = regex_programs.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_RE = regex_programs.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
EXCEPTION = "__exception__"  # pattern key marking an exception phrase, not a hit
DOCS_URL = "https://github.com/jdlint/jdlint/blob/main/docs/rules.md#{code}"


@dataclass(frozen=True)
class RuleDoc:
    """The single source of a rule's documentation (``--explain``, docs, SARIF help)."""

    summary: str
    what: str = ""
    why: str = ""
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    fix: str = ""
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Option:
    """The type of one rule option, like ESLint's ``meta.schema``: checked when the config loads,
    so a wrong value is a ``file:line:col`` error, never a failure inside a rule.

    ``kind``: ``int``, ``number`` (int or float), ``bool``, ``str`` or ``list`` (of strings).
    ``choices`` limits a ``str`` value or a ``list``'s items.
    """

    kind: str
    choices: tuple[str, ...] = ()

    def check(self, value: Any) -> Any:
        """``value`` as the rule will read it (a list becomes a tuple), or ValueError saying why."""
        ok = {
            "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "bool": lambda v: isinstance(v, bool),
            "str": lambda v: isinstance(v, str),
            "list": lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v),
        }[self.kind]
        if not ok(value):
            raise ValueError(f"must be {_KIND_NAMES[self.kind]}, not {value!r}")
        items = value if self.kind == "list" else (value,) if self.kind == "str" else ()
        for item in items:
            if self.choices and item not in self.choices:
                raise ValueError(f"takes {', '.join(self.choices)}, not {item!r}")
        return tuple(value) if self.kind == "list" else value


_KIND_NAMES = {"int": "a whole number", "number": "a number", "bool": "true or false",
               "str": "a string", "list": "a list of strings"}


def option_for_default(value: Any) -> Option:
    """The type an option's default value declares (``3`` -> int, ``0.5`` -> number...)."""
    if isinstance(value, bool):
        return Option("bool")
    if isinstance(value, int):
        return Option("int")
    if isinstance(value, float):
        return Option("number")
    if isinstance(value, (list, tuple)):
        return Option("list")
    if isinstance(value, str):
        return Option("str")
    raise ValueError(f"option default {value!r} is not a number, string, true/false or list")


@dataclass(frozen=True)
class Pattern:
    """A term or expression a rule wants found; the engine matches all rules' patterns at once.

    ``kind``: ``lower`` (token sequence, case-insensitive), ``lemma`` (lower-case lemmas, so
    inflections match), ``prefix`` (a token starting with the stem), ``regex`` (on the prose
    text, Python ``re``), ``linear-regex`` (the same on RE2, for user packs: ``linear_regex.py``). ``key`` comes back with each match so the rule knows which entry fired.
    """

    kind: str
    value: str
    key: Any = None


@dataclass(frozen=True)
class Match:
    start: int  # offsets in Document.text
    end: int
    key: Any
    text: str
    groups: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


class Rule:
    """Base class. Subclasses set metadata and implement ``check``."""

    code: str = ""
    name: str = ""
    category: str = "meta"
    severity: Severity = Severity.warning
    doc: RuleDoc = RuleDoc(summary="")
    message: str = ""
    source: str = ""
    fixable: bool = False
    enabled_by_default: bool = True
    options: dict[str, Any] = {}
    #: replaces an earlier rule with the same code (a pack's ``override: true``) instead of clashing
    override: bool = False
    #: Options the rule reads without a default in ``options`` (``skip`` of a YAML rule), or a
    #: narrower type than its default implies; see ``option_types``.
    extra_options: dict[str, Option] = {}
    #: "text": findings depend on the wording alone, so the rule's examples are checked by the
    #: meta-test; "document": findings depend on the whole posting (missing sections, metrics).
    scope: str = "document"

    def patterns(self) -> Iterable[Pattern]:
        return ()

    def check(self, ctx: "RuleContext") -> Iterator[Diagnostic]:
        raise NotImplementedError

    def option_types(self) -> dict[str, Option]:
        """Every option this rule accepts in config ``rules:``, with its type."""
        types = {k: option_for_default(v) for k, v in self.options.items()}
        types.update(self.extra_options)
        return types

    # -- views ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code.lower(), name=self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "summary": self.doc.summary,
            "source": self.source,
            "fixable": self.fixable,
            "enabled_by_default": self.enabled_by_default,
            "options": dict(self.options),
            "url": self.url,
        }

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name}>"


def validate_rule(rule: Rule) -> list[str]:
    """Problems with a rule's metadata (empty when it is well formed)."""
    problems = []
    if not CODE_RE.match(rule.code or ""):
        problems.append(f"code {rule.code!r} must be 1-4 capital letters and 3 digits, e.g. D301")
    if not NAME_RE.match(rule.name or ""):
        problems.append(f"name {rule.name!r} must be kebab-case, e.g. age-preference")
    if rule.category not in CATEGORIES:
        problems.append(f"category {rule.category!r} is not one of {', '.join(CATEGORIES)}")
    if not rule.doc.summary:
        problems.append("summary is missing")
    if rule.scope not in SCOPES:
        problems.append(f"scope {rule.scope!r} is not one of {', '.join(SCOPES)}")
    try:
        types = rule.option_types()
    except ValueError as exc:
        problems.append(str(exc))
    else:
        for key, value in rule.options.items():
            try:
                types[key].check(value)
            except ValueError as exc:
                problems.append(f"option {key!r}: default {exc}")
    return problems


SCOPES = ("text", "document")
#: What ``@rule`` / ``FunctionRule`` accept: RuleDoc's fields and the Rule attributes a rule may set.
DOC_FIELDS = ("summary", "what", "why", "bad", "good", "fix", "references")
RULE_FIELDS = ("code", "name", "category", "severity", "message", "source", "fixable",
               "enabled_by_default", "options", "extra_options", "scope", "override")


class RuleDeclarationError(TypeError):
    """A Python rule declared with a keyword jdlint does not know (a typo would otherwise be a
    silently ignored attribute)."""


class FunctionRule(Rule):
    """A Python rule made from a function: the one way to declare one, through ``@rule`` or by
    calling it (``bias_rule`` does). Keywords: ``patterns``, ``doc`` or RuleDoc's fields
    (``DOC_FIELDS``) and the Rule attributes in ``RULE_FIELDS``; anything else is an error."""

    def __init__(self, func: Callable, patterns: Iterable[Pattern] = (), **meta: Any) -> None:
        unknown = sorted(set(meta) - set(DOC_FIELDS) - set(RULE_FIELDS) - {"doc"})
        if unknown:
            import difflib

            close = difflib.get_close_matches(unknown[0], DOC_FIELDS + RULE_FIELDS + ("doc", "patterns"), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RuleDeclarationError(f"rule {meta.get('code', '?')}: unknown keyword {unknown[0]!r}{hint}")
        self._func = func
        self._patterns = tuple(patterns)
        doc = meta.pop("doc", None)
        if doc is None:
            if "summary" not in meta:
                raise RuleDeclarationError(f"rule {meta.get('code', '?')}: summary is missing")
            doc = RuleDoc(**{k: tuple(meta.pop(k)) if k in ("bad", "good", "references") else meta.pop(k)
                             for k in DOC_FIELDS if k in meta})
        elif set(meta) & set(DOC_FIELDS):
            raise RuleDeclarationError(f"rule {meta.get('code', '?')}: give doc= or its fields, not both")
        self.doc = doc
        sev = meta.pop("severity", "warning")
        self.severity = sev if isinstance(sev, Severity) else Severity.parse(sev)
        self.options = dict(meta.pop("options", {}))
        self.extra_options = dict(meta.pop("extra_options", {}))
        for key, value in meta.items():
            setattr(self, key, value)

    def patterns(self) -> Iterable[Pattern]:
        return self._patterns

    def check(self, ctx: "RuleContext") -> Iterator[Diagnostic]:
        result = self._func(ctx)
        if result is not None:
            yield from result


def rule(**meta: Any) -> Callable[[Callable], FunctionRule]:
    """Declare a Python rule::

        @rule(code="S101", name="missing-intro", category="structure", severity="warning",
              summary="...", why="...", bad=["..."], good=["..."], fix="...")
        def missing_intro(ctx):
            if not ctx.document.has_section("intro"):
                yield ctx.report_document("...")
    """

    def wrap(func: Callable) -> FunctionRule:
        meta.setdefault("source", func.__module__)
        return FunctionRule(func, **meta)

    return wrap
