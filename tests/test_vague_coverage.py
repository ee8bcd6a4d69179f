"""Vague wording covered by CLASS (issue 14 item 4, third round, helper coverage): benefits and
perks named without naming any, opportunity and disruption hype, atmosphere adjectives and
empty passions (V113, composed from word classes), informal catch-all duties (V201), and the
reviewed stock of business idioms (V107). Each class has sentences that must fire, on the
phrase itself, and near-misses that must stay silent: the same words naming something real,
literal senses, negations, and wording from real dev ads (the ad is named) that was judged.
Fixture text is written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

import jdlint
from conftest import matches_in_a_posting as findings


@pytest.mark.parametrize("text, match", [
    # 1. benefits and perks without naming any
    ("We offer great benefits and perks.", "great benefits and perks"),
    ("You'll get all the usual perks.", "all the usual perks"),
    ("Standard benefits apply.", "Standard benefits"),
    ("Enjoy amazing, generous perks.", "amazing, generous perks"),
    ("You will also receive a comprehensive benefits package!", "comprehensive benefits package"),  # dev ad 0002
    # 2. opportunity and career hype, disruption hype
    ("An exciting career awaits you.", "An exciting career awaits"),
    ("Your next adventure starts here!", "Your next adventure starts here"),
    ("Be part of something bigger.", "Be part of something bigger"),
    ("the chance to be part of our little revolution.", "be part of our little revolution"),  # dev ad 0017
    ("We are disrupting the logistics industry.", "disrupting the logistics industry"),
    ("Help us reshape the future of retail.", "reshape the future of retail"),
    ("We want to turn the insurance market on its head.", "turn the insurance market on its head"),
    # 3. atmosphere adjectives
    ("Join our vibrant, energetic team.", "vibrant, energetic team"),
    ("Our office has an amazing vibe.", "amazing vibe"),
    ("Join a young and dynamic company.", "dynamic company"),  # dev ad 0104
    # 4. a passion for an abstract noun
    ("You have a passion for excellence.", "a passion for excellence"),
    ("We want someone passionate about innovation.", "passionate about innovation"),
    ("Our analyst is dedicated to results.", "dedicated to results"),  # dev ads 0593, 0619
    ("Passion is a must.", "Passion is a must"),
    ("Bring your energy and enthusiasm.", "Bring your energy and enthusiasm"),
    # growth promised with a praise or quantity word, and praise of the culture
    ("There is plenty of room for growth.", "plenty of room for growth"),
    ("We offer excellent career development opportunities.", "excellent career development opportunities"),  # dev ad 0084
    ("We have an awesome work culture.", "awesome work culture"),  # dev ad 0308
    ("Loads of other perks!", "Loads of other perks"),
    ("We offer a great work-life balance.", "great work-life balance"),
    ("We are a close-knit team.", "close-knit team"),
    ("Enjoy all the perks of working for a big brand.", "all the perks of working"),
    ("Benefits are what you'd expect.", "Benefits are what you'd expect"),
    ("We have a great team spirit.", "great team spirit"),
    ("Our team is full of energy.", "is full of energy"),
    ("You'll have a passion for delivering excellence.", "a passion for delivering excellence"),
    ("There's a whole host of perks on offer.", "a whole host of perks"),
    ("Ready for your next big challenge?", "Ready for your next big challenge"),
    ("Join a team that's changing the face of hospitality.", "changing the face of hospitality"),
    ("We're shaking things up in retail.", "shaking things up"),
    ("Do you have a passion for customer service?", "a passion for customer service"),  # dev ad 0146
])
def test_empty_promise_fires_on_the_phrase(text, match):
    assert findings(text, "V113") == [match]


@pytest.mark.parametrize("text", [
    # named in the same sentence, right after, or in the next lines of the block
    "We offer great benefits: health, dental and vision cover, and 20 days of paid leave.",
    "Standard benefits include a 4% 401(k) match and dental cover.",
    "Benefits and perks include medical, dental, a 401(k) and a $500 gym stipend.",
    "Comprehensive benefits. We offer competitive health insurance plans, 401(k), and more.",  # dev ad 0253
    "Beyond The Paycheck (Benefits & Perks)",  # dev ad 0507: a label before the list
    "Availability of these benefits and perks may depend on your location.",  # dev ad 0507
    "For further information on our excellent benefits package, click the link.",  # dev ad 0439
    # other senses and concrete wording
    "You will be part of a team of five nurses on the night shift.",
    "Parcels awaiting collection are kept in the locked cage.",
    "The storm disrupted deliveries across the region last winter.",
    "Lean methods can transform the future of a business.",  # dev ad 0121
    "The energetic dogs in our care need two walks a day.",
    "Vibrant colours sell best in our spring range.",
    "Plan and execute fun company events and offsites.",  # dev ad 0008
    "We sell energy-efficient boilers; good energy savings matter to our clients.",
    "You have a passion for sewing and can hem trousers by hand.",  # dev ad wording (Veeshee)
    # negated, and "dynamic environment" / "dynamic team" left to V102 / V107
    "We do not offer the usual perks; we pay more instead.",
    # company growth is not a promise to the hire (dev ads 0014, 0109); a culture the hire
    # supports is a duty (dev ad 0589); growth with its means named
    "With the continued rapid growth of digital marketing, a huge opportunity exists.",
    "Support a safe, inclusive workplace and a positive team culture.",
    "Plenty of room for growth: a $2,000 training budget and a mentor.",
    # students' love of learning is what a school teaches, not a trait asked of the hire (dev ads 0494, 0503)
    "Your curriculum will cultivate within our students a love for learning.",
    "Benefits are what you'd expect: health cover, a pension and 25 days' leave.",
    "Thrive in a dynamic environment.",
    "Join our dynamic team.",
])
def test_empty_promise_near_misses(text):
    assert findings(text, "V113") == []


@pytest.mark.parametrize("text, match", [
    ("Help out with whatever comes up.", "whatever comes up"),
    ("You'll also handle odds and ends around the office.", "odds and ends"),
    ("Plus anything else that needs doing.", "anything else that needs doing"),
    ("Other bits and pieces as they come up.", "bits and pieces"),
    ("Please also assist with general admin as required.", "general admin as required"),
    ("You'll pitch in on whatever the day brings.", "whatever the day brings"),
    ("Run random errands for the director.", "random errands"),
    ("Assist with any other reasonable requests.", "any other reasonable requests"),
    ("Anything and everything that needs doing.", "Anything and everything"),
    ("Other general duties as the business requires.", "Other general duties as the business requires"),
    ("Help out with the odd job here and there.", "the odd job here and there"),
])
def test_informal_catch_all_duties(text, match):
    assert findings(text, "V201") == [match]


@pytest.mark.parametrize("text", [
    "Sort the odds and ends of fabric into the remnant bin.",
    "Is there anything else we should know? Tell us in your cover letter.",
    # dev ads 0614, 0634: what is needed is named right after
    "Deliver whatever's needed to guide development: this could include wireframes and sitemaps.",
])
def test_catch_all_near_misses(text):
    assert findings(text, "V201") == []


@pytest.mark.parametrize("text, match", [
    ("As a small firm we punch above our weight.", "punch above our weight"),
    ("We have been punching above our weight for years.", "punching above our weight"),  # lemma
    ("Keep your nose to the grindstone in peak season.", "nose to the grindstone"),
    ("We need someone who will take the bull by the horns.", "take the bull by the horns"),
    ("Tired of climbing the corporate ladder?", "corporate ladder"),
    ("We are a big fish in a small pond.", "big fish in a small pond"),
    ("We bring together the brightest minds in design.", "brightest minds"),  # dev ad 0035
    ("Always looking to stay one step ahead of the competition.", "one step ahead"),  # dev ad 0096
    ("We think outside the box.", "think outside the box"),
    ("We are a small company punching well above our weight.", "above our weight"),
    ("We move at a breakneck pace.", "breakneck pace"),
    ("We've gone from strength to strength since 2000.", "from strength to strength"),  # dev ad 0160
    ("We're leaving our competitors in the dust.", "competitors in the dust"),
    ("We are a world leader in our field.", "leader in our field"),  # dev ad 0084
])
def test_business_idioms(text, match):
    assert findings(text, "V107") == [match]


@pytest.mark.parametrize("text", [
    # the literal box, ladder, corners and branches
    "Leave returned parcels outside the box room door.",
    "Climb the ladder to reach the top shelves, with a colleague holding it.",
    "Carry the ladder to the van and secure it with straps.",
    "Trim the branches that overhang the footpath.",
    "Cut the corners of each tile before fitting it.",
    "Roll the ball of dough and rest it for an hour.",
    # dirty work is literal in the trades (dev ad 0184); "get things done" is plain English (0514)
    "This is physical work: heavy lifting and getting your hands dirty.",
    "Be ready to navigate government bureaucracy to get things done.",
    "Our company is looking for a marketing leader.",  # dev ad 0170: not "market leader"
    # negated
    "We never expect you to burn the candle at both ends.",
])
def test_idioms_used_literally_or_negated(text):
    assert findings(text, "V107") == []


@pytest.mark.parametrize("text, code", [
    # a short sentence holding a long name is not a title-case line (propernames: the name's own
    # words are left out when judging the line's case)
    ("She won the Passion For Excellence Award in 2022.", "V113"),
    ("Come and work for Rockstar Games in Edinburgh.", "V101"),
    ("The Whiz Kids Tutoring Centre is hiring.", "V101"),
    ("We are an equal opportunity employer committed to excellence for all races and religions.", "V113"),
    ("Process standard benefits enrolment forms for new hires.", "V113"),
    ("Explain the standard benefits package to new staff during onboarding.", "V113"),
])
def test_names_eeo_and_benefits_work_are_silent(text, code):
    assert findings(text, code) == []


def test_a_title_case_item_that_is_all_name_is_still_a_label():
    # dev ad 0662: "- Team Happy Hours" in a perks list is the perk (V109, opt-in), not a name
    from jdlint.config import Config

    report = jdlint.lint_text("# Perks\n\n- Team Happy Hours\n- Free snacks\n", "t.md",
                              config=Config(select=("V109",)))
    assert [d.match for d in report.diagnostics if d.code == "V109"] == ["Happy Hours", "Free snacks"]


@pytest.mark.parametrize("text, match", [
    ("We need an Excel whiz.", "whiz"),
    ("Calling all coding samurai!", "samurai"),
    ("You are a marketing maven.", "maven"),
    ("We are hiring a growth wunderkind for our London office.", "wunderkind"),  # dev ad 0017 (its title)
])
def test_more_cliche_titles(text, match):
    assert findings(text, "V101") == [match]
