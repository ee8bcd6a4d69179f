"""Issue 14 (session 31): gender-coded words in the shapes the lists did not read, and senses that are not
the hire's. Derived forms of a whole-word entry by rule (adverb, noun of quality, adjective of a noun:
"decisiveness", "confidently", "logical", "modest"); person nouns with no agent ending ("salesperson",
"advocate"); words counted only before a person ("a committed team player"); and the other senses: the
quality of people the hire serves ("give students confidence"), the object of a verb of forming others
("nurture graduates into confident litigators"), discretion ("in the strictest confidence"), a sales
pipeline ("nurturing leads"), farm animals, credentials and exams. Sentences written for this file,
in the registers of the training writers' cases, not copied from them."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.checks.gender_coded import _classify, derived_bases
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D201", "D202")))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("word, stem", [
    ("decisiveness", "decisive"), ("decisively", "decisive"), ("confidently", "confident"),
    ("confidence", "confident"), ("objectivity", "objective"), ("logical", "logic"), ("logically", "logic"),
    ("modest", "modesty"), ("opinionated", "opinion"), ("honesty", "honest"), ("gently", "gentle"),
    ("kindness", "kind"), ("fearlessly", "fearless"), ("outspokenness", "outspoken"), ("superiority", "superior"),
])
def test_derived_form_counts_with_its_base(word, stem):
    assert _classify(word)[1] == stem
    assert stem in derived_bases(word)


# ("persistence" was here until gcoded40: a noun of quality read by its grammar since, tests/test_gender_coded_frames40.py)
@pytest.mark.parametrize("word", ["kindly", "activity", "actively", "determinations", "confidential", "objectives",
                                  "personal", "logistics", "decided"])
def test_excluded_or_unrelated_words_stay_off(word):
    assert _classify(word) is None


@pytest.mark.parametrize("text, word", [
    ("Decisiveness under pressure on a busy ward.", "decisiveness"),
    ("You present findings clearly and confidently to the board.", "confidently"),
    ("A logical thinker who can untangle a delivery rota.", "logical"),
    ("A modest, low-ego sub-editor for the night desk.", "modest"),
    ("The ability and confidence to chair a room of councillors.", "confidence"),
    ("We want an aggressive salesperson for the used-car lot.", "aggressive"),
    ("An outspoken advocate for tenants at the tribunal.", "outspoken"),
    ("You are a committed team player on the early shift.", "committed"),
    ("We're after a principled, plain-speaking lawyer.", "principled"),
    ("Adventurous types who fancy a season in the Alps, read on.", "adventurous"),
    ("Grow into a confident presenter with our support.", "confident"),
    ("Develop confident relationships with suppliers.", "confident"),
    ("Develop and maintain a supportive rapport with parents.", "supportive"),
    # a person as the object of a complement verb keeps the word the hire's team's
    ("Keep the team supportive and focused through peak season.", "supportive"),
    ("Make sure you are confident on the phone.", "confident"),
    # a hyphen compound after an intensifier is judged by the word it intensifies
    ("We need a highly-analytical planner for the depot.", "highly-analytical"),
    ("A fiercely-independent reporter for the night desk.", "fiercely-independent"),
    ("Super-competitive closers wanted for the showroom.", "super-competitive"),
    # an adverb after the people served is the hire's manner, not their quality
    ("You treat customers warmly and fairly at the counter.", "warmly"),
    ("Should be able to drive customer discussions independently.", "independently"),  # dev corpus 0172
])
def test_fires_on_the_hire(text, word):
    assert word in coded(text)


@pytest.mark.parametrize("text", [
    "Applications are treated in the strictest confidence.",
    "Report the 95% confidence interval for each estimate.",
    "With the confidence of our clients we build better tools.",
    "Our aim is to give students confidence in spoken English.",
    "Make sure customers trust us with their parcels.",
    "You'll train graduates into confident litigators.",
    "We are developing exceptional, principled leaders from all backgrounds.",
    "Nurturing leads through HubSpot sequences is part of the role.",
    "Help guests feel warm and welcome at check-in.",
    "Headstrong heifers are moved through the crush by two people.",
    "Maintain an active practising certificate from the Law Society.",
    "Prepare objective structured clinical examinations for the students.",
    "We are committed to diversity and inclusion.",
    "The team is committed and well resourced.",
    # what a thing is kept or made; a noun in -ly is a noun
    "Keep the lambing shed warm with the heat lamps overnight.",
    "Make the reception area warm and welcoming for visitors.",
    "Leave the kennels quiet after 9pm.",
    "Dependable supply chains in Turkana are the subject of this evaluation.",
    # an -ly adjective is no intensifier; an -or word can be a thing
    "A friendly-supportive network of local shops.",
    "An early-leading indicator of demand.",
    "You will join an ultra-competitive sales floor.",
    # an adverb of what the people served or the founders did
    "Our founders acted fearlessly in 2009.",
    "Guests respond warmly to a smile at the door.",
])
def test_silent_on_other_senses(text):
    assert coded(text) == []
