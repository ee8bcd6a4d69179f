"""Benefits and how-to-apply precision on real ads (sections37): classes found by running detection over every dev ad
and the repository's real ads and reading what it called benefits or how-to-apply where the sentence offers the hire
nothing or gives no way to apply (docs/section-labelling.md). Each class has cases that must not be the kind and
near-misses that must stay it. The cases are written for this file, not copied from the ads the classes were found in.

Benefits words in another sense than a perk (classify._benefit_in_other_sense):
- a ground an equal-opportunity statement lists ("without regard to ..., family or medical care leave, ...");
- the field of what the applicant must have ("Vision abilities required", "Occupational Health experience preferred"),
  or what the job asks ("a post requiring flexible hours");
- a word of an organisation's name after "join" or "welcome to" ("to join Northgate Psychological Wellness");
- what the employer builds or publishes ("We built a [benefits finder](https://benefits-finder...)", "we publish
  discounts"), and a word of a link's address;
- a job board's classification label ("Job Family: Professional Development");
- a gift phrase that swallowed a third-person duty verb ("Ensures all treatments are provided as ordered");
- what the employer sells to businesses ("We provide health insurance to small businesses");
and a benefits label or heading over a value that gives nothing ("Benefits: None", "Perks: N/A": detect._nothing_offered).
No way to apply (classify._no_way_to_apply): a closing date alone, a contact for help with a disability or with the
application's technicalities (adjustments as accommodations: classify._ACCOMMODATION_REQUEST), "to apply" a method, a
third-person duty naming the application process; and a job board's "save", "share", "report" or "job alerts" link to
its jobs pages (detect._posting_links).
"""
from __future__ import annotations

import pytest

from conftest import section_kinds
from jdlint.sections import block_scores, sentence_kinds

#: duties and requirements with no heading over them, and no perk or call to apply
BODY = ("Harbour Care is a home-care provider in Leeds.\n\n"
        "You will visit clients at home and help them with meals and medication.\n\n"
        "You must hold a full driving licence and have two years of care experience.\n\n")


def kinds_with(paragraph: str) -> set[str]:
    """The section kinds of a posting of an intro, duties and requirements followed by ``paragraph``."""
    return section_kinds(f"# Care Worker\n\n{BODY}{paragraph}\n")


#: a benefit word in another sense, each class's case; every one was read as offering a perk before sections37
OTHER_SENSES = [
    # eeo grounds
    "Qualified applicants are considered without regard to age, colour, family or medical care leave, marital status, "
    "medical condition, religion or any other protected characteristic.",
    # the field of what the applicant must have, or what the job asks
    "Vision abilities required by this job include close vision and colour vision.",
    "Occupational Health/Wellness experience preferred.",
    "This is a part-time post requiring flexible hours, including some weekends.",
    # an organisation's name
    "Seeking a licensed counsellor to join Northgate Psychological Wellness as a part-time independent contractor!",
    # the employer's product (its address holds the word too)
    "We built a [benefits finder](https://benefits-finder.example.org) with the province that helps people claim the "
    "support they are owed.",
    "Although we publish discounts from local shops in our newsletter, we are not a coupon site.",
    # a job board's classification
    "Job Family: Professional Development",
    # a third-person duty
    "Ensures all treatments are provided as ordered by the physician.",
    # what the employer sells to businesses
    "We provide health insurance to small businesses across Ohio.",
    "We are a leading provider of employee benefits and retirement plans for mid-sized companies.",
]


@pytest.mark.parametrize("sentence", OTHER_SENSES)
def test_benefit_word_in_another_sense_offers_nothing(sentence):
    assert block_scores(sentence, "paragraph")["benefits"] == 0 and "benefits" not in sentence_kinds(sentence)


@pytest.mark.parametrize("paragraph", [
    "Vision abilities required by this job include close vision and colour vision.",
    "This is a part-time post requiring flexible hours, including some weekends.",
    "Although we publish discounts from local shops in our newsletter, we are not a coupon site.",
    "Job Family: Professional Development",
    "We provide health insurance to small businesses across Ohio.",
    # a benefits label or heading over a value that gives nothing
    "Benefits: None",
    "**Perks:** N/A",
    "Salary: £24,000\nBenefits: TBC",
    "## Benefits\n\nTo be confirmed at interview.",
])
def test_benefit_word_in_another_sense_is_no_benefits_section(paragraph):
    assert "benefits" not in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", [
    "We are an equal opportunity employer and offer medical, dental and vision insurance to all staff.",
    "We have built a generous benefits package with medical and dental cover.",
    "Health insurance, a pension and free parking; no experience required.",
    "This role requires some travel, and we offer flexible hours and a pension.",
    "Join Harbour Care and enjoy free parking, a pension and 28 days' holiday.",
    "Ensure you take your 28 days of paid holiday: we want you rested.",
    "Regardless of your role, every employee gets 25 days of holiday and private health insurance.",
    "Irrespective of contract type, all staff receive a pension and free parking.",
    "Holiday pay plus an experience-based bonus and a pension.",
    "We operate a four-day week and a profit share.",
    "Harbour Care runs free lunches every Friday.",
    "We launched unlimited holiday last year.",
    "We offer a pension, private health insurance and discounts at partner companies.",
    "Benefits: a pension and 28 days' holiday",
    "Benefits: None yet beyond the statutory minimum, but a pension scheme starts in April.",
])
def test_perk_beside_those_words_is_benefits(paragraph):
    assert "benefits" in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Applications close on Friday 14 March 2025.",
    "Please note that the deadline for applications for this post is 5pm on Friday 15 August.",
    "If you are unable to use our online application system due to a disability, please call 0113 496 0000.",
    "If you are having trouble with the online form, please contact recruitment@harbourcare.example.",
    # "to apply" a method, and a third-person duty naming the application process
    "You will help the councils we partner with to apply the approaches and methods we use ourselves.",
    "Builds the yearly intake process, including the partner application process and placement of fellows.",
    # a job board's own actions on the posting, linked to its jobs pages
    "[Save this job](https://jobs.example.org/save/123)",
    "[Get job alerts](https://jobs.example.org/alerts?q=care)",
    "[Report this job](https://jobs.example.org/jobs/123/report)",
    # adjustments, the UK's word for accommodations, asked for in the recruitment process
    "Reasonable adjustments: if you need any adjustments during the recruitment process, please contact "
    "hr@harbourcare.example.",
])
def test_no_way_to_apply_is_no_how_to_apply(paragraph):
    assert "how-to-apply" not in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", [
    "Applications close at noon on Friday: send your CV to recruitment@harbourcare.example.",
    "Apply by 30 June via our careers portal.",
    "The closing date is 5 May; please submit your application online.",
    "To apply, email your CV to recruitment@harbourcare.example before the closing date.",
    "Click the button to apply the easy way.",
    "[Apply for this job](https://jobs.example.org/jobs/123/apply)",
    "[Care Worker, Leeds](https://careers.harbourcare.example/jobs/4412)",
    "Please tell us about any adjustments you need for the selection process when you apply online at "
    "careers.harbourcare.example.",
])
def test_a_channel_beside_a_deadline_is_how_to_apply(paragraph):
    assert "how-to-apply" in kinds_with(paragraph)
