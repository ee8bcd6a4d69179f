"""Shared machinery for the inclusive-language (bias.*) Python rules.

Most bias rules are "find wording, then read its context": skip it inside an equal-opportunity
statement, after a negation ("no degree required", "regardless of age") or inside a quotation,
drop it when the words mean something else ("native iOS apps", "a young company"), and lower it
to ``info`` with a different message when the requirement is stated with its legal basis ("must be
21 or older to serve alcohol under state law"). ``bias_rule`` builds such a rule from data so each
family module (``bias_age``, ``bias_origin``...) is a list of declarations, and every rule asks
those questions the same way.

Patterns are regular expressions matched once per file by the engine (``Pattern("regex")``) on the
prose text, where soft line breaks are already spaces; they are written with ``\\s+`` and
``[\\s-]*`` so case, hyphenation, British spelling and a phrase split over a line break all match.
Word-list rules (gendered titles, youth proxies) are YAML packs matched on spaCy lemmas instead.
"""
from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from ..diagnostics import Severity
from ..context import SKIP_CONTEXTS
from ..rule import FunctionRule, Option, Pattern

#: A finding whose paragraph names a law or occupational requirement (``ctx.lawful_basis``).
LAWFUL_BASIS_MESSAGE = ("'{match}' is stated with a legal basis ('{basis}'): confirm that basis really applies "
                        "to this role and keep it next to the requirement")

#: Where the "why" of a requirement usually lives: its sentence and the next one.
WINDOW_SENTENCES = 1


@dataclass(frozen=True)
class Variant:
    """A pattern whose finding gets its own severity/message (e.g. an info-level softer form)."""

    regex: str
    severity: str | None = None
    message: str | None = None
    suggestion: str | None = None


def sentence_window(ctx, start: int, end: int, after: int = WINDOW_SENTENCES, before: int = 0) -> str:
    """The text of the sentence holding [start, end) plus ``after`` following sentences."""
    sents = ctx.analysis.sentences
    sent = ctx.sentence(start)
    if sent is None:
        return ctx.text[max(0, start - 200):end + 200]
    idx = next((i for i, s in enumerate(sents) if s.start_char == sent.start_char), 0)
    lo = max(0, idx - before)
    hi = min(len(sents), idx + after + 1)
    return ctx.text[sents[lo].start_char:sents[hi - 1].end_char]


def _overlaps_exception(ctx, m, exceptions: list[re.Pattern]) -> bool:
    if not exceptions:
        return False
    sent = ctx.sentence(m.start)
    base = sent.start_char if sent is not None else max(0, m.start - 200)
    stop = sent.end_char if sent is not None else m.end + 200
    # once per sentence, not per match: a one-sentence posting (a scraped ad with no stops)
    # made this search the whole text at every match
    starts, reach = ctx.analysis.memo(("exception-spans", exceptions, base, stop),
                                      lambda: _exception_spans(ctx.text[base:stop], base, exceptions))
    i = bisect.bisect_left(starts, m.end)  # the spans starting before the match ends
    return i > 0 and reach[i - 1] > m.start


