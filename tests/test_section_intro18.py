"""The employer's intro on real ads (sections18i, issue 14): the employer defined or placed at the end
of an ad, under another kind's heading, with a brand that opens in lower case, after a fronted phrase
of size, with a possessive for its article, or as "we are a ... team"; and text that is no intro
though it opens with "We": a safeguarding or vetting statement, what the employer expects of the
hire. Each class has passages that must give the kind and near-misses that must not. Passages
written for these tests (the real ads they stand for, realads15 A, 16 A and 17, are not copied)."""
from __future__ import annotations

import pytest

from jdlint.sections import classify
from conftest import section_kinds


# --- the employer defined by its kind, in shapes real employers use -----------------------------

@pytest.mark.parametrize("sentence", [
    # a brand that opens in lower case
    "eCarto is a mapping consultancy serving parish councils across Devon.",
    "iKnit is a small wool shop in Hebden Bridge, run by two sisters.",
    # a fronted phrase of size or time, after which "the" is in lower case
    "With 12 sites and 3,400 staff, the Northgate Trust is the region's largest care provider.",
    "With over 200 volunteers, Fenland Lifeline is a charity that drives patients to hospital.",
    # a possessive where the article would be
    "Castlegate Press is Yorkshire's oldest independent publisher.",
    "Pembrey Works is the valley's last family-owned factory.",
    # the employer as a bank, an incubator, an accelerator
    "Hollin Street is a seed-stage incubator for food businesses in Salford.",
    "Tamar Vale is a mutual building society with branches across Cornwall.",
    # "we are a ... team": a word the kind nouns leave out, said of "we" only
    "We are a distributed team that ships open-source mapping tools.",
    "We're a tiny team of four who build accounting software for farms.",
])
def test_the_employer_defined_is_an_intro(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "You are a seasoned support engineer who likes a busy phone line.",
    "The Receptionist is the practice's first point of contact.",
    "With your help, Dana is the team's first designer.",
    "We are a team player at heart and expect the same of you.",
    "We are looking for a team leader for our Hull depot.",
    "The role is a twelve-month contract in our finance team.",
    "iPads are provided for all field staff.",
])
def test_the_job_or_the_hire_defined_is_no_intro(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


# --- the employer placed ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Quillon is based in Ghent, Belgium.",
    "The Ramirez lab is housed in the Department of Earth Sciences.",
    "Our company is headquartered in Tulsa, Oklahoma.",
    "The practice is located on the corner of Mill Lane and the High Street.",
    "Brackwater Analytics is currently based out of a converted chapel in Frome.",
])
def test_the_employer_placed_is_an_intro(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The post is based in our Hove surgery.",
    "This role is located at our Leeds depot.",
    "The Store Manager is based in Leeds.",
    "The team is based in London.",
    "Interviews are held in Leeds.",
    "Training is located at our Derby site.",
    "You are based in Glasgow or willing to relocate.",
])
def test_the_job_placed_is_no_intro(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


# --- the employer described at the end of an ad, under another kind's heading --------------------

def test_the_employer_described_under_the_last_heading_is_an_intro():
    ad = """# Bench Joiner

## What you need
- Time-served joinery apprenticeship
- Own hand tools

Oakhaven Joinery is a workers' cooperative making sash windows for listed buildings since 1994.
"""
    assert {"intro", "requirements"} <= section_kinds(ad)


def test_the_employer_placed_at_the_end_is_an_intro():
    ad = """# Firmware Engineer

You'll write drivers for our battery controllers and review your colleagues' code.
You should know C and have shipped firmware to production.

Voltaic is based in Eindhoven, the Netherlands.
"""
    assert "intro" in section_kinds(ad)


def test_a_post_placed_at_the_end_gives_no_intro():
    ad = """# Receptionist

You'll answer the phones and book appointments for our four vets.
You should have worked on a front desk before.

The post is based in Hove, Monday to Friday.
"""
    assert "intro" not in section_kinds(ad)


# --- a safeguarding or vetting statement is policy, not the employer described -------------------

@pytest.mark.parametrize("sentence", [
    "We are committed to safeguarding and promoting the welfare of children and expect all staff to share this commitment.",
    "The school is committed to protecting the welfare of pupils.",
    "We are committed to protecting vulnerable adults and children in our care.",
    "Posts are subject to an enhanced DBS check.",
    "All appointments require a satisfactory PVG check.",
])
def test_a_safeguarding_statement_scores_no_intro(sentence):
    assert classify.block_scores(sentence, "list_item", sentence=True)["intro"] == 0.0


@pytest.mark.parametrize("sentence", [
    "We are committed to helping young people into work.",
    "We are committed to sustainable farming and fair prices for growers.",
])
def test_a_mission_commitment_stays_an_intro(sentence):
    assert classify.block_scores(sentence, "list_item", sentence=True)["intro"] > 0.0


def test_a_school_ad_whose_only_we_sentence_is_safeguarding_has_no_intro():
    ad = """# Lunchtime Supervisor

You will look after pupils in the playground and dining hall, 11.45am to 1.15pm daily.

We are committed to safeguarding and promoting the welfare of children and young people and expect all staff and volunteers to share this commitment. Posts are subject to an enhanced DBS check.
"""
    assert "intro" not in section_kinds(ad)


# --- what the employer expects of the hire is the job, not the employer ---------------------------

@pytest.mark.parametrize("sentence", [
    "We expect research fellows to publish independently and to supervise students.",
    "We expect all new starters to complete the induction within a month.",
])
def test_what_the_employer_expects_of_the_hire_is_no_intro(sentence):
    assert classify.block_scores(sentence, "list_item", sentence=True)["intro"] == 0.0


def test_what_the_employer_expects_of_itself_stays_an_intro():
    assert classify.block_scores("We expect to double in size next year.", "list_item", sentence=True)["intro"] > 0.0


# --- what S110 reads: the hours and the place, where real ads put them ---------------------------

@pytest.mark.parametrize("sentence", [
    "The post is for 3-5 days a week, including some Saturdays.",
    "You'd work 4 days per week, mostly mornings.",
    "Schedule: 4 or 5 days",
    "We are a small charity, so hours and location are highly flexible.",
])
def test_days_of_the_week_and_flexible_hours_are_the_schedule(sentence):
    assert "schedule" in classify.sentence_kinds(sentence)


# the hours left to the hire answer the schedule (judged wrong S110 "hours missing": dev 0480 "Set your own hours and
# tutor as much as you'd like", 0378 "the advantages of setting your own hours")
@pytest.mark.parametrize("sentence", [
    "Set your own hours and tutor as much as you'd like.",
    "Enjoy the freedom of choosing your own schedule.",
    "Drivers pick their routes and make your own timetable.",
    "You get the advantages of setting your own hours.",
])
def test_hours_left_to_the_hire_are_the_schedule(sentence):
    assert "schedule" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Help clients set their own goals and track them.",
    "You will schedule your own appointments with clients.",
    "Set your own targets with your manager each quarter.",
])
def test_setting_something_else_of_ones_own_is_no_schedule(sentence):
    assert "schedule" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Location: Johannesburg (1 day a week remote)",
    "This role is hybrid, with 3 days a week in the office.",
    "We aim to reply to every application within 3-5 days.",
    "Delivery takes 2 days on average.",
    "Our customers value flexible payment plans.",
])
def test_days_without_a_week_are_no_schedule(sentence):
    assert "schedule" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "You'll work from our Central Manchester offices three days a week.",
    "The team sits in our Leeds office.",
])
def test_a_workplace_named_by_its_place_is_the_location(sentence):
    assert "location" in classify.sentence_kinds(sentence)


