"""The JSON report schema (``report.schema.json``).

Its enums of categories, section kinds, ways a section is found and severities are generated
from the code's constants (``scripts/gen_rule_docs.py`` writes them, ``--check`` and a test
fail on drift), so adding a category or section kind cannot leave the schema behind.
"""
from __future__ import annotations

import json
import re


def generated_enums() -> dict[str, tuple[str, ...]]:
    """Schema property name -> the values its enum must hold, from the code."""
    from ..diagnostics import CATEGORIES, SECTION_KINDS, Severity
    from ..document import FOUND_BY

    return {
        "category": tuple(CATEGORIES),
        "kind": tuple(SECTION_KINDS),
        "found_by": FOUND_BY,
        "severity": tuple(str(s) for s in sorted(Severity, reverse=True)),
    }


def with_generated_enums(text: str) -> str:
    """``text`` (the schema) with each generated enum rewritten in place, keeping the file's
    layout: the values wrap at 110 columns, aligned after the opening bracket."""
    for key, values in generated_enums().items():
        pattern = re.compile(r'("' + re.escape(key) + r'": \{\s*"enum": \[)([^\]]*)(\])')
        found = list(pattern.finditer(text))
        if len(found) != 1:
            raise ValueError(f"report.schema.json: expected one {key!r} enum, found {len(found)}")
        m = found[0]
        column = m.start(2) - (text.rfind("\n", 0, m.start(2)) + 1)
        lines, line = [], ""
        for item in (json.dumps(v) for v in values):
            piece = f"{line}, {item}" if line else item
            if line and column + len(piece) + 2 > 110:
                lines.append(line + ",")
                piece = item
            line = piece
        lines.append(line)
        body = ("\n" + " " * column).join(lines)
        text = text[:m.start(2)] + body + text[m.end(2):]
    return text
