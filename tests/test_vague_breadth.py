"""Breadth of the cliché lexicon and literal-sense guards (issue 14 item 4, helper vague5).

A recruiter's cliché is one of a few hundred stock phrases with inflections and small variants, so
recall comes from breadth (families of phrases in rules/vague.yaml); precision on the same words
comes from one mechanism, the skip context ``literal`` (jdlint/data/literal_senses.yaml): a
borrowed metaphor is silent when the trade it borrows from is the job's subject. Fixture text is
written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

from importlib.resources import files

import pytest

import jdlint
from jdlint.engine import each_phrase
from jdlint.context import TITLE_REACH, literal_domains
from jdlint.yamlio import load_fast

VAGUE_PAY = ("P101", "P102")


def vague(text: str) -> list:
    report = jdlint.lint_text(text + "\n", "t.md")
    return [d for d in each_phrase(report.diagnostics, report.source.text) if d.category == "vague" or d.code in VAGUE_PAY]


def flagged(text: str) -> list[str]:
    return [d.match for d in vague(text)]


# -- literal senses: the metaphor's own trade is the job's subject -------------------------------
@pytest.mark.parametrize("text", [
    "Harvest crew start by picking the low-hanging fruit from the dwarf apple trees, then move on to ladders.",
    "Our ninja warrior obstacle course instructors must hold a current first aid certificate.",
    "A guru in Sikh usage is a spiritual teacher; this translator post covers Punjabi religious texts.",
    "Guide visitors through the Star Wars exhibition and answer questions about the Jedi costumes.",
    "Book the magician and the wizard act for children's parties at the circus.",
    "Coach the under-14 basketball team and step up to the plate at batting practice with them.",
    "Lay cable ducts and work in the trenches alongside the groundworks crew.",
    # blades and pressure work (from the blind5 set's false alarms, now development data)
    "You will hone the cutting edge of each chef's knife by hand on a water stone.",
    "Saturation divers work under pressure in a hyperbaric chamber for up to 28 days.",
])
def test_a_cliche_in_its_own_trade_is_literal(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("Your first task is to grab the low-hanging fruit in our sales pipeline.", "low-hanging fruit"),
    ("We're looking for a marketing guru to own our social channels.", "guru"),
    ("Are you an Excel ninja? Apply now.", "ninja"),
    ("Calling all spreadsheet wizards!", "wizards"),
    ("We need someone willing to step up to the plate when it matters.", "step up to the plate"),
    ("You will be in the trenches with our founders every day.", "in the trenches"),
    ("We build cutting-edge software for insurers.", "cutting-edge"),
    ("You will work under pressure to tight deadlines.", "work under pressure"),
])
def test_the_same_words_outside_their_trade_still_fire(text, word):
    assert word in flagged(text)


def test_the_title_names_the_trade():
    # the posting's first block is its title: a fruit farm's ad uses the orchard sense throughout
    assert flagged("# Fruit pickers, apple orchard\n\nStart with the low-hanging fruit, then the top rows.") == []
    assert "low-hanging fruit" in flagged("# Sales executive\n\nStart with the low-hanging fruit, then the hard accounts.")


def test_only_the_start_of_a_long_first_block_counts_as_its_title():
    filler = "We sell software to dentists and vets across the country. " * (TITLE_REACH // 40)
    near = "Apple orchard work. " + filler + "Grab the low-hanging fruit in your territory."
    far = filler + "Apple orchard work. Grab the low-hanging fruit in your territory."
    assert flagged(near) == []                      # a cue at the head of a flattened posting
    assert "low-hanging fruit" in flagged(far)       # the sentence before is not this sentence


def test_no_domain_word_is_its_own_cue():
    # a cue names the trade, not the metaphor: were a domain's word its own cue, two uses of the
    # cliché in one sentence would make each other literal
    data = load_fast((files("jdlint.data") / "literal_senses.yaml").read_text("utf-8"))["domains"]
    assert [name for name, _, _ in literal_domains()] == list(data)
    for (name, _, cues), domain in zip(literal_domains(), data.values()):
        assert [w for w in domain["words"] if cues.fullmatch(str(w))] == [], name


# -- breadth: one or two sentences per family, inflected where lemma matching should carry it ----
@pytest.mark.parametrize("text, code, match", [
    # opportunity hype
    ("Excellent opportunity for the right candidate!", "V107", "Excellent opportunity"),
    ("This is a career-defining opportunity for a product manager.", "V107", "career-defining opportunity"),
    ("Land your dream job with us.", "V107", "dream job"),
    # the future and the difference claimed
    ("Come and help shape the future of adult social care in Cumbria.", "V107", "help shape the future"),
    ("Together we are shaping the future of web measurement.", "V107", "shaping the future"),
    ("You will make a lasting difference to families.", "V107", "make a lasting difference"),
    # excellence striven for
    ("Our team strives for excellence in everything it does.", "V107", "strives for excellence"),
    ("The University is committed to the pursuit of excellence in research.", "V107", "pursuit of excellence"),
    # potential with no figure
    ("Uncapped potential for high performers.", "V107", "Uncapped potential"),
    ("Reach your full potential with us.", "V107", "Reach your full potential"),
    ("Kick-start your career in logistics.", "V107", "Kick-start your career"),
    # startup buzzwords
    ("You own problems end to end and have a strong bias for action.", "V107", "bias for action"),
    ("Customer service is in our DNA.", "V107", "in our DNA"),
    ("We want people who think like an owner.", "V107", "think like an owner"),
    # magic, sport and war metaphors
    ("Our studio is where the magic happens.", "V107", "where the magic happens"),
    ("Automation is the silver bullet for churn.", "V107", "silver bullet"),
    ("We're putting a full-court press on enterprise accounts.", "V107", "full-court press"),
    ("Lead the launch war room and rally the troops.", "V107", "war room"),
    # the employer about itself
    ("We pride ourselves on friendly service.", "V107", "pride ourselves on friendly service"),
    ("You will play a pivotal role in our growth.", "V107", "pivotal role"),
    ("Due to continued growth, we are recruiting two drivers.", "V107", "Due to continued growth"),
    ("Our drivers are the backbone of our business.", "V107", "backbone of our business"),
    ("Join a forward-thinking company in Leeds.", "V107", "forward-thinking company"),
    # traits and titles
    ("We want a Swiss Army knife who can cover front of house and the bar.", "V101", "Swiss Army knife"),
    ("Are you a wordsmith with an eye for detail?", "V101", "wordsmith"),
    ("You relish a challenge and embrace change.", "V105", "relish a challenge"),
    ("Sales is in your blood.", "V105", "in your blood"),
    ("No job is too big or too small for our team.", "V105", "No job is too big or too small"),
    ("We're a scrappy, hungry team of six who ship fast.", "V114", "scrappy, hungry team"),
    ("Candidates must be dynamic and eager to learn.", "V114", "dynamic and eager"),
    ("Candidate must be hard-working, dynamic and with strong motivation for success.", "V113",
     "strong motivation for success"),
    ("You will excel in a target-driven environment.", "V102", "target-driven environment"),
    ("Leave your ego at the door.", "V110", "Leave your ego at the door"),
    ("Here the best idea wins.", "V111", "the best idea wins"),
    ("We're like brothers and sisters on this site.", "V103", "like brothers and sisters"),
    ("You need a flexible approach to working hours.", "V301", "a flexible approach to working hours"),
    ("Help out around the office when it is quiet.", "V201", "Help out around the office"),
    ("Duties will be varied.", "V102", "Duties will be varied"),
    ("No two days the same!", "V102", "No two days the same"),
    ("A proven track record of success in retail.", "V107", "track record of success"),
    ("Be your own boss and enjoy financial freedom.", "V107", "Be your own boss"),
    ("Work in our state-of-the-art lab.", "V107", "state-of-the-art"),
    ("Energetic freshers can apply.", "V114", "Energetic freshers"),
    ("You will be thinking out of the box.", "V107", "thinking out of the box"),
    ("Everyone wears lots of different hats.", "V104", "wears lots of different hats"),
    ("A stimulating place full of exciting projects.", "V107", "exciting projects"),
])
def test_each_family_fires(text, code, match):
    assert match in [d.match for d in vague(text) if d.code == code]


@pytest.mark.parametrize("text", [
    "Pick apples and pears in our Kent orchard; start with the low-hanging fruit.",    # literal, the trade
    "Teach karate to children: you will be the ninja warrior course instructor.",       # literal, martial arts
    "Our data driven culture means every decision has a dashboard.",                   # data-driven, not hunger
    "Ensure staff have great places to work in Ottawa and Montreal.",                  # offices, a duty
    "Our solution can be rapidly scaled and deployed across jurisdictions.",           # a system that scales
    "Close the month-end accounts and close service tickets in real time.",            # 'close', not 'closer'
    "Applying forward-thinking design principles to product development.",             # only of the employer
    "We are not a work hard, play hard company: everyone leaves at 5:30.",             # negated
    "This is not an exciting opportunity; it is steady night work at $19 an hour.",    # negated
    "The backbone of our network is a pair of redundant fibre links.",                 # literal backbone
    "You will answer 50 calls a day and log each in the CRM.",                         # concrete duty
    "A varied role covering payroll, HR and facilities.",                              # the parts are named
    pytest.param("Our hotel is a home away from home for guests.", marks=pytest.mark.xfail(strict=True, reason=(
        "open: v119_49 (V119 with the released writers' cases reads the hotel's cliché to guests, 1.84)"))),  # the guests' home
    "Conceive studies to advance the state of the art in the specialty area.",         # the noun, a frontier
    "Inspire children to become lifelong learners.",                                   # the children, not the hire
    "The software works out of the box with your existing printers.",                  # a default, not the idiom
    "Wear hard hats and steel-toe boots on site at all times.",                        # literal hats
])
def test_near_misses_stay_silent(text):
    assert vague(text) == []
