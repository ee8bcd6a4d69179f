"""The built-in pipeline tokenises exactly as stock spaCy does."""
from __future__ import annotations

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

from conftest import EXAMPLES
from jdlint import engine, nlp as nlp_module
from jdlint.source import decode

ATTRS = [ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, SPACY, IS_SPACE, IS_PUNCT, LIKE_NUM]
WHITESPACE = ["a\nb", "a\n\nb", "a \n b", "a  b", "a   b", "a\tb", "a\u00a0b", "\n", " ", "x\r\ny",
              "We're hiring.\nDon't wait \u2014 apply!\n\n  - Pay: $50k\n", "e.g. a.m. U.S.\n\tand/or"]


def test_dropping_whitespace_exceptions_changes_no_token():
    stock = spacy.blank("en")
    ours = nlp_module.load()
    assert "\n" in stock.tokenizer.rules and "\n" not in ours.tokenizer.rules
    texts = list(WHITESPACE)
    for path in sorted(EXAMPLES.iterdir()):  # real postings, raw and as parsed prose
        if path.is_file():
            source = decode(path.read_bytes(), str(path))
            texts += [source.text, engine.parse_document(source).text]
    for text in texts * 2:  # the second time through, words come from the tokenizer's cache
        expected = stock.make_doc(text).to_array(ATTRS).tolist()
        got = ours.make_doc(text).to_array(ATTRS).tolist()
        assert got == expected, text[:80]


def test_a_trained_pipeline_loses_the_same_exceptions_as_the_built_in_one():
    nlp = spacy.blank("en")  # stands in for a trained pipeline: same tokenizer exceptions
    nlp_module.keep_tokenizer_cache_on(nlp)
    assert nlp.tokenizer.rules == nlp_module.load().tokenizer.rules
    assert "\u00a0" in nlp.tokenizer.rules  # its exception sets a norm: kept


def test_sentences_are_spacys_sentencizer_after_the_block_breaks():
    stock = spacy.blank("en")
    stock.add_pipe("jdlint_block_breaks")
    stock.add_pipe("sentencizer")
    ours = nlp_module.load()
    texts = ["", " ", "\n", "Hi", ". Hello", "Hello.", "One. Two! Three? (Four.) \"Five.\" six",
             "Wait...what?! Yes.\n- item one\n- item two.\nEnd", "U.S. based. e.g. this. 3.5 years.",
             "Title\n\nFirst line\nsecond line. Third。 Fourth। Fifth", "  \n\n  lead. \n trail  "]
    for path in sorted(EXAMPLES.iterdir()):
        if path.is_file():
            source = decode(path.read_bytes(), str(path))
            texts += [source.text, engine.parse_document(source).text]
    for text in texts:
        expected = [[t.i for t in s] for s in stock(text).sents] if text else []
        got = [[t.i for t in s] for s in ours(text).sents] if text else []
        assert got == expected, text[:80]
