"""Finding the sections of a posting: by heading, by front-matter key and by content.

1. **Headings.** Markdown headings and label lines ("What you'll do:", "**Perks**", "Case Manager
   Job Responsibilities:") are matched against heading synonyms, which are data (``sections:`` in
   rule packs, extended by config ``sections.headings``). One heading may name two kinds ("Work
   Hours & Benefits"). A section runs from its heading to the next heading of the same or a higher
   level; a heading with nothing under it (or only template leftovers) gives an *empty* section.
   Generic headings ("Job description", "About the role", "Overview") name no kind: their bodies
   are classified by content.
2. **Content.** Many real postings have no headings at all. Blocks (paragraphs, list items, table
   rows) that no specific heading covers are classified by wording: duty phrasing vs
   qualification phrasing, benefit terms, an opening pitch about the employer. Pay figures,
   application instructions, equal-opportunity language, location and schedule are looked for in
   every sentence, whatever heading they sit under. Neighbouring blocks of one kind merge.
3. **Front matter** keys (``salary:``, ``location:``, ``apply_url:``).

Template leftovers (bracketed instructions, template guidance addressed to the employer,
job-board promotion) never count as the section they name: ``extract.leftovers`` finds them, the
``placeholder`` rules report them and detection skips them.

Modules: ``headings`` (heading text -> kinds), ``classify`` (sentence and block wording),
``decoder`` (the Viterbi pass over unplaced blocks), ``detect`` (putting it together), ``terms``
(the word tables in ``jdlint/data/section_terms.yaml``). Pay figures and sentence spans come from
``jdlint/extract/``.
"""
from __future__ import annotations

from .classify import BLOCK_KINDS, block_scores, sentence_kinds
from .detect import FRONT_MATTER_KEYS, detect, to_json
from .headings import generic_heading, heading_kinds

__all__ = ["BLOCK_KINDS", "FRONT_MATTER_KEYS", "block_scores", "detect", "generic_heading", "heading_kinds",
           "sentence_kinds", "to_json"]
