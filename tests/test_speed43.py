"""Speed shortcuts of session 43 give what the plain formulation gives (no timings here: the
measurements are in the commits)."""
from __future__ import annotations

import pytest

from jdlint.document import SourceFile
from jdlint.parse import parse_document
from jdlint.regexes import safe_lower


@pytest.fixture(scope="module")
def dev_blocks(dev_corpus):
    """Every block of the dev corpus, and the sentences section detection reads in them."""
    from jdlint.sections.classify import sentences_of

    blocks, sentences = [], []
    for path in sorted(dev_corpus.glob("*.md")):
        document = parse_document(SourceFile(path=path.name, text=path.read_text(encoding="utf-8"), kind="markdown"))
        for b in document.blocks:
            blocks.append(document.text[b.text_start:b.text_end])
            sentences.extend(document.text[s:e] for s, e in sentences_of(document.text, b.text_start, b.text_end))
    return blocks, sentences


#: sentences each screened pattern matches, with their case and a trap letter ("ſ": ``safe_lower`` gives None)
_MATCHING = [
    "Acme Foods continues to grow across the region.", "We've been growing steadily since 2010.",
    "The company is based in Leeds.", "Oxide is headquartered in Emeryville, California.",
    "You'll join a team of 12 engineers.", "You will work in a large and growing NLP team of 15+ researchers.",
    "Advisors at Ipswich County Library", "a post at the University of Ottawa",
    "We're recruiting carers in Harrogate.", "Acme is hiring chefs in Leeds.",
    "The practice is based in Leeds and ſits by the river.", "YOU'LL JOIN A TEAM OF 12 ENGINEERS.",
]


def test_literal_screened_section_patterns_match_as_the_plain_ones(dev_blocks):
    """``classify._*_READ`` (LowerCaseRegex with a literal test) against the plain patterns: the same
    first match, the same matches, on every sentence of the dev corpus and on sentences made to match."""
    from jdlint.sections import classify as C

    pairs = [(C._EMPLOYER_GROWING_READ, C._EMPLOYER_GROWING), (C._EMPLOYER_PLACED_READ, C._EMPLOYER_PLACED),
             (C._TEAM_JOINED_SIZED_READ, C._TEAM_JOINED_SIZED), (C._INSTITUTION_PLACE_READ, C._INSTITUTION_PLACE),
             (C._SOUGHT_IN_PLACE_READ, C._SOUGHT_IN_PLACE)]
    _, sentences = dev_blocks
    matched = skipped = 0
    for screened, plain in pairs:
        for s in sentences + _MATCHING:
            lowered = safe_lower(s)
            expected = [(m.span(), m.groups()) for m in plain.finditer(s)]
            assert [(m.span(), m.groups()) for m in screened.finditer(s, lowered)] == expected, s
            assert screened.found(s, lowered) is bool(expected), s
            matched += bool(expected)
            skipped += not screened.may_match(lowered)
    assert matched > 25  # the comparison met real matches (32 over the dev corpus and the made sentences)
    assert skipped > len(sentences)  # and the screen skipped most sentences


def test_plain_and_screened_patterns_agree_on_the_made_sentences():
    """Each made sentence matches its pattern both ways (a test of the test's sentences)."""
    from jdlint.sections import classify as C

    assert C._employer_growing(_MATCHING[0], safe_lower(_MATCHING[0])) and C._employer_growing(_MATCHING[0])
    assert C._employer_placed(_MATCHING[2], safe_lower(_MATCHING[2])) and C._employer_placed(_MATCHING[2])
    assert C._institution_place(_MATCHING[7], safe_lower(_MATCHING[7]))
    assert C._sought_in_place(_MATCHING[8], safe_lower(_MATCHING[8]))
    assert safe_lower(_MATCHING[10]) is None and C._employer_placed(_MATCHING[10], None)
    assert C._TEAM_JOINED_SIZED_READ.found(_MATCHING[11], safe_lower(_MATCHING[11]))


def test_glued_label_prefilter_misses_no_glued_label(dev_blocks):
    """``inline._GLUED_POSSIBLE``: every text in which ``GLUED_LABEL`` finds a label holds it, over the dev
    corpus' blocks and glued-label text; and it rules out most blocks (else it is no shortcut)."""
    from jdlint.sections import inline as I

    blocks, _ = dev_blocks
    glued = ["ResponsibilitiesOperate forklift", "RESPONSIBILITIESKnows the area", "REQUIREMENTS* Use and like",
             "SKILLS· Excellent", "Requirements• Completion of", "Key ResponsibilitiesArchitecting systems"]
    found = ruled_out = 0
    for text in blocks + glued:
        possible = I._GLUED_POSSIBLE.search(text) is not None
        if I.GLUED_LABEL.search(text) is not None:
            assert possible, text
            found += 1
        ruled_out += not possible
    assert found >= len(glued) + 10
    assert ruled_out > len(blocks) // 2
