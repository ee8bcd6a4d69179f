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

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from ..diagnostics import Severity
from ..context import LAWFUL_BASIS_MESSAGE, SKIP_CONTEXTS
from ..spans import overlaps_any, span_index
from ..rule import FunctionRule, Option, Pattern

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
    lo, hi = _window_bounds(ctx, start, end, after, before)
    return ctx.text[lo:hi]


def _window_bounds(ctx, start: int, end: int, after: int, before: int) -> tuple[int, int]:
    """Where ``sentence_window`` starts and ends: its sentence found by a bisect over the sentence
    starts (a scan over all sentences at every match was quadratic)."""
    idx = ctx.analysis.sentence_index(start)
    if idx < 0:
        return max(0, start - 200), end + 200
    sents = ctx.analysis.sentences
    lo = max(0, idx - before)
    hi = min(len(sents), idx + after + 1)
    return sents[lo].start_char, sents[hi - 1].end_char


def window_has(ctx, regex: str | re.Pattern, start: int, end: int, after: int = WINDOW_SENTENCES,
               before: int = 0) -> bool:
    """``regex`` (a string is compiled case-insensitive) occurs in ``sentence_window``. Searched
    once per window per file: a posting that is one long sentence made a search per match read
    the whole text each time."""
    compiled = _compiled((regex,))[0] if isinstance(regex, str) else regex
    lo, hi = _window_bounds(ctx, start, end, after, before)
    return ctx.analysis.memo(("window-has", compiled, lo, hi),
                             lambda: compiled.search(ctx.text[lo:hi]) is not None)


def _overlaps_exception(ctx, m, exceptions: list[re.Pattern]) -> bool:
    if not exceptions:
        return False
    sent = ctx.sentence(m.start)
    base = sent.start_char if sent is not None else max(0, m.start - 200)
    stop = sent.end_char if sent is not None else m.end + 200
    # once per sentence, not per match: a one-sentence posting (a scraped ad with no stops)
    # made this search the whole text at every match
    spans = ctx.analysis.memo(("exception-spans", exceptions, base, stop),
                              lambda: _exception_spans(ctx.text[base:stop], base, exceptions))
    return overlaps_any(spans, m.start, m.end)


def _exception_spans(text: str, base: int, exceptions) -> tuple[list[int], list[int]]:
    """The exception matches in ``text`` (offset by ``base``), as a ``span_index``."""
    return span_index((base + e.start(), base + e.end()) for exc in exceptions for e in exc.finditer(text))


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """A rule's exception and basis regexes, compiled when it first has a match to test: most
    postings match few of these rules, and compiling all of them cost every run about 15 ms. A ``{sense:NAME}``
    slot is a wording frames.yaml keeps for several rules (``frames.expand_classes``)."""
    from ..frames import expand_classes

    return tuple(re.compile(expand_classes(p) if "{sense:" in p else p, re.I) for p in patterns)


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
            end = _coordinated_end(ctx, category, m)
            sugg = variant.suggestion or suggestion
            suggestions = [sugg.format(**m.groups)] if sugg else []
            fmt = dict(m.groups)
            has_basis = False
            if isinstance(basis, str):
                has_basis = window_has(ctx, basis, m.start, m.end)
            elif callable(basis):
                has_basis = bool(basis(ctx, m))
            if has_basis:
                yield ctx.report(m.start, end, basis_message or message, severity=basis_severity,
                                 suggestions=suggestions, data={"basis": True}, **fmt)
                continue
            law = ctx.lawful_basis(m.start)
            # a variant's severity is written as a word in its rule ("info"); compared as a Severity
            if law and (Severity.parse(variant.severity) if variant.severity else ctx.severity) > Severity.info:
                # a lawful basis lowers, never hides: info that quotes it
                yield ctx.report(m.start, end, LAWFUL_BASIS_MESSAGE, severity=Severity.info,
                                 suggestions=suggestions, data={"basis": law}, basis=law, **fmt)
                continue
            sev = variant.severity
            if sev is None and jurisdictions:
                declared = {j.upper() for j in getattr(ctx.config, "jurisdictions", ()) or ()}
                for code_, level in jurisdictions.items():
                    if any(d == code_ or d.startswith(code_ + "-") for d in declared):
                        sev = level
                        break
            yield ctx.report(m.start, end, variant.message or message, severity=sev,
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


def _coordinated_end(ctx, category: str, m) -> int:
    """The end of a wording rule's finding, carried over the characteristics coordinated with its words ("must not
    be pregnant or planning to start a family" is one screen on two; ``frames.coordinated_end``)."""
    from ..frames import coordinated_end

    sent = ctx.sentence(m.start)
    hi = sent.end_char if sent is not None else min(len(ctx.text), m.end + 200)
    return coordinated_end(ctx.analysis, category, m.end, hi)


def any_in_text(regex: str) -> Callable:
    """A ``basis``/``keep`` test: ``regex`` occurs anywhere in the posting's prose (searched once
    per file, not at every match)."""
    compiled = re.compile(regex, re.I)

    def test(ctx, m) -> bool:
        return in_text(ctx, compiled)

    return test


def in_text(ctx, regex: re.Pattern) -> bool:
    """``regex`` occurs anywhere in the posting's prose; searched once per file (asking at every
    match read the whole posting once per match)."""
    return ctx.analysis.memo(("in-text", regex), lambda: regex.search(ctx.text) is not None)


def before_match(regex: str, chars: int = 60) -> Callable:
    """A test on the text just before the match, within its sentence."""
    compiled = re.compile(regex + r"\s*$", re.I)

    def test(ctx, m) -> bool:
        sent = ctx.sentence(m.start)
        lo = max(sent.start_char if sent is not None else 0, m.start - chars)
        return bool(compiled.search(ctx.text[lo:m.start]))

    return test
