"""Session 39 (bias39): a listed trait in a selection frame the frame rules did not read, built as frames of the shared
machinery (jdlint/frames.py, jdlint/data/frames.yaml) so every pack that reads them gets them at once.

Frame shapes (found by ``scripts/bias_generalisation.py`` over the training writers and a battery of shapes x traits;
the fixtures here are written in other words than any writer's case):
- an apposition set off by a dash or an opening bracket is the detail of the clause before it, not a clause of its own
  ("must look the part - lean and toned", "must be reliable - under 30 and able to start"): the cue before the dash
  reads the characteristic when the apposition is verbless (frames.APPOSITION_BREAK / APPOSITION_CLAUSE); an
  exclusion's "no" stays its own clause's ("No experience needed - students welcome");
- the hire noun with the post named before its verb ("the right person for this job is ...", "the successful candidate
  for this role will be ..."): the preference and requirement cues read the post between;
- the post named at the head of a verbless notice with the wanted kind of person set beside it ("Receptionist, slim,
  for a dental practice", "Cook - male, under 40") or modifying the title ("Female cashier, weekends only"): the ``title`` frame, opt-in for sex, age, appearance and religion,
  whose words there can name only the hire; the people served named by a noun after the trait ("Support Worker, Young
  People"), a sentence after the title, a specialty ("Nurse, Mental Health") stay silent;
- suitability made a condition on the reader ("this is the job for you if you are ..."), a choice told by "rather"
  alone ("we'd rather hire a man"), and the people served wanting to be served by someone of a kind ("our clients
  prefer to be served by someone male"): preference cues.

The fire cases are checked with the rules alone (the bias model's D119-D919 ignored), so each fails without its mechanism.
"""
from __future__ import annotations

import pytest

from conftest import loud_bias_matches


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # a dash or a bracket setting off a verbless apposition keeps the characteristic in the clause before it
    ("appearance", "Front-of-house staff must look the part \u2014 slim and well groomed.", "slim"),
    ("gender", "The new starter should be dependable \u2014 a man with his own van.", "man"),
    ("religion", "Applicants must be committed - practising Christians and regular churchgoers.", "Christians"),
    ("family", "The post holder must be flexible \u2014 single, with no ties.", "single"),
    # the hire noun with the post named before its verb
    ("age", "The right person for this job is under 30.", "under 30"),
    ("gender", "The ideal candidate for our front desk would be a woman.", "woman"),
    ("record", "The successful applicant for this post will be without a criminal record.", "criminal record"),
    ("religion", "The successful candidate for the role will be a practising Muslim.", "Muslim"),
    # the post at the head of a verbless notice, the wanted kind of person beside it
    ("gender", "Delivery driver - male, own van, Leeds area.", "male"),
    ("appearance", "Waitress, slim, for a seafront cafe.", "slim"),
    ("religion", "Cook, Hindu, for a vegetarian household.", "Hindu"),
    # ... or modifying the title at the head of the notice
    ("gender", "Lady cashier for weekend shifts.", "Lady"),
    ("religion", "Sikh cook for a family home in Southall.", "Sikh"),
    ("appearance", "Pretty receptionist for a city law firm.", "Pretty"),
    # suitability made a condition on the reader
    ("appearance", "This is the job for you if you are slim and sporty.", "slim"),
    ("religion", "This is the place for you if you are a devout Hindu.", "Hindu"),
    ("gender", "This is the job for you if you are a strong lad.", "lad"),
    ("family", "This is the position for you if you are single.", "single"),
    # a choice told by "rather" alone, the other group unsaid
    ("gender", "We'd rather hire a man for the night shift.", "man"),
    ("age", "I would sooner take on someone under 25.", "under 25"),
    ("origin", "We would sooner take on Polish workers.", "Polish"),
    # the people served said to want to be served by someone of a kind
    ("gender", "Our clients like to deal with someone who is a woman.", "woman"),
    ("origin", "Our diners prefer to be served by people who are Italian.", "Italian"),
    ("religion", "Our families like to be looked after by someone who is a practising Christian.", "Christian"),
    ("appearance", "Our guests like to be greeted by someone slim and attractive.", "slim"),
]

SILENT = [
    # a dash or bracket that opens a clause of its own, or an exclusion's "no" before it
    ("age", "No experience needed \u2014 students and retirees welcome."),
    ("family", "Must be available some weekends \u2014 we support parents with flexible rotas."),
    ("age", "Applicants must hold a driving licence (young drivers' insurance is covered by us)."),
    ("age", "You must be happy to support our clients \u2014 older adults and people with dementia."),
    # the hire noun with the post named, then the work or the people served
    ("age", "The right person for this job is comfortable working with older adults."),
    ("gender", "The successful candidate for this role will be supporting women into work."),
    ("disability", "The ideal candidate for our team would be experienced with deaf clients."),
    # a title's apposition naming the people served, a specialty or a sentence about the work
    ("age", "Support Worker, Young People, Bristol."),
    ("age", "Nurse, Older Adults."),
    ("gender", "Manager \u2013 Women's Services, full time."),
    ("age", "Receptionist, you will be greeting older patients."),
    ("disability", "Nurse, Mental Health, Band 5."),
    ("origin", "Tutor - Polish, evenings."),
    ("family", "Social Worker, Children and Families."),
    ("religion", "Receptionist (Christian bookshop), part time."),
    ("age", "Elderly care assistant for a nursing home."),
    ("appearance", "Attractive salary for the right developer."),
    ("gender", "Women Engineers' Network lead, voluntary role."),
    ("religion", "Christian school teacher, Key Stage 2."),
    # a part in a cast or a place in a side: acting and single-sex sport are lawful
    ("gender", "Female lead for a touring production of Carmen."),
    ("gender", "Male players for our Sunday league five-a-side team."),
    # a condition naming the work, the people served or no trait; a denial is the exclusion's
    ("age", "This is the job for you if you are passionate about supporting older people."),
    ("family", "This is the role for you if you love working with children and families."),
    ("disability", "This is the job for you if you have experience with deaf clients."),
    # a "rather" naming no one, or a thing
    ("gender", "We'd rather hire someone with the right attitude than a perfect CV."),
    ("age", "We'd rather have your CV by email than by post."),
    # the people served wanting a way of being served, not a kind of person
    ("age", "Our customers like to deal with staff who are patient with older people."),
    ("origin", "Our clients prefer to be served by someone who knows the menu."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_frame_shape_fires_with_the_rules_alone(category, text, span):
    found = _loud(text, category)
    assert any(span in m or m in span for m in found), (text, found)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert _loud(text, category) == [], text
