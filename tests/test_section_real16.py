"""Sections on real employers' pages (sections16, issue 14): an employer defined by its kind in one
sentence, wherever it sits (under another kind's heading, inside the sentence that announces the
job, in apposition), is an intro. Each class has passages that must give the kind and near-misses
that must not. Passages written for these tests."""
from __future__ import annotations

import pytest

from jdlint import sections
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections import classify
from jdlint.source import SourceFile
from conftest import section_kinds

SYNONYMS = make_plan(Config()).synonyms


@pytest.mark.parametrize("sentence", [
    "Harbour Lane Dental is an NHS and private practice in Truro, seeking a receptionist for Saturdays.",
    "The Old Forge Trust is a small Cumbrian charity that restores working blacksmiths' shops.",
    "Pennine Signs Ltd, a 12-person sign manufacturer based in Halifax, is hiring a CNC operator.",
    "Since 2004, Brightside Cycles has been an employee-owned bike shop in Cardiff.",
    "We are a three-site veterinary practice in north Devon.",
    "Join the team at Meadowbank, an award-winning care home in Fife.",
    "Tidewater Youth Writers is a registered charity running writing clubs.",  # named after its people
    "Summary: Kettle & Co is an independent coffee roaster supplying cafes across Kent.",
])
def test_an_employer_defined_by_its_kind_is_an_intro_sentence(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The Receptionist is a part-time position at our busy practice.",     # the job defined
    "The Assistant Manager is a hands-on leader in the store.",           # a job title as subject
    "The Store Manager is a key member of our store team.",
    "This is a great opportunity to join a growing company.",
    "You are a confident cook who wants to work in a restaurant.",        # the hire defined
    "Experience in a busy restaurant is essential.",
    "John Smith, a director of the company, will interview candidates.",  # a person in apposition
    "It is a permanent post based at the clinic.",
])
def test_the_job_the_hire_or_a_person_defined_is_no_intro_sentence(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


def test_an_employer_paragraph_under_a_requirements_heading_is_an_intro():
    text = ("# Gallery Assistant\n\n## Requirements\n\n- A year in retail or front of house\n- Weekend availability\n\n"
            "The Harlow Print Gallery is an artist-run gallery founded in 1979, showing contemporary printmaking.\n\n"
            "## How to apply\n\nSend a CV to jobs@harlowprint.example\n")
    found = section_kinds(text)
    assert {"intro", "requirements", "how-to-apply"} <= found


def test_a_job_defined_under_a_duties_heading_gives_no_intro():
    text = ("# Gallery Assistant\n\n## Duties\n\n- Greet visitors and sell prints\n- Hang exhibitions\n\n"
            "The Gallery Assistant is a part-time post, 16 hours a week.\n\n"
            "## How to apply\n\nSend a CV to jobs@harlowprint.example\n")
    assert "intro" not in section_kinds(text)


def benefit_kinds(sentence: str) -> bool:
    return "benefits" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    # the job's own terms including a perk, said in passing after what the job is
    "The post is fixed-term for two years and includes a relocation allowance and free parking.",
    "This internship is full-time and includes benefits.",
    # training given to the hire, said of the hire or by the employer
    "The successful applicant will be trained in our lab's cell-culture methods.",
    "She or he will receive full training in the booking system.",
    "We will train you in pastry and bread from day one.",
    # flexible or remote arrangements the employer makes
    "We are happy to support flexible working for this post.",
    "The practice will consider part-time hours for the right person.",
])
def test_perks_named_in_passing_are_benefits(sentence):
    assert benefit_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The role includes processing pension transfers and answering benefit queries.",  # duty's subject matter
    "The position includes liaising with insurance companies.",
    "You will train new starters in food hygiene.",          # training the hire gives
    "You will have been trained in manual handling.",         # training asked for
    "You must be flexible with your hours.",                   # flexibility asked of the hire
    "We support families with flexible childcare for their children.",  # the business's customers
])
def test_duties_requirements_and_customers_perks_are_no_benefits(sentence):
    assert not benefit_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We celebrate diversity and inclusion, fostering a culture where every voice is heard.",
    "Our studio values diversity and belonging in everything we make.",
    "We are committed to inclusion and creativity in our classrooms.",
])
def test_diversity_as_a_culture_value_is_no_eeo_section(sentence):
    assert "eeo" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We celebrate diversity and welcome applications from people of every background.",
    "We value diversity and are an equal opportunity employer.",
    "We are committed to diversity and do not discriminate on the basis of race, religion or disability.",
    "We are committed to equality, diversity and inclusion.",
])
def test_a_value_with_equal_opportunity_substance_stays_eeo(sentence):
    assert "eeo" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence, intro", [
    ("Osirium are looking to hire a couple of brilliant engineers for their dev team.", False),  # the hire
    ("Brightwell Foods is looking to recruit two shift supervisors.", False),
    ("Brightwell Foods makes oat milk for cafes across Scotland.", True),           # what it does
    ("Brightwell Foods is looking to grow its Glasgow bakery.", True),              # its own plans
])
def test_an_organisation_looking_to_hire_announces_the_job(sentence, intro):
    assert (classify._sentence_scores(sentence)[5] > 0) is intro


