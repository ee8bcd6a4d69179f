"""What every YAML rule type shares: metadata and docs from the pack's entry, exception phrases,
and the contexts (``skip``) a rule stays quiet in. The types themselves are in ``rule_packs.py``
(phrase, regex, section, metric) and ``frames.py`` (frame)."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .context import SKIP_CONTEXTS
from .diagnostics import Severity
from .rule import EXCEPTION, Option, Pattern, Rule, RuleDoc


class PackRule(Rule):
    """Fields shared by every YAML rule type."""

    extra_options = {"skip": Option("list", SKIP_CONTEXTS)}

    def __init__(self, spec: dict[str, Any], pack: str) -> None:
        self.code = spec["code"]
        self.name = spec["name"]
        self.category = spec["category"]
        self.severity = Severity.parse(spec.get("severity", "warning"))
        examples = spec.get("examples") or {}
        self.doc = RuleDoc(
            summary=spec["summary"],
            what=spec.get("what", ""),
            why=spec.get("why", ""),
            bad=tuple(examples.get("bad") or ()),
            good=tuple(examples.get("good") or ()),
            fix=spec.get("fix", ""),
            references=tuple(spec.get("references") or ()),
        )
        self.message = spec.get("message") or spec["summary"]
        self.source = pack
        self.enabled_by_default = bool(spec.get("enabled", True))
        self.options = dict(spec.get("options") or {})
        self.skip = tuple(spec.get("skip") or ())
        self.exceptions = [str(e) for e in spec.get("exceptions") or ()]
        self.override = spec.get("override") is True

    def exception_patterns(self) -> Iterable[Pattern]:
        for phrase in self.exceptions:
            yield Pattern("lower", phrase, EXCEPTION)

    def hits(self, ctx) -> Iterator[Any]:
        """This rule's matches, minus those in a context the rule skips."""
        for m in ctx.matches():
            if not self.skipped(ctx, m.start, m.end):
                yield m

    def skipped(self, ctx, start: int, end: int) -> bool:
        return ctx.skipped(start, end, ctx.options.get("skip", self.skip))
