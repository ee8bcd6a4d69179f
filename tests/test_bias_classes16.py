"""bias16: classes of writers S and T's missed and wrongly flagged bias cases (session 33), each tested on sentences
written for it (none copied from writers S or T, nor from tests/data/bias_heldout16.yaml), with fixtures that must fire
and near-misses that must not:

- a life stage in any prefix of retirement ("the semi-retired", "newly retired people") in a selection frame (age);
- being younger or older than the team or a named colleague asked of the hire (age), not of machines or products;
- attendance told as "-goer" of any place of worship ("a chapel-goer", "mosque-going") and a fit denied with "may"
  ("may not fit our culture", the frames' exclusion) (religion);
- an aid named with "with" ("candidates with spectacles") and time off work for ill health in other words ("been off
  work with stress") (disability); not safety glasses, customers' aids or paid time off;
- people of a place by birth ("indigenes of", "natives of") (origin), not a plant native to a region;
- neutral words for dealings with the police ("past police contact") (record), not the hire as the police's contact;
- a fit denied to mothers ("not ideal for mothers of young kids", "isn't ideal for ...") is an exclusion (D610 beside
  D110), not D603's audience note, which still reads "perfect for mums";
- the group told to put off applying ("should wait until after the birth to apply") (the exclusion frame);
- precision: children the work is with ("regulated activity with children") are no family status, and a safeguarding
  reason named with a record check lowers it (record basis); a young person the hire supports is the person served
  (D303); a grooming rule for a mask's seal and a licensing body's class of standard ("DVLA Group 2 ... standard") are
  stated bases.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, bias_findings

FIRE = [
    ("age", "This weekend post is ideal for the semi-retired.", "semi-retired"),
    ("age", "Newly retired people preferred for the museum desk.", "retired people"),
    ("age", "You should be younger than the rest of the crew, who are all in their twenties.", "younger than the rest of the crew"),
    ("age", "The successful applicant must be older than our apprentices.", "older than our apprentices"),
    ("religion", "A regular chapel-goer would be preferred for the caretaker job.", "chapel-goer"),
    ("religion", "Atheists may not fit our workplace culture.", "Atheists"),
    ("disability", "Applicants with hearing aids will not be considered for the call desk.", "with hearing aids"),
    ("disability", "Please state whether you have been off work with depression in the last two years.", "off work with depression"),
    ("disability", "Have you ever been signed off with a back injury? Y / N", "signed off with a back injury"),
    ("origin", "Natives of Goa will be given preference.", "Natives of Goa"),
    ("origin", "Indigenes of the host community will be shortlisted first.", "Indigenes of the host community"),
    ("record", "List any police involvement, however old.", "police involvement"),
    ("family", "Expectant mothers should wait until after the birth to apply.", "Expectant mothers"),
    # a denied fit for mothers is an exclusion by family status (D610), not D603's audience note
    ("family", "Not really suitable for mums with toddlers, as the shifts run late.", "mums with toddlers"),
    ("family", "This job isn't ideal for mothers of school-age children.", "mothers of school-age children"),
    ("religion", "The warehouse isn't ideal for Sikhs who wear a turban.", "Sikhs"),
]

SILENT = [
    ("age", "Our semi-retired founder still mentors the sales team on Fridays."),
    ("age", "Replacement parts must be older than the 2015 models to fit these machines."),
    ("age", "Support a young woman with learning disabilities to shop, cook and travel independently."),
    ("age", "You will accompany a young man with autism to his college classes."),
    ("religion", "This budget may not fit our plans for next year, so the post is fixed-term."),
    ("disability", "Safety spectacles must be worn on the workshop floor."),
    ("disability", "Help customers with hearing aids choose the right batteries."),
    ("disability", "Enjoy 30 days of paid time off work with full pay."),
    ("disability", "Cover the duties of colleagues who are off work with illness."),
    ("origin", "The shrub is native of the Andes; you will tend it in our glasshouses."),
    ("record", "You will be the site's main police contact for shoplifting incidents."),
    ("family", "This post requires an enhanced check, as it is regulated activity with children."),
    ("family", "Graduates should wait until their results are out to apply."),
]

LOWERED = [
    # (code, text): reported at info, with its basis, not as a warning
    ("D910", "A police clearance certificate is required, as the role involves unsupervised work with children."),
    ("D803", "Staff must be clean-shaven where the tight-fitting FFP3 mask seals; a powered hood is available instead."),
    ("D410", "Drivers must meet the DVLA Group 1 eyesight standard for car drivers."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_silent(category, text):
    assert_bias_silent(category, text)


@pytest.mark.parametrize("code,text", LOWERED)
def test_lowered_to_info(code, text):
    found = [d for d in bias_findings(text) if d.code == code]
    assert found and all(str(d.severity) == "info" for d in found), [(d.code, d.severity, d.match) for d in bias_findings(text)]


def test_the_same_screens_without_their_bases_stay_warnings():
    assert_bias_fires("record", "A police clearance certificate is required for this warehouse role.", "police clearance certificate")
    assert_bias_fires("appearance", "Staff must be clean-shaven to match our brand.", "clean-shaven")


def test_an_audience_of_mothers_stays_an_info_note():
    found = [(d.code, str(d.severity)) for d in bias_findings("Perfect for mums returning to work!")]
    assert ("D603", "info") in found
    assert_bias_silent("family", "This shift isn't ideal for night owls.")
