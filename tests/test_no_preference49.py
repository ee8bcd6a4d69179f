"""A preference denied both ways is no preference (session 49, context.yaml list-negating-phrases): "We have no preference
for or against ..." and "we make no distinction between ..." say who is not screened out, so neither a named bias rule
nor the bias model (which reads a sentence with a list-negating phrase as a denial) reports the trait after them. The
retrained bias model read several of frame45's near-misses of this shape above its threshold of 2.0 before the phrase
was one of the negation home's. Fixtures written for this test; the contrasts state a preference and still fire."""
from __future__ import annotations

import pytest

from conftest import loud_bias_matches


@pytest.mark.parametrize("category, text", [
    ("family", "We have no preference for or against people whose grown-up children have left home."),
    ("religion", "We have no preference for or against staff who keep the Sabbath."),
    ("age", "The hotel has no preference either way as to how far into their career applicants are."),
    ("appearance", "We have no preference between applicants with tattoos and those without."),
])
def test_a_preference_denied_both_ways_is_silent(category, text):
    assert loud_bias_matches(text, category) == []


@pytest.mark.parametrize("category, text", [
    ("family", "We have a preference for people whose children have left home."),
    ("age", "Preference for applicants in the early years of their career."),
])
def test_a_preference_stated_still_fires(category, text):
    assert loud_bias_matches(text, category) != []
