"""Plain-text postings (session 46): which standalone lines are titles. Measured by linting every hand-labelled real
ad of the dev corpus (182) three ways, as Markdown, as HTML (markdown-it's rendering) and as plain text (the Markdown
markup taken off): HTML found the same sections as Markdown in all 182; plain text differed in 12. A one-line
paragraph of content ("We help teachers get safe & secure jobs abroad :)", "Competitive salary at all experience
levels", a label's value "Flexible schedule" under "Benefits:", a field "Pay: From $24.00 per hour") was read as a
title, and so as a heading with nothing under it, and a lead-in sentence ending with a colon ("If you are interested,
email us at jobs@... with:") likewise. Now 5 differ; F1 against the labels for plain text: intro .978 -> .986,
requirements .989 -> .991, benefits .981 -> .994, how-to-apply .909 -> .924 (Markdown and HTML unchanged)."""
from __future__ import annotations

import pytest

from jdlint.parse import plaintext
from jdlint.source import SourceFile


def kinds(text: str) -> list[tuple[str, str]]:
    doc = plaintext.parse(SourceFile("t.txt", text, "text"))
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


@pytest.mark.parametrize("line", [
    "Case Manager Job Responsibilities",
    "Key responsibilities",
    "What you'll do",
    "What we're looking for",
    "ABOUT THE COMPANY AND THE TEAM",
    "Benefits and Perks of Working Here",
    "To apply",
])
def test_a_name_standing_alone_is_a_heading(line):
    assert kinds(f"Cook\n\n{line}\n\nYou will cook and clean for the crew.\n")[1] == ("heading", line)


@pytest.mark.parametrize("line", [
    "We help teachers get safe and secure jobs abroad",
    "Competitive salary at all experience levels",
    "Pay: From $24.00 per hour",
    "Work Location: In person",
    "If you are interested, email us at jobs@example.org with:",
    "Send your CV to jobs@example.org",
    "Apply at https://example.org/careers",
    "Full training is given on the job",
])
def test_a_line_of_content_standing_alone_is_a_paragraph(line):
    assert kinds(f"Cook\n\n{line}\n\nYou will cook and clean for the crew.\n")[1] == ("paragraph", line)


def test_the_first_line_is_the_title_whatever_its_case():
    assert kinds("Graduates: English teacher abroad (conversational)\n\nTeach small groups.\n")[0][0] == "heading"


def test_a_line_under_a_label_is_its_value():
    assert kinds("Cook\n\nBenefits:\n\nFlexible schedule\n\nEducation:\n\nHigh school or equivalent\n") == [
        ("heading", "Cook"), ("heading", "Benefits:"), ("paragraph", "Flexible schedule"),
        ("heading", "Education:"), ("paragraph", "High school or equivalent")]


def test_a_sentence_case_line_over_a_list_leads_into_it():
    assert kinds("Cook\n\nWe're looking for someone who\n\n- cooks\n- cleans\n")[1] == ("heading", "We're looking for someone who")
