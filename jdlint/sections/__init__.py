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

**The sentence model** (secmodel35). Where the word tables and grammar leave a sentence undecided (no
block-level score, no sentence-level kind, no benefit word they read and set aside, three words or
more, not a question, not a title-case line, not a safeguarding statement), a linear model votes on
whether it is about the employer (head ``intro``) or offered to the hire (head ``benefits``, and then
only where the sentence names the hire or the staff): ``jdlint/data/section_model.json``, words, word
pairs and Brown clusters (``jdlint/sentence_model.py``), trained by ``scripts/train_section_model.py``
on 800 labelled ad sentences of two independent writers, Y and Z (``tests/data/train/``: intro,
benefits and near-misses: duties, role summaries, pay, EEO, culture claims, offers to customers,
benefits denied), with silver negatives from the sentences of writers C, M and P's synthetic ads under
a duties, requirements, application or EEO heading or in an ad without the kind (no dev-corpus text).
A vote above the head's threshold (1.0 both) is evidence in the block scores
(``classify._sentence_scores``: 0.5, less than any rule's term, so the posting's order and its
neighbours still decide), not a pass of its own. Leave-one-writer-out (trained on Y, scored on Z, and
the reverse; ``--lowo``), on every sentence: intro P 1.000 R .435, benefits P .977 R .492; on the
sentences the rules leave undecided, the only ones it is asked about: intro P 1.000 R .400 (12/0/18),
benefits P 1.000 R .312 (15/0/33). The rules with the model's vote, against the rules alone, on the
writers' 800 sentences (each writer scored by the model trained on the other): intro R .827 -> .873
(P .863 -> .870), benefits R .704 -> .742 (P .910 -> .915).

Modules: ``headings`` (heading text -> kinds), ``classify`` (sentence and block wording, the model's vote),
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
