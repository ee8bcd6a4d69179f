"""vague.vague-sentence (V119): a sentence that reads as vague as a whole, by a trained linear model.

The other vague rules name what they catch: a term (V107), a composed phrase (V113), a frame (V117).
Strangers write vague wording no list holds ("brings the buzz", "muck in with whatever's going"). This
rule scores each prose sentence with a logistic regression over its words, word pairs and the words'
distributional classes (Brown clusters from spacy-lookups-data: a word the model never saw counts through
words that keep the same company), trained offline by ``scripts/train_vague_model.py`` on the project's
vague cases and on real-ad sentences no rule flags. The weights and a word -> cluster table for frequent
words are data: ``jdlint/data/vague_model.json``.

A sentence above the model's threshold is reported once, at info, only where no other vague, vague-pay or bias finding
stands in it (``engine.SENTENCE_FALLBACK``: the named rules say more), and not where a skip context says
the words are explained, measured, negated, quoted, a name, a duty's object or equal-opportunity text, nor
where the sentence says where by name (``LOCATED``: a named place is a fact to check), nor where it scores above the
threshold only through words used in their literal sense (``literal_weight_only``).
Linear: one pass over each sentence's words, dictionary lookups only.
"""
from __future__ import annotations

from functools import lru_cache

from .. import regex_programs
from ..diagnostics import Severity
from ..rule import FunctionRule, Option
from ..context import SKIP_CONTEXTS, literal_domains
from ..sentence_model import (CLUSTER_SHIFTS, STOP_WORDS, LinearModel, features, load, prose_sentences,  # noqa: F401
                              tokens, words_of)  # (the model's home)

#: A sentence this short is a label or a fragment ("Benefits & Salary").
MIN_WORDS = 4
#: The score above which a sentence is reported (option `threshold`): chosen on the training cases'
#: cross-validation and the dev corpus, not on the independent writers' sets.
DEFAULT_THRESHOLD = 2.0
#: A sentence that says where, by name: a locative preposition before a capitalised name, past a few words of
#: position ("join us in New York, Chicago, or remotely", "just a stone's throw from Heathrow Airport", "in the heart
#: of Stanwell Moor Village", "a tunnelling tool in Golang"). A named place, language or programme is a fact the reader
#: can check; on judged real and strangers' ads every such V119 finding was wrong. Not "at" (nor "to"): "life at
#: Brightlane", "welcome to Brightlane" name the employer a claim is about. Not when a word of praise, a degree word or
#: a superlative comes before the place (``CLAIM_CLASSES``, ``SUPERLATIVES``): then the place is the scope of a claim
#: ("Our wedding team is legendary in Cebu", "something truly special in Kreuzberg", "the most iconic houses in
#: Paris"), not a fact about the job.
LOCATED = regex_programs.compile(
    r"\b(?:[Ii]n|near|[Ff]rom|around|across|outside|throughout|(?:[Bb]ased|[Ll]ocated) at)\s+"
    r"(?:(?:the|heart|of|centre|center|middle|our|central|downtown|greater)\s+){0,3}[A-Z][a-z]")
#: The model's evaluative word classes (``word_classes``) that make a place after them a claim's scope: praise and
#: degree words, not the mild class ("a lovely spot in Camden", "a friendly crew based at our Didcot depot" say where).
CLAIM_CLASSES = frozenset({"praise", "degree"})
SUPERLATIVES = frozenset("most best leading finest greatest top".split())
SKIP = ("quoted", "negated", "name", "explained", "eeo", "measured", "duty", "literal")
#: The model file (``jdlint/sentence_model.py`` reads it; ``scripts/train_vague_model.py`` writes it).
MODEL_FILE = "vague_model.json"


@lru_cache(maxsize=1)
def model() -> LinearModel:
    return LinearModel.from_raw(load(MODEL_FILE))


def _check(ctx):
    text = ctx.text
    vague = model()
    threshold = float(ctx.options.get("threshold", DEFAULT_THRESHOLD))
    skip = ctx.options.get("skip", SKIP)
    for start, end, sentence in prose_sentences(ctx, MIN_WORDS):
        # a lead-in ends in a colon: the list after it says what
        if sentence.rstrip().endswith(":"):
            continue
        score = vague.score(sentence)
        if score <= threshold:
            continue
        if says_where(sentence, vague.word_classes):
            continue
        if literal_weight_only(ctx, vague, start, sentence, threshold):
            continue
        start, end = words_of(sentence, start)
        if end <= start or ctx.skipped(start, end, skip):
            continue
        words = ", ".join(f"'{w}'" for w in vague.strongest_words(text[start:end]))
        yield ctx.report(start, end, words=words or "its wording")


