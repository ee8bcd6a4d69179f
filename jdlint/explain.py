"""Rule documentation rendered from the rule's own metadata (``--explain``, docs, SARIF help)."""
from __future__ import annotations

import textwrap

from .rule import Rule, option_for_default


def explain_text(rule: Rule) -> str:
    d = rule.doc
    out = [f"{rule.code} {rule.name}", "", d.summary, ""]
    out.append(f"Category: {rule.category}    Default severity: {rule.severity}    "
               f"Source: {rule.source}    Fixable: {'yes' if rule.fixable else 'no'}"
               f"{'' if rule.enabled_by_default else '    Off by default (enable with --extend-select)'}")
    for title, body in (("What it flags", d.what), ("Why it matters", d.why)):
        if body:
            out += ["", title, _wrap(body)]
    if d.bad:
        out += ["", "Example"] + [f"  ✗ {b}" for b in d.bad]
    if d.good:
        out += ["", "Instead"] + [f"  ✓ {g}" for g in d.good]
    if d.fix:
        out += ["", "How to fix", _wrap(d.fix)]
    if rule.option_types():
        out += ["", "Options (set under rules: in config)"]
        out += [f"  {name}: {text}" for name, text in _options(rule)]
    if d.references:
        out += ["", "References"] + [f"  - {r}" for r in d.references]
    return "\n".join(out) + "\n"


def explain_markdown(rule: Rule) -> str:
    d = rule.doc
    out = [f"### {rule.code} `{rule.name}`", "", d.summary, "",
           f"*Category* `{rule.category}` · *default severity* `{rule.severity}` · *source* `{rule.source}`"
           f"{'' if rule.enabled_by_default else ' · off by default'}"]
    for title, body in (("What it flags", d.what), ("Why it matters", d.why)):
        if body:
            out += ["", f"**{title}.** {body}"]
    if d.bad:
        out += ["", "**Example**", ""] + [f"- ✗ {b}" for b in d.bad]
    if d.good:
        out += ["", "**Instead**", ""] + [f"- ✓ {g}" for g in d.good]
    if d.fix:
        out += ["", f"**How to fix.** {d.fix}"]
    if rule.options:
        # only what the rule's defaults say: SARIF help renders this from the result cache's
        # saved rules too, which keep the defaults but not the full option schema
        typed = [(k, f"{_KINDS[option_for_default(v).kind]}, default {v!r}") for k, v in rule.options.items()]
        out += ["", "**Options:** " + ", ".join(f"`{name}` ({text})" for name, text in typed)]
    if d.references:
        out += ["", "**References**", ""] + [f"- {r}" for r in d.references]
    return "\n".join(out) + "\n"


def _options(rule: Rule) -> list[tuple[str, str]]:
    """Each option the rule accepts, with its type (checked when the config loads) and default."""
    out = []
    for name, option in rule.option_types().items():
        kind = _KINDS[option.kind]
        if option.choices:
            kind = ("list of " if option.kind == "list" else "one of ") + ", ".join(option.choices)
        default = f", default {rule.options[name]!r}" if name in rule.options else ""
        out.append((name, kind + default))
    return out


_KINDS = {"int": "whole number", "number": "number", "bool": "true/false", "str": "text",
          "list": "list of text"}


def _wrap(text: str) -> str:
    return "\n".join(textwrap.fill(p, 96, initial_indent="  ", subsequent_indent="  ")
                     for p in text.split("\n\n"))
