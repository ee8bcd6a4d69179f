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
the words are explained, measured, negated, quoted, a name, a duty's object or equal-opportunity text.
Linear: one pass over each sentence's words, dictionary lookups only.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .. import regex_programs
from ..diagnostics import Severity
from ..rule import FunctionRule, Option
from ..context import SKIP_CONTEXTS

#: The model's tokens: lower-case words (with inner apostrophes and hyphens) and numbers.
TOKEN = regex_programs.compile(r"[a-z][a-z'-]*|\d+")


def tokens(text: str) -> list[str]:
    """``text``'s tokens for the model, with one apostrophe ("you’ll" is "you'll")."""
    return TOKEN.findall(text.lower().replace("\u2019", "'"))
#: Words too common to carry a class: their own weight only.
STOP_WORDS = frozenset("the a an and or of to in for with on at by is are be we you our your it this that as".split())
#: Cluster ids are bit paths as integers: dropping the last bits gives the word's wider classes.
CLUSTER_SHIFTS = (0, 3, 6)
#: A sentence this short is a label or a fragment ("Benefits & Salary").
MIN_WORDS = 4
#: The score above which a sentence is reported (option `threshold`): chosen on the training cases'
#: cross-validation and the dev corpus, not on the independent writers' sets.
DEFAULT_THRESHOLD = 2.0
SKIP = ("quoted", "negated", "name", "explained", "eeo", "measured", "duty", "literal")
_WORDS_IN_MESSAGE = 3


def features(text: str, cluster_of) -> set[str]:
    """The model's features of ``text``: each word, each pair of neighbouring words, and each word's
    cluster at three widths (``cluster_of(word)``: its Brown cluster id, or None)."""
    words = tokens(text)
    out: set[str] = set()
    for i, token in enumerate(words):
        out.add("u:" + token)
        if i:
            out.add(f"b:{words[i - 1]}_{token}")
        if token not in STOP_WORDS:
            cluster = cluster_of(token)
            if cluster is not None:
                out.update(f"c{k}:{cluster >> k}" for k in CLUSTER_SHIFTS)
    return out


class VagueModel:
    """``jdlint/data/vague_model.json``: weights, bias and the frequent words' clusters."""

    def __init__(self, raw: dict) -> None:
        self.weights: dict[str, float] = raw["weights"]
        self.bias: float = raw["bias"]
        self.clusters: dict[str, int] = raw["clusters"]
        # the same weights keyed without formatting a string per feature (``score`` runs on every
        # sentence of every posting; ``plain_score`` is the definition it is tested against)
        self._unigrams: dict[str, float] = {}
        self._bigrams: dict[tuple[str, str], float] = {}
        self._by_shift: dict[int, dict[int, float]] = {k: {} for k in CLUSTER_SHIFTS}
        for feature, weight in self.weights.items():
            kind, _, value = feature.partition(":")
            if kind == "u":
                self._unigrams[value] = weight
            elif kind == "b":
                first, _, second = value.partition("_")
                self._bigrams[(first, second)] = weight
            else:
                self._by_shift[int(kind[1:])][int(value)] = weight

    def plain_score(self, text: str) -> float:
        """The model's score by its definition: the bias plus the weight of each feature of ``features``."""
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in features(text, self.clusters.get))

    def score(self, text: str) -> float:
        """``plain_score``, summed over sets of words, word pairs and cluster ids, as ``features`` counts them."""
        found = tokens(text)
        words = set(found)
        unigrams, bigrams, clusters = self._unigrams, self._bigrams, self.clusters
        total = self.bias + sum(unigrams.get(t, 0.0) for t in words)
        total += sum(bigrams.get(pair, 0.0) for pair in set(zip(found, found[1:])))
        ids = {clusters[t] for t in words if t in clusters and t not in STOP_WORDS}
        if ids:
            for k, table in self._by_shift.items():
                total += sum(table.get(v, 0.0) for v in {c >> k for c in ids})
        return total

    def strongest_words(self, text: str, n: int = _WORDS_IN_MESSAGE) -> list[str]:
        """The ``n`` words that push the sentence most towards vague (own weight plus their clusters')."""
        scored = {}
        for token in tokens(text):
            if token in STOP_WORDS or len(token) < 3 or token.isdigit():
                continue
            cluster = self.clusters.get(token)
            weight = self.weights.get("u:" + token, 0.0) + sum(
                self.weights.get(f"c{k}:{cluster >> k}", 0.0) for k in CLUSTER_SHIFTS) if cluster is not None \
                else self.weights.get("u:" + token, 0.0)
            scored[token] = weight
        return [w for w, v in sorted(scored.items(), key=lambda kv: -kv[1])[:n] if v > 0]


@lru_cache(maxsize=1)
def model() -> VagueModel:
    from importlib.resources import files

    return VagueModel(json.loads((files("jdlint.data") / "vague_model.json").read_text("utf-8")))


#: A link or an address: the sentence points somewhere ("To get an idea of our business visit
#: www.acme.com and have a look around"), which is no claim to check.
_POINTER = regex_programs.compile(r"https?://|www\.|#url_|#email_|@[\w-]+\.\w", re.I)
#: Bullets a paragraph can still hold before its words (Markdown list markers are not in the prose
#: text): the finding covers the words. A figure that opens a sentence is one of them.
_LEAD = " \t\r\n\u00a0-*\u2022\u00b7"


def _check(ctx):
    text, analysis = ctx.text, ctx.analysis
    vague = model()
    threshold = float(ctx.options.get("threshold", DEFAULT_THRESHOLD))
    skip = ctx.options.get("skip", SKIP)
    eeo = analysis.eeo_sentence_starts
    for sent in analysis.sentences:
        start, end = sent.start_char, sent.end_char
        if start in eeo:
            continue
        block = ctx.document.block_at(start)
        if block is None or block.kind == "heading" or block.label:
            continue
        sentence = text[start:end]
        if len(sentence.split()) < MIN_WORDS or _POINTER.search(sentence) or vague.score(sentence) <= threshold:
            continue
        start, end = start + len(sentence) - len(sentence.lstrip(_LEAD)), start + len(sentence.rstrip())
        if end <= start or ctx.skipped(start, end, skip):
            continue
        words = ", ".join(f"'{w}'" for w in vague.strongest_words(text[start:end]))
        yield ctx.report(start, end, words=words or "its wording")


vague_sentence = FunctionRule(
    _check, code="V119", name="vague-sentence", category="vague", severity=Severity.info,
    summary="A sentence that reads as vague as a whole (a trained model), where no named vague rule fires.",
    what="Each prose sentence is scored by a logistic regression over its words, word pairs and the words' "
         "distributional classes (Brown clusters from spacy-lookups-data), trained by "
         "scripts/train_vague_model.py on the project's vague cases and on real-ad sentences no rule flags "
         "(jdlint/data/vague_model.json). A sentence above the threshold is reported at info, only where no other vague, vague-pay or bias "
         "finding stands in it, and not where the words are explained (a colon and a list, 'such as', a dash "
         "and the fact), measured (a figure in the clause), negated, quoted, a name, a duty's object or "
         "equal-opportunity text. Headings, labels, sentences under four words and sentences with a link or an "
         "address are not read. The message names "
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
