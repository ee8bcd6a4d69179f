"""Session 46 (frame46): frame shapes the person slot did not read, and the bias model trained on frame cases.

tests/data/frame46_probes.yaml (84 fire, 84 near-misses) was written by shape and ground before any writer's misses
were read: other people's expectations ("our guests are used to being served by someone young"), team composition as
the fit ("you'd be joining a crew of twenty-somethings"), how the hire comes across ("someone with an easy English
name would suit the front desk", "the energy of a twenty-something"), routines and commitments. Each shape is one
widened cue in jdlint/data/frames.yaml (the people served's cue takes "are used to / accustomed to", hearing and being
served in the -ing form, relating or connecting with; the fit frame takes joining or working among a group "of" a
kind; the preference frame takes "the energy / look / voice of a"; the kept frame takes "the new hire should match";
the suit cue takes the desk, the floor, the counter), plus a few words of the origin field (a name told by who can say
it, speech told as local). Rules alone (the model ignored), base46 -> this change: fire 50 -> 62 of 84, near-misses loud 0 -> 0; the dev corpus' report byte-identical.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import assert_bias_fires, assert_bias_silent, bias_probe_grid

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "frame46_probes.yaml").read_text("utf-8"))

FIRE = [
    # the people served told as used to a kind of person
    ("age", "Our guests are used to being served by someone young.", "young"),
    ("gender", "Our clients are used to dealing with a man on site.", "man"),
    ("origin", "Our customers are used to someone who sounds local.", "sounds local"),
    ("religion", "Our patrons are accustomed to Christian staff.", "Christian"),
    # the hire told as joining a group of one kind
    ("age", "You'd be joining a crew of twenty-somethings.", "twenty-somethings"),
    ("family", "Join a crew of young, single guys who live on site.", "single"),
    ("religion", "You'd be joining a team of committed Christians.", "Christians"),
    # the next hire to match the team
    ("gender", "Our drivers are all men, and we'd like the new driver to be the same.", "men"),
    # how the hire comes across
    ("age", "The role needs the energy of a twenty-something.", "twenty-something"),
    ("origin", "Someone with an easy English name would suit the front desk.", "English name"),
    ("disability", "Someone who walks without a limp would suit the showroom.", "limp"),
    ("family", "This role needs someone with no ties at home who can drop everything for a call-out.", "no ties at home"),
]

SILENT = [
    ("age", "Our young customers expect a quick checkout."),
    ("origin", "Our customers are used to someone who answers the phone within three rings."),
    ("origin", "Our guests relate best to staff who listen."),
    ("age", "You'd be joining a team of 12 nurses."),
    ("family", "You'd be joining a team that supports young mums with housing."),
    ("religion", "You'd be joining a team of volunteers supporting older people."),
    ("record", "Our team has never had a lost-time injury, and we'd like to keep it that way."),
    ("age", "The role needs the energy to handle 200 covers a night."),
    ("family", "Staff with young children can choose school-hours shifts."),
    ("origin", "Please wear your name badge at all times."),
    ("family", "This role needs someone who can drop everything for a call-out, with an on-call allowance."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_frame_shape_fires(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text, rules_only=True)


def test_probe_grid_recall_and_near_misses():
    """The whole probe grid, rules alone: fire cases found (62 of 84 with this change, 50 at base46) and near-misses
    loud in their own category (0 of 84 before and after): a floor and a ceiling."""
    tp, fp = bias_probe_grid(PROBES, rules_only=True)
    assert tp >= 61, tp
    assert fp <= 2, fp


def test_probe_near_misses_stay_silent_with_the_model():
    """The bias model retrained with writers TA and TB (frame and hint cases) on: the probes' near-misses (the same words
    served, offered, in another sense) stay silent in their own category (0 of 84), and it adds fire cases the rules
    alone miss (66 of 84 with it, 62 without)."""
    tp, fp = bias_probe_grid(PROBES)
    assert fp <= 2, fp
    assert tp >= 64, tp


def test_a_residence_rule_on_a_real_ad_is_not_origin():
    """The one sentence the retrained model scored above 1.0 in the dev ads' 4-fold cross-validation (ad 0327, D519 at
    1.35, wrong: a sales territory is the job's, not the applicant's origin) stays under the threshold."""
    from jdlint.checks.bias_selection import model

    scores = model().scores("The ideal candidate must reside within the assigned territory.")
    assert scores["origin"] < 2.0, scores


def test_work_history_is_work_not_a_record():
    """'History' after a word of work is blanked before the model reads a sentence (bias_model_rules.yaml
    `other-senses`, in training too); a person's history is still read."""
    from jdlint.checks.bias_selection import read_as

    assert "history" not in read_as("A complete application, including work history, is required.")
    assert "history" not in read_as("Please send your employment history with your CV.")
    assert "history" in read_as("Tell us anything in your history the police might remember.")
    assert "history" in read_as("Applicants with a history of mental illness need not apply.")
