"""What a rule is: metadata and documentation in one place, plus a small check function.

YAML packs (``packs.py``) and Python plugins (entry point group ``jdlint.rules``) both produce
``Rule`` objects, so ``--list-rules``, ``--explain``, SARIF ``rules[]`` and the docs all read the
same record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .diagnostics import CATEGORIES, Diagnostic, Severity

if TYPE_CHECKING:
    from .context import RuleContext

CODE_RE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
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
class Pattern:
    """A term or expression a rule wants found; the engine matches all rules' patterns at once.

    ``kind``: ``lower`` (token sequence, case-insensitive), ``lemma`` (lower-case lemmas, so
    inflections match), ``prefix`` (a token starting with the stem), ``regex`` (on the prose
    text). ``key`` comes back with each match so the rule knows which entry fired.
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
    #: "text": findings depend on the wording alone, so the rule's examples are checked by the
    #: meta-test; "document": findings depend on the whole posting (missing sections, metrics).
    scope: str = "document"

    def patterns(self) -> Iterable[Pattern]:
        return ()

    def check(self, ctx: "RuleContext") -> Iterator[Diagnostic]:
        raise NotImplementedError

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
    return problems


class FunctionRule(Rule):
    """A Python rule made from a function by the ``@rule`` decorator."""

    def __init__(self, func: Callable, patterns: Iterable[Pattern] = (), **meta: Any) -> None:
        self._func = func
        self._patterns = tuple(patterns)
        doc = meta.pop("doc", None)
        if doc is None:
            doc = RuleDoc(
                summary=meta.pop("summary"),
                what=meta.pop("what", ""),
                why=meta.pop("why", ""),
                bad=tuple(meta.pop("bad", ())),
                good=tuple(meta.pop("good", ())),
                fix=meta.pop("fix", ""),
                references=tuple(meta.pop("references", ())),
            )
        self.doc = doc
        sev = meta.pop("severity", "warning")
        self.severity = sev if isinstance(sev, Severity) else Severity.parse(sev)
        self.options = dict(meta.pop("options", {}))
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
