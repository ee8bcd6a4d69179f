"""Missing-section findings on ads that have the section, and a licence the job explains (mend35).

Judged wrong on real ads (session 35's judge on the dev corpus, the realads judge), each fixed by its class:
- the work's place told in other words: a remote job as "fully virtual/remote", the employer's own way of
  working ("we largely work distributedly"), its workplaces listed with their places ("we have locations in
  Ottawa, Montreal, ..."), a place and remote slashed in the title ("Loan Officer - Texas/Remote"), "based
  somewhere in London" (dev 0476, 0577, 0337, 0183); near-misses: remote as what the employer's customers are,
  a market ("we have clients in London"), a product ("a fully virtual data room"), an empty "Location:";
- how to apply as a bare contact line closing the ad ("Contact: <address>", dev 0170); near-miss: a
  mailbox for the press;
- no how to apply where the ad gives no way to apply now: a link to be notified when applications open,
  under a "How To Apply" heading or in a table of contents' link (dev 0631, 0649; session 35's labellers'
  convention), and applying put off ("we would not want anyone to apply unless ...", dev 0197);
- S102: duties told in running text of the job's own kind, named by a noun of the title ("Computer Science
  Competition Teacher / Instructor / Coach" over "Aralia's instructors provide students with personalized
  education", dev 0476); near-misses: another kind of staff, the hire as the object, a verb that is no duty;
- D405: a licence the job explains by its travel ("traveling to work assignments throughout the county",
  dev 0439) is lowered to info, as any driving duty lowers it; a licence with no reason stays a warning.
"""
from __future__ import annotations

import pytest

import jdlint
from conftest import section_kinds
from jdlint.config import Config
from jdlint.sections.classify import sentence_kinds

DUTIES = ("# Tutor\n\n## Duties\n\n- Teach small groups of students\n- Mark homework\n- Report progress to parents\n\n")


def _missing_location(text: str) -> bool:
    report = jdlint.lint_text(text, "t.md", config=Config(select=("S108",)))
    return any(d.code == "S108" for d in report.diagnostics)


@pytest.mark.parametrize("sentence", [
    "Class mode: Small group classes (2 to 7 students) on a fully virtual/remote platform.",  # dev 0476
    "This is a fully virtual role.",
    "While we have locations in Ottawa, Montreal, Toronto, and Kitchener; we largely work distributedly.",  # dev 0577
    "We mostly work remotely and meet twice a year.",
    "We have offices in London and Leeds.",
    "We're a small dedicated team based somewhere in London.",  # dev 0183
])
def test_the_place_told_in_other_words_is_a_location(sentence):
    assert "location" in sentence_kinds(sentence)
    assert not _missing_location(DUTIES + sentence + "\n")


def test_a_place_and_remote_slashed_in_the_title_is_a_location():
    assert "location" in sentence_kinds("Mortgage Loan Officer - Texas/Remote")  # dev 0337
    assert not _missing_location("# Mortgage Loan Officer - Texas/Remote\n\n" + DUTIES[len("# Tutor\n\n"):])


@pytest.mark.parametrize("sentence", [
    # remote as what the customers are, not where this job is
    "Our software helps fully remote teams collaborate.",
    "We build tools for remote-first companies.",
    "We serve remote communities across the north.",
    # a market, a product, a slash that joins no places
    "We have clients in London and Paris.",
    "Acme is a fully virtual data room provider.",
    "Sales/Marketing Assistant",
    # stores in several towns leave open which one the job is at (test_location13)
    "We have three stores in Leeds and York.",
])
def test_near_misses_are_no_location(sentence):
    assert "location" not in sentence_kinds(sentence)


def test_an_empty_location_heading_is_still_missing():
    assert _missing_location(DUTIES + "## Location:\n\n## Benefits\n\n- 25 days of paid holiday\n")
    # ... while the employer's remote team is the job's place
    assert not _missing_location(DUTIES + "Join our fully remote team.\n")


@pytest.mark.parametrize("line, apply", [
    ("Contact:#EMAIL_6f5babe7330f88f53dee2b7cb38903d7b105afda37af31fffb2e1819e617cca0#", True),  # dev 0170
    ("Contact: jane@acme.com", True),
    ("Contact us: jobs@acme.co.uk", True),
    ("Contact: press@acme.com", False),  # a mailbox for something else
    ("Press contact: press@acme.com", False),
    ("For press enquiries contact: media@acme.com", False),
    ("Contact: Jane Smith, 0113 496 0000", False),  # a contact block, not an address to write to
    ("Contact Email: ptwilliams2@example.edu", False),  # a contact block's label (dev 0503, test_sections)
])
def test_a_bare_contact_line_is_how_to_apply(line, apply):
    assert ("how-to-apply" in sentence_kinds(line)) is apply