def _exception_spans(text: str, base: int, exceptions) -> tuple[list[int], list[int]]:
    """Starts of the exception matches in ``text`` (offset by ``base``), sorted, and the
    furthest end among each prefix of them."""
    spans = sorted((base + e.start(), base + e.end()) for exc in exceptions for e in exc.finditer(text))
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return [s for s, _ in spans], reach


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A rule's exception and basis regexes, compiled when it first has a match to test: most
    postings match few of these rules, and compiling all of them cost every run about 15 ms."""
    return tuple(re.compile(p, re.I) for p in patterns)


def bias_rule(*, code: str, name: str, category: str, severity: str, summary: str, message: str,
              patterns: Iterable[str | Variant], what: str, why: str, bad: list[str], good: list[str],
              fix: str, references: list[str], suggestion: str | None = None,
              skip: tuple[str, ...] = ("eeo", "negated", "quoted"), exceptions: Iterable[str] = (),
              basis: str | Callable | None = None, basis_message: str | None = None,
              basis_severity: str = "info", keep: Callable | None = None,
              jurisdictions: dict[str, str] | None = None, source: str | None = None):
    """Declare a context-aware bias rule.

    ``patterns``: regexes (or ``Variant``s); a named group ``flag`` narrows the span, other named
    groups fill the message. ``exceptions``: regexes for other senses; a match overlapping one is
    dropped. ``basis``: a regex searched in the finding's sentence and the next one, or a function
    ``(ctx, match) -> bool``; when it holds the finding is reported at ``basis_severity`` with
    ``basis_message`` (a legitimate requirement stated with its reason: confirm, don't forbid).
    ``keep``: ``(ctx, match) -> bool`` for any other sense test. ``jurisdictions``: config
    jurisdiction code -> severity, applied when the user declared that jurisdiction.
    """
    if source is None:  # the declaring module, e.g. "jdlint.checks.bias_age"
        source = sys._getframe(1).f_globals.get("__name__", "jdlint.checks.inclusive")
    variants = [p if isinstance(p, Variant) else Variant(p) for p in patterns]
    what = what.rstrip() + (" A named law or occupational requirement in the same sentence or the next lowers the "
                            "finding to info, quoting it (a lawful basis lowers, never hides).")
    by_key = {i: v for i, v in enumerate(variants)}
    exception_sources = tuple(exceptions)

    def check(ctx):
        skips = ctx.options.get("skip", skip)
        for m in ctx.matches():
            if _overlaps_exception(ctx, m, _compiled(exception_sources)):
                continue
            if ctx.skipped(m.start, m.end, skips):
                continue
            if keep is not None and not keep(ctx, m):
                continue
            variant = by_key.get(m.key, variants[0])
            sugg = variant.suggestion or suggestion
            suggestions = [sugg.format(**m.groups)] if sugg else []
            fmt = dict(m.groups)
            has_basis = False
            if isinstance(basis, str):
                has_basis = bool(_compiled((basis,))[0].search(sentence_window(ctx, m.start, m.end)))
            elif callable(basis):
                has_basis = bool(basis(ctx, m))
            if has_basis:
                yield ctx.report(m.start, m.end, basis_message or message, severity=basis_severity,
                                 suggestions=suggestions, data={"basis": True}, **fmt)
                continue
            law = ctx.lawful_basis(m.start)
            if law and (variant.severity or ctx.severity) > Severity.info:
                # a lawful basis lowers, never hides: info that quotes it
                yield ctx.report(m.start, m.end, LAWFUL_BASIS_MESSAGE, severity=Severity.info,
                                 suggestions=suggestions, data={"basis": law}, basis=law, **fmt)
                continue
            sev = variant.severity
            if sev is None and jurisdictions:
                declared = {j.upper() for j in getattr(ctx.config, "jurisdictions", ()) or ()}
                for code_, level in jurisdictions.items():
                    if any(d == code_ or d.startswith(code_ + "-") for d in declared):
                        sev = level
                        break
            yield ctx.report(m.start, m.end, variant.message or message, severity=sev,
                             suggestions=suggestions, **fmt)

    check.__name__ = name.replace("-", "_")
    check.__module__ = source
    return FunctionRule(
        check,
        patterns=[Pattern("regex", v.regex, i) for i, v in enumerate(variants)],
        code=code, name=name, category=category, severity=Severity.parse(severity),
        summary=summary, what=what, why=why, bad=bad, good=good, fix=fix, references=references,
        message=message, source=source, scope="text",
        # a config may narrow or widen the contexts the rule stays quiet in: D301: {skip: [eeo]}
        extra_options={"skip": Option("list", SKIP_CONTEXTS)},
    )


def any_in_text(regex: str) -> Callable:
    """A ``basis``/``keep`` test: ``regex`` occurs anywhere in the posting's prose."""
    compiled = re.compile(regex, re.I)

    def test(ctx, m) -> bool:
        return bool(compiled.search(ctx.text))

    return test


def before_match(regex: str, chars: int = 60) -> Callable:
    """A test on the text just before the match, within its sentence."""
    compiled = re.compile(regex + r"\s*$", re.I)

    def test(ctx, m) -> bool:
        sent = ctx.sentence(m.start)
        lo = max(sent.start_char if sent is not None else 0, m.start - chars)
        return bool(compiled.search(ctx.text[lo:m.start]))

    return test
