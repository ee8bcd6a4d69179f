"""One spaCy pipeline per process, built offline.

The default is ``spacy.blank("en")`` (less its whitespace-only tokenizer exceptions, which kept
spaCy from caching words: ``keep_tokenizer_cache_on``) + ``jdlint_sentences`` (the breaks
``jdlint/sentences.py`` defines, on the tokens) + the lookup lemmatizer with tables from
``spacy-lookups-data`` (a package on the index, so no download at run time). ``Token.norm_`` is set to the lower-case lemma so one PhraseMatcher on
``NORM`` matches every inflection ("salesmen" -> "salesman", "hired" -> "hire").
A trained pipeline named in config is used when installed, never required.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

import spacy
from spacy.attrs import IDX, IS_SPACE, LOWER, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .arrays import distinct, keep_column, token_columns
from .cache import WORD_MEMO_LIMIT
from .sentences import sentence_starts


class ModelError(Exception):
    pass


@Language.component("jdlint_block_breaks")
def block_breaks(doc: Doc) -> Doc:
    """A trained pipeline keeps its own sentence splitter, but the ``line`` breaks of
    ``jdlint/sentences.py`` hold there too: parsers put ``\\n`` only between blocks and at line
    breaks that end a sentence, so headings and list items never merge with their neighbours.
    Other tokens are left to the pipeline's own sentence splitter."""
    if len(doc):
        # not ``token_columns``: a component of the trained pipeline after this one may re-tokenise
        idx, spaces, orths, trailing = doc.to_array([IDX, IS_SPACE, ORTH, SPACY]).T
        starts = _snapped_starts(sentence_starts(_text(doc, orths, trailing), kinds=("line",)),
                                 idx.astype(np.int64), spaces)
        _set_sent_starts(doc, np.where(starts, 1, 0))  # 0: not decided here
    return doc


@Language.component("jdlint_sentences")
def sentences(doc: Doc) -> Doc:
    """The built-in pipeline's sentence splitter: jdlint's one definition of a sentence break
    (``jdlint/sentences.py``) snapped to the tokens. A break whose next sentence begins at a
    token's start starts a sentence there; one that ends in whitespace starts it at the next
    word; one inside a word (``glued``: "customersSkills" is one token) cannot, and is left out.
    A test compares this with ``sentences.sentence_starts`` on ``doc.text`` token by token.
    """
    if len(doc):
        # the built-in pipeline: only the lemma norms come after, which keep the tokens
        columns = token_columns(doc)
        starts = _snapped_starts(sentence_starts(_text(doc, columns[ORTH], columns[SPACY])),
                                 columns[IDX].astype(np.int64), columns[IS_SPACE])
        keep_column(doc, SENT_START, _set_sent_starts(doc, np.where(starts, 1, -1)))
    return doc


def _snapped_starts(offsets: list[int], idx: np.ndarray, spaces: np.ndarray) -> np.ndarray:
    """Per token: whether a sentence starts there, given the character offsets where sentences
    begin (token start offsets ``idx``, ``spaces`` marking whitespace tokens)."""
    starts = np.zeros(len(idx), dtype=bool)
    starts[0] = True
    words = np.flatnonzero(spaces == 0)
    if not len(words):
        return starts
    starts[words[0]] = True
    if offsets:
        at = np.asarray(offsets, dtype=np.int64)
        token = np.searchsorted(idx, at, side="right") - 1  # the token holding each offset
        token = token[(idx[token] == at) | (spaces[token] == 1)]  # not inside a word
        nxt = np.searchsorted(words, token)  # the first word at or after it
        starts[words[nxt[nxt < len(words)]]] = True
    return starts


def _text(doc: Doc, orths: np.ndarray, trailing: np.ndarray) -> str:
    """``doc.text`` from its ORTH and SPACY arrays, each distinct string looked up once:
    ``doc.text`` makes a spaCy Token object per token."""
    words, positions = distinct(orths)
    strings = doc.vocab.strings
    plain = [strings[w] for w in words.tolist()]
    spaced = [w + " " for w in plain]
    return "".join([(spaced if t else plain)[i] for i, t in zip(positions.tolist(), trailing.tolist())])


def _set_sent_starts(doc: Doc, values: np.ndarray) -> np.ndarray:
    """Write the sentence starts; returns them as ``doc.to_array(SENT_START)`` reads them back."""
    # from_array, not Token.is_sent_start: that setter scans the whole doc on every call
    written = values.astype(np.uint64)
    doc.from_array([SENT_START], written.reshape(-1, 1))
    return written


#: Docs this short get their norms token by token: the array path's fixed cost (to_array,
#: np.unique, from_array: about 15 us) is most of the pattern index's 25 ms of term norms.
_FEW_TOKENS = 8


