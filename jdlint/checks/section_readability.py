"""Reading ease and grade of each detected section, for reports that show a section outline.

The HTML report's scorecard shows them beside the outline. Formatters may read only what a
``FileReport`` rebuilt from the result cache has (no parsed Document), so the scores are
computed here, while the Document exists, and travel in the report's ``metrics``:
``section_readability`` is one entry per entry of the report's ``sections``, in the same order.
"""
from __future__ import annotations

from typing import Any

from .. import metrics as m


def section_readability(analysis) -> dict[str, Any]:
    document = analysis.document
    rows = []
    for section in document.sections:
        blocks = document.body_of(section)
        if section.heading is None:  # found by its content: the first block is prose, not a heading
            first = document.block_starting(section.start)
            if first is not None:
                blocks = [first, *blocks]
        text = m.as_sentences(document.block_text(b) for b in blocks)
        # as_sentences adds or drops no word: counted on the blocks, from the posting's one index
        words = m.word_index(document.text).count_spans((b.text_start, b.text_end) for b in blocks)
        row: dict[str, Any] = {"kind": section.kind, "start_line": section.line, "words": words}
        # left out, like the posting's scores, when no sentence has three words to score
        for name, score in (("flesch_reading_ease", m.flesch_reading_ease(text)),
                            ("flesch_kincaid_grade", m.flesch_kincaid_grade(text))):
            if score is not None:
                row[name] = score
        rows.append(row)
    return {"section_readability": rows}


METRICS = [section_readability]
