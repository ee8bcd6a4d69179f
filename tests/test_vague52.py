"""Vague classes widened by helper vague52, on probes written by SHAPE for the classes (tests/data/vague52_probes.yaml;
its header gives the two shapes), none a writer's case.

- V116 (rank of the employer over a place or a field): a superlative, "number one", "premier" or "top" before any head
  noun and "in" a named place, the town, the county or a sector ("Best tyre centre in Swindon", "the No.1 driving school
  in Nairobi", "Top recruitment agency in the care sector"), and a place's own pick with any rank word ("Brisbane's
  premier mobile mechanics", "one of Scotland's finest distilleries"). The evidence that silences it is a named judge
  (an award, survey, ranking, guide, reviews, stars, "voted", "by" a name), no longer any figure: pay and hours beside
  the boast measure the job, not the boast.
- V113 (training, support or development promised with nothing named): a praise or quantity word before the thing
  ("Excellent training and support", "plenty of support", "Brilliant CPD"; the words of continuance only in an offer:
  "with ongoing development"), and the employer's verb of teaching with nothing taught ("we'll train you up", "our
  chefs will teach you all they know", "we'll get you qualified in time", "help you get your Class 1 at some point").

Probe figures at the session's base (63a31f8): a_rank 2/28 found, 5 alarms; b_train 12/32 found, 4 alarms. Fire cases
below assert the rule itself, not V119's sentence model.
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches, span_found, vague_probe_outcome

#: a colon and a list after the rank read as its explanation (`explained`), though the list is the job's terms
OPEN_MISSES = {"p52-a_rank-017"}
#: alarms of other rules on near-misses, all there at the base: V119 (the sentence model) on "the best grades", "the
#: best price", the denied boast and two training sentences that name their test; V105 on "Top performers"; V113's
#: "Quite simply the best" (the way around Bristol)
OPEN_ALARMS = {"p52-a_rank-038", "p52-a_rank-043", "p52-a_rank-046", "p52-a_rank-056", "p52-a_rank-068",
               "p52-b_train-069", "p52-b_train-071", "p52-b_train-073"}


@pytest.fixture(scope="module")
def probe_scores():
    return vague_probe_outcome("vague52_probes.yaml")


def test_probes_hold(probe_scores):
    misses, alarms = probe_scores
    assert misses == OPEN_MISSES
    assert alarms == OPEN_ALARMS


# -- V116: the employer ranked over a place or a field -----------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Best roofing firm in Leeds, no question, and we pay £180 a day.", "Best roofing firm in Leeds"),
    ("The No.1 driving school in Nairobi is hiring instructors, KES 45,000 a month.", "No.1 driving school in Nairobi"),
    ("Top recruitment agency in the care sector!", "Top recruitment agency in the care sector"),
    ("We serve the best burgers in Texas, $15 an hour plus tips.", "the best burgers in Texas"),
    ("Brisbane's premier mobile mechanics need an auto electrician.", "Brisbane's premier mobile mechanics"),
    ("Work for one of Scotland's finest distilleries, £27,000, Monday to Friday 7 to 3.", "one of Scotland's finest"),
    ("BEST CURRY HOUSE IN BRADFORD NEEDS A TANDOORI CHEF", "BEST CURRY HOUSE IN BRADFORD"),
])
def test_rank_over_a_place_fires(text, span):
    assert span_found(span, matches(text, "V116"))


@pytest.mark.parametrize("text", [
    "Voted the best bike shop in Bristol by Bristol Post readers in 2023.",
    "Rated the No.1 driving school in Nairobi on Google, with 4.8 stars from 900 reviews.",
    "Premier Inn, Perth: housekeeper, £11.50 an hour.",
    "Brisbane's Premier League club needs a kit manager.",
    "Leeds' Top Dog Grooming Ltd is recruiting a bather.",
    "We are the largest employer in Swindon, with 2,300 staff.",
    "Top performers in the Leeds branch earn £35,000 with commission.",
    "Best practice in the care sector is to hand over in person.",
    "Find the best mortgage in the market for each client.",
    "She was the best apprentice in Kent in 2022, and now she'll train you.",
    "Our pupils go on to top universities in the UK.",
    # dev ads: the people and places around the employer, not the employer
    "Valor Services employs the unique skills of America's finest veterans.",
    "We build luxury homes in some of Florida's finest communities.",
    "Morehead City has some of the best fishing opportunities in the world.",
])
def test_rank_backed_or_not_the_employer_is_silent(text):
    assert not matches(text, "V116")


# -- V113: training, support or development promised with nothing named --------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Excellent training and support.", "Excellent training and support"),
    ("Warehouse operative, £12.40 an hour, days 6 to 2, with excellent training.", "excellent training"),
    ("Lab technician, A$34/hr, Adelaide, with ongoing development.", "ongoing development"),
    ("Brilliant CPD.", "Brilliant CPD"),
    ("New drivers get heaps of support.", "heaps of support"),
    ("Don't worry if you've never plastered, we'll train you up.", "train you up"),
    ("Kitchen porter, £11.50 an hour, Bath, and our chefs will teach you all they know.", "teach you all they know"),
    ("Apprentice electrician, £9 an hour in year one, and we'll get you qualified in time.", "get you qualified in time"),
    ("HGV driver, £15 an hour, Grimsby, and we'll help you get your Class 1 at some point.", "at some point"),
    ("You'll get all the training you'll ever need.", "all the training you'll ever need"),
])
def test_training_promised_with_nothing_named_fires(text, span):
    assert span_found(span, matches(text, "V113"))


@pytest.mark.parametrize("text", [
    "Excellent training: a 3-week induction and City & Guilds Level 2 in year one.",
    "We'll train you up to NVQ Level 3 in Plastering over 18 months.",
    "We will teach you Sage 50 in your first two weeks.",
    "We train you properly: two weeks shadowing, then a sign-off by the head groomer.",
    "Full training provided.",
    "Great support worker needed for a young man with autism, 20 hours, Leeds.",
    "Great training record: 14 of our 16 apprentices qualified last year.",
    "Deliver great support to 40 residents across two houses.",
    "You will provide great support and coaching.",
    "Good support of the team leader on nights is part of the role.",
    "You'll help with the ongoing development of our booking app in React.",
    "We don't offer training, so you'll need 2 years on the tools.",
    "Great Training Ltd, Manchester: course administrator, £24,000.",
    # dev ads: a manager's duty, and support from a provider named
    "Coach and structure ongoing professional development for individuals and teams.",
    "Receive ongoing support from SkillPath's dedicated internal client and trainer care team",
])
def test_training_named_or_a_duty_is_silent(text):
    assert not matches(text, "V113")
