"""Session 52 (recall52): bias recall on hints and ordinary words in a selection frame, by mechanism.

tests/data/recall52_probes.yaml (60 fire, 88 near-misses) was written BEFORE any change: the picture of who fits (the
people who do well here, the last holder, the team the hire joins, the people served's wish with a place between) with a
protected trait named in ordinary words, and the same frames with no trait, with the trait of the people served, a named
person or the company's history, welcomes and negations. Scored as tests/test_nearmiss49.py scores (a fire case is found
when a loud finding of its category overlaps the span; a near-miss is loud with any loud finding of its category).

At the start (recall52 at 63a31f8): fire 22/60, near-misses loud 5/88; at the end: fire 54/60, loud 6/88.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import assert_bias_fires, assert_bias_silent
from test_nearmiss49 import fire_found, near_miss_loud

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "recall52_probes.yaml").read_text("utf-8"))
FIRE = [c for c in PROBES if c["expect"] == "fire"]
SILENT = [c for c in PROBES if c["expect"] == "silent"]


def test_probe_counts():
    assert (len(FIRE), len(SILENT)) == (60, 88)


def test_probe_grid():
    tp = sum(fire_found(c) for c in FIRE)
    fp = sum(near_miss_loud(c) for c in SILENT)
    # at the start: 22 found, 5 loud; after the who-does-well, predecessor, people-served and team frames: 30, 6 (r52-s17,
    # a predecessor's household told beside flexible hours, left); after the pictured idioms: 48, 6; after the loose
    # picture frame: 51, 6; after the team in shorthand: 52, 6; after 'easier for' and the whole team's verb: 54, 6
    assert tp >= 54
    assert fp <= 6




# Each class fixed, its fire case and a near-miss with the same frame or the same words.
FIRE_CLASSES = [
    # who does well here (frames.yaml preference)
    ("family", "Tends to do well here: people without kids at home.", "without kids at home"),
    ("record", "Drivers who do well with us have always stayed on the right side of the law.", "right side of the law"),
    # what the last holder had or turned out to have, the article dropped in shorthand
    ("record", "Our last driver had a spotless past and we trusted him.", "spotless past"),
    ("record", "Hiring cashier, last one turned out to have a past & it went badly.", "a past"),
    # the people served's wish with a place between
    ("gender", "Parents at our nursery feel more at ease with a motherly presence in the room.", "motherly presence"),
    # the team told as all of one kind (team), free of a record or a household tie (team-without), in shorthand
    ("age", "Our crew are all lads in their twenties.", "in their twenties"),
    ("gender", "Our office is all men.", "men"),
    ("origin", "Crew all Ukrainian & Moldovan, come join the family.", "Ukrainian"),
    ("religion", "The whole office is Catholic.", "Catholic"),
    ("record", "Everyone on our shift has never seen the inside of a cell.", "inside of a cell"),
    ("family", "Our associates have no outside commitments.", "no outside commitments"),
    # the loose picture, read by the pictured idioms only
    ("appearance", "Clients expect a sales team that looks like it stepped out of a magazine.", "stepped out of a magazine"),
    ("gender", "They are used to being fussed over by a mum type.", "a mum type"),
    ("record", "Picture someone whose only time in a police station was to report a lost wallet.", "only time in a police station"),
    # frames in ordinary words
    ("disability", "Profile: energetic, resilient, never had a mental health wobble.", "mental health wobble"),
    ("religion", "All new starters are expected to attend the firm's carol service.", "carol service"),
    ("family", "Q5. Number of children and their ages: ______", "Number of children"),
    ("origin", "Prefer Filipino helper, must drive.", "Filipino helper"),
    # the team's own habit, the household's ease, the team described with no "all" (pictured idioms only)
    ("religion", "Dispatch office. We're a tight crew - we pray together before every shift.", "pray together"),
    ("religion", "Our household is Sikh; we feel most comfortable with a cook from the same tradition.", "same tradition"),
    ("age", "Our summer crew are gap-year types who live for the beach.", "gap-year types"),
    ("gender", "Our last foreman was a former rugby player. We'd love another like him.", "another like him"),
    # no ties of one's own, one sex's title kept to the post, the presentation or dress only one sex is pictured in, the
    # group told it would struggle
    ("family", "Perfect for someone with no ties who can move to Perth next week.", "no ties"),
    ("gender", "Title (Mrs only): ____", "Mrs"),
    ("gender", "Hostesses must present an elegant feminine look at all times.", "feminine look"),
    ("gender", "Candidates must be willing to wear high heels on the floor.", "heels"),
    ("family", "Parents with young kids would struggle with these hours.", "young kids"),
    # the last holder's leaving for a baby or a family told as the warning
    ("family", "The last girl in this role left to have a baby.", "have a baby"),
    ("family", "Our previous bookkeeper went on maternity leave after a year.", "went on maternity leave"),
    # the job said to come easier to one kind; the whole team's shared habit
    ("family", "Honestly this role is easier for people with no little ones waiting at home.", "little ones waiting"),
    ("religion", "Accounts office: the whole team shares the same beliefs.", "same beliefs"),
]

SILENT_CLASSES = [
    ("family", "Tends to do well here: people who like routine."),
    ("record", "People who do well here come from every background, including those with convictions."),
    ("record", "Our last driver had ten years on HGVs and we trusted him."),
    ("age", "Last year was our best year for hiring young people."),
    ("gender", "Parents at our nursery feel more at ease with short waiting lists."),
    ("gender", "Our all-female team of midwives delivers 2,000 babies a year."),
    ("gender", "Our team is 55% women and 45% men."),
    ("record", "Our crew are all ex-offenders rebuilding their lives, and we are proud of it."),
    ("origin", "Our team comes from more than twenty countries."),
    ("origin", "We ship to all Japanese and Korean ports."),
    ("disability", "Our rooms are all wheelchair accessible."),
    ("appearance", "Window dresser: your displays should turn heads on the high street."),
    ("gender", "Baritone wanted for the cathedral choir's back row (choral scholarship)."),
    ("religion", "Choir director: you will plan the carol service and the nativity play with the children."),
    ("family", "Our benefits cover any number of children you have."),
    ("religion", "Our team starts every Monday with a stand-up meeting."),
    ("family", "Fixed-term contract, 12 months, with no ties beyond that."),
    ("family", "Our last cashier left to open her own shop."),
    ("disability", "We make it easier for disabled applicants to apply by offering interviews by video."),
    ("origin", "The whole team works remotely from the same city."),
    ("family", "Temporary cover is required for a colleague on maternity leave."),
    ("family", "Our midwives support women who have a baby at home."),
    ("gender", "Volunteer mentors wanted by Big Brothers Big Sisters of Toronto; all genders welcome to apply."),
    ("gender", "You will sell skirts and heels in our boutique."),
    ("family", "With our mentoring scheme you will never struggle for support."),
    ("religion", "Our chaplains pray with patients who ask for it."),
    ("religion", "We pray for good weather on festival days!"),
    ("religion", "We keep kosher in our kitchen, so you will cook to our rules."),
    # the faith said not to be asked of the hire on the same line (dev corpus 0171.md)
    ("religion", "We are a caring family - we pray together, we look after each other (you don't have to be Christian!)."),
    ("origin", "Company profile: a family business founded in 1960."),
    ("record", "Our charity helps people who have kept their nose clean since leaving prison."),
]


@pytest.mark.parametrize(("category", "text", "span"), FIRE_CLASSES)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize(("category", "text"), SILENT_CLASSES)
def test_class_near_miss_is_silent(category, text):
    assert_bias_silent(category, text)
