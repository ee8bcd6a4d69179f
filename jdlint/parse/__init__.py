"""Parsing: a posting's source (Markdown, plain text or HTML) to a ``Document`` of prose text
mapped back to the source, with its blocks (see ``document.py``).

``lines.py`` holds what the three parsers share (labels, bullets, sentence breaks at line ends).
"""
from __future__ import annotations

from ..document import Document
from ..source import SourceFile


def parse_document(source: SourceFile) -> Document:
    """The parser for the file's kind (from its suffix, decided when it was read)."""
    if source.kind == "text":
        from .plaintext import parse
    elif source.kind == "html":
        from .html import parse
    else:
        from .markdown import parse
    return parse(source)
