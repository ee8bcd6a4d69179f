"""Per-sentence memos (jdlint/sentence_memo.py): a posting's own repeats always hit, however long the posting, and
what is kept is dropped when the next posting starts; answers are the plain function's."""
from __future__ import annotations

import jdlint
from jdlint import sentence_memo
from jdlint.config import Config
from jdlint.extract import pay
from jdlint.sections import classify


def _counting():
    calls = []

    @sentence_memo.sentence_memo
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    return length, calls


def test_a_postings_repeats_hit_beyond_the_shared_lru():
    length, calls = _counting()
    sentence_memo.new_posting()
    texts = [f"sentence {i}" for i in range(sentence_memo.ACROSS_POSTINGS + 500)]
    assert [length(t) for t in texts] == [len(t) for t in texts]
    assert [length(t) for t in texts] == [len(t) for t in texts]  # asked again in the same posting
    assert len(calls) == len(texts)  # a plain lru_cache of ACROSS_POSTINGS would have computed most twice


def test_the_next_posting_drops_the_last_ones_answers():
    length, calls = _counting()
    sentence_memo.new_posting()
    texts = [f"line {i}" for i in range(sentence_memo.ACROSS_POSTINGS + 500)]
    for t in texts:
        length(t)
    sentence_memo.new_posting()
    length("a new posting's sentence")
    assert calls[-1] == "a new posting's sentence"
    # the early texts fell out of the shared LRU and the posting's dict is emptied: computed again
    length(texts[0])
    assert calls[-1] == texts[0]


def test_memoised_answers_are_the_plain_functions(tmp_path):
    sentences = ["Salary: $52,000-$60,000 a year.", "We offer a competitive salary.", "Apply at jobs@acme.example.",
                 "You will manage the front desk."]
    sentence_memo.new_posting()
    for s in sentences:
        assert pay._sentence_pay(s) == pay._sentence_pay.uncached(s)
        assert classify._sentence_kinds(s) == classify._sentence_kinds.uncached(s)


def test_a_long_posting_reports_what_its_parts_report():
    """The same ads linted one by one and as one long posting give each ad the same pay and section facts: the
    posting-scoped memo never answers one posting's sentence with another's."""
    ad = "# Cook\n\nSalary: $18 an hour.\n\nYou will prepare meals for 40 residents.\n\nApply at jobs@acme.example.\n"
    one = jdlint.lint_text(ad, path="one.md", config=Config(select=("ALL",)))
    other = jdlint.lint_text(ad.replace("$18", "a competitive rate"), path="two.md", config=Config(select=("ALL",)))
    again = jdlint.lint_text(ad, path="one.md", config=Config(select=("ALL",)))
    assert [d.code for d in one.diagnostics] == [d.code for d in again.diagnostics]
    assert "P101" in {d.code for d in other.diagnostics} and "P101" not in {d.code for d in one.diagnostics}
