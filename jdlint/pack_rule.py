"""What every YAML rule type shares: metadata and docs from the pack's entry, exception phrases,
and the contexts (``skip``) a rule stays quiet in. The types themselves are in ``rule_packs.py``
(phrase, regex, section, metric) and ``frames.py`` (frame)."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .context import LAWFUL_BASIS_MESSAGE, SKIP_CONTEXTS
from .diagnostics import Diagnostic, Severity
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
        # phrase and regex rules: a match whose sentence offers reasonable accommodation is info ("must be
        # able-bodied, with or without reasonable accommodation"); frame rules read the key themselves
        self.lower_with_accommodation = bool(spec.get("lower-with-accommodation", False))
        # ... and a lawful basis in the paragraph ("must be able-bodied, as required by the Merchant Shipping
        # Regulations": ``FileAnalysis.lawful_basis``) lowers it to info and quotes the basis
        self.lower_with_lawful_basis = bool(spec.get("lower-with-lawful-basis", False))
        self.lawful_basis_message = spec.get("lawful-basis-message") or LAWFUL_BASIS_MESSAGE
        self.basis_message = spec.get("basis-message") or (
            "'{match}' is stated with an offer of reasonable accommodation ('{basis}'); confirm it is an "
            "essential function and name the tasks")

    def exception_patterns(self) -> Iterable[Pattern]:
        for phrase in self.exceptions:
            yield Pattern("lower", phrase, EXCEPTION)

    def hits(self, ctx) -> Iterator[Any]:
        """This rule's matches, minus those in a context the rule skips."""
        for m in ctx.matches():
            if not self.skipped(ctx, m.start, m.end):
                yield m

    def report_hit(self, ctx, m, **kw) -> Diagnostic:
        """The finding for one match: info with the offer quoted when ``lower-with-accommodation`` and
        the match's sentence offers accommodation (``FileAnalysis.accommodation_offered_in_sentence``)."""
        offer = ctx.analysis.accommodation_offered_in_sentence(m.start) if self.lower_with_accommodation else None
        if offer:
            return ctx.report(m.start, m.end, self.basis_message, severity=Severity.info, basis=offer,
                              data={"basis": offer}, **kw)
        law = ctx.analysis.lawful_basis(m.start) if self.lower_with_lawful_basis else None
        if law:
            return ctx.report(m.start, m.end, self.lawful_basis_message, severity=Severity.info, basis=law,
                              data={"basis": law}, **kw)
        return ctx.report(m.start, m.end, **kw)

    def skipped(self, ctx, start: int, end: int) -> bool:
        return ctx.skipped(start, end, ctx.options.get("skip", self.skip))
