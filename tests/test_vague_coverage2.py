"""Vague wording by CLASS, fourth round (issue 14 item 4, helper coverage2): hype words for the
hire's attitude (V114, a word class in person frames; V105's rank labels), empty business verbs
with an abstract object and hyperbole about the employer (V113), the workplace-as-family claim
said other ways (V103) and formal catch-all duties (V201). Each class has sentences that must fire
on the phrase itself and near-misses that must stay silent: literal senses, ownership "family",
a figure or a method that says what is meant, and wording from real dev ads (the ad is named)
that was judged. Fixture text is written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.engine import each_phrase
from conftest import matches_in_a_posting as findings


def vague(text: str) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md")
    return [(d.code, d.match) for d in each_phrase(report.diagnostics, report.source.text) if d.category == "vague"]


@pytest.mark.parametrize("text, code, match", [
    # 1. hype words for the hire's attitude, in a person frame
    ("We want someone hungry and coachable.", "V114", "hungry and coachable"),
    ("Are you scrappy and resourceful?", "V114", "scrappy"),
    ("You're a relentless closer.", "V114", "relentless"),
    ("The ideal candidate is tenacious.", "V114", "tenacious"),
    ("Driven people thrive on our sales floor.", "V114", "Driven people"),  # the trait with its person noun (coverage3)
    ("Driven individuals thrive on our sales floor.", "V114", "Driven individuals"),  # V105's older phrase, now V114's class (coverage3)
    ("We're looking for ambitious developers to join us.", "V114", "ambitious"),  # dev ad 0013
    ("A hungry go-getter with a strong can-do attitude.", "V114", "hungry"),  # dev ad 0428
    ("An energetic, highly motivated and driven person.", "V114", "energetic, highly motivated and driven person"),  # dev ad 0428
    # dev ad 0008; one finding per phrase (engine.one_finding_per_phrase): V113's composed phrase is the longer
    ("Positive, high-energy individual that possesses a great attitude.", "V113", "high-energy individual"),
    ("You have grit, hunger and a killer instinct.", "V114", "grit, hunger and a killer instinct"),
    ("Tenacity is a must.", "V114", "Tenacity"),
    ("Must have drive and determination.", "V114", "drive and determination"),
    ("Driven? Ambitious? Read on.", "V114", "Driven"),
    ("You are competitive and want to win.", "V114", "competitive"),
    ("We need high-calibre candidates.", "V114", "high-calibre"),
    ("We only hire top performers.", "V105", "top performers"),
    ("Be bold, be hungry.", "V114", "hungry"),
    ("We're after someone with a hunger to learn.", "V114", "hunger"),
    ("A real grafter is what we need.", "V105", "grafter"),
    ("We want difference makers who will inspire children.", "V105", "difference makers"),  # dev ad 0462
    # 2. empty business verbs with an abstract object, and their noun forms
    ("You will drive innovation across the business.", "V113", "drive innovation"),
    ("Spearhead growth and make your mark.", "V113", "Spearhead growth"),
    ("Help us foster a culture of excellence.", "V113", "foster a culture of excellence"),
    ("Fuel our growth.", "V113", "Fuel our growth"),
    ("We champion innovation.", "V113", "champion innovation"),  # dev ad 0265
    ("Drive innovation in everything we do.", "V113", "Drive innovation"),
    ("Champion change in the organisation.", "V113", "Champion change"),
    ("Be a catalyst for change.", "V113", "a catalyst for change"),
    ("Act as a change agent across the group.", "V113", "a change agent"),
    # the idiom has one home, V107's lemma list (vague5): "help shape the future of adult social care in Cumbria"
    ("Help us shape the future of healthcare.", "V107", "shape the future"),
    ("Unlock your potential with us.", "V113", "Unlock your potential"),
    ("Be the driving force behind our growth.", "V113", "the driving force behind our growth"),
    # 3. hyperbole about the employer
    ("Our clinic is the envy of the region.", "V113", "the envy of the region"),
    ("A workplace like no other.", "V113", "like no other"),
    ("Welcome to VCU, a world unlike any other.", "V113", "unlike any other"),  # dev ad 0473
    ("We are world-renowned for our pastries.", "V113", "world-renowned"),
    ("Our customer service is unmatched.", "V113", "is unmatched"),
    ("There is nowhere else like it.", "V113", "nowhere else like it"),
    ("The best place you'll ever work.", "V113", "The best place you'll ever work"),
    ("Our hotel is the talk of the town.", "V113", "the talk of the town"),
    ("We're simply the best.", "V113", "simply the best"),
    ("We are an employer of choice.", "V113", "an employer of choice"),
    # the workplace as a family
    ("We treat each other like family.", "V103", "treat each other like family"),
    ("From day one you are part of the family.", "V103", "you are part of the family"),
    ("We're like a second family.", "V103", "like a second family"),
    ("Everyone here is family.", "V103", "Everyone here is family"),
    ("We have a real family atmosphere.", "V103", "family atmosphere"),
    # 4. formal catch-all duties
    ("Cover reception as and when required.", "V201", "as and when required"),
    ("Perform additional responsibilities as directed by management.", "V201", "additional responsibilities as directed"),
    ("Any other duties commensurate with the post.", "V201", "Any other duties commensurate with the post"),
    ("Provide ad-hoc support to the directors.", "V201", "ad-hoc support"),
    ("Any reasonable request from management.", "V201", "Any reasonable request"),
    ("Anything else your manager asks.", "V201", "Anything else your manager asks"),
    ("Such tasks as may be assigned from time to time.", "V201", "Such tasks as may be assigned"),
    ("Other reasonable duties.", "V201", "Other reasonable duties"),
    ("Supporting the wider team as required.", "V201", "Supporting the wider team as required"),
])
def test_each_class_fires_on_the_phrase(text, code, match):
    assert match in findings(text, code)


@pytest.mark.parametrize("text", [
    # literal senses of the trait words, and the same words about something other than the hire
    "Hungry customers queue at lunchtime, so speed at the till matters.",
    "Our vision: no one in the county goes hungry.",  # dev ad 0384
    "Serving authentic cuisine to hungry Texans for over 30 years.",  # dev ad 0402
    "You will be driven to each site by the foreman.",
    "Test-driven development and code review are part of every sprint.",
    "We are a data-driven team that ships every week.",
    "We're driven by the Web's ability to unite people.",  # dev ad 0095
    "Our ambitious mandate is to move 40 services online by 2027.",  # dev ad 0540
    "You need a full driving licence and your own car.",
    pytest.param("Competitive candidates will have a degree in nursing.", marks=pytest.mark.xfail(strict=True, reason=(
        "open: v119_49 (V119 with the released writers' cases: 'a degree in nursing' scores 1.77)"))),
    "Elite athletes train at our gym.",
    "Substantial rewards for high achievers, including trips.",  # dev ad 0364
    "Top performers are well rewarded.",
    # business verbs with a literal or a concrete object
    "You will drive the delivery van on the Leeds route.",
    "You will drive forklifts and pallet trucks safely.",
    "Drive growth in the Midlands region from 40 to 60 accounts by December.",
    "Drive continuous improvement in our month-end processes.",  # dev ads 0210, 0523, 0589 ('our' capped by models15)
    "Champion the growth and adoption of a service design mindset.",  # dev ad 0577
    "We foster a culture of inclusive excellence.",  # dev ad 0505
    "As an Innovation Specialist, the team member makes an impact on a massive scale.",  # dev ad 0583
    "Help partners understand how to deliver value, rather than features, to their users.",  # dev ad 0583
    "Provide coaching to agency change agents and leaders.",  # dev ad 0622
    "You will push the pallet truck to bay 3.",
    "You will be the main driver of the forklift.",
    "Oversees the accounting team, drives excellence in financial reporting.",  # dev ad 0238
    "Share your musical expertise to inspire students and foster their growth.",  # dev ad 0463
    "Drive the future of our platform team through weekly releases.",
    "Be sure to bring ID.",
    # evidence with the superlative, and a product's one-off
    "Our nurses were rated best in the state by the 2024 Press Ganey survey.",
    "Our lab won the 2024 national award for patient safety.",
    "We make one-of-a-kind furniture.",
    # family as ownership, medicine, members
    "We are a family-run garage in Cork.",
    "We are a family-owned business with 12 stores.",
    "The practice specialises in family medicine.",
    "Health cover extends to your family members.",
    "Benefits include paid leave for family emergencies.",
    # catch-all words about stock, and negated duties
    "Ensure packaging materials are available as and when required.",  # dev ad 0230
    "Orders are shipped as and when stock arrives from the supplier.",
    "There are no other duties: this role is purely delivery driving.",
])
def test_near_misses_stay_silent(text):
    assert vague(text) == []
