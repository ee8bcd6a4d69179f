"""The one trainer of the project's linear sentence models (jdlint/sentence_model.py): V119's vague model
(scripts/train_vague_model.py) and the bias-selection model (scripts/train_bias_model.py). Offline and
deterministic: a logistic regression by stochastic gradient descent with a fixed seed and number of epochs,
weights under MIN_WEIGHT pruned, and a word -> cluster table only for frequent words whose classes carry
weight (the rules never load spacy-lookups-data's million-word table).
"""
from __future__ import annotations

import hashlib
import json
import math
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED, EPOCHS, RATE, L2 = 0, 25, 0.3, 1.0
MIN_WEIGHT = 0.1
#: Words kept in the cluster table: the most frequent ones (a rarer word falls back to its own weight).
CLUSTER_WORDS = 20000
#: ... and only where the word's clusters together weigh this much (the table is loaded on every run).
MIN_CLUSTER_WEIGHT = 0.5


#: Closed-class words: articles and demonstratives, pronouns and possessives, prepositions, conjunctions, and the
#: auxiliary and modal verbs. Every writer uses them in every register, vague or plain, so what they weigh in a
#: model is the habits of the sentences it happened to see (session 31: "our" alone weighed +1.9 after a retrain,
#: because the writers' vague claims speak of "our people" and the dev ads' duties do not). Quantifiers and
#: adverbs that can carry vagueness themselves ("various", "whatever", "many", "really", "just") are not here.
FUNCTION_WORDS = frozenset("""
    the a an this that these those
    i me my mine we us our ours ourselves you your yours yourself yourselves he him his she her hers it its itself
    they them their theirs who whom whose which what
    of to in for with on at by from into onto about over under after before between through during within without
    across along around among against towards toward upon up out off
    and or but so if as than because while though although when where whether nor
    is are was were be been being am have has had having do does did will would shall should can could may might must
""".split())
#: The auxiliaries a negative contraction is made of: "don't" is do + n't, "won't" will + n't, "can't" can + n't.
NEGATED_AUXILIARIES = frozenset("is are was were do does did have has had would should could must ca wo need".split())


def function_word(token: str) -> bool:
    """A closed-class word (``FUNCTION_WORDS``) or a contraction of one ("we're", "you'll", "it's", "isn't",
    "don't", "let's"): a possessive of a content word ("child's", "melbourne's") is not one."""
    if token in FUNCTION_WORDS:
        return True
    if token.endswith("n't"):
        return token[:-3] in NEGATED_AUXILIARIES
    base, apostrophe, _ = token.partition("'")
    return bool(apostrophe) and (base in FUNCTION_WORDS or base in ("let", "here", "there", "how"))


def function_feature(feature: str) -> bool:
    """A word or word-pair feature (``sentence_model.features``: ``u:word``, ``b:first_second``) made of function
    words only (``function_word``); classes, clusters and pairs with a content word in them are not."""
    kind, _, key = feature.partition(":")
    if kind == "u":
        return function_word(key)
    if kind == "b":
        first, _, second = key.partition("_")
        return function_word(first) and function_word(second)
    return False


