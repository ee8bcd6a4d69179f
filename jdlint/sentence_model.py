"""One home for the project's linear sentence models (V119 vague-sentence, the bias-selection rules).

A sentence's features are its words, its pairs of neighbouring words and each word's distributional class
at three widths (Brown clusters from spacy-lookups-data: a word the model never saw counts through words
that keep the same company). A model is a bias plus a weight per feature (logistic regression, trained
offline by ``scripts/linear_training.py``); its file in jdlint/data holds the weights and a word -> cluster
table for the frequent words whose classes carry weight, so nothing loads the million-word table at run time.
A file may hold several weight vectors (``heads``: one per category, one-vs-rest) over one cluster table.
Linear: one pass over a sentence's words, dictionary lookups only.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import repeat

from . import regex_programs
from .sentence_memo import posting_memo

#: The models' tokens: lower-case words (with inner apostrophes and hyphens) and numbers.
TOKEN = regex_programs.compile(r"[a-z][a-z'-]*|\d+")
#: Words too common to carry a class: their own weight only.
STOP_WORDS = frozenset("the a an and or of to in for with on at by is are be we you our your it this that as".split())
#: Cluster ids are bit paths as integers: dropping the last bits gives the word's wider classes.
CLUSTER_SHIFTS = (0, 3, 6)
#: How many words a message names.
WORDS_IN_MESSAGE = 3
#: Feature families a model may opt into (its file's ``extras``; V119's since session 29, the bias model's
#: not): ``classes``, one feature per reviewed word class a word belongs to (the file's ``word_classes``:
#: V117's evaluative classes, so "brilliant" counts with every praise word, including those the training
#: data never showed in a vague sentence); ``names`` (session 31, measured, V119 does not opt in: see
#: scripts/train_vague_model.py), one feature ``k:name`` when the
#: sentence names something after its first word (``names_inside``): a name is a fact the reader can check, and
#: on strangers' ads V119's wrong findings were concrete sentences with names in them ("... with Tallyworks",
#: "the CBD or Fortitude Valley", "rated Outstanding"); on the writer-wise ad cross-validation (C and M held out
#: in turn, scripts/eval_ad_writers.py) wrong findings at 2.0 went 4 -> 3 and above 1.0 8 -> 4, and
#: leave-one-writer-out recall moved .742 -> .744. Other sentence-shape features (a figure, the length, "we" or
#: "you" first) were tried in session 29 and left out: leave-one-writer-out gained only through the length, which
#: tells a labelled case from a real-ad sentence rather than vague from plain.
EXTRAS = frozenset({"classes", "names"})


#: A link or an address: the sentence points somewhere ("To get an idea of our business visit
#: www.acme.com and have a look around"), which is no claim to check.
POINTER = regex_programs.compile(r"https?://|www\.|#url_|#email_|@[\w-]+\.\w", re.I)
#: Bullets a paragraph can still hold before its words (Markdown list markers are not in the prose
#: text): a finding covers the words.
LEAD = " \t\r\n\u00a0-*\u2022\u00b7"


#: A line longer than this is prose, whatever its capitals.
HEADING_LINE_CHARS = 100
#: Final punctuation: a line that ends in it is a sentence, not a heading.
SENTENCE_END = ".!?:;"
#: Emphasis marks that wrap a whole line when a writer makes it a heading by hand ("**Drivers wanted out of Joplin**").
EMPHASIS = ("**", "__")
#: Short words a title leaves in lower case ("Head of Sales and Marketing").
TITLE_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with & – -".split())


#: A character that may be a letter: every ``str.isalpha`` character matches (a letter is a word character that is
#: no decimal digit and no underscore), and so do a few numerals that are not letters ("½", "²"), which
#: ``_holds_letter`` checks one by one.
_LETTERISH = re.compile(r"[^\W\d_]")


def _holds_letter(chunk: str) -> bool:
    """``any(c.isalpha() for c in chunk)``, by one regex search (the models ask it of every word of every sentence)."""
    found = _LETTERISH.search(chunk)
    return found is not None and (found.group().isalpha() or any(c.isalpha() for c in chunk))


def lettered_words(text: str) -> list[str]:
    """The runs of non-space in ``text`` that hold a letter: an emoji, a bullet, a dot or a bare figure is no word.
    Not ``metrics.word_count`` (the report's words, where a number counts): how long a sentence is for a model is how
    much it says in words, and a heading's or a name's words are read one by one."""
    return [chunk for chunk in text.split() if _holds_letter(chunk)]


#: A run of non-space without an ASCII letter, standing alone between spaces (or the text's ends): in ASCII text, a
#: run ``lettered_words`` leaves out (a bullet, a dash, a bare figure). Anchored at the run's start, so a run is tried
#: once (linear in the text).
_LETTERLESS_ASCII = re.compile(r"(?<!\S)[^\sA-Za-z]+(?!\S)")


def word_count(text: str) -> int:
    """How many ``lettered_words`` ``text`` has (a sentence model's minimum length; ``plain_word_count`` is the
    definition). Asked of every sentence of every posting (the models' minimum, V119's fragments): ASCII text,
    most of it, is counted by two scans in C, its runs of non-space less those without a letter (in ASCII a letter
    is A-Z or a-z, and ``str.split`` and ``\\s`` agree on what a space is), 2.7x faster than one
    ``_holds_letter`` per word; other text by the definition."""
    if text.isascii():
        return len(text.split()) - len(_LETTERLESS_ASCII.findall(text))
    return len(lettered_words(text))


def plain_word_count(text: str) -> int:
    """``word_count`` by its definition: how many ``lettered_words`` ``text`` has."""
    return len(lettered_words(text))


def heading_line(line: str, source_line: str = "") -> bool:
    """A line a writer set as a heading without heading markup: short, no final punctuation, and either every word
    capitalised ("Commis Chef – All Day Dining", "WAITRONS WANTED") or wrapped whole in emphasis in its
    ``source_line`` ("**Drivers wanted out of our Joplin, MO terminal**"). Job boards, social posts and pasted ads
    set titles and section names this way; they name things and claim nothing, so a sentence model does not read
    them."""
    line = line.strip()
    if not line or len(line) > HEADING_LINE_CHARS or line[-1] in SENTENCE_END:
        return False
    marked = source_line.strip("".join({c for c in source_line if not (c.isalnum() or c in "*_")}))  # emoji, bullets
    if any(marked.startswith(m) and marked.endswith(m) and len(marked) > 2 * len(m) for m in EMPHASIS):
        return True
    words = lettered_words(line)
    return len(words) >= 2 and sum(1 for w in words if w[0].isupper()) >= 2 \
        and all(w[0].isupper() or not w[0].isalpha() or w.lower() in TITLE_SMALL_WORDS for w in words)


def alone_on_line(ctx, start: int, end: int) -> bool:
    """Whether the sentence at [start, end) is a line of its own that is set as a heading (``heading_line``)."""
    text, reach = ctx.text, HEADING_LINE_CHARS + 1  # every search bounded: linear in a posting of one long line
    if end - start > HEADING_LINE_CHARS:
        return False
    before = text.rfind("\n", max(0, start - reach), start)
    if before < 0 and start >= reach:
        return False
    line_start, line_end = before + 1, text.find("\n", start, start + reach)
    line_end = line_end if line_end >= 0 else (len(text) if len(text) - start < reach else -1)
    if line_end < 0 or end < line_end - 3 or line_end - line_start > HEADING_LINE_CHARS \
            or text[line_start:start].strip(LEAD):
        return False
    source = ctx.document.source.text
    at = ctx.document.to_source(line_start, line_end)[0]
    newline = source.rfind("\n", max(0, at - 2 * reach), at)
    src_start = newline + 1 if newline >= 0 or at < 2 * reach else at
    src_end = source.find("\n", at, at + 2 * reach)
    source_line = source[src_start:src_end if src_end >= 0 else at + 2 * reach]
    return heading_line(text[line_start:line_end], source_line)


def prose_sentences(ctx, min_words: int):
    """(start, end, sentence) for each sentence a sentence model reads: not equal-opportunity text, not a
    heading, a label or a line set as one (``alone_on_line``), at least ``min_words`` words (``word_count``), and no
    link or address. Both models ask, with their own minimum: what a sentence is is read once per posting."""
    for start, end, sentence, _ in counted_prose_sentences(ctx, min_words):
        yield start, end, sentence


def counted_prose_sentences(ctx, min_words: int):
    """``prose_sentences`` with each sentence's ``word_count`` (start, end, sentence, words): counted once per
    posting, so a model with a further minimum of its own (V119's fragments) does not count again."""
    prose = ctx.analysis.memo("model-prose", dict)  # start -> whether a sentence long enough is prose
    for start, end, sentence, words in _body_sentences(ctx):
        if words < min_words:
            continue
        is_prose = prose.get(start)
        if is_prose is None:
            is_prose = prose[start] = not POINTER.search(sentence) and not alone_on_line(ctx, start, end)
        if is_prose:
            yield start, end, sentence, words


def _body_sentences(ctx) -> list[tuple[int, int, str, int]]:
    """(start, end, sentence, ``word_count``) of each sentence outside equal-opportunity text, headings and labels,
    once per posting."""
    def compute():
        analysis, text, out = ctx.analysis, ctx.text, []
        eeo = analysis.eeo_sentence_starts
        for sent in analysis.sentences:
            start, end = sent.start_char, sent.end_char
            if start in eeo:
                continue
            block = ctx.document.block_at(start)
            if block is None or block.kind == "heading" or block.label:
                continue
            sentence = text[start:end]
            out.append((start, end, sentence, word_count(sentence)))
        return out

    return ctx.analysis.memo("model-body-sentences", compute)


def words_of(sentence: str, start: int) -> tuple[int, int]:
    """The span of ``sentence`` (found at ``start``) without its leading bullets and trailing space."""
    return start + len(sentence) - len(sentence.lstrip(LEAD)), start + len(sentence.rstrip())


@posting_memo
def tokens(text: str) -> list[str]:
    """``text``'s tokens for the model, with one apostrophe ("you’ll" is "you'll"). Read once per sentence of a
    posting for every model that reads it (V119, the bias-selection heads, section detection's sentence model all
    score the same prose sentences): kept for the posting being linted (``posting_memo``), so a caller must not
    change the list."""
    return TOKEN.findall(text.lower().replace("\u2019", "'"))


def number_shape(token: str) -> str:
    """A figure read by its shape, not its value (``numbers: shape``): "0" one digit, "00" two, "0000" a year
    (1900-2099), "000" any other. A model that reads values learns the figures its positives happened to use
    ("under 35", "max 28") and reads them in "less than 5 minutes" or "40 staff"; read by shape, the words around
    a figure ("under", "aged", "minutes", "days") carry the meaning, and a figure stays a number to re-tokenise."""
    if len(token) == 4 and token[:2] in ("19", "20"):
        return "0000"
    return "0" * min(len(token), 3)


def kept_tokens(text: str, ignored: frozenset[str] = frozenset(), numbers: bool | str = True) -> list[str]:
    """``tokens(text)`` without the ``ignored`` words (and without numbers unless ``numbers``; numbers by their
    ``number_shape`` if ``numbers`` is "shape"): words a model leaves to the named rules, so its word pairs join
    the words either side of them."""
    found = tokens(text)
    if numbers == "shape":
        found = [number_shape(t) if t.isdigit() else t for t in found if t not in ignored]
    elif ignored or not numbers:
        found = [t for t in found if t not in ignored and (numbers or not t.isdigit())]
    return found


def extra_features(text: str, words: list[str], extras: frozenset[str], word_classes: dict[str, str]) -> set[str]:
    """The ``extras`` feature families of ``text`` (its model's ``words``, ``EXTRAS``): ``k:<class>`` for
    each ``word_classes`` class a word is in."""
    out: set[str] = set()
    if "classes" in extras:
        out.update("k:" + word_classes[t] for t in words if t in word_classes)
    if "names" in extras and names_inside(text):
        out.add("k:name")
    return out


def names_inside(text: str) -> bool:
    """Whether ``text`` names something after its first word: a capitalised word that does not open a sentence or a
    clause after a colon ("... a regional centre for thrombectomy and rated Outstanding", "... with Tallyworks", "the
    CBD or Fortitude Valley"). A name is a fact the reader can check; "I" is no name."""
    words = lettered_words(text)
    for before, word in zip(words, words[1:]):
        first = next(c for c in word if c.isalpha())
        if first.isupper() and before[-1] not in ".!?:" and word.strip("'\u2019\"(").split("'")[0].split("\u2019")[0] != "I":
            return True
    return False


def features(text: str, cluster_of, ignored: frozenset[str] = frozenset(), numbers: bool | str = True,
             extras: frozenset[str] = frozenset(), word_classes: dict[str, str] | None = None) -> set[str]:
    """The model's features of ``text``: each word, each pair of neighbouring words, and each word's
    cluster at three widths (``cluster_of(word)``: its Brown cluster id, or None); ``ignored`` words
    (and numbers, unless ``numbers``) are not read (``kept_tokens``); and the ``extras`` families the
    model opted into (``extra_features``)."""
    words = kept_tokens(text, ignored, numbers)
    out: set[str] = extra_features(text, words, extras, word_classes or {}) if extras else set()
    for i, token in enumerate(words):
        out.add("u:" + token)
        if i:
            out.add(f"b:{words[i - 1]}_{token}")
        if token not in STOP_WORDS:
            cluster = cluster_of(token)
            if cluster is not None:
                out.update(f"c{k}:{cluster >> k}" for k in CLUSTER_SHIFTS)
    return out


#: The default ``dict.get`` is given in ``map(table.get, keys, _ZEROS)`` (map stops at the shorter iterable).
_ZEROS = repeat(0.0)


class Sentence:
    """A sentence read once for every weight vector that scores it: its word set, its word-pair set and
    the cluster ids of its words (at each width)."""

    __slots__ = ("found", "words", "pairs", "ids", "extra")

    def __init__(self, text: str, clusters: dict[str, int], ignored: frozenset[str] = frozenset(),
                 numbers: bool | str = True, extras: frozenset[str] = frozenset(),
                 word_classes: dict[str, str] | None = None) -> None:
        self.found = kept_tokens(text, ignored, numbers)
        self.extra = extra_features(text, self.found, extras, word_classes or {}) if extras else ()
        self.words = set(self.found)
        self.pairs = set(zip(self.found, self.found[1:]))
        ids = {clusters[t] for t in self.words if t in clusters and t not in STOP_WORDS}
        self.ids = {k: {c >> k for c in ids} for k in CLUSTER_SHIFTS} if ids else {}


def by_family(items) -> tuple[dict, dict, dict, dict]:
    """``(feature name, value)`` pairs sorted by feature family, keyed without formatting a string per
    feature at scoring time: by word (``u:``), by word pair (``b:``), by cluster id for each width
    (``c<width>:``), and the extra families' features by name (``k:``)."""
    unigrams: dict[str, object] = {}
    bigrams: dict[tuple[str, str], object] = {}
    by_shift: dict[int, dict[int, object]] = {k: {} for k in CLUSTER_SHIFTS}
    extra: dict[str, object] = {}
    for feature, value in items:
        kind, _, key = feature.partition(":")
        if kind == "u":
            unigrams[key] = value
        elif kind == "b":
            first, _, second = key.partition("_")
            bigrams[(first, second)] = value
        elif kind == "k":
            extra[feature] = value
        else:
            by_shift[int(kind[1:])][int(key)] = value
    return unigrams, bigrams, by_shift, extra


class WeightTable:
    """Several weight vectors over one feature space as one matrix: a row per feature any of them weighs
    (row 0 weighs nothing), a column per vector. A sentence's features are looked up once for all the
    vectors and their rows summed in one numpy reduction: the eight bias-selection heads cost one lookup
    per feature, not eight (``HeadedModel.scores`` runs on every sentence about the applicant of every
    posting). For one vector the dictionaries of ``LinearModel`` are faster than numpy's call."""

    def __init__(self, vectors: list[dict[str, float]], biases: list[float]) -> None:
        import numpy as np

        rows: dict[str, int] = {}
        at_row, at_column, values = [], [], []
        for column, weights in enumerate(vectors):
            for feature, weight in weights.items():
                row = rows.setdefault(feature, len(rows) + 1)
                at_row.append(row)
                at_column.append(column)
                values.append(weight)
        # a headed model reads no extra families (``HeadedModel`` builds its sentences without them)
        self._unigrams, self._bigrams, self._by_shift, _ = by_family(rows.items())
        self._matrix = np.zeros((len(rows) + 1, len(vectors)))
        self._matrix[at_row, at_column] = values
        self._biases = np.array(biases, dtype=float)

    def totals(self, sentence: "Sentence") -> list[float]:
        """Each vector's bias plus the weights of ``sentence``'s features (each once, as ``features``
        counts them), in column order."""
        unigrams, bigrams = self._unigrams, self._bigrams
        found = [unigrams[t] for t in sentence.words if t in unigrams]
        found += [bigrams[p] for p in sentence.pairs if p in bigrams]
        for k, values in sentence.ids.items():
            table = self._by_shift[k]
            found += [table[v] for v in values if v in table]
        if not found:
            return self._biases.tolist()
        # ``take`` gathers the same rows as ``self._matrix[found]`` (the same array, summed in the same order) without
        # fancy indexing's general machinery: 1.5x faster on the bias heads' 50 rows a sentence
        return (self._matrix.take(found, axis=0).sum(axis=0) + self._biases).tolist()


class LinearModel:
    """One weight vector: ``weights`` (feature -> weight, as ``features`` names them), ``bias``, the
    frequent words' ``clusters`` and the ``extras`` feature families it reads (with their ``word_classes``)."""

    def __init__(self, weights: dict[str, float], bias: float, clusters: dict[str, int],
                 extras: frozenset[str] = frozenset(), word_classes: dict[str, str] | None = None) -> None:
        self.weights, self.bias, self.clusters = weights, bias, clusters
        self.extras, self.word_classes = frozenset(extras), word_classes or {}
        self._by_kind: tuple | None = None  # ``_keyed``, built on the first score (a HeadedModel's heads never are)

    def _keyed(self) -> tuple:
        """The weights keyed without formatting a string per feature (``score`` runs on every sentence of
        every posting; ``plain_score`` is the definition it is tested against): by word, by word pair, by
        cluster id for each width, and the extra families' features by name."""
        if self._by_kind is None:
            self._by_kind = by_family(self.weights.items())
        return self._by_kind

    @classmethod
    def from_raw(cls, raw: dict) -> "LinearModel":
        return cls(raw["weights"], raw["bias"], raw["clusters"], frozenset(raw.get("extras", ())),
                   raw.get("word_classes"))

    def features(self, text: str) -> set[str]:
        """``features`` of ``text`` as this model reads it (its extras)."""
        return features(text, self.clusters.get, extras=self.extras, word_classes=self.word_classes)

    def plain_score(self, text: str) -> float:
        """The model's score by its definition: the bias plus the weight of each feature of ``features``."""
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in self.features(text))

    def score(self, text: str) -> float:
        """``plain_score``, summed over sets of words, word pairs and cluster ids, as ``features`` counts them."""
        return self.score_read(Sentence(text, self.clusters, extras=self.extras, word_classes=self.word_classes))

    def score_read(self, sentence: Sentence) -> float:
        """``score`` of a sentence already read (``Sentence`` over this model's cluster table)."""
        unigrams, bigrams, by_shift, extra = self._keyed()
        # map() over ``dict.get`` with a default of 0.0 is ``sum(table.get(x, 0.0) for x in ...)`` in the
        # same order (so the same float), without a generator frame per feature: this runs on every prose
        # sentence of every posting, and the generators were about half of V119's time
        total = self.bias + sum(map(unigrams.get, sentence.words, _ZEROS))
        total += sum(map(bigrams.get, sentence.pairs, _ZEROS))
        if extra:
            total += sum(map(extra.get, sentence.extra, _ZEROS))
        for k, values in sentence.ids.items():
            total += sum(map(by_shift[k].get, values, _ZEROS))
        return total

    def strongest_words(self, text: str, n: int = WORDS_IN_MESSAGE) -> list[str]:
        """The ``n`` words that push the sentence most towards the model's class (own weight plus their
        clusters')."""
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


class HeadedModel:
    """Several weight vectors (``heads``, one per category: one-vs-rest) over one cluster table, as
    ``scripts/linear_training.py`` writes them: ``{"clusters": ..., "heads": {name: {"bias", "weights"}},
    "ignored": {"words": [...], "numbers": bool}}`` (the words and numbers the model does not read)."""

    def __init__(self, raw: dict) -> None:
        self.clusters: dict[str, int] = raw["clusters"]
        ignored = raw.get("ignored", {})
        self.ignored = frozenset(ignored.get("words", ()))
        numbers = ignored.get("numbers", True)
        self.numbers: bool | str = numbers if numbers == "shape" else bool(numbers)
        self.heads: dict[str, LinearModel] = {
            name: LinearModel(head["weights"], head["bias"], self.clusters) for name, head in raw["heads"].items()}
        self._names = list(self.heads)
        self._table = WeightTable([h.weights for h in self.heads.values()], [h.bias for h in self.heads.values()])

    def scores(self, text: str) -> dict[str, float]:
        """Each head's score of ``text`` (the sentence is read once)."""
        sentence = Sentence(text, self.clusters, self.ignored, self.numbers)
        return dict(zip(self._names, self._table.totals(sentence)))

    def plain_scores(self, text: str) -> dict[str, float]:
        """``scores`` by the definition: each head's bias plus the weights of ``features``."""
        feats = features(text, self.clusters.get, self.ignored, self.numbers)
        return {name: head.bias + sum(head.weights.get(f, 0.0) for f in feats) for name, head in self.heads.items()}

    def strongest_words(self, head: str, text: str, n: int = WORDS_IN_MESSAGE) -> list[str]:
        """``LinearModel.strongest_words`` of one head, over the words the model reads."""
        return self.heads[head].strongest_words(" ".join(kept_tokens(text, self.ignored, self.numbers)), n)


@lru_cache(maxsize=4)  # the model files (vague_model.json, bias_model.json)
def load(name: str) -> dict:
    """The model file ``jdlint/data/<name>`` (JSON), read once.

    A cold run reads all three model files (about 2 MB): ``json.loads`` took 44 ms of process time,
    the same value from the on-disk cache (``cache``, marshal, keyed by the file's content) 16 ms,
    so it is kept there as the lemma table is (speed37). JSON's values (dicts, lists, strings,
    numbers) come back from marshal equal and in the same order."""
    from importlib.resources import files

    from . import cache

    source = files("jdlint.data") / name
    prefix = f"model-{name.removesuffix('.json')}-"
    cached_name = cache.versioned_name(prefix, str(source))
    value = cache.load(cached_name)
    if not isinstance(value, dict):
        value = json.loads(source.read_text("utf-8"))
        cache.store(cached_name, value, replaces=prefix)
    return value
