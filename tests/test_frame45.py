"""Session 45 (frame45): a reader of the selection frame, not a longer word list.

A writer briefed on "ordinary words in a selection frame" ("members of our congregation preferred", "would not suit
someone with a young family") writes a PERSON DESCRIBED BY A CIRCUMSTANCE inside a selection predicate, with no word
discriminatory on its own. The reader is one home in the frame rules: ``{person:FIELD}`` (``jdlint/frames.py``,
``person-slot`` and ``circumstances`` in ``jdlint/data/frames.yaml``) is a person head ("someone", "people",
"applicants", "those"...), a link ("with", "without", "who", "whose", "from", "of", "on", "in", "raised", "just"...), at
most four words that do not turn the description into a skill, a task or the people served (``gap-stop``), then a word
of the ground's semantic field (kin and household, life stage, worship and belief, birthplace and speech, body and
health, looks, past and records, a sex told by voice or manner), with no trade word after it (``field-stop``:
"hospital experience", "church hall"). Each ground's frame rule (D110, D310, D410, D510, D610, D710, D810, D910) reads
it as an attribute, so every selection frame (would (not) suit, ideal for, better suited to, need not apply, preferred,
preference given to, our clients expect, we tend to hire, works best for, ...) and every exit (EEO text, a denied frame,
a lawful basis, the subject-matter and beneficiary guards, read inside the description too) applies to it.

tests/data/frame45_probes.yaml (360 fire, 344 near-misses over the eight grounds) was generated from a grid (20 selection
shapes x 15 persons per ground) and committed before any writer's misses were read. Rules alone (the bias model's
D119-D919 ignored), at 13af2cf -> this change: TP 252 -> 337 of 360, FP 50 -> 28 (the FPs left are wording rules and
pre-existing: "clear skin", "pretty faces" said of the people served, "no health problems" after "no preference").
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import assert_bias_fires, assert_bias_silent, bias_findings, bias_probe_grid, loud_bias_matches

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "frame45_probes.yaml").read_text("utf-8"))


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # the person slot in each ground, in frames the probes' grid did not use
    ("family", "The post is better suited to someone with kids at home.", "kids at home"),
    ("family", "Applicants whose partners work nights are preferred.", "partners"),
    ("family", "The hours would suit someone who has to do the school pickup.", "school pickup"),
    ("family", "We find that people without commitments at home do best here.", "commitments at home"),
    ("family", "We tend to hire people who have settled down.", "settled down"),
    ("age", "We'd rather take on someone from the younger generation.", "younger generation"),
    ("age", "Preference will be given to people who left school last year.", "left school"),
    ("age", "Ideal for someone whose working days are behind them.", "working days"),
    ("age", "Someone who still lives with their parents fits our profile.", "lives with their parents"),
    ("religion", "People who believe in God will not be considered.", "believe in God"),
    ("religion", "The post is better suited to someone who reads the Bible every day.", "Bible"),
    ("origin", "Preferred: someone who came to this country recently.", "came to this country"),
    ("origin", "The hours would suit someone raised abroad.", "raised abroad"),
    ("origin", "The new receptionist should look like our customers.", "look like our customers"),
    ("origin", "Someone with a strong regional accent may not suit the front desk.", "accent"),
    ("disability", "Preference will be given to people who can hear well.", "hear well"),
    ("disability", "People who need regular hospital visits need not apply.", "hospital"),
    ("disability", "Candidates with mobility needs would not manage the stairs.", "mobility"),
    ("appearance", "Preference will be given to people with nice smiles.", "nice smiles"),
    ("appearance", "We tend to hire people with good teeth.", "good teeth"),
    ("record", "This job is ideal for someone with a history of offending.", "offending"),
    ("record", "We'd rather take on someone just out of prison.", "prison"),
    ("gender", "The post is better suited to someone with a deep voice.", "deep voice"),
    # the post's history told as who fills it
    ("gender", "The role has always been done by a married man.", "man"),
    # a condition put to the reader stands for the person, up to its comma
    ("religion", "If you go to church on Sundays, this job is not for you.", "church"),
    ("origin", "If you grew up round here, you'll fit right in.", "round here"),
    ("origin", "It helps if you're from the same community as our residents.", "same community"),
    # more selection predicates: not in keeping, not what we're after, not lasting, blending in, a stereotype of leaving
    ("appearance", "Someone with tattoos would not be in keeping with our image.", "tattoos"),
    ("record", "Sorry, but people with a past are not what we're after.", "a past"),
    ("age", "Those with grey hair tend not to last here.", "grey"),
    ("religion", "We want someone who will blend in with our congregation.", "congregation"),
    ("family", "We find people with families leave within a year.", "families"),
    ("religion", "Experience shows that those who pray at work slow the line down.", "pray"),
    # the description runs on over more field words and a time adjunct
    ("religion", "Those who pray five times a day may find the rota hard.", "pray"),
    ("age", "If you are one of the people who left school decades ago, please do not apply.", "left school"),
    # someone at home relying on the reader; the family's roots asked; likeness to the people served
    ("family", "You should have nobody depending on you at home.", "nobody depending on you"),
    ("family", "Does anyone at home rely on you?", "anyone at home rely on you"),
    ("origin", "Tell us about your upbringing and where your family is from.", "where your family is from"),
    ("origin", "We need someone whose background matches our customers.", "background matches our customers"),
    ("origin", "We only consider people who have lived here all their lives.", "lived here all their lives"),
    # past hires of a kind told as what works or does not
    ("family", "Our best hires have always been people without kids.", "without kids"),
    ("family", "Applicants with young families have not worked out for us.", "young families"),
    ("record", "We have had bad experiences with people on probation.", "probation"),
    # no person named, right after the hire's own verb in a requirement
    ("origin", "The successful candidate will have grown up locally.", "grown up locally"),
    ("origin", "You will be from round here.", "round here"),
]

SILENT = [
    # the description is a skill, a task, a trade or the people served
    ("family", "We are looking for someone who is great with kids."),
    ("family", "This role would suit someone who enjoys working with children."),
    ("family", "We are looking for someone who will join our family of dedicated staff."),
    ("disability", "Ideal for someone with a sound understanding of health and safety."),
    ("disability", "We prefer candidates with a healthy respect for deadlines."),
    ("disability", "The ideal person will have worked in a hospital pharmacy."),
    ("disability", "We need someone who can administer medication to residents."),
    ("origin", "We are looking for someone who can travel overseas at short notice."),
    ("origin", "We are looking for someone with a similar background in retail."),
    ("origin", "Our new website should look like our competitors' sites."),
    ("appearance", "We are looking for someone who faces challenges with a smile."),
    ("record", "We are looking for someone with a track record of success."),
    ("record", "We are looking for someone with a court reporting certificate."),
    ("age", "Ideal for someone with decades of experience in payroll."),
    ("age", "We are looking for someone who drives lead generation."),
    # the work's contents and the people served, after "include"
    ("record", "Your caseload will include people who have done time."),
    ("religion", "Your caseload will include people who go to church on Sundays."),
    ("family", "Our guests include families and their children."),
    # a condition the employer meets, a link to the community as a skill, a staff benefit, the people served relying
    ("religion", "If you need time off for Eid or Diwali, just let your manager know."),
    ("religion", "We are looking for someone with strong links to the local church community."),
    ("family", "Staff with young children can choose school-hours shifts."),
    ("family", "Our clients depend on you for accurate advice."),
    ("origin", "We want a website whose look matches our customers' expectations."),
    ("family", "If you are looking for a family-friendly employer, apply today."),
    ("family", "Our best hires have been people with a can-do attitude and young ideas."),
    ("family", "We've had problems with late deliveries in the past."),
    # the hire's verb followed by a benefit, a place or a passive cue, not a circumstance
    ("age", "You will have access to our company pension."),
    ("age", "You will have a pension, 25 days holiday and free parking."),
    ("origin", "You must be based in this country."),
    ("family", "You will be part of our family."),
    ("disability", "You should have a good understanding of health and safety."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_person_described_by_a_circumstance_fires(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text, rules_only=True)


def test_probe_grid_recall_and_near_misses():
    """The whole probe grid: fire cases found (337 of 360 with this change, 252 before) and near-misses loud in their
    own category (a floor and a ceiling, so a change that loses the reader or opens the exits fails)."""
    tp, fp = bias_probe_grid(PROBES, rules_only=True)
    fires = sum(c["expect"] == "fire" for c in PROBES)
    assert tp >= 330, (tp, fires)
    assert fp <= 24, fp


def test_person_slot_is_one_bounded_pattern_per_field():
    """Every ground's field expands (an unknown field is an error) into a pattern with only bounded repeats between
    the head and the field word: a long run of person heads and link words costs linear work."""
    import re
    import time

    from jdlint import frames

    for field in ("family", "age", "religion", "origin", "disability", "appearance", "record", "gender"):
        assert re.compile(frames.expand_classes("{person:%s}" % field), re.I)
    with pytest.raises(ValueError):
        frames.expand_classes("{person:hobbies}")
    regex = re.compile(frames.expand_classes("{person:family}"), re.I)
    steps = []
    for n in (200, 400):
        text = "someone with " * n + "nothing."
        t0 = time.perf_counter()
        assert regex.search(text) is None
        steps.append(time.perf_counter() - t0)
    assert steps[1] < steps[0] * 4 + 0.05  # twice the text, about twice the work (not four times)


def test_exits_hold_for_the_person_slot():
    """The frame's exits read the person slot as any term: a denied preference, an EEO statement, the people served."""
    assert not _loud("We do not prefer someone without kids; everyone is welcome to apply.", "family")
    assert not _loud("We are an equal opportunity employer and never screen out people who go to church.", "religion")
    assert not _loud("You will support people who have been in prison to find work.", "record")
    assert _loud("We would prefer someone without kids.", "family")
    assert [d.code for d in bias_findings("We would prefer someone without kids.", rules_only=True)
            if d.category == "bias.family"] == ["D610"]