def test_our_office_named_by_its_department_is_no_location():
    assert "location" not in classify.sentence_kinds("Forms go to our finance office for sign-off.")


def test_a_label_heading_with_its_value_gives_the_place_and_hours():
    ad = """# Programme Assistant

<h5>Location: Kisumu, Kenya</h5>
<h5>Job Type: Full-time</h5>

<p>You will organise workshops and keep the programme's records.</p>
"""
    document_kinds = section_kinds_html(ad)
    assert {"location", "schedule"} <= document_kinds


def test_hours_as_a_sub_heading_are_the_schedule():
    ad = """# Breakfast Club Assistant

#### 5 days a week (7.30-8.50am)

You will serve breakfast and supervise the children in the hall.
"""
    assert "schedule" in section_kinds(ad)


def test_a_long_heading_sentence_gives_no_fact():
    ad = """# Volunteer Driver

## We will never ask you to drive on weekends or at night without your agreement, and we pay your mileage

You will drive patients to hospital appointments.
"""
    # a heading of more than a header line's length is prose, read as the body reads it: none of it here
    assert "schedule" not in section_kinds(ad)


def section_kinds_html(text: str) -> set[str]:
    from conftest import default_synonyms
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile
    from jdlint import sections

    document = parse_document(SourceFile(path="ad.html", text=text, kind="html"))
    return {s.kind for s in sections.detect(document, default_synonyms()) if not s.empty}


# --- the employer growing, and the team the hire joins told by its size ---------------------------