def train(rows: list[tuple[set[str], int, float]], penalty=None, cap=None) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression over ``rows`` (features, label 0/1, example weight).
    ``penalty(feature)``, if given, multiplies L2 for that feature (1.0: the common strength); ``cap(feature)``, if
    given, bounds the size of that feature's weight (None: unbounded): a class of features the data can only weigh
    through the company it keeps (function words) is held nearer zero."""
    import numpy as np

    vocab: dict[str, int] = {}
    for feats, *_ in rows:
        for f in sorted(feats):
            vocab.setdefault(f, len(vocab))
    w, b = np.zeros(len(vocab)), 0.0
    strength = np.full(len(vocab), L2)
    if penalty is not None:
        strength *= np.array([penalty(f) for f in vocab])
    bound = None if cap is None else np.array([cap(f) or np.inf for f in vocab])
    index = [np.array(sorted(vocab[f] for f in feats), dtype=int) for feats, *_ in rows]
    order, rnd = list(range(len(rows))), random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            z = max(-30.0, min(30.0, float(w[index[i]].sum()) + b))
            g = (1 / (1 + math.exp(-z)) - rows[i][1]) * rows[i][2]
            w[index[i]] -= RATE * (g + strength[index[i]] * w[index[i]] / len(rows))
            if bound is not None:
                w[index[i]] = np.clip(w[index[i]], -bound[index[i]], bound[index[i]])
            b -= RATE * g
    return {f: float(w[i]) for f, i in vocab.items()}, b


def score(weights: dict[str, float], bias: float, feats: set[str]) -> float:
    return bias + sum(weights.get(f, 0.0) for f in feats)


def pruned(weights: dict[str, float]) -> dict[str, float]:
    """The weights worth writing: at least MIN_WEIGHT in size, rounded, sorted by feature."""
    return {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= MIN_WEIGHT}


def cluster_table(heads: list[dict[str, float]], clusters: dict, probs: dict, stop_words) -> dict[str, int]:
    """word -> cluster id for the CLUSTER_WORDS most frequent words whose clusters weigh at least
    MIN_CLUSTER_WEIGHT in some head (``heads``: pruned weight vectors)."""
    from jdlint.sentence_model import CLUSTER_SHIFTS

    frequent = sorted((w for w in probs if w.isalpha() and w.islower() and w not in stop_words),
                      key=lambda w: (-probs[w], w))[:CLUSTER_WORDS]
    return {w: clusters[w] for w in frequent if w in clusters
            and any(abs(sum(kept.get(f"c{k}:{clusters[w] >> k}", 0.0) for k in CLUSTER_SHIFTS)) >= MIN_CLUSTER_WEIGHT
                    for kept in heads)}


def digest(texts: list[str]) -> str:
    """A short fingerprint of the training texts, written with the model."""
    return hashlib.sha1(json.dumps(texts).encode()).hexdigest()[:12]


def write(out: Path, content: dict) -> None:
    out.write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def real_ad_sentences(corpus: Path, ignore: tuple[str, ...], flags, paths=None) -> list[tuple[str, str]]:
    """(ad file name, sentence) for each sentence of three words or more of the dev corpus ads (``paths``,
    or all) that no finding ``flags(diagnostic)`` selects overlaps, linted with --select ALL minus ``ignore``."""
    return unflagged_sentences(corpus, flagged_spans(corpus, ignore, flags, paths), paths)


def flagged_spans(corpus: Path, ignore: tuple[str, ...], flags, paths=None) -> dict[str, list[tuple[int, int]]]:
    """ad file name -> the (start, end) of every finding ``flags(diagnostic)`` selects in it, overlapping spans
    merged, the ads (``paths``, or all of ``corpus``) linted with --select ALL minus ``ignore``."""
    import jdlint
    from jdlint.config import Config

    config = Config(select=("ALL",), ignore=ignore)
    out = {}
    for path in paths if paths is not None else sorted(corpus.glob("*.md")):
        report = jdlint.lint_text(path.read_text(encoding="utf-8"), path=str(path), config=config)
        merged: list[list[int]] = []
        for a, b in sorted((d.start, d.end) for d in report.diagnostics if flags(d)):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out[path.name] = [(a, b) for a, b in merged]
    return out


def unflagged_sentences(corpus: Path, flagged: dict[str, list[tuple[int, int]]], paths=None) -> list[tuple[str, str]]:
    """(ad file name, sentence) for each sentence of three words or more of the ads (``paths``, or all of ``corpus``)
    that no span of ``flagged`` (``flagged_spans``) overlaps. A span that only touches a sentence's edge does not."""
    from jdlint.sentences import sentence_spans

    out = []
    for path in paths if paths is not None else sorted(corpus.glob("*.md")):
        text, spans = path.read_text(encoding="utf-8"), flagged.get(path.name, ())
        for s, e in sentence_spans(text, 0, len(text)):
            if len(text[s:e].split()) >= 3 and not any(a < e and s < b for a, b in spans):
                out.append((path.name, text[s:e]))
    return out


def case_folds(n: int, k: int = 5, seed: int = 1) -> list[tuple[list[int], set[int]]]:
    """``k`` folds of ``range(n)`` by a seeded shuffle (the cases' cross-validation): for each, the
    training indices (in the shuffled order) and the held-out ones."""
    rnd, ids = random.Random(seed), list(range(n))
    rnd.shuffle(ids)
    folds = [set(ids[j::k]) for j in range(k)]
    return [([i for i in ids if i not in held], held) for held in folds]


def train_heads(rows: list[tuple[set[str], str | None, float]], heads: tuple[str, ...], l2: float = L2
                ) -> dict[str, tuple[dict[str, float], float]]:
    """One-vs-rest: for each of ``heads``, the weights and bias of a logistic regression over ``rows``
    (features, the row's head or None for a negative of every head, example weight), trained together
    (one weight column per head, the same shuffled order, constants and updates as ``train``). ``l2``: the
    regularisation's strength (a model trained on few sentences wants more: train_section_model.py)."""
    import numpy as np

    vocab: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in sorted(feats):
            vocab.setdefault(f, len(vocab))
    w, b = np.zeros((len(vocab), len(heads))), np.zeros(len(heads))
    index = [np.array(sorted(vocab[f] for f in feats), dtype=int) for feats, _, _ in rows]
    labels = [np.array([float(label == h) for h in heads]) for _, label, _ in rows]
    order, rnd = list(range(len(rows))), random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            z = np.clip(w[index[i]].sum(axis=0) + b, -30.0, 30.0)
            g = (1 / (1 + np.exp(-z)) - labels[i]) * rows[i][2]
            w[index[i]] -= RATE * (g + l2 * w[index[i]] / len(rows))
            b -= RATE * g
    return {h: ({f: float(w[j, k]) for f, j in vocab.items()}, float(b[k])) for k, h in enumerate(heads)}


def case_sentences(case: dict, label):
    """A labelled case's training sentences, as (sentence, label or None): a fire case's label goes to
    the sentence(s) holding its span only (its other sentences say nothing either way: "Kitchen porter
    wanted. Must bring the good vibes!" would teach that a plain job title reads as vague); a silent
    case gives every sentence, unlabelled."""
    from jdlint.sentences import sentence_spans

    text = case["text"]
    spans = sentence_spans(text, 0, len(text))
    if case["expect"] != "fire":
        return [(text[s:e], None) for s, e in spans]
    lo = text.find(case["span"])
    hi = lo + len(case["span"])
    return [(text[s:e], label) for s, e in spans if s < hi and lo < e] if lo >= 0 else [(text, label)]
