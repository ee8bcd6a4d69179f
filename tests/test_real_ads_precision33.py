"""Wrong bias findings on real ads outside the corpus sources (realads17, session 33), fixed by class from the
independent judge's reasons (the ads themselves stay unread): a fact stated with "there is/are no" shuts nobody out
(D410 read "There are no clinic appointments on weekends" as medical appointments excluded); the children in the
employer's care are not the applicant's (D610 read "our children" of a school or a nursery as the applicant's family);
young people the hire will lead are the hire's reports, not an age asked of the hire (D303 read "lead a team of young
developers" as an age preference). Each with the fire cases the same words still make. And S110 (a judged-wrong
finding on realads17 A): a remote job told as what the hire may do ("Able to work fully remotely") is a work location.
Sentences written for this test."""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent


@pytest.mark.parametrize(("category", "text"), [
    ("disability", "There are no clinic appointments on weekends, so the post is Monday to Friday."),
    ("disability", "There is no medical examination for this post."),
    ("disability", "There'll be no physiotherapy appointments on Saturdays while the clinic is refurbished."),
    ("family", "The ideal candidate will love spending time with our children."),
    ("family", "You will be the key person for a group of our little ones aged two to four."),
    ("family", "Our pupils deserve the best, so we need a teacher who plans carefully."),
    ("family", "The family's twins are 4 and 7 and need collecting from school at 3pm."),
    ("age", "You will lead and mentor a team of young developers in Cape Town."),
    ("age", "You will manage our young engineers and review their designs."),
    ("age", "Line-manage three young apprentices through their first year on site."),
])
def test_facts_children_in_care_and_the_hires_reports_are_silent(category, text):
    assert_bias_silent(category, text)


@pytest.mark.parametrize(("category", "text", "span"), [
    ("disability", "Not ideal for anyone with regular hospital appointments.", "hospital appointments"),
    ("disability", "No hospital appointments during the first three months of the contract.", "hospital appointments"),
    ("family", "Do you have children of your own?", "children"),
    ("family", "The ideal candidate will have no children under five.", "children"),
    ("family", "Our client would prefer a nanny without children of her own.", "children"),
    ("age", "We want young developers to apply.", "young"),
    ("age", "Join our young team of developers.", "young team"),
    ("age", "We are hiring young developers for our Cape Town office.", "young"),
    ("age", "You will lead a young team.", "young team"),
])
def test_the_same_words_still_fire_where_they_ask_of_the_hire(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize(("category", "text"), [
    ("disability", "Regular hours: no on-call, no urgent care, no clinic appointments on weekends, no late finishes."),
    ("disability", "If you require a disability related accommodation in order to take part in the interview, please tell us."),
    ("disability", "Candidates who need disability-related adjustments at any stage should contact the recruitment team."),
    ("age", "You will be leading a team of passionate young developers on citizen-science projects."),
])
def test_schedule_facts_accommodation_offers_and_led_teams_in_other_shapes(category, text):
    assert_bias_silent(category, text)


@pytest.mark.parametrize(("category", "text", "span"), [
    ("disability", "No hospital appointments during probation, please.", "hospital appointments"),
    ("disability", "We cannot accommodate anyone with a disability on this site.", "disability"),
    ("age", "You will manage the recruitment of young developers for the graduate scheme.", "young developers"),
])
def test_and_their_fire_cases(category, text, span):
    assert_bias_fires(category, text, span)


REST = ("\n\nWe are a charity in the north. You have a degree. Full-time, Monday to Friday. Benefits: pension. "
        "We are an equal opportunity employer. Apply by email to jobs@example.org.\n")


def _missing_location(text: str) -> bool:
    import jdlint
    from jdlint.config import Config

    report = jdlint.lint_text("# Finance Officer\n\n" + text + REST, "ad.md", config=Config(select=("S110",)))
    return any("work location" in d.message for d in report.diagnostics)


@pytest.mark.parametrize("text", [
    "* Able to work fully remotely",
    "You will work remotely, with a team day in the office each quarter.",
    "You'll have the option to work 100% remotely.",
])
def test_a_remote_job_told_as_what_the_hire_may_do_is_a_location(text):
    assert not _missing_location(text)


@pytest.mark.parametrize("text", [
    "You will support colleagues who work remotely and answer the phone.",
    "Our volunteers work remotely across the region; you will keep the books.",
])
def test_other_peoples_remote_work_is_not_this_jobs_location(text):
    assert _missing_location(text)