@pytest.mark.parametrize("sentence", [
    "As the Parish continues to grow, we need a part-time administrator.",
    "From a sales point of view, Kestrel Freight has been growing rapidly, so our systems must scale.",
    "Since 2018 the practice has doubled in size.",
    "We've grown from three people to forty in five years.",
    "We are growing quickly and need more hands in the warehouse.",
    "Our mosque continues to expand its youth programmes.",
])
def test_the_employer_growing_is_an_intro(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "As the role grows, you will take on more clients.",
    "As we grow, you will grow with us.",
    "Sales have grown by 20% this year.",
    "The Sales Manager has grown the region's accounts.",
    "Your responsibilities will grow over time.",
    "The team has grown to twelve.",
    "In your first year, you will have grown your own caseload.",
])
def test_the_role_the_hire_or_a_figure_growing_is_no_intro(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "You will work in a busy analytics team of 14 based in Leeds.",
    "The successful applicant will join a friendly team of over 30 volunteers.",
    "You'll be part of a small team of 5 designers.",
])
def test_the_team_the_hire_joins_told_by_its_size_is_an_intro(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "You will manage a team of 10 technicians.",
    "You'll lead a team of 6 nurses on the night shift.",
    "Supervise a team of 4 cleaners.",
])
def test_a_team_the_hire_leads_is_no_intro(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


# --- the job at a named institution: its name is its place ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "We need two weekend attendants at Harrowgate Central Library.",
    "The post sits in the Department of Music at Kelvin Valley University.",
    "This is a two-year post at the University of Dunmore.",
    "Porters are needed at St Agnes Hospital from March.",
])
def test_the_job_at_a_named_institution_is_the_location(sentence):
    assert "location" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "You will have studied law at the University of Edinburgh or a similar school.",
    "A PhD in chemistry, ideally gained at Imperial College, is essential.",
    "Experience teaching at a primary school is essential.",
    "You'll run school visits at the museum.",
])
def test_where_the_hire_studied_or_an_unnamed_institution_is_no_location(sentence):
    assert "location" not in classify.sentence_kinds(sentence)


# --- the employer's people and what they work toward ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Our teams are working to make the county's buses run on time.",
    "Our volunteers work to keep older people out of hospital.",
    "Our research staff are committed to open, reproducible science.",
])
def test_the_employers_people_and_their_mission_are_an_intro(sentence):
    assert "intro" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Our customers are working to cut their energy bills.",
    "Our ideal candidate works well to deadlines.",
    "You will work to tight deadlines alongside our engineers.",
])
def test_customers_or_the_hire_working_toward_something_is_no_intro(sentence):
    assert "intro" not in classify.sentence_kinds(sentence)


def test_a_bare_location_label_over_its_value_gives_the_location():
    ad = """<h1>Bookkeeper</h1>
<p>You will run payroll and reconcile the accounts each month.</p>
<div class="label">Location</div>
<div class="value">Flexible</div>
<p>Send your CV to jobs@example.org.</p>
"""
    assert "location" in section_kinds_html(ad)


def test_a_bare_location_label_over_a_paragraph_of_prose_gives_nothing():
    ad = """<h1>Bookkeeper</h1>
<p>You will run payroll and reconcile the accounts each month.</p>
<div class="label">Location</div>
<div class="value">We will talk about where you work once we have met you and heard what suits you best, whatever it is.</div>
"""
    assert "location" not in section_kinds_html(ad)


# --- whom the employer seeks, and in what place ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A national retailer is looking to hire three shift leads in Cape Town.",
    "We're recruiting home carers in Harrogate and Ripon.",
    "Seasonal pickers wanted in Hereford from June.",
])
def test_whom_the_employer_seeks_in_a_known_place_is_the_location(sentence):
    assert "location" in classify.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We are looking for experience in Python and Django.",
    "We're hiring in Marketing and Sales this spring.",
    "Fluency in German is required.",
])
def test_whom_the_employer_seeks_in_a_field_is_no_location(sentence):
    assert "location" not in classify.sentence_kinds(sentence)


def test_a_vetting_statement_is_no_part_of_the_body():
    scores = classify.block_scores("Posts are subject to an interview and enhanced DBS check.", "list_item", sentence=True)
    assert max(scores.values()) == 0.0


def test_a_vetting_condition_put_to_the_hire_keeps_its_requirement():
    scores = classify.block_scores("You must have a clean driving licence and be subject to a DBS check.", "list_item",
                                   sentence=True)
    assert scores["requirements"] > 0.0


def test_a_school_ads_safeguarding_paragraph_gives_no_part():
    ad = """# Breakfast Club Assistant

#### 5 days a week (7.30-8.50am)

You will serve breakfast and supervise the children in the hall.

We are committed to safeguarding and promoting the welfare of children and young people and expect all staff and volunteers to share this commitment. Posts are subject to an interview and enhanced DBS check.
"""
    kinds = section_kinds(ad)
    assert "intro" not in kinds and "requirements" not in kinds