def literal_weight_only(ctx, vague: LinearModel, start: int, sentence: str, threshold: float) -> bool:
    """Whether the sentence scores above ``threshold`` only through words used in their literal sense: a borrowed
    idiom's word (``jdlint/data/literal_senses.yaml``) whose trade a cue names beside it ("Back pain is the commonest
    complaint in our physio clinic": "got your back" taught the model "back"; "a hero image for every product page";
    "our care home offers activities for residents"). The sentence is scored again without those words. Read only
    for a sentence already above the threshold: one regex pass per domain."""
    cut = []
    for _, words, _ in literal_domains():
        for found in words.finditer(sentence):
            if ctx.skipped(start + found.start(), start + found.end(), ("literal",)):
                cut.append(found.span())
    if not cut:
        return False
    kept, at = [], 0
    for lo, hi in sorted(cut):
        kept.append(sentence[at:max(at, lo)])
        at = max(at, hi)
    kept.append(sentence[at:])
    return vague.score(" ".join(kept)) <= threshold


def says_where(sentence: str, word_classes: dict[str, str]) -> bool:
    """Whether ``sentence`` says where by name (``LOCATED``) and no praise, degree word or superlative before the place
    makes the place a claim's scope."""
    found = LOCATED.search(sentence)
    if found is None:
        return False
    return not any(word_classes.get(t) in CLAIM_CLASSES or t in SUPERLATIVES for t in tokens(sentence[:found.start()]))


vague_sentence = FunctionRule(
    _check, code="V119", name="vague-sentence", category="vague", severity=Severity.info,
    summary="A sentence that reads as vague as a whole (a trained model), where no named vague rule fires.",
    what="Each prose sentence is scored by a logistic regression over its words, word pairs and the words' "
         "distributional classes (Brown clusters from spacy-lookups-data), trained by "
         "scripts/train_vague_model.py on the project's vague cases and on real-ad sentences no rule flags "
         "(jdlint/data/vague_model.json). A sentence above the threshold is reported at info, only where no other vague, vague-pay or bias "
         "finding stands in it, and not where the words are explained (a colon and a list, 'such as', a dash "
         "and the fact), measured (a figure in the clause), negated, quoted, a name, a duty's object or "
         "equal-opportunity text, nor where the sentence says where by name (a place, language or programme after "
         "'in', 'from', 'near', 'based at': 'join us in New York or remotely') and no praise, degree word or "
         "superlative before the place makes it a claim's scope ('legendary in Cebu'), nor where it reads as vague only through "
         "a borrowed idiom's word in its literal sense ('back pain' in a physio clinic, a 'hero image' on a product "
         "page: jdlint/data/literal_senses.yaml). Headings, labels, lines set as headings (every word capitalised, or wrapped whole in "
         "emphasis), sentences under four words (an emoji or a bullet is no word), a lead-in that ends in a colon "
         "(the list after it says what) and sentences with a link or an address are not read. The message names "
         "the words that weigh most. Options: `threshold` (default 2.0: higher is stricter), `skip`.",
    why="Vague wording tells the applicant nothing checkable about the job and costs trust (issue 14); strangers "
        "write it in words no list holds, and a model over words and their classes generalises to unseen ones.",
    bad=["Our people are the heart and soul of everything we do.",
         "Our team is like a second family to everyone who joins."],
    good=["Our crew of five runs the bar on Friday and Saturday nights, 6pm to 2am.",
          "We repair and service forklifts for 120 warehouses in the North West."],
    fix="Replace the claim with a fact the reader can check: what the work is, who the team is, how success is "
        "measured, what the employer offers (figures, names, examples).",
    references=["Brown et al. (1992), Class-based n-gram models of natural language, Computational Linguistics "
                "18(4)", "spacy-lookups-data en_lexeme_cluster (MIT)"],
    message="This sentence reads as vague (words such as {words}): say what the job, the team or the offer "
            "actually is",
    source="jdlint.checks.vague_sentence", scope="text",
    options={"threshold": DEFAULT_THRESHOLD},
    extra_options={"skip": Option("list", SKIP_CONTEXTS)},
)

RULES = [vague_sentence]
