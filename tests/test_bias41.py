"""Session 41 (bias41): discrimination in ordinary words, from writer AI's bias file (read in this session) and writer AD's.

Classes, counted over AI's and AD's misses and false alarms at 25801f6 (AI 77/13/12, AD 86/4/3, TP/FN/FP) by frame shape
and trait class; each is built once in the shared machinery, so every pack that names a trait gets it:
- a frame unread (7 misses): "won't" is not "will" + "n't" (the group as the subject of a denied fit, "Sabbath observers
  won't suit this role"); "you'll be" as "you will be" (the hire told as a kind of person); past hires of a group said to
  have struggled; "don't take" with the people it names; suitability told of the post ("Suitable for a housewife"); a
  bare "not older than 35" in a notice's list; time since graduating as a window ("max 3 years out of uni");
- a trait word unknown to the packs (3): "frum", school-run responsibilities, a big build or a youthful look;
- a near-miss read as a hire requirement (9 false alarms): the premises "bar" read as the verb "bar" (two, in a venue's
  description), a casting requirement as a lawful basis (two), a venue's name holding a gendered title ("The Jolly
  Fisherman"), the people served ("elderly customers"), a physical demand said to be there ("there's a fair bit of
  heavy lifting"), a licence asked of a driver.

The fixtures are written in other words than any writer's case, across the categories; each fire case is silent (or
each near-miss loud) at 25801f6, with the rules alone (the bias model's D119-D919 ignored).
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, loud_bias_matches


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # "won't" in a denied fit, the group its subject
    ("religion", "Anyone who keeps the Sabbath won't suit our Saturday rota.", "Sabbath"),
    ("disability", "Wheelchair users won't suit the stockroom.", "Wheelchair users"),
    ("age", "Older applicants won't be right for our fast-paced kitchen.", "Older applicants"),
    # "you'll be" telling the hire as a kind of person
    ("age", "You'll be in your forties, with years of trade behind you.", "in your forties"),
    ("religion", "You'll be a churchgoing Christian who shares our values.", "Christian"),
    ("gender", "You'll be a strong lad for the yard work.", "lad"),
    # past hires of the group said to have struggled
    ("family", "Parents of young children have always struggled with our split shifts.", "young children"),
    ("disability", "Staff with depression have struggled on this helpline.", "depression"),
    # "don't take" with the people it names
    ("origin", "We don't take workers from Nigeria.", "from Nigeria"),
    ("origin", "We do not take Romanian workers.", "Romanian workers"),
    # suitability told of the post
    ("age", "Suitable for pensioners wanting a few hours a week.", "pensioners"),
    ("gender", "Suitable for a housewife wanting pin money.", "housewife"),
    # a bare upper age in a notice's list
    ("age", "Security guard wanted, night shift, no older than 40, Lahore.", "no older than 40"),
    ("age", "Cook needed, live-out, not older than 45 years old.", "not older than 45"),
    # time since graduating as a window
    ("age", "Max two years out of college.", "two years out of college"),
    # a trait word unknown to the packs
    ("religion", "Frum applicants preferred for the counter.", "Frum"),
    ("family", "Ideally someone free of school-run responsibilities.", "school-run responsibilities"),
    ("family", "Sorry, not suitable for anyone with parenting responsibilities.", "parenting responsibilities"),
    ("appearance", "Bouncers wanted: stocky build, calm head.", "stocky build"),
    ("appearance", "Must be of large build for the door.", "large build"),
    ("appearance", "Promoters must have a youthful look.", "youthful look"),
    ("origin", "Ideally from a respectable Gujarati family.", "Gujarati family"),
    # the verb "bar" still reads
    ("disability", "We bar applicants with epilepsy from the packing line.", "epilepsy"),
]

SILENT = [
    # a "won't" that names no one, a "don't take" of things, a "struggled" of the employer or the people served
    ("religion", "Sabbath observers won't be asked to work Saturdays."),
    ("age", "We won't ask your age at any stage."),
    ("origin", "We don't take calls from recruitment agencies in Nigeria."),
    ("family", "We do not take bookings from families with young children after 8pm."),
    ("family", "We have struggled to find cover for the school holidays."),
    ("disability", "Customers with disabilities have struggled to reach our old shop, so we moved."),
    # a duty told in the progressive: its people are those served
    ("age", "You'll be helping older people with their shopping."),
    ("religion", "You'll be supporting Muslim families across the borough."),
    # suitability that is access or a widening
    ("disability", "The shop floor is suitable for wheelchair users."),
    ("disability", "Suitable for candidates with a disability; adjustments are made."),
    ("age", "Suitable for all ages and abilities."),
    # an age that is a thing's, a story of leaving university, a construction project
    ("age", "Vans no older than 10 years are accepted for the courier scheme."),
    ("age", "Two years out of university, I joined the firm as a trainee."),
    ("appearance", "We are delivering a large build in Leeds this spring."),
    # the premises "bar", the people served
    ("disability", "Our bar is fully wheelchair accessible for staff and guests."),
    ("gender", "Our wine bar has a mostly female clientele and welcomes staff of any gender."),
    ("age", "You will take bookings from elderly Cantonese-speaking clients."),
    # a casting requirement named as such: info, not a warning
    ("age", "Extras aged 70+ needed for a hospital drama; playing age is a genuine casting requirement."),
    ("origin", "Actor of South Asian heritage to play the lead; ethnicity is a genuine casting requirement."),
    # a physical demand said to be there; a licence asked of a driver
    ("disability", "There's a fair bit of heavy lifting on the delivery days."),
    ("disability", "Driver must hold a full driving licence with no more than 3 points."),
    # a gendered title inside a venue's name
    ("gender", "Line cook wanted at The Laughing Fisherman, Whitby – 30 hrs."),
    ("gender", "Bartender for the Blue Hostess Lounge in Soho."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_ordinary_words_in_a_frame_fire(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text, rules_only=True)


def test_gendered_title_still_reported_outside_a_name():
    """The venue's name guard is a capital "The" mid-sentence or a venue noun ending the run; the job title stays."""
    assert _loud("Hostesses wanted for our lounge in Wan Chai.", "gender")
    assert _loud("We need a waitress at The Crown.", "gender")
    assert _loud("Fisherman needed for our trawler.", "gender")
