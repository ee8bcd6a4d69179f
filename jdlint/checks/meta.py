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


RULES = [empty_posting]
