"""Session 47 (frame47): hint shapes the frames did not read, and the bias model trained with writer TD.

tests/data/frame47_probes.yaml (88 fire, 88 near-misses) was written by shape BEFORE any writer's misses were read: the
previous holder described ("our last receptionist was a lovely young mum", "the girl before you"), the team described
as the fit ("you'll be working with the lads in the yard", "all Filipino team, so Tagalog a must"), how the hire comes
across ("our callers trust a deep, reassuring male voice", "a face that looks like theirs"), and the hire's background
as fit ("ideally you'll understand our way of life", "from the same region as the family"). Each near-miss uses the
same words about the people served, the employer's own history, a language need stated for the work, EEO text or a
negation. The mechanisms are cues and term classes in jdlint/data/frames.yaml and the gender and origin packs (the
predecessor cue of the preference frame, the people served's trusting and finding, the workplace group and the
team told all one sex or origin, the way of life and upbringing of the origin field). Rules alone (the model ignored),
base47 -> this change: fire 31 -> 67 of 88, near-misses loud 1 -> 1 (the one left: 'The lady before you retired, so the
post is open to anyone ...', the predecessor told by sex in the same words as 'the girl before you').
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import assert_bias_fires, assert_bias_silent, bias_probe_grid

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "frame47_probes.yaml").read_text("utf-8"))

FIRE = [
    # the previous holder described
    ("gender", "Our last receptionist was a lovely young mum, and we'd love someone like her.", "mum"),
    ("gender", "The girl before you stayed eight years.", "girl"),
    ("gender", "The chap who had this job before was ex-forces, and the team would like another like him.", "chap"),
    ("origin", "Our previous receptionist was born and raised here, and the patients loved that.", "born and raised here"),
    ("religion", "The teacher before you was a churchgoer, and the parents appreciated that.", "churchgoer"),
    # the team described as the fit
    ("gender", "You'll be working with the lads in the yard, so banter comes with the job.", "lads"),
    ("gender", "You'll be working alongside the lads in the workshop.", "lads"),
    ("gender", "The team is all ladies, so you'll feel right at home.", "ladies"),
    ("origin", "All Filipino team, so Tagalog a must.", "Filipino team"),
    ("origin", "Our crew are all Kiwis, so you'll feel right at home if you're a Kiwi too.", "Kiwi"),
    ("origin", "Our kitchen is all Punjabi aunties, so the new cook should be one too.", "Punjabi"),
    # how the hire comes across
    ("gender", "Our callers trust a deep, reassuring male voice.", "male voice"),
    ("gender", "Clients like a motherly presence at the front desk.", "motherly presence"),
    ("gender", "Someone with a manly presence on the door puts punters at ease.", "manly presence"),
    ("origin", "Our customers trust someone who looks like them.", "looks like them"),
    ("origin", "Our callers respond best to a voice from round here.", "from round here"),
    # the hire's background as fit
    ("origin", "Ideally you'll understand our way of life.", "way of life"),
    ("origin", "You should share our customs and traditions.", "customs"),
    ("origin", "Someone who knows our ways will settle in best.", "our ways"),
    ("origin", "The household prefers a helper from the same region as them.", "same region"),
    ("origin", "We want someone who grew up in this community.", "grew up in this community"),
    ("origin", "You'll fit in best if you grew up with our values.", "grew up with our values"),
    ("religion", "The family would like someone who was brought up in the church.", "church"),
]

SILENT = [
    ("gender", "Our last receptionist was promoted to practice manager after two years."),
    ("gender", "Our founder, a young mum at the time, opened the first shop in 1988."),
    ("origin", "Our founder came to this country in 1975 and opened the bakery."),
    ("age", "Our outgoing manager retires in May after 25 years with us."),
    ("gender", "You'll coach the lads' under-12 squad on Saturdays."),
    ("gender", "You'll support the girls in our residential home with daily living."),
    ("gender", "You'll be working with the boys in our residential unit, supporting their schooling."),
    ("origin", "Tagalog to B2 level is needed to speak with our Filipino clients."),
    ("origin", "Our team speaks English at work; Tagalog is not required."),
    ("gender", "A gentle touch is needed when handling antique books."),
    ("origin", "Our callers trust advisers who explain every charge."),
    ("origin", "Our clients find a quick reply reassuring."),
    ("origin", "You'll need to understand our way of working: agile, weekly sprints."),
    ("origin", "You'll learn our culture of ownership and candour in your first month."),
    ("origin", "You'll research the customs and traditions of the region for our museum."),
    ("origin", "Our company grew up in this community and still sponsors the local team."),
    ("origin", "Our residents come from a similar background to each other, mostly retired miners."),
    ("religion", "Understanding of Islamic finance is required for this role."),
    ("gender", "Men and women alongside each other on the line: we welcome everyone."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_hint_shape_fires(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text)


def test_probe_grid_recall_and_near_misses():
    """The whole probe grid, rules alone: fire cases found (67 of 88 with this change, 31 at base47) and near-misses
    loud in their own category (1 of 88 before and after): a floor and a ceiling."""
    tp, fp = bias_probe_grid(PROBES, rules_only=True)
    assert tp >= 66, tp
    assert fp <= 1, fp


def test_probe_grid_with_the_model():
    """The bias model on too (retrained with writer TD): the near-misses stay as quiet as with the rules alone, and the
    fire cases found do not fall below the rules' own."""
    tp, fp = bias_probe_grid(PROBES)
    assert tp >= 67, tp
    assert fp <= 1, fp
