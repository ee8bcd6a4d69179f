"""scripts/eval_section_layouts.py rewrites labelled ads into layout variants: every piece it copies
must be the ad's own text at the offset it names (so a variant changes layout, never wording), and
section detection on Windows line endings must cover the same text as on the ad itself."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import eval_section_layouts as layouts  # noqa: E402
import eval_sections  # noqa: E402
from jdlint.config import Config  # noqa: E402
from jdlint.engine import make_plan  # noqa: E402

AD = """# Roofing Labourer

**About us**

Northshore Roofing is a family-run company in Barrie.

## What you'll do

- Tear-offs and carrying bundles;
- Cleaning up the site.

Requirements:
1. A valid licence
2. Steel-toe boots & gloves

Call Dave at 705-555-0143.
"""


def _synth_ads() -> list[layouts.Ad]:
    return layouts.labelled_ads(Path("/nonexistent"), ("synth14",))["synth14"]


@pytest.mark.parametrize("variant", layouts.VARIANTS)
def test_copied_pieces_are_the_ads_text_at_their_offsets(variant):
    for text in [AD] + [ad.text for ad in _synth_ads() if ad.format == "markdown"]:
        built = layouts.build(text, variant)
        copied = [(piece, at) for piece, at in built.pieces if at is not None]
        assert copied, variant
        for piece, at in copied:
            original = text[at:at + len(piece)]
            # caps writes the ad's heading words upper-cased, nothing else
            assert piece in ((original, original.upper()) if variant == "caps" else (original,)), (variant, piece)


def test_variants_change_the_layout_they_name():
    assert "\n" not in layouts.build(AD, "oneline").text
    assert "About us: Northshore Roofing" in layouts.build(AD, "inline").text
    assert "WHAT YOU'LL DO:\n" in layouts.build(AD, "caps").text
    assert "<li>Cleaning up the site.</li>" in layouts.build(AD, "html").text
    assert "Tear-offs and carrying bundles; Cleaning up the site." in layouts.build(AD, "semicolons").text
    assert "A valid licence, Steel-toe boots & gloves." in layouts.build(AD, "commas").text
    assert layouts.build(AD, "crlf").text == AD.replace("\n", "\r\n")
    # the title stays the title, a plain line stays as written
    assert layouts.build(AD, "caps").text.startswith("# Roofing Labourer\n")


def test_sections_on_crlf_cover_the_same_text():
    synonyms = make_plan(Config()).synonyms
    for ad in _synth_ads():
        crlf = layouts.build(ad.text, "crlf").text
        back, at = [], 0  # offset in the CRLF text -> offset in the ad
        for ch in crlf + " ":
            back.append(at)
            at += ch != "\r"
        given = sorted((s.kind, s.start, s.end, s.empty) for s in eval_sections.detect(ad.text, synonyms, ad.format))
        shaped = sorted((s.kind, back[s.start], back[s.end], s.empty)
                        for s in eval_sections.detect(crlf, synonyms, ad.format))
        assert shaped == given, ad.ident
