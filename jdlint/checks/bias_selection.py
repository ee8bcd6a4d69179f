"""The bias-selection rules (D119, D319, D419, D519, D619, D719, D819, D919): a sentence that selects
applicants by a protected characteristic in words no named bias rule knows, by a trained linear model.

The named bias rules catch the words and frames their authors imagined. Strangers write "members of our
congregation preferred" or "would not suit someone with a young family". These rules score each prose
sentence with one logistic regression per category (one-vs-rest) over its words, word pairs and the words'
Brown clusters (jdlint/sentence_model.py, the features V119 uses), trained offline by
``scripts/train_bias_model.py`` into ``jdlint/data/bias_model.json``. The eight rules are made from one
table, ``jdlint/data/bias_model_rules.yaml``.

A sentence is reported once, by the rule of its best-scoring category when that score passes the rule's
threshold, and only where no named bias finding stands in it (``engine.SENTENCE_FALLBACK``); V119 in turn
stands aside for these findings. Skipped: a sentence about someone other than the applicant (no applicant or
selection word, ``applicant-cue``), a widening invitation, a denied requirement, equal-opportunity text, quotations, a sentence that states a lawful
basis or offers accommodation, headings, labels, short fragments, links. The sentences are scored once per
posting for all eight rules (``FileAnalysis.memo``): one pass over each sentence's words, dictionary lookups.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_programs
from ..context import (EXCLUSIVE, LIST_NEGATING_PHRASES, NEGATING_PHRASES, SINGLING_WELCOME, SKIP_CONTEXTS,
                       both_sexes_words, welcomes_whole_range)
from ..regexes import LowerCaseRegex, safe_lower
from ..rule import FunctionRule, Option
from ..sentence_model import HeadedModel, load, prose_sentences, words_of
from ..yamlio import load_fast

MODEL_FILE = "bias_model.json"
#: A sentence this short is a label or a fragment ("Age: 18+" is the named rules' work).
MIN_WORDS = 5
SKIP = ("eeo", "quoted")

def _table() -> dict:
    from importlib.resources import files

    return load_fast((files("jdlint.data") / "bias_model_rules.yaml").read_text("utf-8"))


TABLE = _table()


def _table_regex(key: str) -> re.Pattern:
    """A pattern of the table, written over several lines of YAML: its whitespace is layout, not pattern."""
    return regex_programs.compile("".join(TABLE[key].split()), re.I)


#: A sentence that names neither the applicant nor a selection act is about someone else (``applicant-cue``).
APPLICANT_CUE = _table_regex("applicant-cue")
#: An invitation that widens the pool (``widening-sentence``), read with the frame rules' exceptions.
WIDENING_SENTENCE = _table_regex("widening-sentence")
#: The exclusion among the negation context's phrases: "... need not apply" shuts people out.
NEED_NOT_APPLY = regex_programs.compile(r"need\s+not\s+apply\b", re.I)
#: The two searched on every prose sentence of every posting: run on the lower-cased sentence without re.I, behind
#: a first-character lookahead (``regexes.LowerCaseRegex``, the same answers): 0.21 -> 0.05 s over the dev
#: corpus' 13,000 sentences for the applicant cue.
_APPLICANT_CUE_FOLDED = LowerCaseRegex(APPLICANT_CUE, guard=True)
#: A question about where a document is, and the employer's provision for a group of staff (not read).
DOCUMENT_QUESTION = _table_regex("document-question")
PROVISION_SENTENCE = _table_regex("provision-sentence")
#: The people the employer serves described ("Our clients are mostly in their eighties, so ..."): about them, not the hire.
SERVED_DESCRIPTION = _table_regex("served-description")
#: A language held as a skill, with no word of origin or person (``language-skill``, ``language-origin-cue``): not origin.
LANGUAGE_SKILL = _table_regex("language-skill")
LANGUAGE_ORIGIN_CUE = _table_regex("language-origin-cue")
#: Words in another sense the model does not read (``other-senses``): blanked, here and in training.
OTHER_SENSES = _table_regex("other-senses")


def read_as(sentence: str) -> str:
    """The sentence as the model reads it: words in another sense (``other-senses``) and a title named with its other-sex
    counterpart or an every-sex mark ("Waiter/waitress", "Salesman (m/f/d)": context.both_sexes_words) blanked, offsets
    kept."""
    read = OTHER_SENSES.sub(lambda m: " " * len(m.group()), sentence)
    for start, end in both_sexes_words(read):
        read = read[:start] + " " * (end - start) + read[end:]
    return read
_WIDENING_FOLDED = LowerCaseRegex(WIDENING_SENTENCE, guard=True)
CATEGORIES = tuple(row["head"] for row in TABLE["rules"])
CODES = frozenset(row["code"] for row in TABLE["rules"])  # engine.BIAS_FALLBACK (tested equal)


@lru_cache(maxsize=1)
def model() -> HeadedModel:
    return HeadedModel(load(MODEL_FILE))


def sentence_scores(ctx) -> list[tuple[int, int, str, float]]:
    """(start, end, best category, its score) for each prose sentence the rules read, once per posting:
    the eight rules share it."""
    analysis = ctx.analysis

    def compute():
        scoring, out = model(), []
        for start, end, sentence in prose_sentences(ctx, MIN_WORDS):
            lowered = safe_lower(sentence)
            if not _APPLICANT_CUE_FOLDED.found(sentence, lowered):
                continue
            if _WIDENING_FOLDED.found(sentence, lowered) and not (EXCLUSIVE.search(sentence) or SINGLING_WELCOME.search(sentence)):
                continue
            # a sentence that denies a requirement ("You do not need to be Christian to work here", "regardless of
            # age") says who is not screened out: the negation context's phrases (context.yaml), read sentence-wide
            # (read whatever else the sentence says: the phrase denied is itself a requirement, "need to be"); "need not
            # apply" is an exclusion, not a denial ("Applicants with a criminal past need not apply")
            if any(not NEED_NOT_APPLY.match(sentence, m.start()) for m in NEGATING_PHRASES.finditer(sentence)) \
                    or LIST_NEGATING_PHRASES.search(sentence):
                continue
            if DOCUMENT_QUESTION.search(sentence) or (PROVISION_SENTENCE.search(sentence) and not EXCLUSIVE.search(sentence)):
                continue
            if SERVED_DESCRIPTION.match(sentence) and not EXCLUSIVE.search(sentence):
                continue
            head, score = max(scoring.scores(read_as(sentence)).items(), key=lambda kv: kv[1])
            if head == "age" and welcomes_whole_range(sentence):
                # both ends of the age range named ("Fresh graduate or 40 years in the trade, we want to hear from
                # you"): the whole range welcomed, as the rules' widening context reads it (age only: the poles are ages)
                continue
            if head == "origin" and LANGUAGE_SKILL.search(sentence) and not LANGUAGE_ORIGIN_CUE.search(sentence):
                continue  # "Must read and write Chinese; spoken Malay preferred": a skill the work uses
            out.append((start, end, head, score))
        return out

    return analysis.memo("bias-model-scores", compute)


def _check(ctx, head: str):
    threshold = float(ctx.options["threshold"])
    skip = ctx.options.get("skip", SKIP)
    text = ctx.text
    for start, end, best, score in sentence_scores(ctx):
        if best != head or score <= threshold:
            continue
        sentence = text[start:end]
        start, end = words_of(sentence, start)
        if end <= start or ctx.skipped(start, end, skip) or ctx.lawful_basis(start) \
                or ctx.analysis.is_accommodation_sentence(start):
            continue
        words = ", ".join(f"'{w}'" for w in model().strongest_words(head, read_as(text[start:end])))
        yield ctx.report(start, end, words=words or "its wording")


def _rule(row: dict) -> FunctionRule:
    shared, head = TABLE["shared"], row["head"]
    return FunctionRule(
        lambda ctx: _check(ctx, head), code=row["code"], name=row["name"], category=row["category"],
        severity="warning", enabled_by_default=bool(shared["enabled_by_default"]),
        summary=f"A sentence that may select applicants by {row['label']} in words no named rule knows (a trained model).",
        what=shared["what"], why=shared["why"], bad=row["bad"], good=row["good"], fix=shared["fix"],
        references=shared["references"], message=shared["message"].replace("{category}", row["label"]),
        source="jdlint.checks.bias_selection", scope="text",
        options={"threshold": float(row["threshold"])},
        extra_options={"skip": Option("list", SKIP_CONTEXTS)},
    )


RULES = [_rule(row) for row in TABLE["rules"]]
