"""Session 48 (lead): a physical, health or sensory demand told with the task it serves is info, not a warning.

Scored at the session's start, the fresh bias writer BA (unread) drew 11 false alarms on 80 silent cases, and over
every unread bias set the disability rules D403 and D405 were the largest share of the silent cases' false alarms
(12 of 79; `scripts/eval_unread.py --kind bias --by-code`, counts only). The class the lead wrote probes for (20, in
the registers of farm, fishing, building site, delivery and workshop ads; 11 of them flagged as warnings before) is
the demand that names the job's own load or task: "lift 50 lb sacks of cement on site", "Lifting 25 kg bags of feed is
part of the daily routine", "Good eyesight required; you will inspect welds under a magnifier", "Full clean driving
licence needed: you'll drive the minibus to away games". That is the essential function described, which is what
the ADA asks a posting to do (29 CFR 1630.2(n)); the rules still report it, as info, asking to confirm it is
essential and to add accommodation language. A bare ability test ("Must be able to lift 50 lbs.") and a health
screen with a reason that is no task ("as you'll be working with the elderly") stay warnings. The dev corpus' report
is byte-identical.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, bias_findings

TOLD = [
    "Lifting 25 kg bags of feed is part of the daily routine.",
    "You'll need to lift 20 kg crates of fish onto the ice.",
    "Able to stand for a 10-hour shift on the production line.",
    "Must be able to lift 50 lb sacks of cement on site.",
    "Must be physically fit: the role involves climbing 30 m wind turbine ladders daily.",
    "Good eyesight required; you will inspect welds under a magnifier.",
    "Full clean driving licence needed: you'll drive the minibus to away games.",
    "Clean licence essential as you'll drive the tractor between the top and bottom fields.",
    "Normal colour vision needed to match thread shades on the embroidery line.",
]

STILL_WARNED = [
    ("Must be able to lift 50 lbs.", "lift 50 lbs"),
    ("Must be able to stand for long periods.", "stand for long periods"),
    ("Must be in good health as you'll be working with the elderly.", "good health"),
    ("Good eyesight required.", "Good eyesight"),
    ("Perfect vision essential as our brand is about excellence.", "Perfect vision"),
    ("No history of back problems; you'll be part of a friendly team.", "No history of back problems"),
    ("Own car essential.", "Own car essential"),
]


@pytest.mark.parametrize("text", TOLD)
def test_a_demand_told_with_its_task_is_not_a_warning(text):
    assert_bias_silent("disability", text)


def test_the_told_demand_is_still_reported_as_info():
    found = [d for d in bias_findings(TOLD[3]) if d.code == "D403"]
    assert found and all(d.severity.name == "info" for d in found)
    assert "essential function" in found[0].message


@pytest.mark.parametrize("text,span", STILL_WARNED)
def test_a_bare_test_or_a_reason_that_is_no_task_stays_a_warning(text, span):
    assert_bias_fires("disability", text, span)
