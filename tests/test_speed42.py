"""Session 42's speed work on the sentence models: each fast path against its plain version.

- ``sentence_model.word_count`` counts ASCII text by two C scans (runs of non-space less the letterless ones):
  equal to ``plain_word_count`` (``len(lettered_words(text))``) on every line of the dev corpus and on random text
  built from the characters where the two could part (every ASCII space, including the separators ``str.split``
  and ``\\s`` both treat as space, digits, underscores, marks, non-ASCII letters and numerals);
- ``counted_prose_sentences`` gives ``prose_sentences`` with each sentence's ``word_count`` (V119 no longer counts
  again);
- ``sentence_memo.posting_memo`` (the models' shared ``tokens``) gives the function's own answers and forgets them
  when the next posting starts.
"""
from __future__ import annotations

import random

from conftest import CORPUS

from jdlint import sentence_memo
from jdlint.sentence_model import (counted_prose_sentences, lettered_words, plain_word_count, prose_sentences,
                                   tokens, word_count)

#: Every ASCII whitespace (str.split's and re's), letters, digits, underscore, marks; and a few non-ASCII letters,
#: numerals that are no letters ('½', '²') and a no-break space, so the non-ASCII path is drawn too.
ASCII_ALPHABET = "aZ7_-.,!?'\"*&#()/ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
MIXED_ALPHABET = ASCII_ALPHABET + "é中½²\u00a0\u2003•🙂"


def test_word_count_is_the_plain_count_on_random_text():
    rng = random.Random(42)
    for alphabet in (ASCII_ALPHABET, MIXED_ALPHABET):
        for _ in range(20000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
            assert word_count(text) == plain_word_count(text), repr(text)


def test_word_count_is_the_plain_count_on_the_dev_corpus():
    lines = 0
    for path in sorted(CORPUS.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert word_count(line) == plain_word_count(line), (path.name, line)
            lines += 1
    assert lines > 5000


def test_word_count_near_misses():
    # letterless runs are no words, wherever they stand; a run with one letter is
    assert word_count("- 40 hrs / week • £12.50 ph") == 3  # hrs, week, ph
    assert word_count("x") == 1 and word_count("  7 ") == 0 and word_count("") == 0
    assert word_count("3pm\x1cstart") == 2  # an ASCII separator splits as str.split splits
    assert word_count("½ ² day") == 1 == len(lettered_words("½ ² day"))  # numerals are no letters


def _contexts(n: int):
    from jdlint import nlp as nlp_module
    from jdlint import sections
    from jdlint.config import Config
    from jdlint.context import FileAnalysis
    from jdlint.engine import Linter, make_plan, parse_document

    nlp, linter, plan = nlp_module.load(None), Linter(Config()), make_plan(Config())
    for path in sorted(CORPUS.glob("*.md"))[:n]:
        document = parse_document(linter.read(str(path)))
        doc = nlp(document.text)
        document.sections = sections.detect(document, plan.synonyms, doc)
        yield path, _Ctx(FileAnalysis(document, doc, plan.pattern_index(nlp).run(doc), Config()))


class _Ctx:
    """What prose_sentences reads of a rule context."""

    def __init__(self, analysis):
        self.analysis, self.text, self.document = analysis, analysis.document.text, analysis.document


def test_counted_prose_sentences_are_prose_sentences_with_their_word_count():
    seen = 0
    for path, ctx in _contexts(40):
        for min_words in (1, 5):
            counted = list(counted_prose_sentences(ctx, min_words))
            assert [c[:3] for c in counted] == list(prose_sentences(ctx, min_words)), path.name
            assert all(words == plain_word_count(sentence) >= min_words for _, _, sentence, words in counted)
            seen += len(counted)
    assert seen > 300


def test_posting_memo_gives_the_function_s_answers_and_forgets_them_at_the_next_posting():
    calls = []

    @sentence_memo.posting_memo
    def shout(text):
        calls.append(text)
        return text.upper()

    assert shout("a") == "A" and shout("a") == "A" and calls == ["a"]  # asked again: kept
    sentence_memo.new_posting()
    assert shout("a") == "A" and calls == ["a", "a"]  # a new posting reads afresh


def test_shared_tokens_are_the_plain_tokens_on_the_dev_corpus():
    sentence_memo.new_posting()
    for path in sorted(CORPUS.glob("*.md"))[:60]:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert tokens(line) == tokens.uncached(line) == tokens(line), (path.name, line)


def test_weight_table_totals_are_the_fancy_indexed_sums_on_the_dev_corpus():
    """``WeightTable.totals`` gathers a sentence's rows with ``take``: the same floats, bit for bit, as the plain
    ``matrix[rows].sum(axis=0)`` (on every dev-corpus line, for the bias heads and the section model's)."""
    from jdlint.checks.bias_selection import model as bias_model
    from jdlint.sentence_model import HeadedModel, Sentence, load

    lines = [line for path in sorted(CORPUS.glob("*.md"))[:80]
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for headed in (bias_model(), HeadedModel(load("section_model.json"))):
        table = headed._table
        for line in lines:
            sentence = Sentence(line, headed.clusters, headed.ignored, headed.numbers)
            rows = [table._unigrams[t] for t in sentence.words if t in table._unigrams]
            rows += [table._bigrams[p] for p in sentence.pairs if p in table._bigrams]
            for k, values in sentence.ids.items():
                rows += [table._by_shift[k][v] for v in values if v in table._by_shift[k]]
            plain = (table._matrix[rows].sum(axis=0) + table._biases).tolist() if rows else table._biases.tolist()
            assert table.totals(sentence) == plain, line
