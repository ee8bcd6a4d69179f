"""Session 36 (bias36): classes of discrimination in ordinary words that leave-one-writer-out over the training writers
showed the named rules missing (``scripts/train_bias_model.py --lowo -v``), each built as a frame or a term class, not
as one sentence (D405's transport at info: tests/test_transport_info36.py).

Classes (fixtures written here, in other words than the writers' cases):
- preference relayed as the people served's: "our guests expect a ..." with the trait straight after the article, and
  its effect on them ("... would reassure our clients"); not what the employer offers ("you can expect a ...") nor a
  service standard ("clients expect a fast reply");
- "seeks" read as "seeking" (the present of the same search);
- the team's average age as the measure of fitting in (fit and kept frames only: the customers' average age is none);
- a student pictured as the one the job suits ("perfect weekend job for a college student"): suitability cues only, so
  a scheme's eligibility ("must be a current university student") and an internship's intake stay silent;
- one child or one sick or elderly relative as what the applicant has ("if you've got a toddler ..."), after a verb of
  having or "with" only (the child a nanny minds is the beneficiary's);
- an ethnic group or tribe named as the wanted people, in the plural or before a people or background noun (not the
  same word as a language: "Zulu required" beside English, "Yoruba speakers");
- the team told as one kind, then "looking for one more" of it.

The fire cases are checked with the rules alone (the bias model's D119-D919 ignored), so each fails without its mechanism.
"""
from __future__ import annotations

import pytest

from conftest import loud_bias_matches


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # preference relayed as the people served's
    ("origin", "Our guests expect a European face at reception.", "European face"),
    ("origin", "Most of our patients prefer a Filipino nurse.", "Filipino nurse"),
    ("religion", "Our members expect a Christian coach for the youth league.", "Christian coach"),
    ("origin", "Someone with a proper English name would reassure our older clients.", "proper English name"),
    # seeks
    ("age", "Busy bakery seeks lads under 25 for the early shift.", "lads under 25"),
    ("origin", "Language school seeks tutor with a Western face for open days.", "Western face"),
    # the team's average age
    ("age", "You'd fit right in with the crew: the team's average age is 27.", "average age is 27"),
    ("age", "Our office has an average age of 24, so you'd fit right in.", "average age of 24"),
    # a student pictured as suiting the job
    ("age", "Perfect weekend job for a college student who wants some spending money.", "college student"),
    ("age", "This would suit a uni student looking for evening hours.", "uni student"),
    # a child or a dependent relative of one's own
    ("family", "If you've got a baby or an elderly parent at home, this role isn't for you.", "a baby"),
    ("family", "Anyone with a newborn need not apply.", "a newborn"),
    ("family", "Candidates with a sick mother will not be considered.", "a sick mother"),
    # an ethnic group or tribe as the wanted people
    ("origin", "Kalenjin applicants preferred for the running shop.", "Kalenjin applicants"),
    ("origin", "Zulus only for the security contract.", "Zulus"),
    ("origin", "Would suit a driver of Pashtun background.", "Pashtun background"),
    # the team of one kind wanting one more
    ("age", "Our crew of twenty-somethings is looking for one more.", "twenty-somethings"),
]

SILENT = [
    ("age", "You can expect a friendly team, free lunches and a gym."),
    ("origin", "Our clients expect a fast reply and a clear quote."),
    ("origin", "Our guests expect a warm welcome from every member of staff."),
    ("disability", "A calm manner will reassure our patients before surgery."),
    ("origin", "The charity seeks to support Polish families across the city."),
    ("age", "The average age of our residents is 84, so patience matters."),
    ("age", "Applicants must be current university students."),
    ("age", "We are looking for university students to join our summer internship."),
    ("age", "You will mentor a college student through their placement year."),
    ("family", "The family is looking for a nanny for a newborn."),
    ("family", "You must have experience with a toddler."),
    ("family", "Help a sick parent with shopping and appointments twice a week."),
    ("origin", "Fluency in English and Zulu required."),
    ("origin", "Yoruba speakers preferred for our Lagos call centre."),
    ("origin", "You will work with Hausa communities across Kano."),
    ("age", "Our team of nurses is looking for one more."),
    # religion as the subject taught (the seeking cue met it before "seeks" joined it)
    ("religion", "The academy is seeking a religion teacher for Years 7 to 11."),
    ("religion", "Our school seeks a Religious Education teacher from September."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires_with_the_rules_alone(category, text, span):
    found = _loud(text, category)
    assert any(span in m or m in span for m in found), (text, found)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert _loud(text, category) == [], text