@Language.factory("jdlint_lemma_norm")
def make_lemma_norm(nlp: Language, name: str):
    lookup = _lemma_table()

    strings = nlp.vocab.strings
    norm_of: dict[int, int] = {}  # lower-case hash -> lemma hash, filled as words are seen

    def lemma_norm(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(norm_of) > WORD_MEMO_LIMIT:
            norm_of.clear()
        if len(doc) <= _FEW_TOKENS:  # a rule's term (the pattern index makes ~1,600): no arrays
            for token in doc:
                word = token.lower_
                token.norm_ = lookup.get(word, word)  # the string's hash, as norm_of holds it
            return doc
        words, positions = distinct(token_columns(doc)[LOWER])  # the last component: tokens are final
        norms = np.empty_like(words)
        for i, lower in enumerate(words.tolist()):
            norm = norm_of.get(lower)
            if norm is None:
                word = strings[lower]
                norm = norm_of[lower] = strings.add(lookup.get(word, word))
            norms[i] = norm
        by_token = norms[positions]
        doc.from_array([NORM], by_token.reshape(-1, 1))
        keep_column(doc, NORM, by_token)  # the pattern index reads it back (``arrays.column``)
        return doc

    return lemma_norm


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """The English lookup lemma table from spacy-lookups-data, keyed by lower-case form.

    Decompressing and filtering the shipped JSON takes about 30 ms, a tenth of jdlint's own
    start-up, so the result is cached (keyed by the data file's content).
    """
    from importlib.resources import files

    from . import cache

    data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    name = cache.versioned_name("lemmas-", str(data))
    table = cache.load(name)
    if not isinstance(table, dict):
        table = _build_lemma_table(data.read_bytes())
        cache.store(name, table, replaces="lemmas-")
    return table


def _build_lemma_table(compressed: bytes) -> dict[str, str]:
    import gzip
    import json

    raw = json.loads(gzip.decompress(compressed))
    table = {k: v.lower() for k, v in raw.items() if k.islower()}
    # Lookup lemmas are context-free; these collapse words rules need to tell apart.
    for keep in ("as", "data", "media", "us"):
        table.pop(keep, None)
    return table


def keep_tokenizer_cache_on(nlp: Language) -> None:
    """Drop the tokenizer exceptions for bare whitespace (``"\\n"``, ``" "``, ``"\\t"``).

    spaCy stops saving words to its tokenizer cache for the rest of a Doc once a special case
    has occurred in it (explosion/spaCy#1250), and its exceptions list ``"\\n"``: in a parsed
    posting, whose blocks are joined by newlines, every word after the first line was tokenised
    afresh on every run, twice the tokeniser's cached cost over the corpus. A whitespace chunk
    is one token with or without the exception, so only exceptions that say exactly that are
    dropped, and no token changes (a test compares every attribute with stock spaCy).

    Resetting a built tokenizer's rules costs about 50 ms (every exception is added again), so
    the built-in pipeline is made without them in the first place (``_english``); this is for
    a trained pipeline named in the config.
    """
    rules = nlp.tokenizer.rules
    if any(_plain_whitespace(key, tokens) for key, tokens in rules.items()):
        nlp.tokenizer.rules = {key: tokens for key, tokens in rules.items() if not _plain_whitespace(key, tokens)}


def _plain_whitespace(key: str, tokens: list) -> bool:
    return key.isspace() and tokens == [{ORTH: key}]


#: A whitespace-free chunk longer than this whose first or last ``_AFFIX_EDGE`` characters hold no
#: letter or digit is kept as one token (``KeepLongAffixRuns``), and so is any chunk longer than
#: ``_VERY_LONG_CHUNK``: spaCy's URL pattern takes time quadratic or worse in a chunk's length
#: ("a:b@" repeated: 12 ms at 1,000 characters, 240 ms at 4,000), and no word is that long. The
#: longest chunk in the dev corpus's sources is 188 characters, a Markdown link.
_LONG_CHUNK = 64
_AFFIX_EDGE = 32
_VERY_LONG_CHUNK = 512


class KeepLongAffixRuns:
    """A tokenizer ``token_match`` that keeps a long run of punctuation or symbols as one token.

    spaCy strips affixes one character at a time, and each suffix search scans the rest of the
    chunk, so a chunk of n punctuation marks costs O(n^2): 8,000 underscores (a fill-in line),
    dollar signs or emoji took 10-30 s, and 20,000 ``<`` in an HTML file 40 s. Such a chunk is
    not prose a rule reads, so it stays whole. A chunk whose ends are within ``_AFFIX_EDGE``
    characters of a letter or digit is split as before, and its stripping is bounded by that
    edge, so tokenising stays linear. Ordinary text never has such chunks: the dev-corpus
    report is unchanged, and tests/test_nlp.py checks the tokens of real text against stock
    spaCy. A trained pipeline's own ``token_match`` still answers for every other chunk.
    """

    def __init__(self, inner=None) -> None:
        self.inner = inner

    def __call__(self, chunk: str):
        if len(chunk) > _LONG_CHUNK and (len(chunk) > _VERY_LONG_CHUNK
                                         or _no_letter_or_digit(chunk[:_AFFIX_EDGE])
                                         or _no_letter_or_digit(chunk[-_AFFIX_EDGE:])):
            return True
        return self.inner(chunk) if self.inner is not None else None


def _no_letter_or_digit(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def keep_long_affix_runs(nlp: Language) -> None:
    """Install ``KeepLongAffixRuns`` in ``nlp``'s tokenizer, wrapping any ``token_match`` it had."""
    current = nlp.tokenizer.token_match
    if not isinstance(current, KeepLongAffixRuns):
        nlp.tokenizer.token_match = KeepLongAffixRuns(current)


@lru_cache(maxsize=1)
def _english() -> type[Language]:
    """spaCy's English, but with the tokenizer exceptions ``keep_tokenizer_cache_on`` drops."""
    from spacy.lang.en import English

    class Defaults(English.Defaults):
        tokenizer_exceptions = {key: tokens for key, tokens in English.Defaults.tokenizer_exceptions.items()
                                if not _plain_whitespace(key, tokens)}

    class JobAdEnglish(English):
        pass

    JobAdEnglish.Defaults = Defaults
    return JobAdEnglish


@spacy.registry.tokenizers("jdlint.Tokenizer.v1")
def create_tokenizer():
    """spaCy's own ``spacy.Tokenizer.v1`` (``spacy.language.create_tokenizer``), but with its
    three affix regexes built from cached programs (``regex_programs``): compiling them is about
    20 ms of every cold start, and they never change between runs of one spaCy version. The
    expressions are the ones ``spacy.util.compile_{prefix,suffix,infix}_regex`` join from the same
    entries; tests/test_nlp.py compares each pattern and every tokenizer setting with stock
    spaCy's, and fails loudly the day spaCy builds them another way."""
    from spacy.tokenizer import Tokenizer

    from . import regex_programs

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=regex_programs.compile(
                "|".join(["^" + piece for piece in prefixes if piece.strip()])).search if prefixes else None,
            suffix_search=regex_programs.compile(
                "|".join([piece + "$" for piece in suffixes if piece.strip()])).search if suffixes else None,
            infix_finditer=regex_programs.compile(
                "|".join([piece for piece in infixes if piece.strip()])).finditer if infixes else None,
            # wrapped here, not installed afterwards: setting a built tokenizer's token_match loads
            # every special case again (about 1,300 add_special_case calls, 5-8% of a cold start)
            token_match=KeepLongAffixRuns(defaults.token_match),
            url_match=defaults.url_match,
        )

    return tokenizer_factory


def load(model: str | None = None) -> Language:
    """The process-wide pipeline: ``None`` and ``"blank"`` both mean the built-in one."""
    name = _name(model)
    if name not in _PIPELINES:
        _PIPELINES[name] = _build(name)
    return _PIPELINES[name]


def reload(model: str | None = None) -> Language:
    """A fresh process-wide pipeline, with a new vocabulary, in place of the old one, which is
    freed once nothing uses it (see ``Linter._recycled``)."""
    name = _name(model)
    _PIPELINES[name] = _build(name)
    return _PIPELINES[name]


def _name(model: str | None) -> str:
    return model if model and model != "blank" else "blank"


_PIPELINES: dict[str, Language] = {}


def _build(model: str) -> Language:
    if model != "blank":
        try:
            nlp = spacy.load(model, exclude=["ner", "textcat"])
        except OSError:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed (use model: blank, or install it)"
            ) from None
        if "jdlint_block_breaks" not in nlp.pipe_names:
            nlp.add_pipe("jdlint_block_breaks", first=True)
        nlp.add_pipe("jdlint_lemma_norm", last=True)
        keep_tokenizer_cache_on(nlp)
        keep_long_affix_runs(nlp)
        return nlp
    # spacy.blank("en"), less the whitespace exceptions, its affix regexes from cached programs
    nlp = _english().from_config({"nlp": {"tokenizer": {"@tokenizers": "jdlint.Tokenizer.v1"}}})
    nlp.max_length = 10_000_000
    nlp.add_pipe("jdlint_sentences")
    nlp.add_pipe("jdlint_lemma_norm")
    return nlp