def test_a_heading_naming_what_the_employer_does_gives_an_intro():
    text = ("# Data Engineer\n\n## What you'll do\n\n- Build pipelines in Spark\n- Keep the warehouse tidy\n\n"
            "## What we do\n\n- Open-source tools for lineage tracking\n- Talks and papers\n\n"
            "## Contact\n\nSend your CV to data-jobs@example.com\n")
    found = section_kinds(text)
    assert {"intro", "responsibilities"} <= found
    # near-miss: the job's "what you'll do" alone names no intro
    assert "intro" not in section_kinds(text.replace("## What we do\n\n- Open-source tools for lineage tracking\n- Talks and papers\n\n", ""))


def requirement_score(sentence: str) -> float:
    return classify._sentence_scores(sentence)[2]


@pytest.mark.parametrize("sentence", [
    "Salary and terms will be set according to the level of experience of the successful candidate.",
    "Pay is commensurate with experience and qualifications.",
    "The grade will depend on relevant experience.",
])
def test_experience_as_the_measure_of_pay_is_no_requirement(sentence):
    assert requirement_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Salary depends on experience, but you must hold a full UK driving licence.",   # asked outright too
    "Experience of payroll software is essential.",
    "At least two years' experience in a commercial kitchen.",
])
def test_experience_asked_for_stays_a_requirement(sentence):
    assert requirement_score(sentence) > 0


@pytest.mark.parametrize("sentence", [
    "Familiarity with R and Stan is advantageous.",
    "A second language would be an asset.",
    "Experience with Kubernetes is a bonus.",
])
def test_advantageous_and_asset_mark_a_preference(sentence):
    assert classify._sentence_scores(sentence)[3] > 0


def test_an_advantageous_skill_beside_the_pay_terms_is_no_requirements_section():
    text = ("# Postdoctoral Researcher\n\nWe are a computational biophysics group at a university in Chicago.\n\n"
            "Familiarity with molecular dynamics codes is advantageous. Salary and conditions will be set according "
            "to the level of experience of the candidate.\n\nSend a letter of application and CV to pi@example.edu\n")
    assert "requirements" not in section_kinds(text)


def html_kinds(text: str) -> set[str]:
    document = parse_document(SourceFile(path="ad.html", text=text, kind="html"))
    return {s.kind for s in sections.detect(document, SYNONYMS) if not s.empty}


def test_a_heading_element_holding_the_closing_text_is_read_as_text():
    text = ("<h1>Project Officer</h1><p>Run our allotment projects with volunteers across Leeds.</p>"
            "<h3>If you love growing food and working with people, we would like to hear from you and we encourage "
            "you to apply.<br>Application information: please send a CV and covering letter to jobs@example.org "
            "by 9 September.<br>Salary: £26,000 a year plus travel expenses.<br>Location: Leeds</h3>")
    found = html_kinds(text)
    assert {"how-to-apply", "pay"} <= found


def test_a_short_heading_element_stays_a_heading():
    text = ("<h1>Project Officer</h1><h3>What you will do</h3><ul><li>Run allotment projects</li>"
            "<li>Recruit volunteers</li></ul><h3>How to apply</h3><p>Email jobs@example.org</p>")
    document = parse_document(SourceFile(path="ad.html", text=text, kind="html"))
    assert [b.kind for b in document.blocks].count("heading") == 3


@pytest.mark.parametrize("sentence", [
    "Own car required (mileage reimbursed) and a clean licence.",
    "Must hold a forklift licence; safety boots and uniform are provided.",
])
def test_a_gift_beside_a_requirement_is_still_a_benefit(sentence):
    assert benefit_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Must have your own reliable car and car insurance.",   # the requirement's subject matter
    "Ensure PPE is provided to all staff on site.",         # a duty's gift
])
def test_a_requirements_or_duties_subject_matter_is_no_benefit(sentence):
    assert not benefit_kinds(sentence)


@pytest.mark.parametrize("sentence, place", [
    ("The post will be based at Hexham General Hospital.", True),
    ("It is based at the Whitworth Gallery in Manchester.", True),
    ("We are a remote team, so hours and location are highly flexible.", True),
    ("Salary is based at Grade 6 of the university scale.", False),   # a pay point
    ("Promotion is based at the discretion of the directors.", False),
])
def test_a_post_based_at_named_premises_gives_its_location(sentence, place):
    assert ("location" in classify.sentence_kinds(sentence)) is place
