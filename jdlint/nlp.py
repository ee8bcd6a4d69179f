"""One spaCy pipeline per process, built offline.

The default is ``spacy.blank("en")`` + a sentence splitter that also breaks at block boundaries
+ the lookup lemmatizer with tables from ``spacy-lookups-data`` (a package on the index, so no
download at run time). ``Token.norm_`` is set to the lower-case lemma so one PhraseMatcher on
``NORM`` matches every inflection ("salesmen" -> "salesman", "hired" -> "hire").
A trained pipeline named in config is used when installed, never required.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


class ModelError(Exception):
    pass


@Language.component("jdlint_block_breaks")
def block_breaks(doc: Doc) -> Doc:
    """A token after a newline starts a sentence: parsers put ``\\n`` only between blocks and at
    line breaks that end a sentence, so headings and list items never merge with their neighbours.
    """
    after_break = True
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            continue
        if after_break:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.whitespace_:
            after_break = True
    return doc


@Language.factory("jdlint_lemma_norm")
def make_lemma_norm(nlp: Language, name: str):
    lookup = _lemma_table()

    def lemma_norm(doc: Doc) -> Doc:
        for token in doc:
            lower = token.lower_
            token.norm_ = lookup.get(lower, lower)
        return doc

    return lemma_norm


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """The English lookup lemma table from spacy-lookups-data, keyed by lower-case form."""
    import gzip
    import json
    from importlib.resources import files

    data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    raw = json.loads(gzip.decompress(data.read_bytes()))
    table = {k: v.lower() for k, v in raw.items() if k.islower()}
    # Lookup lemmas are context-free; these collapse words rules need to tell apart.
    for keep in ("as", "data", "media", "us"):
        table.pop(keep, None)
    return table


def load(model: str | None = None) -> Language:
    """The process-wide pipeline: ``None`` and ``"blank"`` both mean the built-in one."""
    return _load(model if model and model != "blank" else "blank")


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
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
        return nlp
    nlp = spacy.blank("en")
    nlp.max_length = 10_000_000
    nlp.add_pipe("jdlint_block_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("jdlint_lemma_norm")
    return nlp
