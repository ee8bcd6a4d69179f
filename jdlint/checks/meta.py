"""Rules about the file itself (category ``meta``)."""
from __future__ import annotations

from ..rule import rule


@rule(
    code="J001", name="empty-posting", category="meta", severity="info",
    summary="The file has no text to check.",
    what="A file that is empty or holds only whitespace, comments or front matter.",
    why="Nothing can be checked, which usually means the wrong file was committed or an export failed.",
    bad=["(an empty file)"], good=["A posting with an introduction, duties, requirements, pay and how to apply."],
    fix="Write the posting, or remove the file from the paths jdlint is given.",
)
def empty_posting(ctx):
    if not ctx.document.blocks:
        yield ctx.report_document("The file has no posting text to check")


@rule(
    code="J002", name="unknown-directive-selector", category="meta", severity="info",
    summary="An inline jdlint directive names a rule or category that does not exist.",
    message="'{selector}' in this jdlint directive names no rule, so it suppresses nothing{hint}",
    what="A selector in `<!-- jdlint-disable ... -->` (or a plain-text `# jdlint-...` line) that is not a "
         "code, code prefix, rule name or `category:NAME` of a rule that exists, such as a bare category "
         "name (`vague` instead of `category:vague`) or a mistyped code.",
    why="A directive that matches nothing silently leaves the findings it was written to suppress, or "
        "suppresses nothing after a rule is renamed; the config file reports such selectors as errors.",
    bad=["<!-- jdlint-disable D301 vague -->\nWe need a rockstar."],
    good=["<!-- jdlint-disable D301 category:vague -->\nWe need a rockstar."],
    fix="Use a code (V101), a code prefix (V1), a rule name (cliche-job-title) or category:NAME (category:vague).",
)
def unknown_directive_selector(ctx):
    import difflib

    from ..directives import ALL, find
    from ..registry import is_known_selector, load_registry

    source = ctx.document.source
    found = find(source.text, plain_text=source.kind == "text")
    if not found:
        return
    registry = load_registry(tuple(ctx.config.rule_packs))
    categories = sorted({r.category for r in registry.rules} | {r.category.split(".")[0] for r in registry.rules})
    names = [r.code for r in registry.rules] + [r.name for r in registry.rules]
    for start, end, _, selectors in found:
        for selector in selectors:
            if selectors is ALL or is_known_selector(selector, registry):
                continue
            if selector.lower() in categories:
                hint = f" (did you mean 'category:{selector.lower()}'?)"
            else:
                close = difflib.get_close_matches(selector, names, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
            yield ctx.report_source(start, end, selector=selector, hint=hint)


@rule(
    code="J003", name="not-english", category="meta", severity="info",
    summary="The posting is written in another language: jdlint's rules read English, so it checks nothing else.",
    message="The posting looks to be in {language}, not English{counts}: jdlint's rules read English, so nothing "
            "else is checked (ignore J003 to lint it anyway)",
    what="A posting whose letters are mostly of a non-Latin script (Cyrillic, Arabic, CJK, Hangul...), or whose "
         "function words (articles, pronouns, prepositions) are another language's, at least twice as many as "
         "English ones (jdlint/language.py, data/language_words.yaml). When this rule is on, a posting it fires on "
         "gets this finding and the other file rules only; a skills list or a bilingual English/French posting "
         "is read as English.",
    why="Every phrase, section and readability rule reads English: on a posting in another language they report "
        "noise (every section 'missing', phrases misread) that a reader, a job board or a data team would have to "
        "sort out by hand.",
    bad=["Wir suchen ab sofort eine engagierte Fachkraft für unser Team in Berlin. Du bist verantwortlich für die "
         "Planung und Durchführung von Projekten und arbeitest eng mit unseren Kunden zusammen. Wir bieten dir ein "
         "unbefristetes Arbeitsverhältnis, flexible Arbeitszeiten und die Möglichkeit, im Homeoffice zu arbeiten. "
         "Bewirb dich jetzt mit deinem Lebenslauf über unser Karriereportal."],
    good=["We are looking for a project coordinator to join our team in Berlin. You will plan projects with our "
          "clients and report to the head of delivery. We offer a permanent contract, flexible hours and two days "
          "a week from home. Apply with your CV through our careers page by 30 June."],
    fix="Lint the English version of the posting, or ignore J003 (`--ignore J003`) to run the English rules anyway.",
)
def not_english(ctx):
    from ..language import posting_language

    found = posting_language(ctx.analysis)
    if found:
        language, other, english = found
        counts = f" ({other} of its function words are {language}, {english} English)" if other else ""
        yield ctx.report_document(language=language, counts=counts)


RULES = [empty_posting, unknown_directive_selector, not_english]
