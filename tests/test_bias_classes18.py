"""Classes writers W and X wrote that the named bias rules missed (session 34, bias18), each as a class, with
near-misses that hold the same words in another sense or about someone else. Sentences written for this file (none is a
training case or a held-out case of tests/data/bias_heldout18.yaml)."""
from __future__ import annotations

import pytest
from conftest import assert_bias_fires, assert_bias_silent

FIRE = [
    # a form's heading before its fields: the form asks for each field it lists
    ("age", "Registration form: name | date of birth | mobile number", "date of birth"),
    ("family", "Applicant details: full name, marital status, address.", "marital status"),
    ("religion", "Bio-data: name, father's name, religion, height.", "religion"),
    # origin asked one generation back
    ("origin", "Where was your mother born? Please answer on the sheet.", "Where was your mother born?"),
    # an age word before any worker noun, in a frame
    ("age", "The agency would rather send young bartenders to the launch party.", "young bartenders"),
    ("age", "Only younger cleaners are needed for the hotel's top floors.", "younger cleaners"),
    # looks told as a "-looking" compound of praise
    ("appearance", "Promoters must be nice-looking and confident on the stand.", "nice-looking"),
    ("appearance", "We prefer sharp-looking concierges for the lobby.", "sharp-looking"),
    # a clean past
    ("record", "A clean past is essential for the cash office.", "clean past"),
    # a faith told as an upbringing
    ("religion", "A church upbringing is preferred for this nursery assistant post.", "church upbringing"),
    ("religion", "Applicants with a madrasa education preferred for the warehouse.", "madrasa education"),
    # origin told as the family one comes from, with an article or by the family's language
    ("origin", "Au pair from a French-speaking family preferred.", "from a French-speaking family"),
    ("origin", "Ideally the cook comes from a Gujarati family.", "from a Gujarati family"),
    # a request after a verb of giving still asks for the applicant's own information
    ("age", "Please provide proof of age to the site office.", "proof of age"),
    ("family", "Give details of your marital status to the agency.", "marital status"),
    # a nationality screen with no basis, beside the visa-law near-miss below
    ("origin", "We can only sponsor applicants holding Canadian passports.", "Canadian passports"),
]

SILENT = [
    # a form named, with no characteristic among its fields, or the form as a thing handled
    ("age", "Application form: download it from the careers page and email it back."),
    ("family", "Personal details are kept securely and deleted after six months."),
    ("origin", "Our founders were born in Kerala and started the firm in 1998."),
    # young people served or taught; the worker noun as the people the hire works with
    ("age", "You will train young apprentices in our welding bay."),
    ("age", "We prefer candidates who have coached young footballers."),
    # "-looking" of direction or of things
    ("appearance", "We are a forward-looking practice and prefer candidates with Xero experience."),
    ("appearance", "Reports must be professional-looking and ready by Friday."),
    # a past that is no person's record, and the employer's record
    ("record", "Tell us about your past projects and what you learnt."),
    ("record", "We have a spotless hygiene record at all three sites."),
    # the subject taught
    ("religion", "Experience teaching at a Sunday school is required for the children's worker post at St Mark's."),
    # the employer's kind of firm, not the applicant's family
    ("origin", "Ideally you will come from a local family business background in retail."),
    # the people a thing is given to, after a verb of giving (not a request for their information)
    ("age", "Provide meals and company to elderly residents on the evening round."),
    ("family", "Deliver breastfeeding support to new mothers on the postnatal ward."),
    ("disability", "Offer one-to-one coaching for disabled jobseekers in the borough."),
    # the visa or permit as what the law limits
    ("origin", "Work permits are only granted to nationals of EU states, so we can only consider applicants holding EU passports."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)
