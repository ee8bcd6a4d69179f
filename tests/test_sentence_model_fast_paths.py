"""The sentence models' fast paths give what their plain versions give: a word holds a letter by one regex search
(``_holds_letter``), and the sentences the two models read are found once per posting (``prose_sentences``)."""
from __future__ import annotations

import random

from conftest import CORPUS

from jdlint.sentence_model import POINTER, _holds_letter, alone_on_line, prose_sentences, word_count

#: Letters of several scripts, digits of several kinds (decimal or not: '½', '²', 'Ⅻ', '٣'), marks and symbols.
ALPHABET = "aZé ß Ωж中ー½²Ⅻ٣7_-–•·.,!?🙂\u0301\u00a0\t\n"


def test_holds_letter_is_any_isalpha_on_random_words():
    rng = random.Random(32)
    for _ in range(20000):
        chunk = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
        assert _holds_letter(chunk) == any(c.isalpha() for c in chunk), repr(chunk)


def _plain_prose_sentences(ctx, min_words):
    analysis, text = ctx.analysis, ctx.text
    for sent in analysis.sentences:
        start, end = sent.start_char, sent.end_char
        block = ctx.document.block_at(start)
        if start in analysis.eeo_sentence_starts or block is None or block.kind == "heading" or block.label:
            continue
        sentence = text[start:end]
        if word_count(sentence) >= min_words and not POINTER.search(sentence) and not alone_on_line(ctx, start, end):
            yield start, end, sentence


def test_prose_sentences_once_per_posting_equal_the_plain_reading():
    from jdlint import nlp as nlp_module
    from jdlint import sections
    from jdlint.config import Config
    from jdlint.context import FileAnalysis
    from jdlint.engine import Linter, make_plan, parse_document

    nlp, linter, plan = nlp_module.load(None), Linter(Config()), make_plan(Config())
    seen = 0
    for path in sorted(CORPUS.glob("*.md"))[:60]:
        document = parse_document(linter.read(str(path)))
        doc = nlp(document.text)
        document.sections = sections.detect(document, plan.synonyms, doc)
        ctx = _Ctx(FileAnalysis(document, doc, plan.pattern_index(nlp).run(doc), Config()))
        for min_words in (5, 4, 1, 5):  # asked in any order, and again: what reading afresh gives
            fast = list(prose_sentences(ctx, min_words))
            assert fast == list(_plain_prose_sentences(ctx, min_words)), path.name
            seen += len(fast)
    assert seen > 500


class _Ctx:
    """What prose_sentences reads of a rule context."""

    def __init__(self, analysis):
        self.analysis, self.text, self.document = analysis, analysis.document.text, analysis.document