def test_a_contact_line_closing_the_ad_answers_s106():
    text = DUTIES + "You have two years of teaching experience.\n\nContact: jane@acme.com\n"
    press = DUTIES + "You have two years of teaching experience.\n\nContact: press@acme.com\n"
    assert "how-to-apply" in section_kinds(text)
    assert "how-to-apply" not in section_kinds(press)


@pytest.mark.parametrize("sentence", [
    "Sign up here to be notified when we open new roles.",
    "If you'd like to be notified when the application is open please sign up here.",
    "Subscribe to receive job alerts.",
    "We are growing quickly and we would not want anyone to apply unless they would consider working for us long term.",
    "Please do not apply if you need sponsorship.",
])
def test_no_way_to_apply_now_is_no_how_to_apply(sentence):
    assert "how-to-apply" not in sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Do not apply by post: email your CV to jobs@acme.com.",  # a channel beside it
    "To apply, send your CV to jobs@acme.com.",
    "We will be accepting applications through the Public Notice on USAJOBS.",
])
def test_a_channel_is_still_how_to_apply(sentence):
    assert "how-to-apply" in sentence_kinds(sentence)


def test_a_how_to_apply_heading_over_a_notification_link_gives_no_section():
    notify = ("## How To Apply\n\nIf you would like to learn more or if you'd like to be notified when the application "
              "is open please sign up [here](https://docs.google.com/forms/d/e/1FAIp/viewform).\n")
    toc = "**Quick Links**\n\n- [Role summary](/join/a-role/#role-summary)\n- [How to apply](/join/a-role/#how-to-apply)\n\n"
    assert "how-to-apply" not in section_kinds(DUTIES + toc + notify)
    # the same heading over a channel keeps its section
    assert "how-to-apply" in section_kinds(DUTIES + "## How To Apply\n\nSend your CV to jobs@acme.com.\n")
    assert "how-to-apply" in section_kinds(DUTIES + notify + "\nApplications are made through https://jobs.example.org/1.\n")


def _d405(text: str) -> list[str]:
    report = jdlint.lint_text(text, "t.md", config=Config())
    return [str(d.severity) for d in report.diagnostics if d.code == "D405"]


def test_a_licence_the_job_explains_by_its_travel_is_lowered():
    licence = "You will run volunteer workdays.\n\nMust possess a valid driver's license.\n\n"
    assert _d405(licence + "This position requires traveling to work assignments throughout the county.\n") == ["info"]
    assert _d405(licence + "The role involves travelling to partner sites every week.\n") == ["info"]
    # a licence with no reason given stays a warning
    assert _d405(licence + "You will work in our office in Chicago.\n") == ["warning"]


#: an ad with no duties told as such: the pitch, the wants, the employer (dev 0476's shape)
_NO_DUTIES = ("Acme Learning is looking for instructors who are passionate about computer science competitions.\n\n"
              "Requirements:\n\n- Experience coaching students for competitions\n- A degree in computer science\n\n")


@pytest.mark.parametrize("title, sentence, duty", [
    # the hire's kind, by a noun of the title, doing the work (dev 0476)
    ("Computer Science Competition Teacher / Instructor / Coach",
     "Acme's instructors provide students with personalized education in small online classes.", True),
    ("Competition Coach", "Our coaches also design advanced courses to prepare students for contests.", True),
    ("Competition Coach", "The coaches will prepare students for national olympiads.", True),
    # near-misses: another kind of staff, the hire as the object, a verb that is no duty, no title noun
    ("Receptionist", "Our nurses provide care to 4,000 patients a year.", False),
    ("Competition Coach", "Our coaches will train you in our methods.", False),
    ("Competition Coach", "Our coaches are the best in the country.", False),
    ("Computer Science Competitions", "Our instructors provide students with personalized education.", False),
])
def test_duties_told_of_the_jobs_kind_in_running_text(title, sentence, duty):
    kinds = section_kinds(f"# {title}\n\n" + _NO_DUTIES + sentence + "\n")
    assert ("responsibilities" in kinds) is duty
