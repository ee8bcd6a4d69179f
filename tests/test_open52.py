"""Open facts and the pace widened by helper open52, on probes written by SHAPE for the classes
(tests/data/open52_probes.yaml; its header gives the three shapes), none a writer's case.

- V303 (a fact of the job left open): an open set of sites as the job's place, in a clause of its own or after the
  hiring verb ("Security officers, £12.21/hr, various locations", "Cover needed at different branches"), and a pipe
  ending a label's value ("Location: Various | Role: ..."); a figure does not name a place (`specified-by-name`). A
  time fact left to "as and when" ("nights as and when", "hours offered as and when") or to the business's or a
  client's needs ("days/nights/weekends as per business needs", "hours as needed by clients").
- V102 (fast-paced): only a figure of the pace itself silences it (skip context `paced`: "about 300 covers a night");
  pay, days or a head count beside it no longer do ("a fast-paced kitchen, S$1,900 a month, 6 days a week").

Probe figures at the session's base (5c762ae): a_place 3/11 found, b_when 5/11, c_pace 0/6; 15 alarms on the 46
near-misses, all of other rules (V119's sentence model, V201's duty catch-all, V303's "working across multiple sites").
After: 25/28 found, the same 15 alarms.
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches, span_found, vague_probe_outcome

#: "several homes" after a job noun, not a hiring verb; a pay figure after "shifts depending on needs" (skip
#: `specified` reads any figure); "with 2 weeks' training" read as the pace explained
OPEN_MISSES = {"p52o-a_place-007", "p52o-b_when-006", "p52o-c_pace-006"}
#: alarms of other rules on near-misses, all there at the base
OPEN_ALARMS = {"p52o-a_place-013", "p52o-a_place-015", "p52o-a_place-017", "p52o-a_place-023", "p52o-a_place-024",
               "p52o-a_place-025", "p52o-a_place-026", "p52o-a_place-027", "p52o-a_place-029",
               "p52o-b_when-012", "p52o-b_when-013", "p52o-b_when-014", "p52o-b_when-016", "p52o-b_when-020",
               "p52o-b_when-029"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("open52_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


@pytest.mark.parametrize("text, span", [
    ("Cleaners wanted, £12.10 an hour, various locations.", "various locations"),
    ("Relief pharmacists needed at various branches, £45 an hour.", "various branches"),
    ("Location: Various | Role: Plumber's mate | Pay: £26,000", "Various"),
    ("Bank nurse, Band 5, £20/hr, nights as and when.", "nights as and when"),
    ("Casual lifeguard, hours offered as and when.", "hours offered as and when"),
    ("Warehouse operatives, days/nights/weekends as per business needs.", "as per business needs"),
    ("Home carer, hours as needed by clients.", "hours as needed"),
])
def test_open_fact_fires(text, span):
    assert span_found(span, matches(text, "V303"))


@pytest.mark.parametrize("text", [
    "Cleaners wanted at various sites across Dublin, €13 an hour.",
    "Security guards at different locations: Canary Wharf, Bank and Moorgate.",
    "You will not be asked to work at different sites.",
    "Nights as and when, paid at £22/hr, usually two a month.",
    "Hours to suit you, as and when you are free.",
    "Records must be kept as required by law.",
    "Weekends as per the rota below: one in four.",
])
def test_open_fact_silent(text):
    assert not matches(text, "V303")


@pytest.mark.parametrize("text", [
    "Kitchen porter in a fast-paced kitchen, S$1,900 a month, 6 days a week.",
    "Join our fast-paced team of 12 in Leeds, £24,000.",
])
def test_pace_beside_other_figures_fires(text):
    assert matches(text, "V102")


@pytest.mark.parametrize("text", [
    "Fast-paced kitchen: about 300 covers a night.",
    "Fast-paced call centre, roughly 60 calls a shift.",
    "A fast-paced depot dispatching 2,000 parcels per day.",
    "Fast-paced? Not here: a calm library with about 40 visitors a day.",
    "Every day is different: Mon on the boats, Tue in the smokehouse, Wed to Fri in the shop.",
])
def test_pace_counted_silent(text):
    assert not matches(text, "V102")
